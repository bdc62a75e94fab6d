"""KeypairForCreateImportSshKeyPair: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['KeypairForCreateImportSshKeyPair']


@dataclass(kw_only=True)
class KeypairForCreateImportSshKeyPair:
    """The KeypairForCreateImportSshKeyPair object.

    Attributes:
        public_key: Specifies the imported public key.
            It is recommended that the length of the imported public key be less than or equal to 1024 bytes.
            If the length of the public key to be imported exceeds 1024 bytes, importing the public key will fail.
        type: Specifies the key type. The value is ssh or x509.
            This parameter is supported in microversion 2.2 and later.
        name, required: Specifies the key pair name.
            The new key pair name cannot be the same as an existing one.
        user_id: Specifies the user ID of the key.
            This parameter is supported in microversion 2.10 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.3 keypair
    """

    name: str
    public_key: str | Unset = UNSET
    type: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('public_key', self.public_key),
            ('type', self.type),
            ('user_id', self.user_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeypairForCreateImportSshKeyPair:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            name=_S.take(_d, 'name', 'KeypairForCreateImportSshKeyPair'),
            public_key=_d.pop('public_key', UNSET),
            type=_d.pop('type', UNSET),
            user_id=_d.pop('user_id', UNSET),
            additional_properties=_d,
        )
