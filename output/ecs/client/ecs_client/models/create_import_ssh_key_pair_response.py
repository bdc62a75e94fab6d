"""CreateImportSshKeyPairResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .keypair_for_create_import_ssh_key_pair2 import KeypairForCreateImportSshKeyPair2

__all__ = ['CreateImportSshKeyPairResponse']


@dataclass(kw_only=True)
class CreateImportSshKeyPairResponse:
    """The CreateImportSshKeyPairResponse object.

    Attributes:
        keypair: Specifies the SSH key pair. For details, see Table 5.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.3 Creating and Importing an SSH Key Pair
    """

    keypair: KeypairForCreateImportSshKeyPair2 | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keypair', self.keypair),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateImportSshKeyPairResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .keypair_for_create_import_ssh_key_pair2 import KeypairForCreateImportSshKeyPair2

        _d = dict(data)
        return cls(
            keypair=_S.opt(_d.pop('keypair', UNSET), lambda x: _S.model(KeypairForCreateImportSshKeyPair2.from_dict, x)),
            additional_properties=_d,
        )
