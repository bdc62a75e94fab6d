"""VolumeTransfer: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link

__all__ = ['VolumeTransfer']


@dataclass(kw_only=True)
class VolumeTransfer:
    """The VolumeTransfer object.

    Attributes:
        created_at, required: 云硬盘过户记录的创建时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        id, required: 云硬盘过户记录的ID。
        links, required: 云硬盘过户记录的链接。
        name, required: 云硬盘过户记录的名称。
        volume_id, required: 云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.2.2 VolumeTransfer (line 16019)
    """

    created_at: str
    id: str
    links: list[Link]
    name: str
    volume_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('created_at', self.created_at),
            ('id', self.id),
            ('links', self.links),
            ('name', self.name),
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeTransfer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link

        _d = dict(data)
        return cls(
            created_at=_S.take(_d, 'created_at', 'VolumeTransfer'),
            id=_S.take(_d, 'id', 'VolumeTransfer'),
            links=_S.opt(_S.take(_d, 'links', 'VolumeTransfer'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'VolumeTransfer'),
            volume_id=_S.take(_d, 'volume_id', 'VolumeTransfer'),
            additional_properties=_d,
        )
