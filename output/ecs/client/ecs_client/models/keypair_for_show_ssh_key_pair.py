"""KeypairForShowSshKeyPair: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['KeypairForShowSshKeyPair']


@dataclass(kw_only=True)
class KeypairForShowSshKeyPair:
    """The KeypairForShowSshKeyPair object.

    Attributes:
        public_key: Specifies information about the public key.
        name: Specifies the key pair name.
        fingerprint: Specifies fingerprint information about the key pair.
        created_at: Specifies the time when the key pair was created.
        deleted: Specifies whether a key pair has been deleted.
            • true: indicates that the key has been deleted.
            • false: indicates that the key is not deleted.
        deleted_at: Specifies the time when the key pair was deleted.
        id: Specifies the key pair ID.
        updated_at: Specifies the time when the key pair was updated.
        user_id: Specifies information about the user to which the key pair belongs.
        type: Specifies the key type, which is ssh by default.
            This parameter is supported in microversion 2.2 and later.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.2 keypair
    """

    public_key: str | Unset = UNSET
    name: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    created_at: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    deleted_at: str | Unset = UNSET
    id: int | Unset = UNSET
    updated_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('public_key', self.public_key),
            ('name', self.name),
            ('fingerprint', self.fingerprint),
            ('created_at', self.created_at),
            ('deleted', self.deleted),
            ('deleted_at', self.deleted_at),
            ('id', self.id),
            ('updated_at', self.updated_at),
            ('user_id', self.user_id),
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeypairForShowSshKeyPair:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            public_key=_d.pop('public_key', UNSET),
            name=_d.pop('name', UNSET),
            fingerprint=_d.pop('fingerprint', UNSET),
            created_at=_d.pop('created_at', UNSET),
            deleted=_d.pop('deleted', UNSET),
            deleted_at=_d.pop('deleted_at', UNSET),
            id=_d.pop('id', UNSET),
            updated_at=_d.pop('updated_at', UNSET),
            user_id=_d.pop('user_id', UNSET),
            type=_d.pop('type', UNSET),
            additional_properties=_d,
        )
