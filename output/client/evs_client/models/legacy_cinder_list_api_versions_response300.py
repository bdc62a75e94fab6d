"""LegacyCinderListApiVersionsResponse300: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .versions_for_legacy_cinder_list_api_versions import VersionsForLegacyCinderListApiVersions

__all__ = ['LegacyCinderListApiVersionsResponse300']


@dataclass(kw_only=True)
class LegacyCinderListApiVersionsResponse300:
    """The LegacyCinderListApiVersionsResponse300 object.

    Attributes:
        versions, required: 版本信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.5.2 查询接口版本信息列表 (line 19871)
    """

    versions: list[VersionsForLegacyCinderListApiVersions]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('versions', self.versions),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LegacyCinderListApiVersionsResponse300:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .versions_for_legacy_cinder_list_api_versions import VersionsForLegacyCinderListApiVersions

        _d = dict(data)
        return cls(
            versions=_S.opt(_S.take(_d, 'versions', 'LegacyCinderListApiVersionsResponse300'), lambda x: _S.list_of(x, lambda x: _S.model(VersionsForLegacyCinderListApiVersions.from_dict, x))),
            additional_properties=_d,
        )
