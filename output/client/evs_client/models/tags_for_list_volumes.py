"""TagsForListVolumes: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['TagsForListVolumes']


@dataclass(kw_only=True)
class TagsForListVolumes:
    """The TagsForListVolumes object.

    Attributes:
        key, required: 标签键。
        values, required: 标签值。 标签列表中最多包含10个value。 标签列表中的标签value值不允许重复。 标签列表如果为空列表，表示匹配任意值。标签列表中多个value之间是“或”的关系，在key已经满足要求的前提下，云硬盘满足请求中的某个value就会匹配出来。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 TagsForListVolumes (line 9014)
    """

    key: str
    values: list[str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('key', self.key),
            ('values', self.values),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagsForListVolumes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'TagsForListVolumes'),
            values=_S.take(_d, 'values', 'TagsForListVolumes'),
            additional_properties=_d,
        )
