"""ServersForListDetailsServers: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .server_for_show_servers_osdcf_disk_config import ServerForShowServersOSDCFDiskConfig

if TYPE_CHECKING:
    from .datastructureofthenetworkwhichan_ec_saccesses_for_list_details_servers import DatastructureofthenetworkwhichanECSaccessesForListDetailsServers
    from .fault import Fault
    from .flavor_for_list_details_servers import FlavorForListDetailsServers
    from .image import Image
    from .os_extended_volumes_volumes_attached import OsExtendedVolumesVolumesAttached
    from .os_scheduler_hints_for_list_details_servers import OsSchedulerHintsForListDetailsServers
    from .security_groups_v21 import SecurityGroupsV21
    from .servers_linksandlinks import ServersLinksandlinks

__all__ = ['ServersForListDetailsServers']


@dataclass(kw_only=True)
class ServersForListDetailsServers:
    """The ServersForListDetailsServers object.

    Attributes:
        name: Specifies the ECS name.
        id: Specifies an ECS uniquely.
        status: Specifies the ECS status.
            Options:
            ACTIVE, BUILD, DELETED, ERROR, HARD_REBOOT, MIGRATING, PAUSED, REBOOT, REBUILD, RESIZE, REVERT_RESIZE, SHUTOFF, SHELVED, SHELVED_OFFLOADED, SOFT_DELETED, SUSPENDED, and VERIFY_RESIZE
            For details, see ECS Statuses.
        created: Specifies the time when the ECS was created. The time is in the format of \"2019-05-22T07:48:53Z\".
        updated: Specifies the time when the ECS was updated last time. The time is in the format of \"2019-05-22T07:48:53Z\".
        flavor: Specifies the ECS flavor.
            For details, see Table 5.
        image: Specifies the ECS image information. For an ECS created using an image, the image ID and link are returned.
            For details, see Table 11.
        tenant_id: Specifies the ID of the tenant to which the ECS belongs. The parameter value is the same as the project ID specified by project_id.
        key_name: Specifies the SSH key name.
        user_id: Specifies the ID of the user to which an ECS belongs.
        metadata: Specifies the ECS metadata.
        host_id (JSON 'hostId'): Specifies the host ID of the ECS.
        addresses: Specifies the network addresses of an ECS.
            For details, see Table 7.
        security_groups: Specifies the security groups to which the ECS belongs.
            For details, see Table 9.
        links: Specifies ECS shortcut links.
            For details, see Table 6.
        os_scheduler_hints (JSON 'os:scheduler_hints'): Specifies the ECS scheduling information. For details, see Table 12. This parameter is only available for DeHs.
        os_dcf_disk_config (JSON 'OS-DCF:diskConfig'): Specifies the disk configuration mode. This is an extended attribute. This field is valid for the ECS started using an image.
            Options:
            • AUTO: This API uses a single partition to build an ECS with the target disk size. The API automatically adjusts the file system to adapt to the entire partition.
            • MANUAL: This API uses the partitioning scheme in the source image and the file system to build the ECS. If the target disk size is large, the API does not partition the remaining disk space.
        os_ext_az_availability_zone (JSON 'OS-EXT-AZ:availability_zone'): Specifies the AZ ID. This is an extended attribute.
        os_ext_srv_attr_host (JSON 'OS-EXT-SRV-ATTR:host'): Specifies the name of the host on which the ECS is deployed. This is an extended attribute.
        os_ext_srv_attr_hypervisor_hostname (JSON 'OS-EXT-SRV-ATTR:hypervisor_hostname'): Specifies the hostname of the hypervisor. This is an extended attribute.
        os_ext_srv_attr_instance_name (JSON 'OS-EXT-SRV-ATTR:instance_name'): Specifies the ECS ID. This is an extended attribute.
        os_ext_sts_power_state (JSON 'OS-EXT-STS:power_state'): Specifies the ECS power status. This is an extended attribute.
            Options: 0, 1, 2, 3, and 4
            • 0: pending
            • 1: running
            • 2: paused
            • 3: shutdown
            • 4: crashed
        os_ext_sts_task_state (JSON 'OS-EXT-STS:task_state'): Specifies the ECS task status. This is an extended attribute.
            For details about options, see ECS Statuses.
        os_ext_sts_vm_state (JSON 'OS-EXT-STS:vm_state'): Specifies the ECS status. This is an extended attribute.
            Options:
            ACTIVE, BUILDING, STOPPED, RESIZED, PAUSED, SUSPENDED, RESCUED, ERROR, DELETED, SOFT_DELETED, SHELVED, and SHELVED_OFFLOADED
            For details, see ECS Statuses.
        os_srv_usg_launched_at (JSON 'OS-SRV-USG:launched_at'): Specifies the time when the ECS was started. This is an extended attribute. The time is in the format of \"2019-05-22T07:48:19.000000\".
        os_srv_usg_terminated_at (JSON 'OS-SRV-USG:terminated_at'): Specifies the time when the ECS was deleted. This is an extended attribute.
            The time is in the format of \"2019-05-22T07:48:19.000000\".
        os_extended_volumes_volumes_attached (JSON 'os-extended-volumes:volumes_attached'): Specifies information about the EVS disks attached to the ECS.
            For details, see Table 8.
        fault: Describes ECS faults.
            This parameter is optional. It is returned when an error occurs on an ECS.
            For details, see Table 10.
        description: Describes the ECS.
            This parameter is supported in microversion 2.19 and later.
        host_status: Specifies the nova-compute status.
            • UP: The nova-compute status is normal.
            • UNKNOWN: The nova-compute status is unknown.
            • DOWN: the nova-compute status is abnormal.
            • MAINTENANCE: The nova-compute is in maintenance state.
            • Empty string: There is no host information on the ECS.
            This parameter is supported in microversion 2.16 and later.
        os_ext_srv_attr_hostname (JSON 'OS-EXT-SRV-ATTR:hostname'): Specifies the name of the host accommodating the ECS.
            This parameter is supported in microversion 2.3 and later.
        os_ext_srv_attr_reservation_id (JSON 'OS-EXT-SRV-ATTR:reservation_id'): Specifies the reserved ECS ID if multiple ECSs are created in a batch.
            This parameter is supported in microversion 2.3 and later.
        os_ext_srv_attr_launch_index (JSON 'OS-EXT-SRV-ATTR:launch_index'): Specifies the sequence in which ECSs created in a batch start.
            This parameter is supported in microversion 2.3 and later.
        os_ext_srv_attr_kernel_id (JSON 'OS-EXT-SRV-ATTR:kernel_id'): Specifies the UUID of the kernel image if an AMI image is used. In other scenarios, leave this parameter blank.
            This parameter is supported in microversion 2.3 and later.
        os_ext_srv_attr_ramdisk_id (JSON 'OS-EXT-SRV-ATTR:ramdisk_id'): Specifies the UUID of the Ramdisk image if an AMI image is used. In other scenarios, leave this parameter blank.
            This parameter is supported in microversion 2.3 and later.
        os_ext_srv_attr_root_device_name (JSON 'OS-EXT-SRV-ATTR:root_device_name'): Specifies the device name of the ECS system disk.
            This parameter is supported in microversion 2.3 and later.
        os_ext_srv_attr_user_data (JSON 'OS-EXT-SRV-ATTR:user_data'): Specifies the user data specified during ECS creation.
            This parameter is supported in microversion 2.3 and later.
        tags: Specifies ECS tags.
            This parameter is supported in microversion 2.26 and later. If the microversion is not used for query, the response does not contain the tags field.
            Tag functions have been upgraded on the public cloud. After the upgrade, the tag values returned by the system comply with the following rules:
            • The key and value of a tag are connected using an equal sign (=), for example, key=value.
            • If the value is empty, only the key is returned.
            For more details about upgraded tag functions, see Tag Types.
        locked: Specifies the ECS lock status, which is True when the ECS is locked and False when the ECS is unlocked.
            This parameter is supported in microversion 2.9 and later.
        access_i_pv4 (JSON 'accessIPv4'): Reserved
        access_i_pv6 (JSON 'accessIPv6'): Reserved
        config_drive: Reserved
        progress: Reserved

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 servers
    """

    name: str | Unset = UNSET
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    flavor: FlavorForListDetailsServers | Unset = UNSET
    image: Image | Unset = UNSET
    tenant_id: str | Unset = UNSET
    key_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    host_id: str | Unset = UNSET
    addresses: DatastructureofthenetworkwhichanECSaccessesForListDetailsServers | Unset = UNSET
    security_groups: list[SecurityGroupsV21] | Unset = UNSET
    links: list[ServersLinksandlinks] | Unset = UNSET
    os_scheduler_hints: OsSchedulerHintsForListDetailsServers | Unset = UNSET
    os_dcf_disk_config: ServerForShowServersOSDCFDiskConfig | Unset = UNSET
    os_ext_az_availability_zone: str | Unset = UNSET
    os_ext_srv_attr_host: str | Unset = UNSET
    os_ext_srv_attr_hypervisor_hostname: str | Unset = UNSET
    os_ext_srv_attr_instance_name: str | Unset = UNSET
    os_ext_sts_power_state: int | Unset = UNSET
    os_ext_sts_task_state: str | Unset = UNSET
    os_ext_sts_vm_state: str | Unset = UNSET
    os_srv_usg_launched_at: str | Unset = UNSET
    os_srv_usg_terminated_at: str | Unset = UNSET
    os_extended_volumes_volumes_attached: list[OsExtendedVolumesVolumesAttached] | Unset = UNSET
    fault: Fault | Unset = UNSET
    description: str | Unset = UNSET
    host_status: str | Unset = UNSET
    os_ext_srv_attr_hostname: str | Unset = UNSET
    os_ext_srv_attr_reservation_id: str | Unset = UNSET
    os_ext_srv_attr_launch_index: int | Unset = UNSET
    os_ext_srv_attr_kernel_id: str | Unset = UNSET
    os_ext_srv_attr_ramdisk_id: str | Unset = UNSET
    os_ext_srv_attr_root_device_name: str | Unset = UNSET
    os_ext_srv_attr_user_data: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    locked: bool | Unset = UNSET
    access_i_pv4: str | Unset = UNSET
    access_i_pv6: str | Unset = UNSET
    config_drive: str | Unset = UNSET
    progress: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('name', self.name),
            ('id', self.id),
            ('status', self.status),
            ('created', self.created),
            ('updated', self.updated),
            ('flavor', self.flavor),
            ('image', self.image),
            ('tenant_id', self.tenant_id),
            ('key_name', self.key_name),
            ('user_id', self.user_id),
            ('metadata', self.metadata),
            ('hostId', self.host_id),
            ('addresses', self.addresses),
            ('security_groups', self.security_groups),
            ('links', self.links),
            ('os:scheduler_hints', self.os_scheduler_hints),
            ('OS-DCF:diskConfig', self.os_dcf_disk_config),
            ('OS-EXT-AZ:availability_zone', self.os_ext_az_availability_zone),
            ('OS-EXT-SRV-ATTR:host', self.os_ext_srv_attr_host),
            ('OS-EXT-SRV-ATTR:hypervisor_hostname', self.os_ext_srv_attr_hypervisor_hostname),
            ('OS-EXT-SRV-ATTR:instance_name', self.os_ext_srv_attr_instance_name),
            ('OS-EXT-STS:power_state', self.os_ext_sts_power_state),
            ('OS-EXT-STS:task_state', self.os_ext_sts_task_state),
            ('OS-EXT-STS:vm_state', self.os_ext_sts_vm_state),
            ('OS-SRV-USG:launched_at', self.os_srv_usg_launched_at),
            ('OS-SRV-USG:terminated_at', self.os_srv_usg_terminated_at),
            ('os-extended-volumes:volumes_attached', self.os_extended_volumes_volumes_attached),
            ('fault', self.fault),
            ('description', self.description),
            ('host_status', self.host_status),
            ('OS-EXT-SRV-ATTR:hostname', self.os_ext_srv_attr_hostname),
            ('OS-EXT-SRV-ATTR:reservation_id', self.os_ext_srv_attr_reservation_id),
            ('OS-EXT-SRV-ATTR:launch_index', self.os_ext_srv_attr_launch_index),
            ('OS-EXT-SRV-ATTR:kernel_id', self.os_ext_srv_attr_kernel_id),
            ('OS-EXT-SRV-ATTR:ramdisk_id', self.os_ext_srv_attr_ramdisk_id),
            ('OS-EXT-SRV-ATTR:root_device_name', self.os_ext_srv_attr_root_device_name),
            ('OS-EXT-SRV-ATTR:user_data', self.os_ext_srv_attr_user_data),
            ('tags', self.tags),
            ('locked', self.locked),
            ('accessIPv4', self.access_i_pv4),
            ('accessIPv6', self.access_i_pv6),
            ('config_drive', self.config_drive),
            ('progress', self.progress),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServersForListDetailsServers:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .datastructureofthenetworkwhichan_ec_saccesses_for_list_details_servers import DatastructureofthenetworkwhichanECSaccessesForListDetailsServers
        from .fault import Fault
        from .flavor_for_list_details_servers import FlavorForListDetailsServers
        from .image import Image
        from .os_extended_volumes_volumes_attached import OsExtendedVolumesVolumesAttached
        from .os_scheduler_hints_for_list_details_servers import OsSchedulerHintsForListDetailsServers
        from .security_groups_v21 import SecurityGroupsV21
        from .servers_linksandlinks import ServersLinksandlinks

        _d = dict(data)
        return cls(
            name=_d.pop('name', UNSET),
            id=_d.pop('id', UNSET),
            status=_d.pop('status', UNSET),
            created=_d.pop('created', UNSET),
            updated=_d.pop('updated', UNSET),
            flavor=_S.opt(_d.pop('flavor', UNSET), lambda x: _S.model(FlavorForListDetailsServers.from_dict, x)),
            image=_S.opt(_d.pop('image', UNSET), lambda x: _S.model(Image.from_dict, x)),
            tenant_id=_d.pop('tenant_id', UNSET),
            key_name=_d.pop('key_name', UNSET),
            user_id=_d.pop('user_id', UNSET),
            metadata=_d.pop('metadata', UNSET),
            host_id=_d.pop('hostId', UNSET),
            addresses=_S.opt(_d.pop('addresses', UNSET), lambda x: _S.model(DatastructureofthenetworkwhichanECSaccessesForListDetailsServers.from_dict, x)),
            security_groups=_S.opt(_d.pop('security_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupsV21.from_dict, x))),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ServersLinksandlinks.from_dict, x))),
            os_scheduler_hints=_S.opt(_d.pop('os:scheduler_hints', UNSET), lambda x: _S.model(OsSchedulerHintsForListDetailsServers.from_dict, x)),
            os_dcf_disk_config=_S.opt(_d.pop('OS-DCF:diskConfig', UNSET), lambda x: _S.enum_of(ServerForShowServersOSDCFDiskConfig, x)),
            os_ext_az_availability_zone=_d.pop('OS-EXT-AZ:availability_zone', UNSET),
            os_ext_srv_attr_host=_d.pop('OS-EXT-SRV-ATTR:host', UNSET),
            os_ext_srv_attr_hypervisor_hostname=_d.pop('OS-EXT-SRV-ATTR:hypervisor_hostname', UNSET),
            os_ext_srv_attr_instance_name=_d.pop('OS-EXT-SRV-ATTR:instance_name', UNSET),
            os_ext_sts_power_state=_d.pop('OS-EXT-STS:power_state', UNSET),
            os_ext_sts_task_state=_d.pop('OS-EXT-STS:task_state', UNSET),
            os_ext_sts_vm_state=_d.pop('OS-EXT-STS:vm_state', UNSET),
            os_srv_usg_launched_at=_d.pop('OS-SRV-USG:launched_at', UNSET),
            os_srv_usg_terminated_at=_d.pop('OS-SRV-USG:terminated_at', UNSET),
            os_extended_volumes_volumes_attached=_S.opt(_d.pop('os-extended-volumes:volumes_attached', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(OsExtendedVolumesVolumesAttached.from_dict, x))),
            fault=_S.opt(_d.pop('fault', UNSET), lambda x: _S.model(Fault.from_dict, x)),
            description=_d.pop('description', UNSET),
            host_status=_d.pop('host_status', UNSET),
            os_ext_srv_attr_hostname=_d.pop('OS-EXT-SRV-ATTR:hostname', UNSET),
            os_ext_srv_attr_reservation_id=_d.pop('OS-EXT-SRV-ATTR:reservation_id', UNSET),
            os_ext_srv_attr_launch_index=_d.pop('OS-EXT-SRV-ATTR:launch_index', UNSET),
            os_ext_srv_attr_kernel_id=_d.pop('OS-EXT-SRV-ATTR:kernel_id', UNSET),
            os_ext_srv_attr_ramdisk_id=_d.pop('OS-EXT-SRV-ATTR:ramdisk_id', UNSET),
            os_ext_srv_attr_root_device_name=_d.pop('OS-EXT-SRV-ATTR:root_device_name', UNSET),
            os_ext_srv_attr_user_data=_d.pop('OS-EXT-SRV-ATTR:user_data', UNSET),
            tags=_d.pop('tags', UNSET),
            locked=_d.pop('locked', UNSET),
            access_i_pv4=_d.pop('accessIPv4', UNSET),
            access_i_pv6=_d.pop('accessIPv6', UNSET),
            config_drive=_d.pop('config_drive', UNSET),
            progress=_d.pop('progress', UNSET),
            additional_properties=_d,
        )
