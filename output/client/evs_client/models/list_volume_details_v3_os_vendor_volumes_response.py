"""ListVolumeDetailsV3OsVendorVolumesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .link_v3 import LinkV3
    from .volume_detail_v3 import VolumeDetailV3

__all__ = ['ListVolumeDetailsV3OsVendorVolumesResponse']


@dataclass(kw_only=True)
class ListVolumeDetailsV3OsVendorVolumesResponse:
    """The ListVolumeDetailsV3OsVendorVolumesResponse object.

    Attributes:
        count: 查询到的云硬盘总数量
        volumes: 查询请求返回的云硬盘列表
        volumes_links: 云硬盘列表查询位置标记。如果本次查询只返回部分列表信息时，会返回查询到的当前云硬盘 mark 标记的 url，可以使用这个 url 查询剩余列表信息，请参见 links 参数说明 。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.1.1.1 查询所有云硬盘详情(废弃) (line 10611)
    """

    count: int | Unset = UNSET
    volumes: list[VolumeDetailV3] | Unset = UNSET
    volumes_links: list[LinkV3] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('count', self.count),
            ('volumes', self.volumes),
            ('volumes_links', self.volumes_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumeDetailsV3OsVendorVolumesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link_v3 import LinkV3
        from .volume_detail_v3 import VolumeDetailV3

        _d = dict(data)
        return cls(
            count=_d.pop('count', UNSET),
            volumes=_S.opt(_d.pop('volumes', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(VolumeDetailV3.from_dict, x))),
            volumes_links=_S.opt(_d.pop('volumes_links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinkV3.from_dict, x))),
            additional_properties=_d,
        )
