"""AddMember: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['AddMember']


@dataclass(kw_only=True)
class AddMember:
    """The AddMember object.

    Attributes:
        instance_uuid, required: Specifies the ECS UUID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.10.3 add_member
    """

    instance_uuid: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('instance_uuid', self.instance_uuid),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddMember:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            instance_uuid=_S.take(_d, 'instance_uuid', 'AddMember'),
            additional_properties=_d,
        )
