"""ListVolumeTagsResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ListVolumeTagsResponse']


@dataclass(kw_only=True)
class ListVolumeTagsResponse:
    """The ListVolumeTagsResponse object.

    Attributes:
        tags, required: 所有云硬盘的标签信息

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.3 获取所有云硬盘资源的标签 (line 8502)
    """

    tags: dict[str, list[str]]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumeTagsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tags=_S.take(_d, 'tags', 'ListVolumeTagsResponse'),
            additional_properties=_d,
        )
