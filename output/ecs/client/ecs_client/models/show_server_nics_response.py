"""ShowServerNicsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .interface_attachments import InterfaceAttachments

__all__ = ['ShowServerNicsResponse']


@dataclass(kw_only=True)
class ShowServerNicsResponse:
    """The ShowServerNicsResponse object.

    Attributes:
        interface_attachments (JSON 'interfaceAttachments'): Specifies ECS NICs. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.7.1 Querying ECS NICs
    """

    interface_attachments: list[InterfaceAttachments] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('interfaceAttachments', self.interface_attachments),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerNicsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .interface_attachments import InterfaceAttachments

        _d = dict(data)
        return cls(
            interface_attachments=_S.opt(_d.pop('interfaceAttachments', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(InterfaceAttachments.from_dict, x))),
            additional_properties=_d,
        )
