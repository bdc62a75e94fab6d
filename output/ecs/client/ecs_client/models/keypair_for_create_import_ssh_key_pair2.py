"""KeypairForCreateImportSshKeyPair2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['KeypairForCreateImportSshKeyPair2']


@dataclass(kw_only=True)
class KeypairForCreateImportSshKeyPair2:
    """The KeypairForCreateImportSshKeyPair2 object.

    Attributes:
        fingerprint: Specifies fingerprint information about the key pair.
        name: Specifies the key pair name.
        public_key: Specifies information about the public key.
        private_key: Specifies information about the private key.
            • The information about the private key is contained in the response for creating an SSH key.
            • The information about the private key is not contained in the response for importing an SSH key.
        user_id: Specifies the ID of the user to which the key pair belongs.
        type: Specifies the key type. The value is ssh or x509.
            This parameter is supported in microversion 2.2 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.3 keypair
    """

    fingerprint: str | Unset = UNSET
    name: str | Unset = UNSET
    public_key: str | Unset = UNSET
    private_key: str | Unset = UNSET
    user_id: str | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('fingerprint', self.fingerprint),
            ('name', self.name),
            ('public_key', self.public_key),
            ('private_key', self.private_key),
            ('user_id', self.user_id),
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeypairForCreateImportSshKeyPair2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            fingerprint=_d.pop('fingerprint', UNSET),
            name=_d.pop('name', UNSET),
            public_key=_d.pop('public_key', UNSET),
            private_key=_d.pop('private_key', UNSET),
            user_id=_d.pop('user_id', UNSET),
            type=_d.pop('type', UNSET),
            additional_properties=_d,
        )
