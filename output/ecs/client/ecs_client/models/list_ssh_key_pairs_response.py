"""ListSshKeyPairsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .keypairs import Keypairs

__all__ = ['ListSshKeyPairsResponse']


@dataclass(kw_only=True)
class ListSshKeyPairsResponse:
    """The ListSshKeyPairsResponse object.

    Attributes:
        keypairs: Specifies key pairs. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.1 Querying SSH Key Pairs
    """

    keypairs: list[Keypairs] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keypairs', self.keypairs),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListSshKeyPairsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .keypairs import Keypairs

        _d = dict(data)
        return cls(
            keypairs=_S.opt(_d.pop('keypairs', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(Keypairs.from_dict, x))),
            additional_properties=_d,
        )
