"""Iops: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Iops']


@dataclass(kw_only=True)
class Iops:
    """The Iops object.

    Attributes:
        frozened: 冻结标签。
        id: 云硬盘iops标识。
        total_val: iops大小。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.3 iops (line 2113)
    """

    frozened: bool | Unset = UNSET
    id: str | Unset = UNSET
    total_val: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('frozened', self.frozened),
            ('id', self.id),
            ('total_val', self.total_val),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Iops:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            frozened=_d.pop('frozened', UNSET),
            id=_d.pop('id', UNSET),
            total_val=_d.pop('total_val', UNSET),
            additional_properties=_d,
        )
