"""CreateImportSshKeyPairRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .keypair_for_create_import_ssh_key_pair import KeypairForCreateImportSshKeyPair

__all__ = ['CreateImportSshKeyPairRequestBody']


@dataclass(kw_only=True)
class CreateImportSshKeyPairRequestBody:
    """The CreateImportSshKeyPairRequestBody object.

    Attributes:
        keypair, required: Specifies the created or imported SSH key pair. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.3 Creating and Importing an SSH Key Pair
    """

    keypair: KeypairForCreateImportSshKeyPair
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keypair', self.keypair),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateImportSshKeyPairRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .keypair_for_create_import_ssh_key_pair import KeypairForCreateImportSshKeyPair

        _d = dict(data)
        return cls(
            keypair=_S.opt(_S.take(_d, 'keypair', 'CreateImportSshKeyPairRequestBody'), lambda x: _S.model(KeypairForCreateImportSshKeyPair.from_dict, x)),
            additional_properties=_d,
        )
