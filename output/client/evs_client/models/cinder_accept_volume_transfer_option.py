"""CinderAcceptVolumeTransferOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CinderAcceptVolumeTransferOption']


@dataclass(kw_only=True)
class CinderAcceptVolumeTransferOption:
    """The CinderAcceptVolumeTransferOption object.

    Attributes:
        auth_key, required: 云硬盘过户的身份认证密钥。 创建云硬盘过户时会返回该身份认证密钥。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.3 CinderAcceptVolumeTransferOption (line 16143)
    """

    auth_key: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('auth_key', self.auth_key),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderAcceptVolumeTransferOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            auth_key=_S.take(_d, 'auth_key', 'CinderAcceptVolumeTransferOption'),
            additional_properties=_d,
        )
