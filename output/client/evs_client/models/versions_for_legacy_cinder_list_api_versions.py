"""VersionsForLegacyCinderListApiVersions: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .link import Link
    from .media_types import MediaTypes

__all__ = ['VersionsForLegacyCinderListApiVersions']


@dataclass(kw_only=True)
class VersionsForLegacyCinderListApiVersions:
    """The VersionsForLegacyCinderListApiVersions object.

    Attributes:
        id: 接口版本的ID。
        links: 接口版本信息的URI描述信息。
        media_types (JSON 'media-types'): 接口版本的请求消息类型信息。
        min_version: 接口版本的最小版本号。
        status: 接口版本的状态。
        updated: 接口版本更新时间。
        version: 接口版本的版本号信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.5.2 Versions (line 19874)
    """

    id: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    media_types: list[MediaTypes] | Unset = UNSET
    min_version: str | Unset = UNSET
    status: str | Unset = UNSET
    updated: str | Unset = UNSET
    version: str | Unset = UNSET
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
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            media_types=_S.opt(_d.pop('media-types', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(MediaTypes.from_dict, x))),
            min_version=_d.pop('min_version', UNSET),
            status=_d.pop('status', UNSET),
            updated=_d.pop('updated', UNSET),
            version=_d.pop('version', UNSET),
            additional_properties=_d,
        )
