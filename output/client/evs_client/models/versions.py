"""Versions: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .versions_status import VersionsStatus

if TYPE_CHECKING:
    from .links import Links
    from .media_types import MediaTypes

__all__ = ['Versions']


@dataclass(kw_only=True)
class Versions:
    """The Versions object.

    Attributes:
        min_version, required: 接口版本支持的最小微版本号。如果该版本不支持微版本，则为空字符串。
        media_types (JSON 'media-types'), required: 接口版本的请求消息类型信息，请参见 •media-types参数说明 。
        links, required: 接口版本信息的URI描述信息，请参见 links参数说明 。
        id, required: 接口版本的ID。
        updated, required: 接口版本更新时间。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        version, required: 接口版本支持的最大微版本号。如果该版本不支持微版本，则为空字符串。
        status, required: 接口版本的状态。存在以下状态：
            • CURRENT：EVS自定义API提供了多个版本。在接口功能相同的情况下，推荐您优先使用v2接口。
            • SUPPORTED：表示为老版本，但是现在还在继续支持。
            • DEPRECATED：表示为废弃版本，存在后续删除的可能。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 5.1 versions (line 680)
    """

    min_version: str
    media_types: list[MediaTypes]
    links: list[Links]
    id: str
    updated: str
    version: str
    status: VersionsStatus
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('min_version', self.min_version),
            ('media-types', self.media_types),
            ('links', self.links),
            ('id', self.id),
            ('updated', self.updated),
            ('version', self.version),
            ('status', self.status),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Versions:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links import Links
        from .media_types import MediaTypes

        _d = dict(data)
        return cls(
            min_version=_S.take(_d, 'min_version', 'Versions'),
            media_types=_S.opt(_S.take(_d, 'media-types', 'Versions'), lambda x: _S.list_of(x, lambda x: _S.model(MediaTypes.from_dict, x))),
            links=_S.opt(_S.take(_d, 'links', 'Versions'), lambda x: _S.list_of(x, lambda x: _S.model(Links.from_dict, x))),
            id=_S.take(_d, 'id', 'Versions'),
            updated=_S.take(_d, 'updated', 'Versions'),
            version=_S.take(_d, 'version', 'Versions'),
            status=_S.opt(_S.take(_d, 'status', 'Versions'), lambda x: _S.enum_of(VersionsStatus, x)),
            additional_properties=_d,
        )
