"""SubJobEntities: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['SubJobEntities']


@dataclass(kw_only=True)
class SubJobEntities:
    """The SubJobEntities object.

    Attributes:
        volume_type: 云硬盘的类型。
        size, unit: GiB: 云硬盘的容量，单位为GiB。
        volume_id: 云硬盘的ID。
        name: 云硬盘的名称。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.5.1 SubJobEntities (line 9614)
    """

    volume_type: str | Unset = UNSET
    size: int | Unset = UNSET
    volume_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_type', self.volume_type),
            ('size', self.size),
            ('volume_id', self.volume_id),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubJobEntities:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_type=_d.pop('volume_type', UNSET),
            size=_d.pop('size', UNSET),
            volume_id=_d.pop('volume_id', UNSET),
            name=_d.pop('name', UNSET),
            additional_properties=_d,
        )
