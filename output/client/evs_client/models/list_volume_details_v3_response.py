"""ListVolumeDetailsV3Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link
    from .volume_detail_for_list_volume_details_v3 import VolumeDetailForListVolumeDetailsV3

__all__ = ['ListVolumeDetailsV3Response']


@dataclass(kw_only=True)
class ListVolumeDetailsV3Response:
    """The ListVolumeDetailsV3Response object.

    Attributes:
        volumes, required: 查询请求返回的云硬盘列表。
        volumes_links, required: 云硬盘列表查询位置标记。如果本次查询只返回部分列表信息时，会返回查询到的当前云硬盘mark标记的url，可以继续使用这个url查询剩余列表信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.4 查询所有云硬盘详情 (line 11916)
    """

    volumes: list[VolumeDetailForListVolumeDetailsV3]
    volumes_links: list[Link]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumes', self.volumes),
            ('volumes_links', self.volumes_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumeDetailsV3Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link
        from .volume_detail_for_list_volume_details_v3 import VolumeDetailForListVolumeDetailsV3

        _d = dict(data)
        return cls(
            volumes=_S.opt(_S.take(_d, 'volumes', 'ListVolumeDetailsV3Response'), lambda x: _S.list_of(x, lambda x: _S.model(VolumeDetailForListVolumeDetailsV3.from_dict, x))),
            volumes_links=_S.opt(_S.take(_d, 'volumes_links', 'ListVolumeDetailsV3Response'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            additional_properties=_d,
        )
