"""UpdateSpecificationsServerV21RequestBodyResize: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['UpdateSpecificationsServerV21RequestBodyResize']


@dataclass(kw_only=True)
class UpdateSpecificationsServerV21RequestBodyResize:
    """The UpdateSpecificationsServerV21RequestBody.resize object.

    Attributes:
        flavor_ref (JSON 'flavorRef'), required: Specifies the new flavor ID or URI.

    additional_properties: keys the spec does not list, kept as received.
    """

    flavor_ref: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('flavorRef', self.flavor_ref),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSpecificationsServerV21RequestBodyResize:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            flavor_ref=_S.take(_d, 'flavorRef', 'UpdateSpecificationsServerV21RequestBodyResize'),
            additional_properties=_d,
        )
