"""TagsForShowTagsServerV1: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['TagsForShowTagsServerV1']


@dataclass(kw_only=True)
class TagsForShowTagsServerV1:
    """The TagsForShowTagsServerV1 object.

    Attributes:
        key: Specifies the tag key.
        value: Specifies the tag value.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.6 tags
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('key', self.key),
            ('value', self.value),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagsForShowTagsServerV1:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_d.pop('key', UNSET),
            value=_d.pop('value', UNSET),
            additional_properties=_d,
        )
