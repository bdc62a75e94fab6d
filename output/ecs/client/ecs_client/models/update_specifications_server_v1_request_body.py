"""UpdateSpecificationsServerV1RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .resize import Resize

__all__ = ['UpdateSpecificationsServerV1RequestBody']


@dataclass(kw_only=True)
class UpdateSpecificationsServerV1RequestBody:
    """The UpdateSpecificationsServerV1RequestBody object.

    Attributes:
        resize, required: Specifies the operation to modify ECS specifications. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.5 Modifying the Specifications of an ECS
    """

    resize: Resize
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('resize', self.resize),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSpecificationsServerV1RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .resize import Resize

        _d = dict(data)
        return cls(
            resize=_S.opt(_S.take(_d, 'resize', 'UpdateSpecificationsServerV1RequestBody'), lambda x: _S.model(Resize.from_dict, x)),
            additional_properties=_d,
        )
