"""Metadatafielddescriptionforcreatingdisks: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Metadatafielddescriptionforcreatingdisks']


@dataclass(kw_only=True)
class Metadatafielddescriptionforcreatingdisks:
    """The Metadatafielddescriptionforcreatingdisks object.

    Attributes:
        system_encrypted (JSON '__system__encrypted'): Specifies encryption in metadata. The value can be 0 (encryption disabled) or 1 (encryption enabled).
            If this parameter does not exist, the disk will not be encrypted by default.
        system_cmkid (JSON '__system__cmkid'): Specifies the CMK ID, which indicates encryption in metadata. This parameter is used with __system__encrypted.
            For details about how to obtain the CMK ID, see \"Querying the List of CMKs\" in Key Management Service API Reference.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 metadatafielddescriptionforcreatingdisks
    """

    system_encrypted: str | Unset = UNSET
    system_cmkid: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('__system__encrypted', self.system_encrypted),
            ('__system__cmkid', self.system_cmkid),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadatafielddescriptionforcreatingdisks:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            system_encrypted=_d.pop('__system__encrypted', UNSET),
            system_cmkid=_d.pop('__system__cmkid', UNSET),
            additional_properties=_d,
        )
