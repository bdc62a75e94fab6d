"""ListVolumesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link
    from .volume_detail import VolumeDetail

__all__ = ['ListVolumesResponse']


@dataclass(kw_only=True)
class ListVolumesResponse:
    """The ListVolumesResponse object.

    Attributes:
        count, required: 查询到的云硬盘总数量，不受分页影响。
        volumes_links, required: 云硬盘列表查询位置标记。如果本次查询只返回部分列表信息时，会返回查询到的当前云硬盘mark标记的url，可以继续使用这个url查询剩余列表信息。
        volumes, required: 查询请求返回的云硬盘列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.3 查询所有云硬盘详情 (line 2037)
    """

    count: int
    volumes_links: list[Link]
    volumes: list[VolumeDetail]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('count', self.count),
            ('volumes_links', self.volumes_links),
            ('volumes', self.volumes),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link
        from .volume_detail import VolumeDetail

        _d = dict(data)
        return cls(
            count=_S.take(_d, 'count', 'ListVolumesResponse'),
            volumes_links=_S.opt(_S.take(_d, 'volumes_links', 'ListVolumesResponse'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            volumes=_S.opt(_S.take(_d, 'volumes', 'ListVolumesResponse'), lambda x: _S.list_of(x, lambda x: _S.model(VolumeDetail.from_dict, x))),
            additional_properties=_d,
        )
