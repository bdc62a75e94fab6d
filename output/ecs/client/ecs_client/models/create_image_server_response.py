"""CreateImageServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['CreateImageServerResponse']


@dataclass(kw_only=True)
class CreateImageServerResponse:
    """The CreateImageServerResponse object.

    Attributes:
        image_id, required: Specifies the image UUID.
            This parameter is supported in microversion 2.45 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.7 Creating an Image Using an ECS
    """

    image_id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('image_id', self.image_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateImageServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            image_id=_S.take(_d, 'image_id', 'CreateImageServerResponse'),
            additional_properties=_d,
        )
