"""ParametersforcreatinganECS: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .data_volumes import DataVolumes
    from .extendparamfielddescriptionforcreating_ec_ss_for_v1_ap_is import ExtendparamfielddescriptionforcreatingECSsForV1APIs
    from .metadatareserved import Metadatareserved
    from .nics import Nics
    from .os_scheduler_hintsfielddescription_requestparameters import OsSchedulerHintsfielddescriptionRequestparameters
    from .publicip import Publicip
    from .root_volume import RootVolume
    from .security_groups import SecurityGroups

__all__ = ['ParametersforcreatinganECS']


@dataclass(kw_only=True)
class ParametersforcreatinganECS:
    """The ParametersforcreatinganECS object.

    Attributes:
        image_ref (JSON 'imageRef'), required: Specifies the ID of the system image used for creating ECSs. The ID is in Universally Unique Identifier (UUID) format.
            • Certain ECS flavors cannot support all public images provided on the public cloud platform. To obtain the images supported by an ECS flavor, log in to the management console, view the images displayed on the Create ECS page, and obtain the image IDs on the Image Management Service page.
            • If the creation fails, modify the parameter settings.
        flavor_ref (JSON 'flavorRef'), required: Specifies the flavor ID of the ECS to be created.
            For details about the flavors that have been released, see \"Instances\" in Elastic Cloud Server User Guide.
        name, required: Specifies the ECS name.
            Value requirements:
            • Consists of 1 to 64 characters, including letters, digits, underscores (_), hyphens (-), periods (.).
            • If more than one ECS is to be created (the count value is greater than 1), the system automatically adds a hyphen followed by a four-digit incremental number, such as -0000, to the end of each ECS name. If you specify a number, the name of the first new ECS will start from the specified number. In this case, the ECS name contains a maximum of 59 characters.
            ECS hostnames comply with RFC952 and RFC1123 naming rules. It is recommended that you configure hostnames using digits, letters (case sensitive), and hyphens (-). Underscores (_) are converted into hyphens (-) by default.
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
        admin_pass (JSON 'adminPass'): Specifies the initial login password of the administrator account for logging in to an ECS using password authentication. The Linux administrator is root, and the Windows administrator is Administrator. For details, see Function.
            Password complexity requirements:
            • Consists of 8 to 26 characters.
            • The password must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters (!@$%^-_=+[{}]:,./?~#*).
            • The password cannot contain the username or the username in reverse.
            • The Windows ECS password cannot contain the username, the username in reverse, or more than two consecutive characters in the username.
        key_name: Specifies the name of the SSH key used for logging in to the ECS.
            Keys can be created using the key creating API (Creating and Importing an SSH Key Pair) or obtained using the SSH key query API (Querying SSH Key Pairs).
        vpcid, required: Specifies the ID of the VPC to which the ECS belongs. The value is in the format of the UUID.
            You can obtain the VPC ID from the management console or by following the instructions provided in \"Querying VPCs\" in Virtual Private Cloud API Reference.
        nics, required: Specifies the NIC information of the ECS. For details, see Table 4.
            Constraints:
            • The value must be the ID of the subnet created in the VPC specified by vpcid and in the format of the UUID.
            • A maximum of 12 NICs can be attached to an ECS.
        publicip: Specifies the EIP of the ECS, which can be configured in the following ways:
            • Do not use: In such a case, this field is unavailable.
            • Automatically assign: The system will automatically assign an EIP to your ECS.
            • Use existing: You need to specify an existing EIP for your ECS.
            For details, see Table 1.
        count: Specifies the number of ECSs to be created.
            Constraints:
            • If this parameter is not specified, the default value is 1.
            • If the quota is sufficient, the maximum value is 500.
        root_volume, required: Specifies ECS system disk configurations.
            For details, see Table 5.
        data_volumes: Specifies ECS data disk configurations. Each data structure represents a data disk to be created.
            An ECS can be attached with a maximum of 59 data disks (certain flavors support only 23 data disks).
            For details, see Table 6.
        security_groups: Specifies the security groups of the ECS.
            If this parameter is left blank, the default security group is bound to the ECS by default.
            For details, see Table 2.
        availability_zone: Specifies the name of the AZ where the ECS is located.
            If this parameter is not specified, the system automatically selects an AZ.
            See Querying AZs.
        extendparam: Provides the supplementary information about the ECS to be created.
            For details, see Table 6.
        metadata: Specifies the metadata of the ECS to be created.
            You can use metadata to customize key-value pairs.
            • A maximum of 10 key-value pairs can be injected.
            • A metadata key consists of 1 to 255 characters and contains only uppercase letters, lowercase letters, digits, hyphens (-), underscores (_), colons (:), and decimal points (.).
            • A metadata value consists of a maximum of 255 characters.
            For details about reserved key-value pairs, see Table 8.
        os_scheduler_hints (JSON 'os:scheduler_hints'): Schedules ECSs, for example, by configuring an ECS group.
            For details, see Table 9.
        tags: Specifies ECS tags.
            A tag is in the format of \"key.value\", where the maximum lengths of key and value are 36 and 43 characters, respectively.
            When adding a tag to an ECS, ensure that the tag complies with the following requirements:
            • The key of the tag can contain only uppercase letters, lowercase letters, digits, underscores (_), and hyphens (-).
            • The value of the tag can contain only uppercase letters, lowercase letters, digits, underscores (_), and hyphens (-).
            • When you create ECSs, one ECS supports up to 10 tags.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 ParametersforcreatinganECS
    """

    image_ref: str
    flavor_ref: str
    name: str
    vpcid: str
    nics: list[Nics]
    root_volume: RootVolume
    user_data: str | Unset = UNSET
    admin_pass: str | Unset = UNSET
    key_name: str | Unset = UNSET
    publicip: Publicip | Unset = UNSET
    count: int | Unset = UNSET
    data_volumes: list[DataVolumes] | Unset = UNSET
    security_groups: list[SecurityGroups] | Unset = UNSET
    availability_zone: str | Unset = UNSET
    extendparam: ExtendparamfielddescriptionforcreatingECSsForV1APIs | Unset = UNSET
    metadata: Metadatareserved | Unset = UNSET
    os_scheduler_hints: OsSchedulerHintsfielddescriptionRequestparameters | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('imageRef', self.image_ref),
            ('flavorRef', self.flavor_ref),
            ('name', self.name),
            ('vpcid', self.vpcid),
            ('nics', self.nics),
            ('root_volume', self.root_volume),
            ('user_data', self.user_data),
            ('adminPass', self.admin_pass),
            ('key_name', self.key_name),
            ('publicip', self.publicip),
            ('count', self.count),
            ('data_volumes', self.data_volumes),
            ('security_groups', self.security_groups),
            ('availability_zone', self.availability_zone),
            ('extendparam', self.extendparam),
            ('metadata', self.metadata),
            ('os:scheduler_hints', self.os_scheduler_hints),
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParametersforcreatinganECS:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .data_volumes import DataVolumes
        from .extendparamfielddescriptionforcreating_ec_ss_for_v1_ap_is import ExtendparamfielddescriptionforcreatingECSsForV1APIs
        from .metadatareserved import Metadatareserved
        from .nics import Nics
        from .os_scheduler_hintsfielddescription_requestparameters import OsSchedulerHintsfielddescriptionRequestparameters
        from .publicip import Publicip
        from .root_volume import RootVolume
        from .security_groups import SecurityGroups

        _d = dict(data)
        return cls(
            image_ref=_S.take(_d, 'imageRef', 'ParametersforcreatinganECS'),
            flavor_ref=_S.take(_d, 'flavorRef', 'ParametersforcreatinganECS'),
            name=_S.take(_d, 'name', 'ParametersforcreatinganECS'),
            vpcid=_S.take(_d, 'vpcid', 'ParametersforcreatinganECS'),
            nics=_S.opt(_S.take(_d, 'nics', 'ParametersforcreatinganECS'), lambda x: _S.list_of(x, lambda x: _S.model(Nics.from_dict, x))),
            root_volume=_S.opt(_S.take(_d, 'root_volume', 'ParametersforcreatinganECS'), lambda x: _S.model(RootVolume.from_dict, x)),
            user_data=_d.pop('user_data', UNSET),
            admin_pass=_d.pop('adminPass', UNSET),
            key_name=_d.pop('key_name', UNSET),
            publicip=_S.opt(_d.pop('publicip', UNSET), lambda x: _S.model(Publicip.from_dict, x)),
            count=_d.pop('count', UNSET),
            data_volumes=_S.opt(_d.pop('data_volumes', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(DataVolumes.from_dict, x))),
            security_groups=_S.opt(_d.pop('security_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroups.from_dict, x))),
            availability_zone=_d.pop('availability_zone', UNSET),
            extendparam=_S.opt(_d.pop('extendparam', UNSET), lambda x: _S.model(ExtendparamfielddescriptionforcreatingECSsForV1APIs.from_dict, x)),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(Metadatareserved.from_dict, x)),
            os_scheduler_hints=_S.opt(_d.pop('os:scheduler_hints', UNSET), lambda x: _S.model(OsSchedulerHintsfielddescriptionRequestparameters.from_dict, x)),
            tags=_d.pop('tags', UNSET),
            additional_properties=_d,
        )
