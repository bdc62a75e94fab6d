"""Tags: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['Tags']


@dataclass(kw_only=True)
class Tags:
    """The Tags object.

    Attributes:
        key, required: Specifies the tag key.
            • Cannot be left blank.
            • Must be unique for each resource.
            • Contains a maximum of 36 characters.
            • Can only consist of digits, letters, hyphens (-), and underscores (_).
            • Must be unique and cannot be left blank.
        value, required: Specifies the tag value.
            • Contains a maximum of 43 characters.
            • Can only consist of digits, letters, hyphens (-), and underscores (_).

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.9.2 tags
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
    def from_dict(cls, data: Mapping[str, Any]) -> Tags:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'Tags'),
            value=_S.take(_d, 'value', 'Tags'),
            additional_properties=_d,
        )
