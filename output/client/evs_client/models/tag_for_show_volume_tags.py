"""TagForShowVolumeTags: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['TagForShowVolumeTags']


@dataclass(kw_only=True)
class TagForShowVolumeTags:
    """The TagForShowVolumeTags object.

    Attributes:
        key, required: 标签键。同一资源的key值不能重复。 最大长度36个字符。 字符集: A-Z, a-z, 0-9, '-', '_', UNICOD字符 (\\u4E00-\\u9FFF)。
        value, required: 标签值。 最大长度43个字符。 字符集: A-Z, a-z, 0-9, '-', '_', UNICOD字符 (\\u4E00-\\u9FFF)。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.4 Tag (line 8749)
    """

    key: str
    value: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('key', self.key),
            ('value', self.value),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagForShowVolumeTags:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'TagForShowVolumeTags'),
            value=_S.take(_d, 'value', 'TagForShowVolumeTags'),
            additional_properties=_d,
        )
