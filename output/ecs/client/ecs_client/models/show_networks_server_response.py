"""ShowNetworksServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .addressesparameterstructure import Addressesparameterstructure

__all__ = ['ShowNetworksServerResponse']


@dataclass(kw_only=True)
class ShowNetworksServerResponse:
    """The ShowNetworksServerResponse object.

    Attributes:
        addresses, required: Specifies the network address of the ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.4.2 Querying the Networks of a Specified ECS
    """

    addresses: Addressesparameterstructure
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('addresses', self.addresses),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowNetworksServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .addressesparameterstructure import Addressesparameterstructure

        _d = dict(data)
        return cls(
            addresses=_S.opt(_S.take(_d, 'addresses', 'ShowNetworksServerResponse'), lambda x: _S.model(Addressesparameterstructure.from_dict, x)),
            additional_properties=_d,
        )
