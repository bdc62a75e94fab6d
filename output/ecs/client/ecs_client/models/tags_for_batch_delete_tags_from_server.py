"""TagsForBatchDeleteTagsFromServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['TagsForBatchDeleteTagsFromServer']


@dataclass(kw_only=True)
class TagsForBatchDeleteTagsFromServer:
    """The TagsForBatchDeleteTagsFromServer object.

    Attributes:
        key, required: Specifies the tag key.
            It contains a maximum of 127 Unicode characters and cannot be left blank.
            The tag key of an ECS must be unique.
        value: Specifies the tag value.
            It contains a maximum of 255 Unicode characters and can be left blank.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.3 tags
    """

    key: str
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
    def from_dict(cls, data: Mapping[str, Any]) -> TagsForBatchDeleteTagsFromServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'TagsForBatchDeleteTagsFromServer'),
            value=_d.pop('value', UNSET),
            additional_properties=_d,
        )
