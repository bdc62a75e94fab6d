"""CreateCreatingAndImportingAnSshKeyPairRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .keypair_for_create_creating_and_importing_an_ssh_key_pair import KeypairForCreateCreatingAndImportingAnSshKeyPair

__all__ = ['CreateCreatingAndImportingAnSshKeyPairRequestBody']


@dataclass(kw_only=True)
class CreateCreatingAndImportingAnSshKeyPairRequestBody:
    """The CreateCreatingAndImportingAnSshKeyPairRequestBody object.

    Attributes:
        keypair, required: Specifies the created or imported SSH key pair. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.3 Creating and Importing an SSH Key Pair
    """

    keypair: KeypairForCreateCreatingAndImportingAnSshKeyPair
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keypair', self.keypair),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateCreatingAndImportingAnSshKeyPairRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .keypair_for_create_creating_and_importing_an_ssh_key_pair import KeypairForCreateCreatingAndImportingAnSshKeyPair

        _d = dict(data)
        return cls(
            keypair=_S.opt(_S.take(_d, 'keypair', 'CreateCreatingAndImportingAnSshKeyPairRequestBody'), lambda x: _S.model(KeypairForCreateCreatingAndImportingAnSshKeyPair.from_dict, x)),
            additional_properties=_d,
        )
