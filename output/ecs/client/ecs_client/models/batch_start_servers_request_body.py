"""BatchStartServersRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .os_start import OsStart

__all__ = ['BatchStartServersRequestBody']


@dataclass(kw_only=True)
class BatchStartServersRequestBody:
    """The BatchStartServersRequestBody object.

    Attributes:
        os_start (JSON 'os-start'), required: Specifies the operation to start the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.3.1 Starting ECSs in a Batch
    """

    os_start: OsStart
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-start', self.os_start),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchStartServersRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_start import OsStart

        _d = dict(data)
        return cls(
            os_start=_S.opt(_S.take(_d, 'os-start', 'BatchStartServersRequestBody'), lambda x: _S.model(OsStart.from_dict, x)),
            additional_properties=_d,
        )
