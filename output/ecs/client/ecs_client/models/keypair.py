"""Keypair: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Keypair']


@dataclass(kw_only=True)
class Keypair:
    """The Keypair object.

    Attributes:
        fingerprint: Specifies fingerprint information about the key pair.
        name: Specifies the key pair name.
        type: Specifies the key type, which is ssh by default.
            This parameter is supported in microversion 2.2 and later.
        public_key: Specifies information about the public key.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.1 keypair
    """

    fingerprint: str | Unset = UNSET
    name: str | Unset = UNSET
    type: str | Unset = UNSET
    public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('fingerprint', self.fingerprint),
            ('name', self.name),
            ('type', self.type),
            ('public_key', self.public_key),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Keypair:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            fingerprint=_d.pop('fingerprint', UNSET),
            name=_d.pop('name', UNSET),
            type=_d.pop('type', UNSET),
            public_key=_d.pop('public_key', UNSET),
            additional_properties=_d,
        )
