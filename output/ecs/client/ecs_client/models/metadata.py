"""Metadata: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Metadata']


@dataclass(kw_only=True)
class Metadata:
    """The Metadata object.

    Attributes:
        byol (JSON 'BYOL'): Specifies whether a user has the license of an image.
            • If this parameter is set to true, the license file delivered with the image is used, indicating that BYOL is used.
            • If this parameter is set to a value other than true, BYOL is not used, and the license file provided by the public cloud platform must be used.
            The default value is not true, indicating that BYOL is not used.
        user_data: Specifies the user data to be injected to the ECS during the creation. Text and text files can be injected.
            • The content of user_data must be encoded with base64.
            • The maximum size of the content to be injected (before encoding) is 32 KB.
            For more details, see \"Injecting User Data into ECSs\" in Elastic Cloud Server User Guide.
            Examples
            Before base64 encoding:
            • Linux
            #! /bin/bash echo user_test >> /home/user.txt
            • Windows
            rem cmd echo 111 > c:\\aaa.txt
            After base64 encoding:
            • Linux
            IyEgL2Jpbi9iYXNoDQplY2hvIHVzZXJfdGVzdCAmZ3Q7Jmd0OyAvaG9tZS91c2VyLnR4dA==
            • Windows
            cmVtIGNtZA0KZWNobyAxMTEgJmd0OyBjOlxhYWEudHh0
        system_encrypted (JSON '__system__encrypted'): Specifies encryption in metadata. The value can be 0 (encryption disabled) or 1 (encryption enabled).
            If this parameter does not exist, the system disk will not be encrypted by default.
        system_cmkid (JSON '__system__cmkid'): Specifies the CMK ID, which indicates encryption in metadata. This parameter is used with __system__encrypted.
            For details about how to obtain the CMK ID, see \"Querying the List of CMKs\" in Key Management Service API Reference.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.1 metadata
    """

    byol: str | Unset = UNSET
    user_data: str | Unset = UNSET
    system_encrypted: str | Unset = UNSET
    system_cmkid: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('BYOL', self.byol),
            ('user_data', self.user_data),
            ('__system__encrypted', self.system_encrypted),
            ('__system__cmkid', self.system_cmkid),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadata:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            byol=_d.pop('BYOL', UNSET),
            user_data=_d.pop('user_data', UNSET),
            system_encrypted=_d.pop('__system__encrypted', UNSET),
            system_cmkid=_d.pop('__system__cmkid', UNSET),
            additional_properties=_d,
        )
