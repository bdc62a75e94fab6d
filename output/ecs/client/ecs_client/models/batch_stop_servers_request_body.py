"""BatchStopServersRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .os_stop import OsStop

__all__ = ['BatchStopServersRequestBody']


@dataclass(kw_only=True)
class BatchStopServersRequestBody:
    """The BatchStopServersRequestBody object.

    Attributes:
        os_stop (JSON 'os-stop'), required: Specifies the operation to stop the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.3.3 Stopping ECSs in a Batch
    """

    os_stop: OsStop
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-stop', self.os_stop),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchStopServersRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_stop import OsStop

        _d = dict(data)
        return cls(
            os_stop=_S.opt(_S.take(_d, 'os-stop', 'BatchStopServersRequestBody'), lambda x: _S.model(OsStop.from_dict, x)),
            additional_properties=_d,
        )
