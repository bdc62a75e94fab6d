"""InstanceActions: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['InstanceActions']


@dataclass(kw_only=True)
class InstanceActions:
    """The InstanceActions object.

    Attributes:
        action, required: Specifies the action.
            Options:
            create, delete, evacuate, restore, stop, start, reboot, rebuild, revertResize, confirmResize, detach_volume, attach_volume, attach_interface, detach_interface, lock, unlock, resize, migrate, pause, unpause, suspend, resume, rescue, unrescue, changePassword, shelve, unshelve, live-migration, live_migration_cancel, live_migration_force_complete, trigger_crash_dump, and extend_volume
        instance_uuid, required: Specifies the ECS ID in UUID format.
        message, required: Specifies the result status of the operation.
        project_id, required: Specifies the project ID.
        request_id_ (JSON 'request_id'), required: Specifies the request ID.
        start_time, required: Specifies the time when the action was started.
        user_id, required: Specifies the user ID.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.13.1 instanceActions
    """

    action: str
    instance_uuid: str
    message: str
    project_id: str
    request_id_: str
    start_time: str
    user_id: str
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
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceActions:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            action=_S.take(_d, 'action', 'InstanceActions'),
            instance_uuid=_S.take(_d, 'instance_uuid', 'InstanceActions'),
            message=_S.take(_d, 'message', 'InstanceActions'),
            project_id=_S.take(_d, 'project_id', 'InstanceActions'),
            request_id_=_S.take(_d, 'request_id', 'InstanceActions'),
            start_time=_S.take(_d, 'start_time', 'InstanceActions'),
            user_id=_S.take(_d, 'user_id', 'InstanceActions'),
            additional_properties=_d,
        )
