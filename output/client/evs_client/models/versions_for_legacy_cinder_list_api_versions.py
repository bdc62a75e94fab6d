"""VersionsForLegacyCinderListApiVersions: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link
    from .media_types import MediaTypes

__all__ = ['VersionsForLegacyCinderListApiVersions']


@dataclass(kw_only=True)
class VersionsForLegacyCinderListApiVersions:
    """The VersionsForLegacyCinderListApiVersions object.

    Attributes:
        id, required: 接口版本的ID。
        links, required: 接口版本信息的URI描述信息。
        media_types (JSON 'media-types'), required: 接口版本的请求消息类型信息。
        min_version, required: 接口版本的最小版本号。
        status, required: 接口版本的状态。
        updated, required: 接口版本更新时间。
        version, required: 接口版本的版本号信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.5.2 Versions (line 19874)
    """

    id: str
    links: list[Link]
    media_types: list[MediaTypes]
    min_version: str
    status: str
    updated: str
    version: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('media-types', self.media_types),
            ('min_version', self.min_version),
            ('status', self.status),
            ('updated', self.updated),
            ('version', self.version),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VersionsForLegacyCinderListApiVersions:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link
        from .media_types import MediaTypes

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VersionsForLegacyCinderListApiVersions'),
            links=_S.opt(_S.take(_d, 'links', 'VersionsForLegacyCinderListApiVersions'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            media_types=_S.opt(_S.take(_d, 'media-types', 'VersionsForLegacyCinderListApiVersions'), lambda x: _S.list_of(x, lambda x: _S.model(MediaTypes.from_dict, x))),
            min_version=_S.take(_d, 'min_version', 'VersionsForLegacyCinderListApiVersions'),
            status=_S.take(_d, 'status', 'VersionsForLegacyCinderListApiVersions'),
            updated=_S.take(_d, 'updated', 'VersionsForLegacyCinderListApiVersions'),
            version=_S.take(_d, 'version', 'VersionsForLegacyCinderListApiVersions'),
            additional_properties=_d,
        )
