"""DiskSummary: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link

__all__ = ['DiskSummary']


@dataclass(kw_only=True)
class DiskSummary:
    """The DiskSummary object.

    Attributes:
        id, required: 云硬盘ID。
        links, required: 云硬盘uri自描述信息。
        name, required: 云硬盘的名称。最大支持85个字符。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.10 DiskSummary (line 3908)
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
    def from_dict(cls, data: Mapping[str, Any]) -> DiskSummary:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'DiskSummary'),
            links=_S.opt(_S.take(_d, 'links', 'DiskSummary'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'DiskSummary'),
            additional_properties=_d,
        )
