"""CinderUpdateVolumeReadonlyOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CinderUpdateVolumeReadonlyOption']


@dataclass(kw_only=True)
class CinderUpdateVolumeReadonlyOption:
    """The CinderUpdateVolumeReadonlyOption object.

    Attributes:
        readonly, required: 是否只读标识。 true: 表示只读。 false: 表示非只读。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.26 CinderUpdateVolumeReadonlyOption (line 15228)
    """

    readonly: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('readonly', self.readonly),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderUpdateVolumeReadonlyOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            readonly=_S.take(_d, 'readonly', 'CinderUpdateVolumeReadonlyOption'),
            additional_properties=_d,
        )
