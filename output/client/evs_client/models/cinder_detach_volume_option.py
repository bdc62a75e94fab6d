"""CinderDetachVolumeOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CinderDetachVolumeOption']


@dataclass(kw_only=True)
class CinderDetachVolumeOption:
    """The CinderDetachVolumeOption object.

    Attributes:
        attachment_id: 挂载ID。如果云硬盘只有一个挂载点，那该参数是可选的，如果云硬盘有多个挂载点，那么该参数是必选的。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.29 CinderDetachVolumeOption (line 15615)
    """

    attachment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attachment_id', self.attachment_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderDetachVolumeOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            attachment_id=_d.pop('attachment_id', UNSET),
            additional_properties=_d,
        )
