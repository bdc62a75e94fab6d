"""BatchRebootServersRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .reboot import Reboot

__all__ = ['BatchRebootServersRequestBody']


@dataclass(kw_only=True)
class BatchRebootServersRequestBody:
    """The BatchRebootServersRequestBody object.

    Attributes:
        reboot, required: Specifies the operation to restart the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.3.2 Restarting ECSs in a Batch
    """

    reboot: Reboot
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('reboot', self.reboot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchRebootServersRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .reboot import Reboot

        _d = dict(data)
        return cls(
            reboot=_S.opt(_S.take(_d, 'reboot', 'BatchRebootServersRequestBody'), lambda x: _S.model(Reboot.from_dict, x)),
            additional_properties=_d,
        )
