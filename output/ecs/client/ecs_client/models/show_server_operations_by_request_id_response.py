"""ShowServerOperationsByRequestIdResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .instance_action import InstanceAction

__all__ = ['ShowServerOperationsByRequestIdResponse']


@dataclass(kw_only=True)
class ShowServerOperationsByRequestIdResponse:
    """The ShowServerOperationsByRequestIdResponse object.

    Attributes:
        instance_action (JSON 'instanceAction'): Specifies an operation performed on the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.13.2 Querying ECS Operations by Request ID
    """

    instance_action: InstanceAction | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('instanceAction', self.instance_action),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerOperationsByRequestIdResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .instance_action import InstanceAction

        _d = dict(data)
        return cls(
            instance_action=_S.opt(_d.pop('instanceAction', UNSET), lambda x: _S.model(InstanceAction.from_dict, x)),
            additional_properties=_d,
        )
