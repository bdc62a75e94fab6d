"""Tag: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Tag']


@dataclass(kw_only=True)
class Tag:
    """The Tag object.

    Attributes:
        key, required: Specifies the tag key.
            • A key contains a maximum of 127 Unicode characters.
            • This field cannot be left blank.
        values: Specifies the tag value.
            • Each tag contains a maximum of 10 values.
            • Values of the same tag must be unique.
            • Each value contains a maximum of 255 Unicode characters.
            • If this parameter is not specified, any value can be used.
            • The values are in the OR relationship.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.4 tag
    """

    key: str
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
    def from_dict(cls, data: Mapping[str, Any]) -> Tag:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'Tag'),
            values=_d.pop('values', UNSET),
            additional_properties=_d,
        )
