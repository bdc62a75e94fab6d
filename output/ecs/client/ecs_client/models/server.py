"""Server: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .rebuild_server_response_osdcf_disk_config import RebuildServerResponseOSDCFDiskConfig

if TYPE_CHECKING:
    from .block_device_mapping_v2 import BlockDeviceMappingV2
    from .networks import Networks
    from .security_groups_v21 import SecurityGroupsV21

__all__ = ['Server']


@dataclass(kw_only=True)
class Server:
    """The Server object.

    Attributes:
        image_ref (JSON 'imageRef'): Specifies the ECS image ID or URL.
            • Example image ID: 3b8d6fef-af77-42ab-b8b7-5a7f0f0af8f2
            • Example image URL: http://glance.openstack.example.com/images/3b8d6fef-af77-42ab-b8b7-5a7f0f0af8f2
            • If you use a specified disk as the system disk to create an ECS, this parameter is not required. If you do not use a disk to create an ECS, you must set a valid UUID. Otherwise, the API will return error code 400.
            • Certain ECS flavors cannot support all public images provided on the public cloud platform. To obtain the images supported by an ECS flavor, log in to the management console, view the images displayed on the Create ECS page, and obtain the image IDs on the Image Management Service page.
            • If the creation fails, modify the parameter settings.
        flavor_ref (JSON 'flavorRef'), required: Specifies the flavor ID or URL.
            For example: c3.2xlarge
        name, required: Specifies the ECS name. The value contains 1 to 255 characters.
            ECS hostnames comply with RFC952 and RFC1123 naming rules. It is recommended that you configure hostnames using digits, letters (case sensitive), and hyphens (-). Underscores (_) are converted into hyphens (-) by default.
        metadata: Specifies the ECS metadata. For details, see Table 4.
            • The key contains 1 to 255 characters.
            • The value contains 0 to 255 characters.
        admin_pass (JSON 'adminPass'): Specifies the initial login password of the administrator account for logging in to an ECS using password authentication. The Linux administrator is root, and the Windows administrator is Administrator.
        block_device_mapping_v2: Indicates the V2 API for specifying the ECS storage device. This is an extended attribute. This is the storage resource API of the new version. You are not allowed to create ECSs in batches when the volume is specified. For details, see Table 5. This parameter is not available for BMSs.
        config_drive: Specifies the config_drive disk to be attached to the ECS during the ECS creation for transferring information to the ECS. This is an extended attribute.
            This function is not supported.
        security_groups: Specifies the security group that the ECS belongs to. This parameter is an extended attribute. The default parameter value is default.
            This parameter is valid when you create an ECS on a specified network. For an existing port, the requested security groups are invalid. For details, see Table 6.
        networks, required: Specifies information about the ECS NIC. This parameter is an extended attribute. This parameter must be specified if multiple tenant networks are used. For details, see Table 7.
        key_name: Specifies the name of a key pair. This parameter is an extended attribute.
        user_data: Specifies the user data to be injected to the ECS during the creation. Text and text files can be injected.
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
        availability_zone: Specifies the AZ of a specified ECS. This is an extended attribute.
            This parameter is mandatory when you create an ECS.
        return_reservation_id: Specifies whether the reservation IDs of the ECSs created in a batch are returned. This is an extended attribute. You can query the ECSs created this time based on the returned reservation IDs.
            • true: The reservation IDs are returned.
            • false: The ECS information is returned.
            When you create ECSs in a batch, this parameter is available.
        min_count: Specifies the minimum number of ECSs that can be created. This is an extended attribute.
            The default value is 1.
            When you use a specified image to create ECSs, this parameter is available.
        max_count: Specifies the maximum number of ECSs that can be created.
            The default value of max_count is the same as that of min_count.
            Note:
            • The max_count value must be greater than or equal to the min_count value.
            • If both min_count and max_count are specified, the number of ECSs that can be created depends on host resources. If host resources permit, you can create a maximum number of ECSs ranging from min_count to max_count values.
            When you use a specified image to create ECSs, this parameter is available.
        os_dcf_disk_config (JSON 'OS-DCF:diskConfig'): Specifies the disk configuration mode. The value can be AUTO or MANUAL.
            • MANUAL: indicates that the image space of the system disk cannot be expanded.
            • AUTO: indicates that the image space of the system disk can be automatically expanded to a value same as that specified in flavor.
            This function is not supported.
        description: Specifies the description of an ECS, which is a null string by default. This is an extended attribute.
            This parameter is supported in microversion 2.19 and later.
            • Can contain a maximum of 85 characters.
            • Cannot contain special characters, such as < and >.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 server
    """

    flavor_ref: str
    name: str
    networks: list[Networks]
    image_ref: str | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    admin_pass: str | Unset = UNSET
    block_device_mapping_v2: list[BlockDeviceMappingV2] | Unset = UNSET
    config_drive: str | Unset = UNSET
    security_groups: list[SecurityGroupsV21] | Unset = UNSET
    key_name: str | Unset = UNSET
    user_data: str | Unset = UNSET
    availability_zone: str | Unset = UNSET
    return_reservation_id: bool | Unset = UNSET
    min_count: int | Unset = UNSET
    max_count: int | Unset = UNSET
    os_dcf_disk_config: RebuildServerResponseOSDCFDiskConfig | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('flavorRef', self.flavor_ref),
            ('name', self.name),
            ('networks', self.networks),
            ('imageRef', self.image_ref),
            ('metadata', self.metadata),
            ('adminPass', self.admin_pass),
            ('block_device_mapping_v2', self.block_device_mapping_v2),
            ('config_drive', self.config_drive),
            ('security_groups', self.security_groups),
            ('key_name', self.key_name),
            ('user_data', self.user_data),
            ('availability_zone', self.availability_zone),
            ('return_reservation_id', self.return_reservation_id),
            ('min_count', self.min_count),
            ('max_count', self.max_count),
            ('OS-DCF:diskConfig', self.os_dcf_disk_config),
            ('description', self.description),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Server:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .block_device_mapping_v2 import BlockDeviceMappingV2
        from .networks import Networks
        from .security_groups_v21 import SecurityGroupsV21

        _d = dict(data)
        return cls(
            flavor_ref=_S.take(_d, 'flavorRef', 'Server'),
            name=_S.take(_d, 'name', 'Server'),
            networks=_S.opt(_S.take(_d, 'networks', 'Server'), lambda x: _S.list_of(x, lambda x: _S.model(Networks.from_dict, x))),
            image_ref=_d.pop('imageRef', UNSET),
            metadata=_d.pop('metadata', UNSET),
            admin_pass=_d.pop('adminPass', UNSET),
            block_device_mapping_v2=_S.opt(_d.pop('block_device_mapping_v2', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(BlockDeviceMappingV2.from_dict, x))),
            config_drive=_d.pop('config_drive', UNSET),
            security_groups=_S.opt(_d.pop('security_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupsV21.from_dict, x))),
            key_name=_d.pop('key_name', UNSET),
            user_data=_d.pop('user_data', UNSET),
            availability_zone=_d.pop('availability_zone', UNSET),
            return_reservation_id=_d.pop('return_reservation_id', UNSET),
            min_count=_d.pop('min_count', UNSET),
            max_count=_d.pop('max_count', UNSET),
            os_dcf_disk_config=_S.opt(_d.pop('OS-DCF:diskConfig', UNSET), lambda x: _S.enum_of(RebuildServerResponseOSDCFDiskConfig, x)),
            description=_d.pop('description', UNSET),
            additional_properties=_d,
        )
