"""UpdateSpecificationsServerV21RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .update_specifications_server_v21_request_body_resize import UpdateSpecificationsServerV21RequestBodyResize

__all__ = ['UpdateSpecificationsServerV21RequestBody']


@dataclass(kw_only=True)
class UpdateSpecificationsServerV21RequestBody:
    """The UpdateSpecificationsServerV21RequestBody object.

    Attributes:
        resize, required

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.8 Modifying the Specifications of an ECS
    """

    resize: UpdateSpecificationsServerV21RequestBodyResize
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('resize', self.resize),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSpecificationsServerV21RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .update_specifications_server_v21_request_body_resize import UpdateSpecificationsServerV21RequestBodyResize

        _d = dict(data)
        return cls(
            resize=_S.opt(_S.take(_d, 'resize', 'UpdateSpecificationsServerV21RequestBody'), lambda x: _S.model(UpdateSpecificationsServerV21RequestBodyResize.from_dict, x)),
            additional_properties=_d,
        )
