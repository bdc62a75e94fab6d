"""Events: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['Events']


@dataclass(kw_only=True)
class Events:
    """The Events object.

    Attributes:
        event, required: Specifies the action name.
        result, required: Specifies the execution result.
        traceback, required: Specifies the error message.
        start_time, required: Specifies the time when the event was started.
        finish_time, required: Specifies the time when the event was completed.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.13.2 events
    """

    event: str
    result: str
    traceback: str
    start_time: str
    finish_time: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('event', self.event),
            ('result', self.result),
            ('traceback', self.traceback),
            ('start_time', self.start_time),
            ('finish_time', self.finish_time),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Events:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            event=_S.take(_d, 'event', 'Events'),
            result=_S.take(_d, 'result', 'Events'),
            traceback=_S.take(_d, 'traceback', 'Events'),
            start_time=_S.take(_d, 'start_time', 'Events'),
            finish_time=_S.take(_d, 'finish_time', 'Events'),
            additional_properties=_d,
        )
