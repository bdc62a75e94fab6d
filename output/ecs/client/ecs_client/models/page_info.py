"""PageInfo: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['PageInfo']


@dataclass(kw_only=True)
class PageInfo:
    """The PageInfo object.

    Attributes:
        next_marker: Specifies an ECS group UUID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.5 page_info
    """

    next_marker: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('next_marker', self.next_marker),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PageInfo:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            next_marker=_d.pop('next_marker', UNSET),
            additional_properties=_d,
        )
