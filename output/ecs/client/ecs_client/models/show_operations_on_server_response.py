"""ShowOperationsOnServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .instance_actions import InstanceActions

__all__ = ['ShowOperationsOnServerResponse']


@dataclass(kw_only=True)
class ShowOperationsOnServerResponse:
    """The ShowOperationsOnServerResponse object.

    Attributes:
        instance_actions (JSON 'instanceActions'): Specifies operations performed on the ECS. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.13.1 Querying Operations on an ECS
    """

    instance_actions: list[InstanceActions] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('instanceActions', self.instance_actions),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowOperationsOnServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .instance_actions import InstanceActions

        _d = dict(data)
        return cls(
            instance_actions=_S.opt(_d.pop('instanceActions', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(InstanceActions.from_dict, x))),
            additional_properties=_d,
        )
