"""ListVolumesByTagsResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .resource import Resource

__all__ = ['ListVolumesByTagsResponse']


@dataclass(kw_only=True)
class ListVolumesByTagsResponse:
    """The ListVolumesByTagsResponse object.

    Attributes:
        total_count, required: 符合查询条件的云硬盘资源个数
        resources, required: 符合查询条件的资源列表

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 通过标签查询云硬盘资源实例详情 (line 9028)
    """

    total_count: int
    resources: list[Resource]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('total_count', self.total_count),
            ('resources', self.resources),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumesByTagsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .resource import Resource

        _d = dict(data)
        return cls(
            total_count=_S.take(_d, 'total_count', 'ListVolumesByTagsResponse'),
            resources=_S.opt(_S.take(_d, 'resources', 'ListVolumesByTagsResponse'), lambda x: _S.list_of(x, lambda x: _S.model(Resource.from_dict, x))),
            additional_properties=_d,
        )
