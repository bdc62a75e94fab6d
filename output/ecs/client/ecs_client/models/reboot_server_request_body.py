"""RebootServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .reboot_v21 import RebootV21

__all__ = ['RebootServerRequestBody']


@dataclass(kw_only=True)
class RebootServerRequestBody:
    """The RebootServerRequestBody object.

    Attributes:
        reboot, required: Specifies the operation to restart the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.2 Restarting an ECS
    """

    reboot: RebootV21
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('reboot', self.reboot),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RebootServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .reboot_v21 import RebootV21

        _d = dict(data)
        return cls(
            reboot=_S.opt(_S.take(_d, 'reboot', 'RebootServerRequestBody'), lambda x: _S.model(RebootV21.from_dict, x)),
            additional_properties=_d,
        )
