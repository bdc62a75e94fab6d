"""ShowNetworkServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .ec_snetworkparameterstructure import ECSnetworkparameterstructure

__all__ = ['ShowNetworkServerResponse']


@dataclass(kw_only=True)
class ShowNetworkServerResponse:
    """The ShowNetworkServerResponse object.

    Attributes:
        nameofthenetworkwherethe_ec_saccesses (JSON 'NameofthenetworkwheretheECSaccesses'): Specifies the network where the ECS accesses. For details about the network, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.4.3 Querying the Specified Network of an ECS
    """

    nameofthenetworkwherethe_ec_saccesses: ECSnetworkparameterstructure | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('NameofthenetworkwheretheECSaccesses', self.nameofthenetworkwherethe_ec_saccesses),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowNetworkServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .ec_snetworkparameterstructure import ECSnetworkparameterstructure

        _d = dict(data)
        return cls(
            nameofthenetworkwherethe_ec_saccesses=_S.opt(_d.pop('NameofthenetworkwheretheECSaccesses', UNSET), lambda x: _S.model(ECSnetworkparameterstructure.from_dict, x)),
            additional_properties=_d,
        )
