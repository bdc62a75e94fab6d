"""InstanceAction: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .events import Events

__all__ = ['InstanceAction']


@dataclass(kw_only=True)
class InstanceAction:
    """The InstanceAction object.

    Attributes:
        action, required: Specifies the action name.
        instance_uuid, required: Specifies the ECS ID in UUID format.
        message, required: Specifies the result status of the action.
        project_id, required: Specifies the project ID.
        request_id_ (JSON 'request_id'), required: Specifies the request ID.
        start_time, required: Specifies the time when the action was started.
        user_id, required: Specifies the user ID.
        events, required: Describes events. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.13.2 instanceAction
    """

    action: str
    instance_uuid: str
    message: str
    project_id: str
    request_id_: str
    start_time: str
    user_id: str
    events: list[Events]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('action', self.action),
            ('instance_uuid', self.instance_uuid),
            ('message', self.message),
            ('project_id', self.project_id),
            ('request_id', self.request_id_),
            ('start_time', self.start_time),
            ('user_id', self.user_id),
            ('events', self.events),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceAction:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .events import Events

        _d = dict(data)
        return cls(
            action=_S.take(_d, 'action', 'InstanceAction'),
            instance_uuid=_S.take(_d, 'instance_uuid', 'InstanceAction'),
            message=_S.take(_d, 'message', 'InstanceAction'),
            project_id=_S.take(_d, 'project_id', 'InstanceAction'),
            request_id_=_S.take(_d, 'request_id', 'InstanceAction'),
            start_time=_S.take(_d, 'start_time', 'InstanceAction'),
            user_id=_S.take(_d, 'user_id', 'InstanceAction'),
            events=_S.opt(_S.take(_d, 'events', 'InstanceAction'), lambda x: _S.list_of(x, lambda x: _S.model(Events.from_dict, x))),
            additional_properties=_d,
        )
