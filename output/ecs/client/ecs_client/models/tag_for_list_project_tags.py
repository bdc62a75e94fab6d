"""TagForListProjectTags: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['TagForListProjectTags']


@dataclass(kw_only=True)
class TagForListProjectTags:
    """The TagForListProjectTags object.

    Attributes:
        key: Specifies the tag key.
            • Contains a maximum of 36 Unicode characters.
            • Can only consist of digits, letters, hyphens (-), and underscores (_).
        values: Specifies the tag value.
            • Contains a maximum of 43 Unicode characters.
            • Can be left blank.
            • Can only consist of digits, letters, hyphens (-), and underscores (_).

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.5 tag
    """

    key: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('key', self.key),
            ('values', self.values),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagForListProjectTags:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_d.pop('key', UNSET),
            values=_d.pop('values', UNSET),
            additional_properties=_d,
        )
