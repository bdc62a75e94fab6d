"""VolumeBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link

__all__ = ['VolumeBody']


@dataclass(kw_only=True)
class VolumeBody:
    """The VolumeBody object.

    Attributes:
        id, required: 云硬盘ID。
        links, required: 云硬盘URI自描述信息。
        name, required: 云硬盘名称。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.13 VolumeBody (line 13250)
    """

    id: str
    links: list[Link]
    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('name', self.name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VolumeBody'),
            links=_S.opt(_S.take(_d, 'links', 'VolumeBody'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'VolumeBody'),
            additional_properties=_d,
        )
