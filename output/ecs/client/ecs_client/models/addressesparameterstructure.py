"""Addressesparameterstructure: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .ec_snetworkparameterstructure import ECSnetworkparameterstructure

__all__ = ['Addressesparameterstructure']


@dataclass(kw_only=True)
class Addressesparameterstructure:
    """The Addressesparameterstructure object.

    Attributes:
        nameofthenetworkwherethe_ec_saccesses (JSON 'NameofthenetworkwheretheECSaccesses'), required: Specifies the network where the ECS accesses. For details about the network parameter, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.4.2 addressesparameterstructure
    """

    nameofthenetworkwherethe_ec_saccesses: list[ECSnetworkparameterstructure]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('NameofthenetworkwheretheECSaccesses', self.nameofthenetworkwherethe_ec_saccesses),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Addressesparameterstructure:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .ec_snetworkparameterstructure import ECSnetworkparameterstructure

        _d = dict(data)
        return cls(
            nameofthenetworkwherethe_ec_saccesses=_S.opt(_S.take(_d, 'NameofthenetworkwheretheECSaccesses', 'Addressesparameterstructure'), lambda x: _S.list_of(x, lambda x: _S.model(ECSnetworkparameterstructure.from_dict, x))),
            additional_properties=_d,
        )
