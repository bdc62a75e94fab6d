"""MediaTypes: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['MediaTypes']


@dataclass(kw_only=True)
class MediaTypes:
    """The MediaTypes object.

    Attributes:
        base: Specifies the basic type.
        type: Specifies the media type.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.1.2 media-types
    """

    base: str | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('base', self.base),
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaTypes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            base=_d.pop('base', UNSET),
            type=_d.pop('type', UNSET),
            additional_properties=_d,
        )
