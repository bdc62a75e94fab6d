"""AddNicToServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .interface_attachment import InterfaceAttachment

__all__ = ['AddNicToServerResponse']


@dataclass(kw_only=True)
class AddNicToServerResponse:
    """The AddNicToServerResponse object.

    Attributes:
        interface_attachment (JSON 'interfaceAttachment'): Specifies ECS NICs. For details, see Table 6.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.3 Adding a NIC to an ECS
    """

    interface_attachment: InterfaceAttachment | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('interfaceAttachment', self.interface_attachment),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddNicToServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .interface_attachment import InterfaceAttachment

        _d = dict(data)
        return cls(
            interface_attachment=_S.opt(_d.pop('interfaceAttachment', UNSET), lambda x: _S.model(InterfaceAttachment.from_dict, x)),
            additional_properties=_d,
        )
