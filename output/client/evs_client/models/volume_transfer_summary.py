"""VolumeTransferSummary: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link

__all__ = ['VolumeTransferSummary']


@dataclass(kw_only=True)
class VolumeTransferSummary:
    """The VolumeTransferSummary object.

    Attributes:
        id, required: 云硬盘过户记录的ID。
        links, required: 云硬盘过户记录的链接。
        name, required: 云硬盘过户记录的名称。
        volume_id, required: 云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.1 VolumeTransferSummary (line 15891)
    """

    id: str
    links: list[Link]
    name: str
    volume_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('name', self.name),
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeTransferSummary:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VolumeTransferSummary'),
            links=_S.opt(_S.take(_d, 'links', 'VolumeTransferSummary'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'VolumeTransferSummary'),
            volume_id=_S.take(_d, 'volume_id', 'VolumeTransferSummary'),
            additional_properties=_d,
        )
