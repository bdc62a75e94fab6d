"""StopServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .os_stop_v21 import OsStopV21

__all__ = ['StopServerRequestBody']


@dataclass(kw_only=True)
class StopServerRequestBody:
    """The StopServerRequestBody object.

    Attributes:
        os_stop (JSON 'os-stop'), required: Specifies the operation to stop the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.3 Stopping an ECS
    """

    os_stop: OsStopV21
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-stop', self.os_stop),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StopServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_stop_v21 import OsStopV21

        _d = dict(data)
        return cls(
            os_stop=_S.opt(_S.take(_d, 'os-stop', 'StopServerRequestBody'), lambda x: _S.model(OsStopV21.from_dict, x)),
            additional_properties=_d,
        )
