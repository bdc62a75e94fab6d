"""Match: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['Match']


@dataclass(kw_only=True)
class Match:
    """The Match object.

    Attributes:
        key, required: Specifies the key field to be matched.
            The tag key can only be resource_name. In such a case, the tag value is the ECS name.
            • The key must be unique, and the value is used for matching.
            • This field is a fixed dictionary value.
            • This field cannot be left blank.
        value, required: Specifies the tag value.
            The tag key can only be resource_name. In such a case, the tag value is the ECS name.
            • Each value contains a maximum of 255 Unicode characters.
            • This field cannot be left blank.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.4 match
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
    def from_dict(cls, data: Mapping[str, Any]) -> Match:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'Match'),
            value=_S.take(_d, 'value', 'Match'),
            additional_properties=_d,
        )
