"""CreateServerV21RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .os_scheduler_hints import OsSchedulerHints
    from .server import Server

__all__ = ['CreateServerV21RequestBody']


@dataclass(kw_only=True)
class CreateServerV21RequestBody:
    """The CreateServerV21RequestBody object.

    Attributes:
        server, required: Specifies the ECS information. For details, see Table 3.
        os_scheduler_hints (JSON 'os:scheduler_hints'): Specifies the ECS scheduling information. For details, see Table 8. This parameter is not available for BMSs.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 Creating an ECS
    """

    server: Server
    os_scheduler_hints: OsSchedulerHints | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server', self.server),
            ('os:scheduler_hints', self.os_scheduler_hints),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateServerV21RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_scheduler_hints import OsSchedulerHints
        from .server import Server

        _d = dict(data)
        return cls(
            server=_S.opt(_S.take(_d, 'server', 'CreateServerV21RequestBody'), lambda x: _S.model(Server.from_dict, x)),
            os_scheduler_hints=_S.opt(_d.pop('os:scheduler_hints', UNSET), lambda x: _S.model(OsSchedulerHints.from_dict, x)),
            additional_properties=_d,
        )
