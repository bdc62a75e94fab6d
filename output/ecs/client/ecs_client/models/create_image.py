"""CreateImage: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateImage']


@dataclass(kw_only=True)
class CreateImage:
    """The CreateImage object.

    Attributes:
        name, required: Specifies the image name with a length greater than 0 bytes and less than 243 bytes.
        metadata: Specifies the image attribute with a length greater than 0 bytes and less than 255 bytes.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.7 createImage
    """

    name: str
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateImage:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_S.take(_d, 'name', 'CreateImage'),
            metadata=_d.pop('metadata', UNSET),
            additional_properties=_d,
        )
