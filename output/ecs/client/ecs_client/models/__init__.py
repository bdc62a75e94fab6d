"""The models of the ecs_client client, imported on first use (generated; do not edit)."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .absolute import Absolute
    from .absolute_v21 import AbsoluteV21
    from .add_floating_ip import AddFloatingIp
    from .add_member import AddMember
    from .add_nic_to_server_request_body import AddNicToServerRequestBody
    from .add_nic_to_server_response import AddNicToServerResponse
    from .add_security_group import AddSecurityGroup
    from .add_security_group_request_body import AddSecurityGroupRequestBody
    from .add_server_to_monitoring_list_request_body import AddServerToMonitoringListRequestBody
    from .add_server_to_server_group_request_body import AddServerToServerGroupRequestBody
    from .add_tag_to_server_response import AddTagToServerResponse
    from .add_tags_to_server_request_body import AddTagsToServerRequestBody
    from .add_tags_to_server_response import AddTagsToServerResponse
    from .addressesparameterstructure import Addressesparameterstructure
    from .assign_floating_ip_address_request_body import AssignFloatingIpAddressRequestBody
    from .assign_floating_ip_address_response import AssignFloatingIpAddressResponse
    from .associate_fpga_image_with_server_image_request_body import AssociateFpgaImageWithServerImageRequestBody
    from .associations import Associations
    from .attach_disk_to_server_v1_request_body import AttachDiskToServerV1RequestBody
    from .attach_disk_to_server_v2_request_body import AttachDiskToServerV2RequestBody
    from .attach_disk_to_server_v2_response import AttachDiskToServerV2Response
    from .attachable_quantity import AttachableQuantity
    from .attachments import Attachments
    from .availability_zone_info import AvailabilityZoneInfo
    from .bandwidth import Bandwidth
    from .batch_add_nics_to_server_request_body import BatchAddNicsToServerRequestBody
    from .batch_add_tags_to_server_request_body import BatchAddTagsToServerRequestBody
    from .batch_add_tags_to_server_request_body_action import BatchAddTagsToServerRequestBodyAction
    from .batch_add_tags_to_server_servers_request_body import BatchAddTagsToServerServersRequestBody
    from .batch_delete_nics_from_server_request_body import BatchDeleteNicsFromServerRequestBody
    from .batch_delete_tags_from_server_request_body import BatchDeleteTagsFromServerRequestBody
    from .batch_delete_tags_from_server_request_body_action import BatchDeleteTagsFromServerRequestBodyAction
    from .batch_delete_tags_from_server_servers_request_body import BatchDeleteTagsFromServerServersRequestBody
    from .batch_reboot_servers_request_body import BatchRebootServersRequestBody
    from .batch_start_servers_request_body import BatchStartServersRequestBody
    from .batch_stop_servers_request_body import BatchStopServersRequestBody
    from .bind_floating_ip_address_request_body import BindFloatingIpAddressRequestBody
    from .binding_profile import BindingProfile
    from .block_device_mapping_v2 import BlockDeviceMappingV2
    from .byol import BYOL
    from .change_server_os_image_with_cloud_init_installed_request_body import ChangeServerOsImageWithCloudInitInstalledRequestBody
    from .check_resources import CheckResources
    from .cond_operation_status import CondOperationStatus
    from .confirm_server_specifications_modification_request_body import ConfirmServerSpecificationsModificationRequestBody
    from .create_disk_request_body import CreateDiskRequestBody
    from .create_disk_request_body_volume import CreateDiskRequestBodyVolume
    from .create_disk_response import CreateDiskResponse
    from .create_image import CreateImage
    from .create_image_server_headers import CreateImageServerHeaders
    from .create_image_server_request_body import CreateImageServerRequestBody
    from .create_image_server_response import CreateImageServerResponse
    from .create_import_ssh_key_pair_request_body import CreateImportSshKeyPairRequestBody
    from .create_import_ssh_key_pair_response import CreateImportSshKeyPairResponse
    from .create_security_group_request_body import CreateSecurityGroupRequestBody
    from .create_security_group_response import CreateSecurityGroupResponse
    from .create_security_group_rule_request_body import CreateSecurityGroupRuleRequestBody
    from .create_security_group_rule_response import CreateSecurityGroupRuleResponse
    from .create_server_group_v1_request_body import CreateServerGroupV1RequestBody
    from .create_server_group_v1_response import CreateServerGroupV1Response
    from .create_server_group_v21_request_body import CreateServerGroupV21RequestBody
    from .create_server_group_v21_response import CreateServerGroupV21Response
    from .create_server_v1_request_body import CreateServerV1RequestBody
    from .create_server_v1_response import CreateServerV1Response
    from .create_server_v21_request_body import CreateServerV21RequestBody
    from .create_server_v21_response import CreateServerV21Response
    from .data_volumes import DataVolumes
    from .datastructureofthenetworkwhichan_ec_saccesses import DatastructureofthenetworkwhichanECSaccesses
    from .datastructureofthenetworkwhichan_ec_saccesses_for_list_details_servers import DatastructureofthenetworkwhichanECSaccessesForListDetailsServers
    from .delete_security_group_v21_request_body import DeleteSecurityGroupV21RequestBody
    from .delete_servers_request_body import DeleteServersRequestBody
    from .destination_type import DestinationType
    from .disassociate_fpga_image_from_server_image_request_body import DisassociateFpgaImageFromServerImageRequestBody
    from .ec_snetworkparameterstructure import ECSnetworkparameterstructure
    from .eip import Eip
    from .entities import Entities
    from .entities2 import Entities2
    from .events import Events
    from .extendparamfielddescriptionforcreating_ec_ss_for_v1_ap_is import ExtendparamfielddescriptionforcreatingECSsForV1APIs
    from .extendparamfielddescriptionforcreatingdisks import Extendparamfielddescriptionforcreatingdisks
    from .extra_dhcp_opts import ExtraDhcpOpts
    from .fault import Fault
    from .fixed_ips import FixedIps
    from .fixed_ips_for_add_nic_to_server import FixedIpsForAddNicToServer
    from .flavor import Flavor
    from .flavor_for_list_details_servers import FlavorForListDetailsServers
    from .flavor_for_show_server_flavor import FlavorForShowServerFlavor
    from .flavors import Flavors
    from .flavors_for_list_details_server_flavors import FlavorsForListDetailsServerFlavors
    from .flavors_for_list_server_flavors import FlavorsForListServerFlavors
    from .flavors_v21 import FlavorsV21
    from .floating_ip import FloatingIp
    from .fpga_image import FpgaImage
    from .fpga_image_for_register_fpga_image import FpgaImageForRegisterFpgaImage
    from .fpga_image_for_register_fpga_image_status import FpgaImageForRegisterFpgaImageStatus
    from .fpgaimages import Fpgaimages
    from .fpgaimages_for_list_associations_between_fpga_image_server_image import FpgaimagesForListAssociationsBetweenFpgaImageServerImage
    from .fpgaimages_status import FpgaimagesStatus
    from .group import Group
    from .group_v2 import GroupV2
    from .host_status import HostStatus
    from .image import Image
    from .image_for_show_servers import ImageForShowServers
    from .image_v1 import ImageV1
    from .images_links import ImagesLinks
    from .instance_action import InstanceAction
    from .instance_actions import InstanceActions
    from .interface_attachment import InterfaceAttachment
    from .interface_attachment_for_add_nic_to_server import InterfaceAttachmentForAddNicToServer
    from .interface_attachments import InterfaceAttachments
    from .ip_range import IpRange
    from .ip_range_v2 import IpRangeV2
    from .keypair import Keypair
    from .keypair_for_create_import_ssh_key_pair import KeypairForCreateImportSshKeyPair
    from .keypair_for_create_import_ssh_key_pair2 import KeypairForCreateImportSshKeyPair2
    from .keypair_for_show_ssh_key_pair import KeypairForShowSshKeyPair
    from .keypairs import Keypairs
    from .limits import Limits
    from .links import Links
    from .links_for_create_server_v21 import LinksForCreateServerV21
    from .links_for_list_all_api_versions import LinksForListAllApiVersions
    from .links_v2 import LinksV2
    from .links_v21 import LinksV21
    from .list_all_api_versions_response import ListAllApiVersionsResponse
    from .list_associations_between_fpga_image_server_image_response import ListAssociationsBetweenFpgaImageServerImageResponse
    from .list_availability_zones_response import ListAvailabilityZonesResponse
    from .list_brief_disks_response import ListBriefDisksResponse
    from .list_default_quotas_response import ListDefaultQuotasResponse
    from .list_detailed_disks_response import ListDetailedDisksResponse
    from .list_details_flavors_extended_flavors_response import ListDetailsFlavorsExtendedFlavorsResponse
    from .list_details_fpga_images_response import ListDetailsFpgaImagesResponse
    from .list_details_server_flavors_response import ListDetailsServerFlavorsResponse
    from .list_details_servers_response import ListDetailsServersResponse
    from .list_floating_ip_address_pools_response import ListFloatingIpAddressPoolsResponse
    from .list_floating_ip_addresses_response import ListFloatingIpAddressesResponse
    from .list_image_details_response import ListImageDetailsResponse
    from .list_images_response import ListImagesResponse
    from .list_networks_response import ListNetworksResponse
    from .list_project_tags_response import ListProjectTagsResponse
    from .list_project_tags_servers_response import ListProjectTagsServersResponse
    from .list_security_groups_response import ListSecurityGroupsResponse
    from .list_server_flavors_response import ListServerFlavorsResponse
    from .list_server_groups_v1_response import ListServerGroupsV1Response
    from .list_server_groups_v21_response import ListServerGroupsV21Response
    from .list_servers_by_tag_request_body import ListServersByTagRequestBody
    from .list_servers_by_tag_request_body_action import ListServersByTagRequestBodyAction
    from .list_servers_by_tag_response import ListServersByTagResponse
    from .list_servers_response import ListServersResponse
    from .list_ssh_key_pairs_response import ListSshKeyPairsResponse
    from .list_target_flavors_to_which_server_flavor_can_be_changed_response import ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse
    from .list_tenant_quota_limits_response import ListTenantQuotaLimitsResponse
    from .list_tenant_quotas_v1_response import ListTenantQuotasV1Response
    from .list_tenant_quotas_v21_response import ListTenantQuotasV21Response
    from .lock_server_request_body import LockServerRequestBody
    from .match import Match
    from .media_types import MediaTypes
    from .metadata import Metadata
    from .metadatafielddescriptionforcreatingdisks import Metadatafielddescriptionforcreatingdisks
    from .metadatareserved import Metadatareserved
    from .migrate import Migrate
    from .migrate_cold_server_request_body import MigrateColdServerRequestBody
    from .networks import Networks
    from .nics import Nics
    from .nics_for_batch_add_nics_to_server import NicsForBatchAddNicsToServer
    from .nics_for_batch_delete_nics_from_server import NicsForBatchDeleteNicsFromServer
    from .objectsofrequestparametersecurity_group import ObjectsofrequestparametersecurityGroup
    from .objectsofrequestparametersecurity_group_for_update_security_group import ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup
    from .objectsofrequestparametersecurity_group_rule import ObjectsofrequestparametersecurityGroupRule
    from .objectsofresponseparametersecurity_group import ObjectsofresponseparametersecurityGroup
    from .objectsofresponseparametersecurity_group_for_update_security_group import ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup
    from .objectsofresponseparametersecurity_group_rule import ObjectsofresponseparametersecurityGroupRule
    from .os_change import OsChange
    from .os_extended_volumes_volumes_attached import OsExtendedVolumesVolumesAttached
    from .os_extra_specs import OsExtraSpecs
    from .os_get_console_output import OsGetConsoleOutput
    from .os_reinstall import OsReinstall
    from .os_scheduler_hints import OsSchedulerHints
    from .os_scheduler_hints_for_list_details_servers import OsSchedulerHintsForListDetailsServers
    from .os_scheduler_hintsfielddescription_requestparameters import OsSchedulerHintsfielddescriptionRequestparameters
    from .os_start import OsStart
    from .os_stop import OsStop
    from .os_stop_v21 import OsStopV21
    from .page_info import PageInfo
    from .parametersforcreatingan_ecs import ParametersforcreatinganECS
    from .publicip import Publicip
    from .quota_nvme_ssd import QuotaNvmeSsd
    from .quota_set import QuotaSet
    from .reboot import Reboot
    from .reboot_server_request_body import RebootServerRequestBody
    from .reboot_v21 import RebootV21
    from .rebuild import Rebuild
    from .rebuild_server_request_body import RebuildServerRequestBody
    from .rebuild_server_response import RebuildServerResponse
    from .rebuild_server_response_osdcf_disk_config import RebuildServerResponseOSDCFDiskConfig
    from .register_fpga_image_request_body import RegisterFpgaImageRequestBody
    from .register_fpga_image_response import RegisterFpgaImageResponse
    from .reinstall_server_os_image_with_cloud_init_installed_request_body import ReinstallServerOsImageWithCloudInitInstalledRequestBody
    from .rel import Rel
    from .remote_console import RemoteConsole
    from .remote_console_for_show_vnc_based_remote_login_address_microversion26_or_later import RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater
    from .remove_floating_ip import RemoveFloatingIp
    from .remove_member import RemoveMember
    from .remove_security_group import RemoveSecurityGroup
    from .remove_server_from_server_group_request_body import RemoveServerFromServerGroupRequestBody
    from .resize import Resize
    from .resource import Resource
    from .rollback_server_specifications_modification_request_body import RollbackServerSpecificationsModificationRequestBody
    from .root_volume import RootVolume
    from .security_group import SecurityGroup
    from .security_group_rule import SecurityGroupRule
    from .security_group_rule_for_update_security_group import SecurityGroupRuleForUpdateSecurityGroup
    from .security_group_rule_v2 import SecurityGroupRuleV2
    from .security_group_v2 import SecurityGroupV2
    from .security_groups import SecurityGroups
    from .security_groups_for_batch_add_nics_to_server import SecurityGroupsForBatchAddNicsToServer
    from .security_groups_v21 import SecurityGroupsV21
    from .server import Server
    from .server_for_create_server_v21 import ServerForCreateServerV21
    from .server_for_show_servers import ServerForShowServers
    from .server_for_show_servers_osdcf_disk_config import ServerForShowServersOSDCFDiskConfig
    from .server_for_update_server import ServerForUpdateServer
    from .server_for_update_server2 import ServerForUpdateServer2
    from .server_group import ServerGroup
    from .server_group_for_create_server_group_v1 import ServerGroupForCreateServerGroupV1
    from .server_group_v21 import ServerGroupV21
    from .server_groups import ServerGroups
    from .server_groups_v21 import ServerGroupsV21
    from .servers import Servers
    from .servers_for_list_details_servers import ServersForListDetailsServers
    from .servers_linksandlinks import ServersLinksandlinks
    from .servers_v21 import ServersV21
    from .set_server_metadata_response import SetServerMetadataResponse
    from .show_api_version_response import ShowApiVersionResponse
    from .show_automatic_recovery_server_response import ShowAutomaticRecoveryServerResponse
    from .show_disk_attached_to_server_block_device_response import ShowDiskAttachedToServerBlockDeviceResponse
    from .show_disk_attached_to_server_os_volume_attachments_response import ShowDiskAttachedToServerOsVolumeAttachmentsResponse
    from .show_disk_attachment_server_response import ShowDiskAttachmentServerResponse
    from .show_disk_response import ShowDiskResponse
    from .show_disks_attached_to_server_response import ShowDisksAttachedToServerResponse
    from .show_extra_specs_value_server_flavor_response import ShowExtraSpecsValueServerFlavorResponse
    from .show_floating_ip_address_response import ShowFloatingIpAddressResponse
    from .show_image_response import ShowImageResponse
    from .show_metadata_image_response import ShowMetadataImageResponse
    from .show_network_server_request_body import ShowNetworkServerRequestBody
    from .show_network_server_response import ShowNetworkServerResponse
    from .show_networks_server_response import ShowNetworksServerResponse
    from .show_nics_server_response import ShowNicsServerResponse
    from .show_operations_on_server_response import ShowOperationsOnServerResponse
    from .show_password_logging_to_server_response import ShowPasswordLoggingToServerResponse
    from .show_security_group_response import ShowSecurityGroupResponse
    from .show_security_groups_server_response import ShowSecurityGroupsServerResponse
    from .show_server_flavor_response import ShowServerFlavorResponse
    from .show_server_group_v1_response import ShowServerGroupV1Response
    from .show_server_group_v21_response import ShowServerGroupV21Response
    from .show_server_management_console_logs_request_body import ShowServerManagementConsoleLogsRequestBody
    from .show_server_management_console_logs_response import ShowServerManagementConsoleLogsResponse
    from .show_server_metadata_response import ShowServerMetadataResponse
    from .show_server_metadata_with_key_response import ShowServerMetadataWithKeyResponse
    from .show_server_nics_response import ShowServerNicsResponse
    from .show_server_operations_by_request_id_response import ShowServerOperationsByRequestIdResponse
    from .show_servers_response import ShowServersResponse
    from .show_ssh_key_pair_response import ShowSshKeyPairResponse
    from .show_tags_server_v1_response import ShowTagsServerV1Response
    from .show_tags_server_v1_servers_response import ShowTagsServerV1ServersResponse
    from .show_tags_server_v21_response import ShowTagsServerV21Response
    from .show_task_execution_status_response import ShowTaskExecutionStatusResponse
    from .show_task_execution_status_response_status import ShowTaskExecutionStatusResponseStatus
    from .show_vnc_based_remote_login_address_microversion26_or_later_request_body import ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody
    from .show_vnc_based_remote_login_address_microversion26_or_later_response import ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse
    from .sort_dir import SortDir
    from .sort_key import SortKey
    from .start_server_request_body import StartServerRequestBody
    from .stop_server_request_body import StopServerRequestBody
    from .sub_jobs import SubJobs
    from .support_auto_recovery import SupportAutoRecovery
    from .tag import Tag
    from .tag_for_list_project_tags import TagForListProjectTags
    from .tags import Tags
    from .tags_for_batch_delete_tags_from_server import TagsForBatchDeleteTagsFromServer
    from .tags_for_show_tags_server_v1 import TagsForShowTagsServerV1
    from .tenancy import Tenancy
    from .type import Type
    from .unbind_floating_ip_address_request_body import UnbindFloatingIpAddressRequestBody
    from .unlock_server_request_body import UnlockServerRequestBody
    from .update_security_group_request_body import UpdateSecurityGroupRequestBody
    from .update_security_group_response import UpdateSecurityGroupResponse
    from .update_server_metadata_request_body import UpdateServerMetadataRequestBody
    from .update_server_metadata_response import UpdateServerMetadataResponse
    from .update_server_metadata_with_key_request_body import UpdateServerMetadataWithKeyRequestBody
    from .update_server_metadata_with_key_response import UpdateServerMetadataWithKeyResponse
    from .update_server_request_body import UpdateServerRequestBody
    from .update_server_response import UpdateServerResponse
    from .update_specifications_server_v1_request_body import UpdateSpecificationsServerV1RequestBody
    from .update_specifications_server_v21_request_body import UpdateSpecificationsServerV21RequestBody
    from .update_specifications_server_v21_request_body_resize import UpdateSpecificationsServerV21RequestBodyResize
    from .versions import Versions
    from .versions_for_show_api_version import VersionsForShowApiVersion
    from .versions_status import VersionsStatus
    from .volume_attachment import VolumeAttachment
    from .volume_attachment_for_show_disk_attached_to_server_os_volume_attachments import VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments
    from .volume_attachment_v21 import VolumeAttachmentV21
    from .volume_attachments import VolumeAttachments
    from .volume_attachments_for_show_disks_attached_to_server import VolumeAttachmentsForShowDisksAttachedToServer
    from .volume_type import VolumeType
    from .zone_state import ZoneState

_MODULES: dict[str, str] = {
    'Absolute': 'absolute',
    'AbsoluteV21': 'absolute_v21',
    'AddFloatingIp': 'add_floating_ip',
    'AddMember': 'add_member',
    'AddNicToServerRequestBody': 'add_nic_to_server_request_body',
    'AddNicToServerResponse': 'add_nic_to_server_response',
    'AddSecurityGroup': 'add_security_group',
    'AddSecurityGroupRequestBody': 'add_security_group_request_body',
    'AddServerToMonitoringListRequestBody': 'add_server_to_monitoring_list_request_body',
    'AddServerToServerGroupRequestBody': 'add_server_to_server_group_request_body',
    'AddTagToServerResponse': 'add_tag_to_server_response',
    'AddTagsToServerRequestBody': 'add_tags_to_server_request_body',
    'AddTagsToServerResponse': 'add_tags_to_server_response',
    'Addressesparameterstructure': 'addressesparameterstructure',
    'AssignFloatingIpAddressRequestBody': 'assign_floating_ip_address_request_body',
    'AssignFloatingIpAddressResponse': 'assign_floating_ip_address_response',
    'AssociateFpgaImageWithServerImageRequestBody': 'associate_fpga_image_with_server_image_request_body',
    'Associations': 'associations',
    'AttachDiskToServerV1RequestBody': 'attach_disk_to_server_v1_request_body',
    'AttachDiskToServerV2RequestBody': 'attach_disk_to_server_v2_request_body',
    'AttachDiskToServerV2Response': 'attach_disk_to_server_v2_response',
    'AttachableQuantity': 'attachable_quantity',
    'Attachments': 'attachments',
    'AvailabilityZoneInfo': 'availability_zone_info',
    'Bandwidth': 'bandwidth',
    'BatchAddNicsToServerRequestBody': 'batch_add_nics_to_server_request_body',
    'BatchAddTagsToServerRequestBody': 'batch_add_tags_to_server_request_body',
    'BatchAddTagsToServerServersRequestBody': 'batch_add_tags_to_server_servers_request_body',
    'BatchDeleteNicsFromServerRequestBody': 'batch_delete_nics_from_server_request_body',
    'BatchDeleteTagsFromServerRequestBody': 'batch_delete_tags_from_server_request_body',
    'BatchDeleteTagsFromServerServersRequestBody': 'batch_delete_tags_from_server_servers_request_body',
    'BatchRebootServersRequestBody': 'batch_reboot_servers_request_body',
    'BatchStartServersRequestBody': 'batch_start_servers_request_body',
    'BatchStopServersRequestBody': 'batch_stop_servers_request_body',
    'BindFloatingIpAddressRequestBody': 'bind_floating_ip_address_request_body',
    'BindingProfile': 'binding_profile',
    'BlockDeviceMappingV2': 'block_device_mapping_v2',
    'ChangeServerOsImageWithCloudInitInstalledRequestBody': 'change_server_os_image_with_cloud_init_installed_request_body',
    'ConfirmServerSpecificationsModificationRequestBody': 'confirm_server_specifications_modification_request_body',
    'CreateDiskRequestBody': 'create_disk_request_body',
    'CreateDiskResponse': 'create_disk_response',
    'CreateImage': 'create_image',
    'CreateImageServerRequestBody': 'create_image_server_request_body',
    'CreateImageServerResponse': 'create_image_server_response',
    'CreateImportSshKeyPairRequestBody': 'create_import_ssh_key_pair_request_body',
    'CreateImportSshKeyPairResponse': 'create_import_ssh_key_pair_response',
    'CreateSecurityGroupRequestBody': 'create_security_group_request_body',
    'CreateSecurityGroupResponse': 'create_security_group_response',
    'CreateSecurityGroupRuleRequestBody': 'create_security_group_rule_request_body',
    'CreateSecurityGroupRuleResponse': 'create_security_group_rule_response',
    'CreateServerGroupV1RequestBody': 'create_server_group_v1_request_body',
    'CreateServerGroupV1Response': 'create_server_group_v1_response',
    'CreateServerGroupV21RequestBody': 'create_server_group_v21_request_body',
    'CreateServerGroupV21Response': 'create_server_group_v21_response',
    'CreateServerV1RequestBody': 'create_server_v1_request_body',
    'CreateServerV1Response': 'create_server_v1_response',
    'CreateServerV21RequestBody': 'create_server_v21_request_body',
    'CreateServerV21Response': 'create_server_v21_response',
    'DataVolumes': 'data_volumes',
    'DatastructureofthenetworkwhichanECSaccesses': 'datastructureofthenetworkwhichan_ec_saccesses',
    'DatastructureofthenetworkwhichanECSaccessesForListDetailsServers': 'datastructureofthenetworkwhichan_ec_saccesses_for_list_details_servers',
    'DeleteSecurityGroupV21RequestBody': 'delete_security_group_v21_request_body',
    'DeleteServersRequestBody': 'delete_servers_request_body',
    'DisassociateFpgaImageFromServerImageRequestBody': 'disassociate_fpga_image_from_server_image_request_body',
    'ECSnetworkparameterstructure': 'ec_snetworkparameterstructure',
    'Eip': 'eip',
    'Entities': 'entities',
    'Entities2': 'entities2',
    'Events': 'events',
    'ExtendparamfielddescriptionforcreatingECSsForV1APIs': 'extendparamfielddescriptionforcreating_ec_ss_for_v1_ap_is',
    'Extendparamfielddescriptionforcreatingdisks': 'extendparamfielddescriptionforcreatingdisks',
    'ExtraDhcpOpts': 'extra_dhcp_opts',
    'Fault': 'fault',
    'FixedIps': 'fixed_ips',
    'FixedIpsForAddNicToServer': 'fixed_ips_for_add_nic_to_server',
    'Flavor': 'flavor',
    'FlavorForListDetailsServers': 'flavor_for_list_details_servers',
    'FlavorForShowServerFlavor': 'flavor_for_show_server_flavor',
    'Flavors': 'flavors',
    'FlavorsForListDetailsServerFlavors': 'flavors_for_list_details_server_flavors',
    'FlavorsForListServerFlavors': 'flavors_for_list_server_flavors',
    'FlavorsV21': 'flavors_v21',
    'FloatingIp': 'floating_ip',
    'FpgaImage': 'fpga_image',
    'FpgaImageForRegisterFpgaImage': 'fpga_image_for_register_fpga_image',
    'Fpgaimages': 'fpgaimages',
    'FpgaimagesForListAssociationsBetweenFpgaImageServerImage': 'fpgaimages_for_list_associations_between_fpga_image_server_image',
    'Group': 'group',
    'GroupV2': 'group_v2',
    'Image': 'image',
    'ImageForShowServers': 'image_for_show_servers',
    'ImageV1': 'image_v1',
    'ImagesLinks': 'images_links',
    'InstanceAction': 'instance_action',
    'InstanceActions': 'instance_actions',
    'InterfaceAttachment': 'interface_attachment',
    'InterfaceAttachmentForAddNicToServer': 'interface_attachment_for_add_nic_to_server',
    'InterfaceAttachments': 'interface_attachments',
    'IpRange': 'ip_range',
    'IpRangeV2': 'ip_range_v2',
    'Keypair': 'keypair',
    'KeypairForCreateImportSshKeyPair': 'keypair_for_create_import_ssh_key_pair',
    'KeypairForCreateImportSshKeyPair2': 'keypair_for_create_import_ssh_key_pair2',
    'KeypairForShowSshKeyPair': 'keypair_for_show_ssh_key_pair',
    'Keypairs': 'keypairs',
    'Limits': 'limits',
    'Links': 'links',
    'LinksForCreateServerV21': 'links_for_create_server_v21',
    'LinksForListAllApiVersions': 'links_for_list_all_api_versions',
    'LinksV2': 'links_v2',
    'LinksV21': 'links_v21',
    'ListAllApiVersionsResponse': 'list_all_api_versions_response',
    'ListAssociationsBetweenFpgaImageServerImageResponse': 'list_associations_between_fpga_image_server_image_response',
    'ListAvailabilityZonesResponse': 'list_availability_zones_response',
    'ListBriefDisksResponse': 'list_brief_disks_response',
    'ListDefaultQuotasResponse': 'list_default_quotas_response',
    'ListDetailedDisksResponse': 'list_detailed_disks_response',
    'ListDetailsFlavorsExtendedFlavorsResponse': 'list_details_flavors_extended_flavors_response',
    'ListDetailsFpgaImagesResponse': 'list_details_fpga_images_response',
    'ListDetailsServerFlavorsResponse': 'list_details_server_flavors_response',
    'ListDetailsServersResponse': 'list_details_servers_response',
    'ListFloatingIpAddressPoolsResponse': 'list_floating_ip_address_pools_response',
    'ListFloatingIpAddressesResponse': 'list_floating_ip_addresses_response',
    'ListImageDetailsResponse': 'list_image_details_response',
    'ListImagesResponse': 'list_images_response',
    'ListNetworksResponse': 'list_networks_response',
    'ListProjectTagsResponse': 'list_project_tags_response',
    'ListProjectTagsServersResponse': 'list_project_tags_servers_response',
    'ListSecurityGroupsResponse': 'list_security_groups_response',
    'ListServerFlavorsResponse': 'list_server_flavors_response',
    'ListServerGroupsV1Response': 'list_server_groups_v1_response',
    'ListServerGroupsV21Response': 'list_server_groups_v21_response',
    'ListServersByTagRequestBody': 'list_servers_by_tag_request_body',
    'ListServersByTagResponse': 'list_servers_by_tag_response',
    'ListServersResponse': 'list_servers_response',
    'ListSshKeyPairsResponse': 'list_ssh_key_pairs_response',
    'ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse': 'list_target_flavors_to_which_server_flavor_can_be_changed_response',
    'ListTenantQuotaLimitsResponse': 'list_tenant_quota_limits_response',
    'ListTenantQuotasV1Response': 'list_tenant_quotas_v1_response',
    'ListTenantQuotasV21Response': 'list_tenant_quotas_v21_response',
    'LockServerRequestBody': 'lock_server_request_body',
    'Match': 'match',
    'MediaTypes': 'media_types',
    'Metadata': 'metadata',
    'Metadatafielddescriptionforcreatingdisks': 'metadatafielddescriptionforcreatingdisks',
    'Metadatareserved': 'metadatareserved',
    'Migrate': 'migrate',
    'MigrateColdServerRequestBody': 'migrate_cold_server_request_body',
    'Networks': 'networks',
    'Nics': 'nics',
    'NicsForBatchAddNicsToServer': 'nics_for_batch_add_nics_to_server',
    'NicsForBatchDeleteNicsFromServer': 'nics_for_batch_delete_nics_from_server',
    'ObjectsofrequestparametersecurityGroup': 'objectsofrequestparametersecurity_group',
    'ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup': 'objectsofrequestparametersecurity_group_for_update_security_group',
    'ObjectsofrequestparametersecurityGroupRule': 'objectsofrequestparametersecurity_group_rule',
    'ObjectsofresponseparametersecurityGroup': 'objectsofresponseparametersecurity_group',
    'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup': 'objectsofresponseparametersecurity_group_for_update_security_group',
    'ObjectsofresponseparametersecurityGroupRule': 'objectsofresponseparametersecurity_group_rule',
    'OsChange': 'os_change',
    'OsExtendedVolumesVolumesAttached': 'os_extended_volumes_volumes_attached',
    'OsExtraSpecs': 'os_extra_specs',
    'OsGetConsoleOutput': 'os_get_console_output',
    'OsReinstall': 'os_reinstall',
    'OsSchedulerHints': 'os_scheduler_hints',
    'OsSchedulerHintsForListDetailsServers': 'os_scheduler_hints_for_list_details_servers',
    'OsSchedulerHintsfielddescriptionRequestparameters': 'os_scheduler_hintsfielddescription_requestparameters',
    'OsStart': 'os_start',
    'OsStop': 'os_stop',
    'OsStopV21': 'os_stop_v21',
    'PageInfo': 'page_info',
    'ParametersforcreatinganECS': 'parametersforcreatingan_ecs',
    'Publicip': 'publicip',
    'QuotaSet': 'quota_set',
    'Reboot': 'reboot',
    'RebootServerRequestBody': 'reboot_server_request_body',
    'RebootV21': 'reboot_v21',
    'Rebuild': 'rebuild',
    'RebuildServerRequestBody': 'rebuild_server_request_body',
    'RebuildServerResponse': 'rebuild_server_response',
    'RegisterFpgaImageRequestBody': 'register_fpga_image_request_body',
    'RegisterFpgaImageResponse': 'register_fpga_image_response',
    'ReinstallServerOsImageWithCloudInitInstalledRequestBody': 'reinstall_server_os_image_with_cloud_init_installed_request_body',
    'RemoteConsole': 'remote_console',
    'RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater': 'remote_console_for_show_vnc_based_remote_login_address_microversion26_or_later',
    'RemoveFloatingIp': 'remove_floating_ip',
    'RemoveMember': 'remove_member',
    'RemoveSecurityGroup': 'remove_security_group',
    'RemoveServerFromServerGroupRequestBody': 'remove_server_from_server_group_request_body',
    'Resize': 'resize',
    'Resource': 'resource',
    'RollbackServerSpecificationsModificationRequestBody': 'rollback_server_specifications_modification_request_body',
    'RootVolume': 'root_volume',
    'SecurityGroup': 'security_group',
    'SecurityGroupRule': 'security_group_rule',
    'SecurityGroupRuleForUpdateSecurityGroup': 'security_group_rule_for_update_security_group',
    'SecurityGroupRuleV2': 'security_group_rule_v2',
    'SecurityGroupV2': 'security_group_v2',
    'SecurityGroups': 'security_groups',
    'SecurityGroupsForBatchAddNicsToServer': 'security_groups_for_batch_add_nics_to_server',
    'SecurityGroupsV21': 'security_groups_v21',
    'Server': 'server',
    'ServerForCreateServerV21': 'server_for_create_server_v21',
    'ServerForShowServers': 'server_for_show_servers',
    'ServerForUpdateServer': 'server_for_update_server',
    'ServerForUpdateServer2': 'server_for_update_server2',
    'ServerGroup': 'server_group',
    'ServerGroupForCreateServerGroupV1': 'server_group_for_create_server_group_v1',
    'ServerGroupV21': 'server_group_v21',
    'ServerGroups': 'server_groups',
    'ServerGroupsV21': 'server_groups_v21',
    'Servers': 'servers',
    'ServersForListDetailsServers': 'servers_for_list_details_servers',
    'ServersLinksandlinks': 'servers_linksandlinks',
    'ServersV21': 'servers_v21',
    'SetServerMetadataResponse': 'set_server_metadata_response',
    'ShowApiVersionResponse': 'show_api_version_response',
    'ShowAutomaticRecoveryServerResponse': 'show_automatic_recovery_server_response',
    'ShowDiskAttachedToServerBlockDeviceResponse': 'show_disk_attached_to_server_block_device_response',
    'ShowDiskAttachedToServerOsVolumeAttachmentsResponse': 'show_disk_attached_to_server_os_volume_attachments_response',
    'ShowDiskAttachmentServerResponse': 'show_disk_attachment_server_response',
    'ShowDiskResponse': 'show_disk_response',
    'ShowDisksAttachedToServerResponse': 'show_disks_attached_to_server_response',
    'ShowExtraSpecsValueServerFlavorResponse': 'show_extra_specs_value_server_flavor_response',
    'ShowFloatingIpAddressResponse': 'show_floating_ip_address_response',
    'ShowImageResponse': 'show_image_response',
    'ShowMetadataImageResponse': 'show_metadata_image_response',
    'ShowNetworkServerRequestBody': 'show_network_server_request_body',
    'ShowNetworkServerResponse': 'show_network_server_response',
    'ShowNetworksServerResponse': 'show_networks_server_response',
    'ShowNicsServerResponse': 'show_nics_server_response',
    'ShowOperationsOnServerResponse': 'show_operations_on_server_response',
    'ShowPasswordLoggingToServerResponse': 'show_password_logging_to_server_response',
    'ShowSecurityGroupResponse': 'show_security_group_response',
    'ShowSecurityGroupsServerResponse': 'show_security_groups_server_response',
    'ShowServerFlavorResponse': 'show_server_flavor_response',
    'ShowServerGroupV1Response': 'show_server_group_v1_response',
    'ShowServerGroupV21Response': 'show_server_group_v21_response',
    'ShowServerManagementConsoleLogsRequestBody': 'show_server_management_console_logs_request_body',
    'ShowServerManagementConsoleLogsResponse': 'show_server_management_console_logs_response',
    'ShowServerMetadataResponse': 'show_server_metadata_response',
    'ShowServerMetadataWithKeyResponse': 'show_server_metadata_with_key_response',
    'ShowServerNicsResponse': 'show_server_nics_response',
    'ShowServerOperationsByRequestIdResponse': 'show_server_operations_by_request_id_response',
    'ShowServersResponse': 'show_servers_response',
    'ShowSshKeyPairResponse': 'show_ssh_key_pair_response',
    'ShowTagsServerV1Response': 'show_tags_server_v1_response',
    'ShowTagsServerV1ServersResponse': 'show_tags_server_v1_servers_response',
    'ShowTagsServerV21Response': 'show_tags_server_v21_response',
    'ShowTaskExecutionStatusResponse': 'show_task_execution_status_response',
    'ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody': 'show_vnc_based_remote_login_address_microversion26_or_later_request_body',
    'ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse': 'show_vnc_based_remote_login_address_microversion26_or_later_response',
    'StartServerRequestBody': 'start_server_request_body',
    'StopServerRequestBody': 'stop_server_request_body',
    'SubJobs': 'sub_jobs',
    'Tag': 'tag',
    'TagForListProjectTags': 'tag_for_list_project_tags',
    'Tags': 'tags',
    'TagsForBatchDeleteTagsFromServer': 'tags_for_batch_delete_tags_from_server',
    'TagsForShowTagsServerV1': 'tags_for_show_tags_server_v1',
    'UnbindFloatingIpAddressRequestBody': 'unbind_floating_ip_address_request_body',
    'UnlockServerRequestBody': 'unlock_server_request_body',
    'UpdateSecurityGroupRequestBody': 'update_security_group_request_body',
    'UpdateSecurityGroupResponse': 'update_security_group_response',
    'UpdateServerMetadataRequestBody': 'update_server_metadata_request_body',
    'UpdateServerMetadataResponse': 'update_server_metadata_response',
    'UpdateServerMetadataWithKeyRequestBody': 'update_server_metadata_with_key_request_body',
    'UpdateServerMetadataWithKeyResponse': 'update_server_metadata_with_key_response',
    'UpdateServerRequestBody': 'update_server_request_body',
    'UpdateServerResponse': 'update_server_response',
    'UpdateSpecificationsServerV1RequestBody': 'update_specifications_server_v1_request_body',
    'UpdateSpecificationsServerV21RequestBody': 'update_specifications_server_v21_request_body',
    'Versions': 'versions',
    'VersionsForShowApiVersion': 'versions_for_show_api_version',
    'VolumeAttachment': 'volume_attachment',
    'VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments': 'volume_attachment_for_show_disk_attached_to_server_os_volume_attachments',
    'VolumeAttachmentV21': 'volume_attachment_v21',
    'VolumeAttachments': 'volume_attachments',
    'VolumeAttachmentsForShowDisksAttachedToServer': 'volume_attachments_for_show_disks_attached_to_server',
    'ZoneState': 'zone_state',
    'CreateDiskRequestBodyVolume': 'create_disk_request_body_volume',
    'UpdateSpecificationsServerV21RequestBodyResize': 'update_specifications_server_v21_request_body_resize',
    'BatchAddTagsToServerRequestBodyAction': 'batch_add_tags_to_server_request_body_action',
    'BatchDeleteTagsFromServerRequestBodyAction': 'batch_delete_tags_from_server_request_body_action',
    'DestinationType': 'destination_type',
    'VolumeType': 'volume_type',
    'FpgaImageForRegisterFpgaImageStatus': 'fpga_image_for_register_fpga_image_status',
    'FpgaimagesStatus': 'fpgaimages_status',
    'Rel': 'rel',
    'ListServersByTagRequestBodyAction': 'list_servers_by_tag_request_body_action',
    'BYOL': 'byol',
    'QuotaNvmeSsd': 'quota_nvme_ssd',
    'CondOperationStatus': 'cond_operation_status',
    'Tenancy': 'tenancy',
    'CheckResources': 'check_resources',
    'Type': 'type',
    'RebuildServerResponseOSDCFDiskConfig': 'rebuild_server_response_osdcf_disk_config',
    'ServerForShowServersOSDCFDiskConfig': 'server_for_show_servers_osdcf_disk_config',
    'HostStatus': 'host_status',
    'SupportAutoRecovery': 'support_auto_recovery',
    'ShowTaskExecutionStatusResponseStatus': 'show_task_execution_status_response_status',
    'VersionsStatus': 'versions_status',
    'SortKey': 'sort_key',
    'SortDir': 'sort_dir',
    'CreateImageServerHeaders': 'create_image_server_headers',
}

__all__: list[str] = [
    'Absolute',
    'AbsoluteV21',
    'AddFloatingIp',
    'AddMember',
    'AddNicToServerRequestBody',
    'AddNicToServerResponse',
    'Addressesparameterstructure',
    'AddSecurityGroup',
    'AddSecurityGroupRequestBody',
    'AddServerToMonitoringListRequestBody',
    'AddServerToServerGroupRequestBody',
    'AddTagsToServerRequestBody',
    'AddTagsToServerResponse',
    'AddTagToServerResponse',
    'AssignFloatingIpAddressRequestBody',
    'AssignFloatingIpAddressResponse',
    'AssociateFpgaImageWithServerImageRequestBody',
    'Associations',
    'AttachableQuantity',
    'AttachDiskToServerV1RequestBody',
    'AttachDiskToServerV2RequestBody',
    'AttachDiskToServerV2Response',
    'Attachments',
    'AvailabilityZoneInfo',
    'Bandwidth',
    'BatchAddNicsToServerRequestBody',
    'BatchAddTagsToServerRequestBody',
    'BatchAddTagsToServerRequestBodyAction',
    'BatchAddTagsToServerServersRequestBody',
    'BatchDeleteNicsFromServerRequestBody',
    'BatchDeleteTagsFromServerRequestBody',
    'BatchDeleteTagsFromServerRequestBodyAction',
    'BatchDeleteTagsFromServerServersRequestBody',
    'BatchRebootServersRequestBody',
    'BatchStartServersRequestBody',
    'BatchStopServersRequestBody',
    'BindFloatingIpAddressRequestBody',
    'BindingProfile',
    'BlockDeviceMappingV2',
    'BYOL',
    'ChangeServerOsImageWithCloudInitInstalledRequestBody',
    'CheckResources',
    'CondOperationStatus',
    'ConfirmServerSpecificationsModificationRequestBody',
    'CreateDiskRequestBody',
    'CreateDiskRequestBodyVolume',
    'CreateDiskResponse',
    'CreateImage',
    'CreateImageServerHeaders',
    'CreateImageServerRequestBody',
    'CreateImageServerResponse',
    'CreateImportSshKeyPairRequestBody',
    'CreateImportSshKeyPairResponse',
    'CreateSecurityGroupRequestBody',
    'CreateSecurityGroupResponse',
    'CreateSecurityGroupRuleRequestBody',
    'CreateSecurityGroupRuleResponse',
    'CreateServerGroupV1RequestBody',
    'CreateServerGroupV1Response',
    'CreateServerGroupV21RequestBody',
    'CreateServerGroupV21Response',
    'CreateServerV1RequestBody',
    'CreateServerV1Response',
    'CreateServerV21RequestBody',
    'CreateServerV21Response',
    'DatastructureofthenetworkwhichanECSaccesses',
    'DatastructureofthenetworkwhichanECSaccessesForListDetailsServers',
    'DataVolumes',
    'DeleteSecurityGroupV21RequestBody',
    'DeleteServersRequestBody',
    'DestinationType',
    'DisassociateFpgaImageFromServerImageRequestBody',
    'ECSnetworkparameterstructure',
    'Eip',
    'Entities',
    'Entities2',
    'Events',
    'Extendparamfielddescriptionforcreatingdisks',
    'ExtendparamfielddescriptionforcreatingECSsForV1APIs',
    'ExtraDhcpOpts',
    'Fault',
    'FixedIps',
    'FixedIpsForAddNicToServer',
    'Flavor',
    'FlavorForListDetailsServers',
    'FlavorForShowServerFlavor',
    'Flavors',
    'FlavorsForListDetailsServerFlavors',
    'FlavorsForListServerFlavors',
    'FlavorsV21',
    'FloatingIp',
    'FpgaImage',
    'FpgaImageForRegisterFpgaImage',
    'FpgaImageForRegisterFpgaImageStatus',
    'Fpgaimages',
    'FpgaimagesForListAssociationsBetweenFpgaImageServerImage',
    'FpgaimagesStatus',
    'Group',
    'GroupV2',
    'HostStatus',
    'Image',
    'ImageForShowServers',
    'ImagesLinks',
    'ImageV1',
    'InstanceAction',
    'InstanceActions',
    'InterfaceAttachment',
    'InterfaceAttachmentForAddNicToServer',
    'InterfaceAttachments',
    'IpRange',
    'IpRangeV2',
    'Keypair',
    'KeypairForCreateImportSshKeyPair',
    'KeypairForCreateImportSshKeyPair2',
    'KeypairForShowSshKeyPair',
    'Keypairs',
    'Limits',
    'Links',
    'LinksForCreateServerV21',
    'LinksForListAllApiVersions',
    'LinksV2',
    'LinksV21',
    'ListAllApiVersionsResponse',
    'ListAssociationsBetweenFpgaImageServerImageResponse',
    'ListAvailabilityZonesResponse',
    'ListBriefDisksResponse',
    'ListDefaultQuotasResponse',
    'ListDetailedDisksResponse',
    'ListDetailsFlavorsExtendedFlavorsResponse',
    'ListDetailsFpgaImagesResponse',
    'ListDetailsServerFlavorsResponse',
    'ListDetailsServersResponse',
    'ListFloatingIpAddressesResponse',
    'ListFloatingIpAddressPoolsResponse',
    'ListImageDetailsResponse',
    'ListImagesResponse',
    'ListNetworksResponse',
    'ListProjectTagsResponse',
    'ListProjectTagsServersResponse',
    'ListSecurityGroupsResponse',
    'ListServerFlavorsResponse',
    'ListServerGroupsV1Response',
    'ListServerGroupsV21Response',
    'ListServersByTagRequestBody',
    'ListServersByTagRequestBodyAction',
    'ListServersByTagResponse',
    'ListServersResponse',
    'ListSshKeyPairsResponse',
    'ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse',
    'ListTenantQuotaLimitsResponse',
    'ListTenantQuotasV1Response',
    'ListTenantQuotasV21Response',
    'LockServerRequestBody',
    'Match',
    'MediaTypes',
    'Metadata',
    'Metadatafielddescriptionforcreatingdisks',
    'Metadatareserved',
    'Migrate',
    'MigrateColdServerRequestBody',
    'Networks',
    'Nics',
    'NicsForBatchAddNicsToServer',
    'NicsForBatchDeleteNicsFromServer',
    'ObjectsofrequestparametersecurityGroup',
    'ObjectsofrequestparametersecurityGroupForUpdateSecurityGroup',
    'ObjectsofrequestparametersecurityGroupRule',
    'ObjectsofresponseparametersecurityGroup',
    'ObjectsofresponseparametersecurityGroupForUpdateSecurityGroup',
    'ObjectsofresponseparametersecurityGroupRule',
    'OsChange',
    'OsExtendedVolumesVolumesAttached',
    'OsExtraSpecs',
    'OsGetConsoleOutput',
    'OsReinstall',
    'OsSchedulerHints',
    'OsSchedulerHintsfielddescriptionRequestparameters',
    'OsSchedulerHintsForListDetailsServers',
    'OsStart',
    'OsStop',
    'OsStopV21',
    'PageInfo',
    'ParametersforcreatinganECS',
    'Publicip',
    'QuotaNvmeSsd',
    'QuotaSet',
    'Reboot',
    'RebootServerRequestBody',
    'RebootV21',
    'Rebuild',
    'RebuildServerRequestBody',
    'RebuildServerResponse',
    'RebuildServerResponseOSDCFDiskConfig',
    'RegisterFpgaImageRequestBody',
    'RegisterFpgaImageResponse',
    'ReinstallServerOsImageWithCloudInitInstalledRequestBody',
    'Rel',
    'RemoteConsole',
    'RemoteConsoleForShowVncBasedRemoteLoginAddressMicroversion26OrLater',
    'RemoveFloatingIp',
    'RemoveMember',
    'RemoveSecurityGroup',
    'RemoveServerFromServerGroupRequestBody',
    'Resize',
    'Resource',
    'RollbackServerSpecificationsModificationRequestBody',
    'RootVolume',
    'SecurityGroup',
    'SecurityGroupRule',
    'SecurityGroupRuleForUpdateSecurityGroup',
    'SecurityGroupRuleV2',
    'SecurityGroups',
    'SecurityGroupsForBatchAddNicsToServer',
    'SecurityGroupsV21',
    'SecurityGroupV2',
    'Server',
    'ServerForCreateServerV21',
    'ServerForShowServers',
    'ServerForShowServersOSDCFDiskConfig',
    'ServerForUpdateServer',
    'ServerForUpdateServer2',
    'ServerGroup',
    'ServerGroupForCreateServerGroupV1',
    'ServerGroups',
    'ServerGroupsV21',
    'ServerGroupV21',
    'Servers',
    'ServersForListDetailsServers',
    'ServersLinksandlinks',
    'ServersV21',
    'SetServerMetadataResponse',
    'ShowApiVersionResponse',
    'ShowAutomaticRecoveryServerResponse',
    'ShowDiskAttachedToServerBlockDeviceResponse',
    'ShowDiskAttachedToServerOsVolumeAttachmentsResponse',
    'ShowDiskAttachmentServerResponse',
    'ShowDiskResponse',
    'ShowDisksAttachedToServerResponse',
    'ShowExtraSpecsValueServerFlavorResponse',
    'ShowFloatingIpAddressResponse',
    'ShowImageResponse',
    'ShowMetadataImageResponse',
    'ShowNetworkServerRequestBody',
    'ShowNetworkServerResponse',
    'ShowNetworksServerResponse',
    'ShowNicsServerResponse',
    'ShowOperationsOnServerResponse',
    'ShowPasswordLoggingToServerResponse',
    'ShowSecurityGroupResponse',
    'ShowSecurityGroupsServerResponse',
    'ShowServerFlavorResponse',
    'ShowServerGroupV1Response',
    'ShowServerGroupV21Response',
    'ShowServerManagementConsoleLogsRequestBody',
    'ShowServerManagementConsoleLogsResponse',
    'ShowServerMetadataResponse',
    'ShowServerMetadataWithKeyResponse',
    'ShowServerNicsResponse',
    'ShowServerOperationsByRequestIdResponse',
    'ShowServersResponse',
    'ShowSshKeyPairResponse',
    'ShowTagsServerV1Response',
    'ShowTagsServerV1ServersResponse',
    'ShowTagsServerV21Response',
    'ShowTaskExecutionStatusResponse',
    'ShowTaskExecutionStatusResponseStatus',
    'ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody',
    'ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse',
    'SortDir',
    'SortKey',
    'StartServerRequestBody',
    'StopServerRequestBody',
    'SubJobs',
    'SupportAutoRecovery',
    'Tag',
    'TagForListProjectTags',
    'Tags',
    'TagsForBatchDeleteTagsFromServer',
    'TagsForShowTagsServerV1',
    'Tenancy',
    'Type',
    'UnbindFloatingIpAddressRequestBody',
    'UnlockServerRequestBody',
    'UpdateSecurityGroupRequestBody',
    'UpdateSecurityGroupResponse',
    'UpdateServerMetadataRequestBody',
    'UpdateServerMetadataResponse',
    'UpdateServerMetadataWithKeyRequestBody',
    'UpdateServerMetadataWithKeyResponse',
    'UpdateServerRequestBody',
    'UpdateServerResponse',
    'UpdateSpecificationsServerV1RequestBody',
    'UpdateSpecificationsServerV21RequestBody',
    'UpdateSpecificationsServerV21RequestBodyResize',
    'Versions',
    'VersionsForShowApiVersion',
    'VersionsStatus',
    'VolumeAttachment',
    'VolumeAttachmentForShowDiskAttachedToServerOsVolumeAttachments',
    'VolumeAttachments',
    'VolumeAttachmentsForShowDisksAttachedToServer',
    'VolumeAttachmentV21',
    'VolumeType',
    'ZoneState',
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
