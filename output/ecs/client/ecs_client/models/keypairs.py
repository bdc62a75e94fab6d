"""Keypairs: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .keypair import Keypair

__all__ = ['Keypairs']


@dataclass(kw_only=True)
class Keypairs:
    """The Keypairs object.

    Attributes:
        keypair: Specifies details about a key pair. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.1 keypairs
    """

    keypair: Keypair | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keypair', self.keypair),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Keypairs:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .keypair import Keypair

        _d = dict(data)
        return cls(
            keypair=_S.opt(_d.pop('keypair', UNSET), lambda x: _S.model(Keypair.from_dict, x)),
            additional_properties=_d,
        )
