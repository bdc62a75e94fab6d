"""ShowVolumeTagsResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .tag_for_show_volume_tags import TagForShowVolumeTags

__all__ = ['ShowVolumeTagsResponse']


@dataclass(kw_only=True)
class ShowVolumeTagsResponse:
    """The ShowVolumeTagsResponse object.

    Attributes:
        tags, required: 标签列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.4 查询云硬盘标签 (line 8746)
    """

    tags: list[TagForShowVolumeTags]
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
    def from_dict(cls, data: Mapping[str, Any]) -> ShowVolumeTagsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .tag_for_show_volume_tags import TagForShowVolumeTags

        _d = dict(data)
        return cls(
            tags=_S.opt(_S.take(_d, 'tags', 'ShowVolumeTagsResponse'), lambda x: _S.list_of(x, lambda x: _S.model(TagForShowVolumeTags.from_dict, x))),
            additional_properties=_d,
        )
