"""Rebuild: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Rebuild']


@dataclass(kw_only=True)
class Rebuild:
    """The Rebuild object.

    Attributes:
        name: Specifies the name of the rebuilt ECS.
            The value contains 1 to 254 characters.
        metadata: Specifies the metadata of the rebuilt ECS.
        image_ref (JSON 'imageRef'), required: Specifies the image ID or URL.
        admin_pass (JSON 'adminPass'): Specifies the password for logging in to the rebuilt ECS. This parameter does not take effect.
        os_dcf_disk_config (JSON 'OS-DCF:diskConfig'): Not supported
        preserve_ephemeral: Specifies whether to retain the temporary disk. This parameter is not supported.
        key_name: Specifies the key pair name. If the value is null, the existing key pair is left blank.
            This parameter is supported in microversion 2.54 and later.
        user_data: Specifies the user data to be injected during the ECS creation. This is an extended attribute. Text and text files can be injected.
            • The content of user_data must be encoded with base64.
            • The maximum size of the content to be injected (before encoding) is 32 KB.
            For more information about the user data to be injected, see \"Injecting User Data into ECSs\" in Elastic Cloud Server User Guide.
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

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.6 rebuild
    """

    image_ref: str
    name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    admin_pass: str | Unset = UNSET
    os_dcf_disk_config: str | Unset = UNSET
    preserve_ephemeral: bool | Unset = UNSET
    key_name: str | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('imageRef', self.image_ref),
            ('name', self.name),
            ('metadata', self.metadata),
            ('adminPass', self.admin_pass),
            ('OS-DCF:diskConfig', self.os_dcf_disk_config),
            ('preserve_ephemeral', self.preserve_ephemeral),
            ('key_name', self.key_name),
            ('user_data', self.user_data),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rebuild:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            image_ref=_S.take(_d, 'imageRef', 'Rebuild'),
            name=_d.pop('name', UNSET),
            metadata=_d.pop('metadata', UNSET),
            admin_pass=_d.pop('adminPass', UNSET),
            os_dcf_disk_config=_d.pop('OS-DCF:diskConfig', UNSET),
            preserve_ephemeral=_d.pop('preserve_ephemeral', UNSET),
            key_name=_d.pop('key_name', UNSET),
            user_data=_d.pop('user_data', UNSET),
            additional_properties=_d,
        )
