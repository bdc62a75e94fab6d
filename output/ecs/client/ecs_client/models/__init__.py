"""The models of the ecs_client client, imported on first use (generated; do not edit)."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .absolute import Absolute
    from .absolute_v21 import AbsoluteV21
    from .action import Action
    from .add_floating_ip import AddFloatingIp
    from .add_member import AddMember
    from .add_security_group import AddSecurityGroup
    from .addressesparameterstructure import Addressesparameterstructure
    from .associations import Associations
    from .attachable_quantity import AttachableQuantity
    from .attachments import Attachments
    from .availability_zone_info import AvailabilityZoneInfo
    from .bandwidth import Bandwidth
    from .binding_profile import BindingProfile
    from .block_device_mapping_v2 import BlockDeviceMappingV2
    from .byol import BYOL
    from .check_resources import CheckResources
    from .cond_operation_status import CondOperationStatus
    from .create_adding_a_nic_to_an_ecs_request_body import CreateAddingANicToAnEcsRequestBody
    from .create_adding_a_nic_to_an_ecs_response import CreateAddingANicToAnEcsResponse
    from .create_adding_a_security_group_request_body import CreateAddingASecurityGroupRequestBody
    from .create_adding_an_ecs_to_an_ecs_group_request_body import CreateAddingAnEcsToAnEcsGroupRequestBody
    from .create_adding_an_ecs_to_the_monitoring_list_request_body import CreateAddingAnEcsToTheMonitoringListRequestBody
    from .create_adding_nics_to_an_ecs_in_a_batch_request_body import CreateAddingNicsToAnEcsInABatchRequestBody
    from .create_adding_tags_to_an_ecs_in_a_batch_request_body import CreateAddingTagsToAnEcsInABatchRequestBody
    from .create_adding_tags_to_an_ecs_in_a_batch_servers_request_body import CreateAddingTagsToAnEcsInABatchServersRequestBody
    from .create_assigning_a_floating_ip_address_request_body import CreateAssigningAFloatingIpAddressRequestBody
    from .create_assigning_a_floating_ip_address_response import CreateAssigningAFloatingIpAddressResponse
    from .create_associating_an_fpga_image_with_an_ecs_image_request_body import CreateAssociatingAnFpgaImageWithAnEcsImageRequestBody
    from .create_attaching_a_disk_to_an_ecs_v1_request_body import CreateAttachingADiskToAnEcsV1RequestBody
    from .create_attaching_a_disk_to_an_ecs_v2_request_body import CreateAttachingADiskToAnEcsV2RequestBody
    from .create_attaching_a_disk_to_an_ecs_v2_response import CreateAttachingADiskToAnEcsV2Response
    from .create_binding_a_floating_ip_address_request_body import CreateBindingAFloatingIpAddressRequestBody
    from .create_changing_an_ecs_os_using_an_image_with_cloud_init_installed_request_body import CreateChangingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody
    from .create_cold_migrating_an_ecs_request_body import CreateColdMigratingAnEcsRequestBody
    from .create_confirming_ecs_specifications_modification_request_body import CreateConfirmingEcsSpecificationsModificationRequestBody
    from .create_creating_a_disk_request_body import CreateCreatingADiskRequestBody
    from .create_creating_a_disk_request_body_volume import CreateCreatingADiskRequestBodyVolume
    from .create_creating_a_disk_response import CreateCreatingADiskResponse
    from .create_creating_a_security_group_request_body import CreateCreatingASecurityGroupRequestBody
    from .create_creating_a_security_group_response import CreateCreatingASecurityGroupResponse
    from .create_creating_a_security_group_rule_request_body import CreateCreatingASecurityGroupRuleRequestBody
    from .create_creating_a_security_group_rule_response import CreateCreatingASecurityGroupRuleResponse
    from .create_creating_an_ecs_group_v1_request_body import CreateCreatingAnEcsGroupV1RequestBody
    from .create_creating_an_ecs_group_v1_response import CreateCreatingAnEcsGroupV1Response
    from .create_creating_an_ecs_group_v21_request_body import CreateCreatingAnEcsGroupV21RequestBody
    from .create_creating_an_ecs_group_v21_response import CreateCreatingAnEcsGroupV21Response
    from .create_creating_an_ecs_v1_request_body import CreateCreatingAnEcsV1RequestBody
    from .create_creating_an_ecs_v1_response import CreateCreatingAnEcsV1Response
    from .create_creating_an_ecs_v21_request_body import CreateCreatingAnEcsV21RequestBody
    from .create_creating_an_ecs_v21_response import CreateCreatingAnEcsV21Response
    from .create_creating_an_image_using_an_ecs_request_body import CreateCreatingAnImageUsingAnEcsRequestBody
    from .create_creating_an_image_using_an_ecs_response import CreateCreatingAnImageUsingAnEcsResponse
    from .create_creating_and_importing_an_ssh_key_pair_request_body import CreateCreatingAndImportingAnSshKeyPairRequestBody
    from .create_creating_and_importing_an_ssh_key_pair_response import CreateCreatingAndImportingAnSshKeyPairResponse
    from .create_deleting_a_security_group_request_body import CreateDeletingASecurityGroupRequestBody
    from .create_deleting_ecss_request_body import CreateDeletingEcssRequestBody
    from .create_deleting_nics_from_an_ecs_in_a_batch_request_body import CreateDeletingNicsFromAnEcsInABatchRequestBody
    from .create_deleting_tags_from_an_ecs_in_a_batch_request_body import CreateDeletingTagsFromAnEcsInABatchRequestBody
    from .create_deleting_tags_from_an_ecs_in_a_batch_servers_request_body import CreateDeletingTagsFromAnEcsInABatchServersRequestBody
    from .create_image import CreateImage
    from .create_locking_an_ecs_request_body import CreateLockingAnEcsRequestBody
    from .create_modifying_the_specifications_of_an_ecs_v1_request_body import CreateModifyingTheSpecificationsOfAnEcsV1RequestBody
    from .create_modifying_the_specifications_of_an_ecs_v21_request_body import CreateModifyingTheSpecificationsOfAnEcsV21RequestBody
    from .create_modifying_the_specifications_of_an_ecs_v21_request_body_resize import CreateModifyingTheSpecificationsOfAnEcsV21RequestBodyResize
    from .create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_request_body import CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody
    from .create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_response import CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse
    from .create_obtaining_ecs_management_console_logs_request_body import CreateObtainingEcsManagementConsoleLogsRequestBody
    from .create_obtaining_ecs_management_console_logs_response import CreateObtainingEcsManagementConsoleLogsResponse
    from .create_querying_ecss_by_tag_request_body import CreateQueryingEcssByTagRequestBody
    from .create_querying_ecss_by_tag_response import CreateQueryingEcssByTagResponse
    from .create_rebuilding_an_ecs_request_body import CreateRebuildingAnEcsRequestBody
    from .create_rebuilding_an_ecs_response import CreateRebuildingAnEcsResponse
    from .create_rebuilding_an_ecs_response_osdcf_disk_config import CreateRebuildingAnEcsResponseOSDCFDiskConfig
    from .create_registering_an_fpga_image_request_body import CreateRegisteringAnFpgaImageRequestBody
    from .create_registering_an_fpga_image_response import CreateRegisteringAnFpgaImageResponse
    from .create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed_request_body import CreateReinstallingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody
    from .create_removing_an_ecs_from_an_ecs_group_request_body import CreateRemovingAnEcsFromAnEcsGroupRequestBody
    from .create_restarting_an_ecs_request_body import CreateRestartingAnEcsRequestBody
    from .create_restarting_ecss_in_a_batch_request_body import CreateRestartingEcssInABatchRequestBody
    from .create_rolling_back_ecs_specifications_modification_request_body import CreateRollingBackEcsSpecificationsModificationRequestBody
    from .create_starting_an_ecs_request_body import CreateStartingAnEcsRequestBody
    from .create_starting_ecss_in_a_batch_request_body import CreateStartingEcssInABatchRequestBody
    from .create_stopping_an_ecs_request_body import CreateStoppingAnEcsRequestBody
    from .create_stopping_ecss_in_a_batch_request_body import CreateStoppingEcssInABatchRequestBody
    from .create_unbinding_a_floating_ip_address_request_body import CreateUnbindingAFloatingIpAddressRequestBody
    from .create_unlocking_an_ecs_request_body import CreateUnlockingAnEcsRequestBody
    from .create_updating_ecs_metadata_request_body import CreateUpdatingEcsMetadataRequestBody
    from .create_updating_ecs_metadata_response import CreateUpdatingEcsMetadataResponse
    from .data_volumes import DataVolumes
    from .datastructureofthenetworkwhichan_ec_saccesses import DatastructureofthenetworkwhichanECSaccesses
    from .datastructureofthenetworkwhichan_ec_saccesses_for_list_querying_details_about_ecss import DatastructureofthenetworkwhichanECSaccessesForListQueryingDetailsAboutEcss
    from .delete_disassociating_an_fpga_image_from_an_ecs_image_request_body import DeleteDisassociatingAnFpgaImageFromAnEcsImageRequestBody
    from .destination_type import DestinationType
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
    from .fixed_ips_for_create_adding_a_nic_to_an_ecs import FixedIpsForCreateAddingANicToAnEcs
    from .flavor import Flavor
    from .flavor_for_list_querying_details_about_ecss import FlavorForListQueryingDetailsAboutEcss
    from .flavor_for_show_querying_about_an_ecs_flavor import FlavorForShowQueryingAboutAnEcsFlavor
    from .flavors import Flavors
    from .flavors_for_list_querying_details_about_ecs_flavors import FlavorsForListQueryingDetailsAboutEcsFlavors
    from .flavors_for_list_querying_ecs_flavors import FlavorsForListQueryingEcsFlavors
    from .flavors_v21 import FlavorsV21
    from .floating_ip import FloatingIp
    from .fpga_image import FpgaImage
    from .fpga_image_for_create_registering_an_fpga_image import FpgaImageForCreateRegisteringAnFpgaImage
    from .fpga_image_for_create_registering_an_fpga_image_status import FpgaImageForCreateRegisteringAnFpgaImageStatus
    from .fpgaimages import Fpgaimages
    from .fpgaimages_for_list_querying_associations_between_an_fpga_image_and_an_ecs_images import FpgaimagesForListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImages
    from .fpgaimages_status import FpgaimagesStatus
    from .group import Group
    from .group_v2 import GroupV2
    from .host_status import HostStatus
    from .image import Image
    from .image_for_show_querying_about_ecss import ImageForShowQueryingAboutEcss
    from .image_v1 import ImageV1
    from .images_links import ImagesLinks
    from .instance_action import InstanceAction
    from .instance_actions import InstanceActions
    from .interface_attachment import InterfaceAttachment
    from .interface_attachment_for_create_adding_a_nic_to_an_ecs import InterfaceAttachmentForCreateAddingANicToAnEcs
    from .interface_attachments import InterfaceAttachments
    from .ip_range import IpRange
    from .ip_range_v2 import IpRangeV2
    from .keypair import Keypair
    from .keypair_for_create_creating_and_importing_an_ssh_key_pair import KeypairForCreateCreatingAndImportingAnSshKeyPair
    from .keypair_for_create_creating_and_importing_an_ssh_key_pair2 import KeypairForCreateCreatingAndImportingAnSshKeyPair2
    from .keypair_for_show_querying_a_specified_ssh_key_pair import KeypairForShowQueryingASpecifiedSshKeyPair
    from .keypairs import Keypairs
    from .limits import Limits
    from .links import Links
    from .links_for_create_creating_an_ecs_v21 import LinksForCreateCreatingAnEcsV21
    from .links_for_list_querying_all_api_versions import LinksForListQueryingAllApiVersions
    from .links_v2 import LinksV2
    from .links_v21 import LinksV21
    from .list_querying_all_api_versions_response import ListQueryingAllApiVersionsResponse
    from .list_querying_associations_between_an_fpga_image_and_an_ecs_images_response import ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse
    from .list_querying_azs_response import ListQueryingAzsResponse
    from .list_querying_brief_information_about_disks_response import ListQueryingBriefInformationAboutDisksResponse
    from .list_querying_default_quotas_response import ListQueryingDefaultQuotasResponse
    from .list_querying_detailed_information_about_disks_response import ListQueryingDetailedInformationAboutDisksResponse
    from .list_querying_details_about_ecs_flavors_response import ListQueryingDetailsAboutEcsFlavorsResponse
    from .list_querying_details_about_ecss_response import ListQueryingDetailsAboutEcssResponse
    from .list_querying_details_about_flavors_and_extended_flavor_informations_response import ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse
    from .list_querying_ecs_flavors_response import ListQueryingEcsFlavorsResponse
    from .list_querying_ecs_groups_v1_response import ListQueryingEcsGroupsV1Response
    from .list_querying_ecs_groups_v21_response import ListQueryingEcsGroupsV21Response
    from .list_querying_ecss_response import ListQueryingEcssResponse
    from .list_querying_floating_ip_address_pools_response import ListQueryingFloatingIpAddressPoolsResponse
    from .list_querying_floating_ip_addresses_response import ListQueryingFloatingIpAddressesResponse
    from .list_querying_image_details_response import ListQueryingImageDetailsResponse
    from .list_querying_images_response import ListQueryingImagesResponse
    from .list_querying_networks_response import ListQueryingNetworksResponse
    from .list_querying_project_tags_response import ListQueryingProjectTagsResponse
    from .list_querying_project_tags_servers_response import ListQueryingProjectTagsServersResponse
    from .list_querying_security_groups_response import ListQueryingSecurityGroupsResponse
    from .list_querying_ssh_key_pairs_response import ListQueryingSshKeyPairsResponse
    from .list_querying_tenant_quota_limits_response import ListQueryingTenantQuotaLimitsResponse
    from .list_querying_tenant_quotas_v1_response import ListQueryingTenantQuotasV1Response
    from .list_querying_tenant_quotas_v21_response import ListQueryingTenantQuotasV21Response
    from .list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds_response import ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse
    from .list_viewing_details_of_fpga_images_response import ListViewingDetailsOfFpgaImagesResponse
    from .match import Match
    from .media_types import MediaTypes
    from .metadata import Metadata
    from .metadatafielddescriptionforcreatingdisks import Metadatafielddescriptionforcreatingdisks
    from .metadatareserved import Metadatareserved
    from .migrate import Migrate
    from .networks import Networks
    from .nics import Nics
    from .nics_for_create_adding_nics_to_an_ecs_in_a_batch import NicsForCreateAddingNicsToAnEcsInABatch
    from .nics_for_create_deleting_nics_from_an_ecs_in_a_batch import NicsForCreateDeletingNicsFromAnEcsInABatch
    from .objectsofrequestparametersecurity_group import ObjectsofrequestparametersecurityGroup
    from .objectsofrequestparametersecurity_group_for_update_updating_a_security_group import ObjectsofrequestparametersecurityGroupForUpdateUpdatingASecurityGroup
    from .objectsofrequestparametersecurity_group_rule import ObjectsofrequestparametersecurityGroupRule
    from .objectsofresponseparametersecurity_group import ObjectsofresponseparametersecurityGroup
    from .objectsofresponseparametersecurity_group_for_update_updating_a_security_group import ObjectsofresponseparametersecurityGroupForUpdateUpdatingASecurityGroup
    from .objectsofresponseparametersecurity_group_rule import ObjectsofresponseparametersecurityGroupRule
    from .os_change import OsChange
    from .os_extended_volumes_volumes_attached import OsExtendedVolumesVolumesAttached
    from .os_extra_specs import OsExtraSpecs
    from .os_get_console_output import OsGetConsoleOutput
    from .os_reinstall import OsReinstall
    from .os_scheduler_hints import OsSchedulerHints
    from .os_scheduler_hints_for_list_querying_details_about_ecss import OsSchedulerHintsForListQueryingDetailsAboutEcss
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
    from .reboot_v21 import RebootV21
    from .rebuild import Rebuild
    from .rel import Rel
    from .remote_console import RemoteConsole
    from .remote_console_for_create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later import RemoteConsoleForCreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLater
    from .remove_floating_ip import RemoveFloatingIp
    from .remove_member import RemoveMember
    from .remove_security_group import RemoveSecurityGroup
    from .resize import Resize
    from .resource import Resource
    from .root_volume import RootVolume
    from .security_group import SecurityGroup
    from .security_group_rule import SecurityGroupRule
    from .security_group_rule_for_update_updating_a_security_group import SecurityGroupRuleForUpdateUpdatingASecurityGroup
    from .security_group_rule_v2 import SecurityGroupRuleV2
    from .security_group_v2 import SecurityGroupV2
    from .security_groups import SecurityGroups
    from .security_groups_for_create_adding_nics_to_an_ecs_in_a_batch import SecurityGroupsForCreateAddingNicsToAnEcsInABatch
    from .security_groups_v21 import SecurityGroupsV21
    from .server import Server
    from .server_for_create_creating_an_ecs_v21 import ServerForCreateCreatingAnEcsV21
    from .server_for_show_querying_about_ecss import ServerForShowQueryingAboutEcss
    from .server_for_show_querying_about_ecss_osdcf_disk_config import ServerForShowQueryingAboutEcssOSDCFDiskConfig
    from .server_for_update_modifying_ecs_information import ServerForUpdateModifyingEcsInformation
    from .server_for_update_modifying_ecs_information2 import ServerForUpdateModifyingEcsInformation2
    from .server_group import ServerGroup
    from .server_group_for_create_creating_an_ecs_group_v1 import ServerGroupForCreateCreatingAnEcsGroupV1
    from .server_group_v21 import ServerGroupV21
    from .server_groups import ServerGroups
    from .server_groups_v21 import ServerGroupsV21
    from .servers import Servers
    from .servers_for_list_querying_details_about_ecss import ServersForListQueryingDetailsAboutEcss
    from .servers_linksandlinks import ServersLinksandlinks
    from .servers_v21 import ServersV21
    from .show_obtaining_ecs_metadata_with_a_specified_key_response import ShowObtainingEcsMetadataWithASpecifiedKeyResponse
    from .show_obtaining_the_password_for_logging_in_to_an_ecs_response import ShowObtainingThePasswordForLoggingInToAnEcsResponse
    from .show_querying_a_disk_attached_to_an_ecs_response import ShowQueryingADiskAttachedToAnEcsResponse
    from .show_querying_a_single_disk_attached_to_an_ecs_response import ShowQueryingASingleDiskAttachedToAnEcsResponse
    from .show_querying_a_specified_api_version_response import ShowQueryingASpecifiedApiVersionResponse
    from .show_querying_a_specified_ssh_key_pair_response import ShowQueryingASpecifiedSshKeyPairResponse
    from .show_querying_about_a_floating_ip_address_response import ShowQueryingAboutAFloatingIpAddressResponse
    from .show_querying_about_a_security_group_response import ShowQueryingAboutASecurityGroupResponse
    from .show_querying_about_a_specified_image_response import ShowQueryingAboutASpecifiedImageResponse
    from .show_querying_about_an_ecs_flavor_response import ShowQueryingAboutAnEcsFlavorResponse
    from .show_querying_about_an_ecs_group_v1_response import ShowQueryingAboutAnEcsGroupV1Response
    from .show_querying_about_an_ecs_group_v21_response import ShowQueryingAboutAnEcsGroupV21Response
    from .show_querying_about_ecss_response import ShowQueryingAboutEcssResponse
    from .show_querying_automatic_recovery_of_an_ecs_response import ShowQueryingAutomaticRecoveryOfAnEcsResponse
    from .show_querying_disk_attachment_of_an_ecs_response import ShowQueryingDiskAttachmentOfAnEcsResponse
    from .show_querying_disks_attached_to_an_ecs_response import ShowQueryingDisksAttachedToAnEcsResponse
    from .show_querying_ecs_metadata_response import ShowQueryingEcsMetadataResponse
    from .show_querying_ecs_nics_response import ShowQueryingEcsNicsResponse
    from .show_querying_ecs_operations_by_request_id_response import ShowQueryingEcsOperationsByRequestIdResponse
    from .show_querying_information_about_a_disk_response import ShowQueryingInformationAboutADiskResponse
    from .show_querying_nics_of_an_ecs_response import ShowQueryingNicsOfAnEcsResponse
    from .show_querying_operations_on_an_ecs_response import ShowQueryingOperationsOnAnEcsResponse
    from .show_querying_security_groups_for_a_specified_ecs_response import ShowQueryingSecurityGroupsForASpecifiedEcsResponse
    from .show_querying_tags_of_an_ecs_v1_response import ShowQueryingTagsOfAnEcsV1Response
    from .show_querying_tags_of_an_ecs_v1_servers_response import ShowQueryingTagsOfAnEcsV1ServersResponse
    from .show_querying_tags_of_an_ecs_v21_response import ShowQueryingTagsOfAnEcsV21Response
    from .show_querying_task_execution_status_response import ShowQueryingTaskExecutionStatusResponse
    from .show_querying_task_execution_status_response_status import ShowQueryingTaskExecutionStatusResponseStatus
    from .show_querying_the_extra_specs_value_for_an_ecs_flavor_response import ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse
    from .show_querying_the_metadata_of_a_specified_image_response import ShowQueryingTheMetadataOfASpecifiedImageResponse
    from .show_querying_the_networks_of_a_specified_ecs_response import ShowQueryingTheNetworksOfASpecifiedEcsResponse
    from .show_querying_the_specified_network_of_an_ecs_request_body import ShowQueryingTheSpecifiedNetworkOfAnEcsRequestBody
    from .show_querying_the_specified_network_of_an_ecs_response import ShowQueryingTheSpecifiedNetworkOfAnEcsResponse
    from .sort_dir import SortDir
    from .sort_key import SortKey
    from .sub_jobs import SubJobs
    from .support_auto_recovery import SupportAutoRecovery
    from .tag import Tag
    from .tag_for_list_querying_project_tags import TagForListQueryingProjectTags
    from .tags import Tags
    from .tags_for_create_deleting_tags_from_an_ecs_in_a_batch import TagsForCreateDeletingTagsFromAnEcsInABatch
    from .tags_for_show_querying_tags_of_an_ecs_v1 import TagsForShowQueryingTagsOfAnEcsV1
    from .tenancy import Tenancy
    from .type import Type
    from .update_adding_a_tag_to_an_ecs_response import UpdateAddingATagToAnEcsResponse
    from .update_adding_tags_to_an_ecs_request_body import UpdateAddingTagsToAnEcsRequestBody
    from .update_adding_tags_to_an_ecs_response import UpdateAddingTagsToAnEcsResponse
    from .update_configuring_ecs_metadata_response import UpdateConfiguringEcsMetadataResponse
    from .update_modifying_ecs_information_request_body import UpdateModifyingEcsInformationRequestBody
    from .update_modifying_ecs_information_response import UpdateModifyingEcsInformationResponse
    from .update_modifying_ecs_metadata_with_a_specified_key_request_body import UpdateModifyingEcsMetadataWithASpecifiedKeyRequestBody
    from .update_modifying_ecs_metadata_with_a_specified_key_response import UpdateModifyingEcsMetadataWithASpecifiedKeyResponse
    from .update_updating_a_security_group_request_body import UpdateUpdatingASecurityGroupRequestBody
    from .update_updating_a_security_group_response import UpdateUpdatingASecurityGroupResponse
    from .versions import Versions
    from .versions_for_show_querying_a_specified_api_version import VersionsForShowQueryingASpecifiedApiVersion
    from .versions_status import VersionsStatus
    from .volume_attachment import VolumeAttachment
    from .volume_attachment_for_show_querying_a_disk_attached_to_an_ecs import VolumeAttachmentForShowQueryingADiskAttachedToAnEcs
    from .volume_attachment_v21 import VolumeAttachmentV21
    from .volume_attachments import VolumeAttachments
    from .volume_attachments_for_show_querying_disks_attached_to_an_ecs import VolumeAttachmentsForShowQueryingDisksAttachedToAnEcs
    from .volume_type import VolumeType
    from .zone_state import ZoneState

_MODULES: dict[str, str] = {
    'Absolute': 'absolute',
    'AbsoluteV21': 'absolute_v21',
    'AddFloatingIp': 'add_floating_ip',
    'AddMember': 'add_member',
    'AddSecurityGroup': 'add_security_group',
    'Addressesparameterstructure': 'addressesparameterstructure',
    'Associations': 'associations',
    'AttachableQuantity': 'attachable_quantity',
    'Attachments': 'attachments',
    'AvailabilityZoneInfo': 'availability_zone_info',
    'Bandwidth': 'bandwidth',
    'BindingProfile': 'binding_profile',
    'BlockDeviceMappingV2': 'block_device_mapping_v2',
    'CreateAddingANicToAnEcsRequestBody': 'create_adding_a_nic_to_an_ecs_request_body',
    'CreateAddingANicToAnEcsResponse': 'create_adding_a_nic_to_an_ecs_response',
    'CreateAddingASecurityGroupRequestBody': 'create_adding_a_security_group_request_body',
    'CreateAddingAnEcsToAnEcsGroupRequestBody': 'create_adding_an_ecs_to_an_ecs_group_request_body',
    'CreateAddingAnEcsToTheMonitoringListRequestBody': 'create_adding_an_ecs_to_the_monitoring_list_request_body',
    'CreateAddingNicsToAnEcsInABatchRequestBody': 'create_adding_nics_to_an_ecs_in_a_batch_request_body',
    'CreateAddingTagsToAnEcsInABatchRequestBody': 'create_adding_tags_to_an_ecs_in_a_batch_request_body',
    'CreateAddingTagsToAnEcsInABatchServersRequestBody': 'create_adding_tags_to_an_ecs_in_a_batch_servers_request_body',
    'CreateAssigningAFloatingIpAddressRequestBody': 'create_assigning_a_floating_ip_address_request_body',
    'CreateAssigningAFloatingIpAddressResponse': 'create_assigning_a_floating_ip_address_response',
    'CreateAssociatingAnFpgaImageWithAnEcsImageRequestBody': 'create_associating_an_fpga_image_with_an_ecs_image_request_body',
    'CreateAttachingADiskToAnEcsV1RequestBody': 'create_attaching_a_disk_to_an_ecs_v1_request_body',
    'CreateAttachingADiskToAnEcsV2RequestBody': 'create_attaching_a_disk_to_an_ecs_v2_request_body',
    'CreateAttachingADiskToAnEcsV2Response': 'create_attaching_a_disk_to_an_ecs_v2_response',
    'CreateBindingAFloatingIpAddressRequestBody': 'create_binding_a_floating_ip_address_request_body',
    'CreateChangingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody': 'create_changing_an_ecs_os_using_an_image_with_cloud_init_installed_request_body',
    'CreateColdMigratingAnEcsRequestBody': 'create_cold_migrating_an_ecs_request_body',
    'CreateConfirmingEcsSpecificationsModificationRequestBody': 'create_confirming_ecs_specifications_modification_request_body',
    'CreateCreatingADiskRequestBody': 'create_creating_a_disk_request_body',
    'CreateCreatingADiskResponse': 'create_creating_a_disk_response',
    'CreateCreatingASecurityGroupRequestBody': 'create_creating_a_security_group_request_body',
    'CreateCreatingASecurityGroupResponse': 'create_creating_a_security_group_response',
    'CreateCreatingASecurityGroupRuleRequestBody': 'create_creating_a_security_group_rule_request_body',
    'CreateCreatingASecurityGroupRuleResponse': 'create_creating_a_security_group_rule_response',
    'CreateCreatingAnEcsGroupV1RequestBody': 'create_creating_an_ecs_group_v1_request_body',
    'CreateCreatingAnEcsGroupV1Response': 'create_creating_an_ecs_group_v1_response',
    'CreateCreatingAnEcsGroupV21RequestBody': 'create_creating_an_ecs_group_v21_request_body',
    'CreateCreatingAnEcsGroupV21Response': 'create_creating_an_ecs_group_v21_response',
    'CreateCreatingAnEcsV1RequestBody': 'create_creating_an_ecs_v1_request_body',
    'CreateCreatingAnEcsV1Response': 'create_creating_an_ecs_v1_response',
    'CreateCreatingAnEcsV21RequestBody': 'create_creating_an_ecs_v21_request_body',
    'CreateCreatingAnEcsV21Response': 'create_creating_an_ecs_v21_response',
    'CreateCreatingAnImageUsingAnEcsRequestBody': 'create_creating_an_image_using_an_ecs_request_body',
    'CreateCreatingAnImageUsingAnEcsResponse': 'create_creating_an_image_using_an_ecs_response',
    'CreateCreatingAndImportingAnSshKeyPairRequestBody': 'create_creating_and_importing_an_ssh_key_pair_request_body',
    'CreateCreatingAndImportingAnSshKeyPairResponse': 'create_creating_and_importing_an_ssh_key_pair_response',
    'CreateDeletingASecurityGroupRequestBody': 'create_deleting_a_security_group_request_body',
    'CreateDeletingEcssRequestBody': 'create_deleting_ecss_request_body',
    'CreateDeletingNicsFromAnEcsInABatchRequestBody': 'create_deleting_nics_from_an_ecs_in_a_batch_request_body',
    'CreateDeletingTagsFromAnEcsInABatchRequestBody': 'create_deleting_tags_from_an_ecs_in_a_batch_request_body',
    'CreateDeletingTagsFromAnEcsInABatchServersRequestBody': 'create_deleting_tags_from_an_ecs_in_a_batch_servers_request_body',
    'CreateImage': 'create_image',
    'CreateLockingAnEcsRequestBody': 'create_locking_an_ecs_request_body',
    'CreateModifyingTheSpecificationsOfAnEcsV1RequestBody': 'create_modifying_the_specifications_of_an_ecs_v1_request_body',
    'CreateModifyingTheSpecificationsOfAnEcsV21RequestBody': 'create_modifying_the_specifications_of_an_ecs_v21_request_body',
    'CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody': 'create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_request_body',
    'CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse': 'create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_response',
    'CreateObtainingEcsManagementConsoleLogsRequestBody': 'create_obtaining_ecs_management_console_logs_request_body',
    'CreateObtainingEcsManagementConsoleLogsResponse': 'create_obtaining_ecs_management_console_logs_response',
    'CreateQueryingEcssByTagRequestBody': 'create_querying_ecss_by_tag_request_body',
    'CreateQueryingEcssByTagResponse': 'create_querying_ecss_by_tag_response',
    'CreateRebuildingAnEcsRequestBody': 'create_rebuilding_an_ecs_request_body',
    'CreateRebuildingAnEcsResponse': 'create_rebuilding_an_ecs_response',
    'CreateRegisteringAnFpgaImageRequestBody': 'create_registering_an_fpga_image_request_body',
    'CreateRegisteringAnFpgaImageResponse': 'create_registering_an_fpga_image_response',
    'CreateReinstallingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody': 'create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed_request_body',
    'CreateRemovingAnEcsFromAnEcsGroupRequestBody': 'create_removing_an_ecs_from_an_ecs_group_request_body',
    'CreateRestartingAnEcsRequestBody': 'create_restarting_an_ecs_request_body',
    'CreateRestartingEcssInABatchRequestBody': 'create_restarting_ecss_in_a_batch_request_body',
    'CreateRollingBackEcsSpecificationsModificationRequestBody': 'create_rolling_back_ecs_specifications_modification_request_body',
    'CreateStartingAnEcsRequestBody': 'create_starting_an_ecs_request_body',
    'CreateStartingEcssInABatchRequestBody': 'create_starting_ecss_in_a_batch_request_body',
    'CreateStoppingAnEcsRequestBody': 'create_stopping_an_ecs_request_body',
    'CreateStoppingEcssInABatchRequestBody': 'create_stopping_ecss_in_a_batch_request_body',
    'CreateUnbindingAFloatingIpAddressRequestBody': 'create_unbinding_a_floating_ip_address_request_body',
    'CreateUnlockingAnEcsRequestBody': 'create_unlocking_an_ecs_request_body',
    'CreateUpdatingEcsMetadataRequestBody': 'create_updating_ecs_metadata_request_body',
    'CreateUpdatingEcsMetadataResponse': 'create_updating_ecs_metadata_response',
    'DataVolumes': 'data_volumes',
    'DatastructureofthenetworkwhichanECSaccesses': 'datastructureofthenetworkwhichan_ec_saccesses',
    'DatastructureofthenetworkwhichanECSaccessesForListQueryingDetailsAboutEcss': 'datastructureofthenetworkwhichan_ec_saccesses_for_list_querying_details_about_ecss',
    'DeleteDisassociatingAnFpgaImageFromAnEcsImageRequestBody': 'delete_disassociating_an_fpga_image_from_an_ecs_image_request_body',
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
    'FixedIpsForCreateAddingANicToAnEcs': 'fixed_ips_for_create_adding_a_nic_to_an_ecs',
    'Flavor': 'flavor',
    'FlavorForListQueryingDetailsAboutEcss': 'flavor_for_list_querying_details_about_ecss',
    'FlavorForShowQueryingAboutAnEcsFlavor': 'flavor_for_show_querying_about_an_ecs_flavor',
    'Flavors': 'flavors',
    'FlavorsForListQueryingDetailsAboutEcsFlavors': 'flavors_for_list_querying_details_about_ecs_flavors',
    'FlavorsForListQueryingEcsFlavors': 'flavors_for_list_querying_ecs_flavors',
    'FlavorsV21': 'flavors_v21',
    'FloatingIp': 'floating_ip',
    'FpgaImage': 'fpga_image',
    'FpgaImageForCreateRegisteringAnFpgaImage': 'fpga_image_for_create_registering_an_fpga_image',
    'Fpgaimages': 'fpgaimages',
    'FpgaimagesForListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImages': 'fpgaimages_for_list_querying_associations_between_an_fpga_image_and_an_ecs_images',
    'Group': 'group',
    'GroupV2': 'group_v2',
    'Image': 'image',
    'ImageForShowQueryingAboutEcss': 'image_for_show_querying_about_ecss',
    'ImageV1': 'image_v1',
    'ImagesLinks': 'images_links',
    'InstanceAction': 'instance_action',
    'InstanceActions': 'instance_actions',
    'InterfaceAttachment': 'interface_attachment',
    'InterfaceAttachmentForCreateAddingANicToAnEcs': 'interface_attachment_for_create_adding_a_nic_to_an_ecs',
    'InterfaceAttachments': 'interface_attachments',
    'IpRange': 'ip_range',
    'IpRangeV2': 'ip_range_v2',
    'Keypair': 'keypair',
    'KeypairForCreateCreatingAndImportingAnSshKeyPair': 'keypair_for_create_creating_and_importing_an_ssh_key_pair',
    'KeypairForCreateCreatingAndImportingAnSshKeyPair2': 'keypair_for_create_creating_and_importing_an_ssh_key_pair2',
    'KeypairForShowQueryingASpecifiedSshKeyPair': 'keypair_for_show_querying_a_specified_ssh_key_pair',
    'Keypairs': 'keypairs',
    'Limits': 'limits',
    'Links': 'links',
    'LinksForCreateCreatingAnEcsV21': 'links_for_create_creating_an_ecs_v21',
    'LinksForListQueryingAllApiVersions': 'links_for_list_querying_all_api_versions',
    'LinksV2': 'links_v2',
    'LinksV21': 'links_v21',
    'ListQueryingAllApiVersionsResponse': 'list_querying_all_api_versions_response',
    'ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse': 'list_querying_associations_between_an_fpga_image_and_an_ecs_images_response',
    'ListQueryingAzsResponse': 'list_querying_azs_response',
    'ListQueryingBriefInformationAboutDisksResponse': 'list_querying_brief_information_about_disks_response',
    'ListQueryingDefaultQuotasResponse': 'list_querying_default_quotas_response',
    'ListQueryingDetailedInformationAboutDisksResponse': 'list_querying_detailed_information_about_disks_response',
    'ListQueryingDetailsAboutEcsFlavorsResponse': 'list_querying_details_about_ecs_flavors_response',
    'ListQueryingDetailsAboutEcssResponse': 'list_querying_details_about_ecss_response',
    'ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse': 'list_querying_details_about_flavors_and_extended_flavor_informations_response',
    'ListQueryingEcsFlavorsResponse': 'list_querying_ecs_flavors_response',
    'ListQueryingEcsGroupsV1Response': 'list_querying_ecs_groups_v1_response',
    'ListQueryingEcsGroupsV21Response': 'list_querying_ecs_groups_v21_response',
    'ListQueryingEcssResponse': 'list_querying_ecss_response',
    'ListQueryingFloatingIpAddressPoolsResponse': 'list_querying_floating_ip_address_pools_response',
    'ListQueryingFloatingIpAddressesResponse': 'list_querying_floating_ip_addresses_response',
    'ListQueryingImageDetailsResponse': 'list_querying_image_details_response',
    'ListQueryingImagesResponse': 'list_querying_images_response',
    'ListQueryingNetworksResponse': 'list_querying_networks_response',
    'ListQueryingProjectTagsResponse': 'list_querying_project_tags_response',
    'ListQueryingProjectTagsServersResponse': 'list_querying_project_tags_servers_response',
    'ListQueryingSecurityGroupsResponse': 'list_querying_security_groups_response',
    'ListQueryingSshKeyPairsResponse': 'list_querying_ssh_key_pairs_response',
    'ListQueryingTenantQuotaLimitsResponse': 'list_querying_tenant_quota_limits_response',
    'ListQueryingTenantQuotasV1Response': 'list_querying_tenant_quotas_v1_response',
    'ListQueryingTenantQuotasV21Response': 'list_querying_tenant_quotas_v21_response',
    'ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse': 'list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds_response',
    'ListViewingDetailsOfFpgaImagesResponse': 'list_viewing_details_of_fpga_images_response',
    'Match': 'match',
    'MediaTypes': 'media_types',
    'Metadata': 'metadata',
    'Metadatafielddescriptionforcreatingdisks': 'metadatafielddescriptionforcreatingdisks',
    'Metadatareserved': 'metadatareserved',
    'Migrate': 'migrate',
    'Networks': 'networks',
    'Nics': 'nics',
    'NicsForCreateAddingNicsToAnEcsInABatch': 'nics_for_create_adding_nics_to_an_ecs_in_a_batch',
    'NicsForCreateDeletingNicsFromAnEcsInABatch': 'nics_for_create_deleting_nics_from_an_ecs_in_a_batch',
    'ObjectsofrequestparametersecurityGroup': 'objectsofrequestparametersecurity_group',
    'ObjectsofrequestparametersecurityGroupForUpdateUpdatingASecurityGroup': 'objectsofrequestparametersecurity_group_for_update_updating_a_security_group',
    'ObjectsofrequestparametersecurityGroupRule': 'objectsofrequestparametersecurity_group_rule',
    'ObjectsofresponseparametersecurityGroup': 'objectsofresponseparametersecurity_group',
    'ObjectsofresponseparametersecurityGroupForUpdateUpdatingASecurityGroup': 'objectsofresponseparametersecurity_group_for_update_updating_a_security_group',
    'ObjectsofresponseparametersecurityGroupRule': 'objectsofresponseparametersecurity_group_rule',
    'OsChange': 'os_change',
    'OsExtendedVolumesVolumesAttached': 'os_extended_volumes_volumes_attached',
    'OsExtraSpecs': 'os_extra_specs',
    'OsGetConsoleOutput': 'os_get_console_output',
    'OsReinstall': 'os_reinstall',
    'OsSchedulerHints': 'os_scheduler_hints',
    'OsSchedulerHintsForListQueryingDetailsAboutEcss': 'os_scheduler_hints_for_list_querying_details_about_ecss',
    'OsSchedulerHintsfielddescriptionRequestparameters': 'os_scheduler_hintsfielddescription_requestparameters',
    'OsStart': 'os_start',
    'OsStop': 'os_stop',
    'OsStopV21': 'os_stop_v21',
    'PageInfo': 'page_info',
    'ParametersforcreatinganECS': 'parametersforcreatingan_ecs',
    'Publicip': 'publicip',
    'QuotaSet': 'quota_set',
    'Reboot': 'reboot',
    'RebootV21': 'reboot_v21',
    'Rebuild': 'rebuild',
    'RemoteConsole': 'remote_console',
    'RemoteConsoleForCreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLater': 'remote_console_for_create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later',
    'RemoveFloatingIp': 'remove_floating_ip',
    'RemoveMember': 'remove_member',
    'RemoveSecurityGroup': 'remove_security_group',
    'Resize': 'resize',
    'Resource': 'resource',
    'RootVolume': 'root_volume',
    'SecurityGroup': 'security_group',
    'SecurityGroupRule': 'security_group_rule',
    'SecurityGroupRuleForUpdateUpdatingASecurityGroup': 'security_group_rule_for_update_updating_a_security_group',
    'SecurityGroupRuleV2': 'security_group_rule_v2',
    'SecurityGroupV2': 'security_group_v2',
    'SecurityGroups': 'security_groups',
    'SecurityGroupsForCreateAddingNicsToAnEcsInABatch': 'security_groups_for_create_adding_nics_to_an_ecs_in_a_batch',
    'SecurityGroupsV21': 'security_groups_v21',
    'Server': 'server',
    'ServerForCreateCreatingAnEcsV21': 'server_for_create_creating_an_ecs_v21',
    'ServerForShowQueryingAboutEcss': 'server_for_show_querying_about_ecss',
    'ServerForUpdateModifyingEcsInformation': 'server_for_update_modifying_ecs_information',
    'ServerForUpdateModifyingEcsInformation2': 'server_for_update_modifying_ecs_information2',
    'ServerGroup': 'server_group',
    'ServerGroupForCreateCreatingAnEcsGroupV1': 'server_group_for_create_creating_an_ecs_group_v1',
    'ServerGroupV21': 'server_group_v21',
    'ServerGroups': 'server_groups',
    'ServerGroupsV21': 'server_groups_v21',
    'Servers': 'servers',
    'ServersForListQueryingDetailsAboutEcss': 'servers_for_list_querying_details_about_ecss',
    'ServersLinksandlinks': 'servers_linksandlinks',
    'ServersV21': 'servers_v21',
    'ShowObtainingEcsMetadataWithASpecifiedKeyResponse': 'show_obtaining_ecs_metadata_with_a_specified_key_response',
    'ShowObtainingThePasswordForLoggingInToAnEcsResponse': 'show_obtaining_the_password_for_logging_in_to_an_ecs_response',
    'ShowQueryingADiskAttachedToAnEcsResponse': 'show_querying_a_disk_attached_to_an_ecs_response',
    'ShowQueryingASingleDiskAttachedToAnEcsResponse': 'show_querying_a_single_disk_attached_to_an_ecs_response',
    'ShowQueryingASpecifiedApiVersionResponse': 'show_querying_a_specified_api_version_response',
    'ShowQueryingASpecifiedSshKeyPairResponse': 'show_querying_a_specified_ssh_key_pair_response',
    'ShowQueryingAboutAFloatingIpAddressResponse': 'show_querying_about_a_floating_ip_address_response',
    'ShowQueryingAboutASecurityGroupResponse': 'show_querying_about_a_security_group_response',
    'ShowQueryingAboutASpecifiedImageResponse': 'show_querying_about_a_specified_image_response',
    'ShowQueryingAboutAnEcsFlavorResponse': 'show_querying_about_an_ecs_flavor_response',
    'ShowQueryingAboutAnEcsGroupV1Response': 'show_querying_about_an_ecs_group_v1_response',
    'ShowQueryingAboutAnEcsGroupV21Response': 'show_querying_about_an_ecs_group_v21_response',
    'ShowQueryingAboutEcssResponse': 'show_querying_about_ecss_response',
    'ShowQueryingAutomaticRecoveryOfAnEcsResponse': 'show_querying_automatic_recovery_of_an_ecs_response',
    'ShowQueryingDiskAttachmentOfAnEcsResponse': 'show_querying_disk_attachment_of_an_ecs_response',
    'ShowQueryingDisksAttachedToAnEcsResponse': 'show_querying_disks_attached_to_an_ecs_response',
    'ShowQueryingEcsMetadataResponse': 'show_querying_ecs_metadata_response',
    'ShowQueryingEcsNicsResponse': 'show_querying_ecs_nics_response',
    'ShowQueryingEcsOperationsByRequestIdResponse': 'show_querying_ecs_operations_by_request_id_response',
    'ShowQueryingInformationAboutADiskResponse': 'show_querying_information_about_a_disk_response',
    'ShowQueryingNicsOfAnEcsResponse': 'show_querying_nics_of_an_ecs_response',
    'ShowQueryingOperationsOnAnEcsResponse': 'show_querying_operations_on_an_ecs_response',
    'ShowQueryingSecurityGroupsForASpecifiedEcsResponse': 'show_querying_security_groups_for_a_specified_ecs_response',
    'ShowQueryingTagsOfAnEcsV1Response': 'show_querying_tags_of_an_ecs_v1_response',
    'ShowQueryingTagsOfAnEcsV1ServersResponse': 'show_querying_tags_of_an_ecs_v1_servers_response',
    'ShowQueryingTagsOfAnEcsV21Response': 'show_querying_tags_of_an_ecs_v21_response',
    'ShowQueryingTaskExecutionStatusResponse': 'show_querying_task_execution_status_response',
    'ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse': 'show_querying_the_extra_specs_value_for_an_ecs_flavor_response',
    'ShowQueryingTheMetadataOfASpecifiedImageResponse': 'show_querying_the_metadata_of_a_specified_image_response',
    'ShowQueryingTheNetworksOfASpecifiedEcsResponse': 'show_querying_the_networks_of_a_specified_ecs_response',
    'ShowQueryingTheSpecifiedNetworkOfAnEcsRequestBody': 'show_querying_the_specified_network_of_an_ecs_request_body',
    'ShowQueryingTheSpecifiedNetworkOfAnEcsResponse': 'show_querying_the_specified_network_of_an_ecs_response',
    'SubJobs': 'sub_jobs',
    'Tag': 'tag',
    'TagForListQueryingProjectTags': 'tag_for_list_querying_project_tags',
    'Tags': 'tags',
    'TagsForCreateDeletingTagsFromAnEcsInABatch': 'tags_for_create_deleting_tags_from_an_ecs_in_a_batch',
    'TagsForShowQueryingTagsOfAnEcsV1': 'tags_for_show_querying_tags_of_an_ecs_v1',
    'UpdateAddingATagToAnEcsResponse': 'update_adding_a_tag_to_an_ecs_response',
    'UpdateAddingTagsToAnEcsRequestBody': 'update_adding_tags_to_an_ecs_request_body',
    'UpdateAddingTagsToAnEcsResponse': 'update_adding_tags_to_an_ecs_response',
    'UpdateConfiguringEcsMetadataResponse': 'update_configuring_ecs_metadata_response',
    'UpdateModifyingEcsInformationRequestBody': 'update_modifying_ecs_information_request_body',
    'UpdateModifyingEcsInformationResponse': 'update_modifying_ecs_information_response',
    'UpdateModifyingEcsMetadataWithASpecifiedKeyRequestBody': 'update_modifying_ecs_metadata_with_a_specified_key_request_body',
    'UpdateModifyingEcsMetadataWithASpecifiedKeyResponse': 'update_modifying_ecs_metadata_with_a_specified_key_response',
    'UpdateUpdatingASecurityGroupRequestBody': 'update_updating_a_security_group_request_body',
    'UpdateUpdatingASecurityGroupResponse': 'update_updating_a_security_group_response',
    'Versions': 'versions',
    'VersionsForShowQueryingASpecifiedApiVersion': 'versions_for_show_querying_a_specified_api_version',
    'VolumeAttachment': 'volume_attachment',
    'VolumeAttachmentForShowQueryingADiskAttachedToAnEcs': 'volume_attachment_for_show_querying_a_disk_attached_to_an_ecs',
    'VolumeAttachmentV21': 'volume_attachment_v21',
    'VolumeAttachments': 'volume_attachments',
    'VolumeAttachmentsForShowQueryingDisksAttachedToAnEcs': 'volume_attachments_for_show_querying_disks_attached_to_an_ecs',
    'ZoneState': 'zone_state',
    'CreateCreatingADiskRequestBodyVolume': 'create_creating_a_disk_request_body_volume',
    'CreateModifyingTheSpecificationsOfAnEcsV21RequestBodyResize': 'create_modifying_the_specifications_of_an_ecs_v21_request_body_resize',
    'DestinationType': 'destination_type',
    'VolumeType': 'volume_type',
    'Action': 'action',
    'CreateRebuildingAnEcsResponseOSDCFDiskConfig': 'create_rebuilding_an_ecs_response_osdcf_disk_config',
    'FpgaImageForCreateRegisteringAnFpgaImageStatus': 'fpga_image_for_create_registering_an_fpga_image_status',
    'FpgaimagesStatus': 'fpgaimages_status',
    'Rel': 'rel',
    'BYOL': 'byol',
    'QuotaNvmeSsd': 'quota_nvme_ssd',
    'CondOperationStatus': 'cond_operation_status',
    'Tenancy': 'tenancy',
    'CheckResources': 'check_resources',
    'Type': 'type',
    'ServerForShowQueryingAboutEcssOSDCFDiskConfig': 'server_for_show_querying_about_ecss_osdcf_disk_config',
    'HostStatus': 'host_status',
    'SupportAutoRecovery': 'support_auto_recovery',
    'ShowQueryingTaskExecutionStatusResponseStatus': 'show_querying_task_execution_status_response_status',
    'VersionsStatus': 'versions_status',
    'SortKey': 'sort_key',
    'SortDir': 'sort_dir',
}

__all__: list[str] = [
    'Absolute',
    'AbsoluteV21',
    'Action',
    'AddFloatingIp',
    'AddMember',
    'Addressesparameterstructure',
    'AddSecurityGroup',
    'Associations',
    'AttachableQuantity',
    'Attachments',
    'AvailabilityZoneInfo',
    'Bandwidth',
    'BindingProfile',
    'BlockDeviceMappingV2',
    'BYOL',
    'CheckResources',
    'CondOperationStatus',
    'CreateAddingAnEcsToAnEcsGroupRequestBody',
    'CreateAddingAnEcsToTheMonitoringListRequestBody',
    'CreateAddingANicToAnEcsRequestBody',
    'CreateAddingANicToAnEcsResponse',
    'CreateAddingASecurityGroupRequestBody',
    'CreateAddingNicsToAnEcsInABatchRequestBody',
    'CreateAddingTagsToAnEcsInABatchRequestBody',
    'CreateAddingTagsToAnEcsInABatchServersRequestBody',
    'CreateAssigningAFloatingIpAddressRequestBody',
    'CreateAssigningAFloatingIpAddressResponse',
    'CreateAssociatingAnFpgaImageWithAnEcsImageRequestBody',
    'CreateAttachingADiskToAnEcsV1RequestBody',
    'CreateAttachingADiskToAnEcsV2RequestBody',
    'CreateAttachingADiskToAnEcsV2Response',
    'CreateBindingAFloatingIpAddressRequestBody',
    'CreateChangingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody',
    'CreateColdMigratingAnEcsRequestBody',
    'CreateConfirmingEcsSpecificationsModificationRequestBody',
    'CreateCreatingADiskRequestBody',
    'CreateCreatingADiskRequestBodyVolume',
    'CreateCreatingADiskResponse',
    'CreateCreatingAndImportingAnSshKeyPairRequestBody',
    'CreateCreatingAndImportingAnSshKeyPairResponse',
    'CreateCreatingAnEcsGroupV1RequestBody',
    'CreateCreatingAnEcsGroupV1Response',
    'CreateCreatingAnEcsGroupV21RequestBody',
    'CreateCreatingAnEcsGroupV21Response',
    'CreateCreatingAnEcsV1RequestBody',
    'CreateCreatingAnEcsV1Response',
    'CreateCreatingAnEcsV21RequestBody',
    'CreateCreatingAnEcsV21Response',
    'CreateCreatingAnImageUsingAnEcsRequestBody',
    'CreateCreatingAnImageUsingAnEcsResponse',
    'CreateCreatingASecurityGroupRequestBody',
    'CreateCreatingASecurityGroupResponse',
    'CreateCreatingASecurityGroupRuleRequestBody',
    'CreateCreatingASecurityGroupRuleResponse',
    'CreateDeletingASecurityGroupRequestBody',
    'CreateDeletingEcssRequestBody',
    'CreateDeletingNicsFromAnEcsInABatchRequestBody',
    'CreateDeletingTagsFromAnEcsInABatchRequestBody',
    'CreateDeletingTagsFromAnEcsInABatchServersRequestBody',
    'CreateImage',
    'CreateLockingAnEcsRequestBody',
    'CreateModifyingTheSpecificationsOfAnEcsV1RequestBody',
    'CreateModifyingTheSpecificationsOfAnEcsV21RequestBody',
    'CreateModifyingTheSpecificationsOfAnEcsV21RequestBodyResize',
    'CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody',
    'CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse',
    'CreateObtainingEcsManagementConsoleLogsRequestBody',
    'CreateObtainingEcsManagementConsoleLogsResponse',
    'CreateQueryingEcssByTagRequestBody',
    'CreateQueryingEcssByTagResponse',
    'CreateRebuildingAnEcsRequestBody',
    'CreateRebuildingAnEcsResponse',
    'CreateRebuildingAnEcsResponseOSDCFDiskConfig',
    'CreateRegisteringAnFpgaImageRequestBody',
    'CreateRegisteringAnFpgaImageResponse',
    'CreateReinstallingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody',
    'CreateRemovingAnEcsFromAnEcsGroupRequestBody',
    'CreateRestartingAnEcsRequestBody',
    'CreateRestartingEcssInABatchRequestBody',
    'CreateRollingBackEcsSpecificationsModificationRequestBody',
    'CreateStartingAnEcsRequestBody',
    'CreateStartingEcssInABatchRequestBody',
    'CreateStoppingAnEcsRequestBody',
    'CreateStoppingEcssInABatchRequestBody',
    'CreateUnbindingAFloatingIpAddressRequestBody',
    'CreateUnlockingAnEcsRequestBody',
    'CreateUpdatingEcsMetadataRequestBody',
    'CreateUpdatingEcsMetadataResponse',
    'DatastructureofthenetworkwhichanECSaccesses',
    'DatastructureofthenetworkwhichanECSaccessesForListQueryingDetailsAboutEcss',
    'DataVolumes',
    'DeleteDisassociatingAnFpgaImageFromAnEcsImageRequestBody',
    'DestinationType',
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
    'FixedIpsForCreateAddingANicToAnEcs',
    'Flavor',
    'FlavorForListQueryingDetailsAboutEcss',
    'FlavorForShowQueryingAboutAnEcsFlavor',
    'Flavors',
    'FlavorsForListQueryingDetailsAboutEcsFlavors',
    'FlavorsForListQueryingEcsFlavors',
    'FlavorsV21',
    'FloatingIp',
    'FpgaImage',
    'FpgaImageForCreateRegisteringAnFpgaImage',
    'FpgaImageForCreateRegisteringAnFpgaImageStatus',
    'Fpgaimages',
    'FpgaimagesForListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImages',
    'FpgaimagesStatus',
    'Group',
    'GroupV2',
    'HostStatus',
    'Image',
    'ImageForShowQueryingAboutEcss',
    'ImagesLinks',
    'ImageV1',
    'InstanceAction',
    'InstanceActions',
    'InterfaceAttachment',
    'InterfaceAttachmentForCreateAddingANicToAnEcs',
    'InterfaceAttachments',
    'IpRange',
    'IpRangeV2',
    'Keypair',
    'KeypairForCreateCreatingAndImportingAnSshKeyPair',
    'KeypairForCreateCreatingAndImportingAnSshKeyPair2',
    'KeypairForShowQueryingASpecifiedSshKeyPair',
    'Keypairs',
    'Limits',
    'Links',
    'LinksForCreateCreatingAnEcsV21',
    'LinksForListQueryingAllApiVersions',
    'LinksV2',
    'LinksV21',
    'ListQueryingAllApiVersionsResponse',
    'ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse',
    'ListQueryingAzsResponse',
    'ListQueryingBriefInformationAboutDisksResponse',
    'ListQueryingDefaultQuotasResponse',
    'ListQueryingDetailedInformationAboutDisksResponse',
    'ListQueryingDetailsAboutEcsFlavorsResponse',
    'ListQueryingDetailsAboutEcssResponse',
    'ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse',
    'ListQueryingEcsFlavorsResponse',
    'ListQueryingEcsGroupsV1Response',
    'ListQueryingEcsGroupsV21Response',
    'ListQueryingEcssResponse',
    'ListQueryingFloatingIpAddressesResponse',
    'ListQueryingFloatingIpAddressPoolsResponse',
    'ListQueryingImageDetailsResponse',
    'ListQueryingImagesResponse',
    'ListQueryingNetworksResponse',
    'ListQueryingProjectTagsResponse',
    'ListQueryingProjectTagsServersResponse',
    'ListQueryingSecurityGroupsResponse',
    'ListQueryingSshKeyPairsResponse',
    'ListQueryingTenantQuotaLimitsResponse',
    'ListQueryingTenantQuotasV1Response',
    'ListQueryingTenantQuotasV21Response',
    'ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse',
    'ListViewingDetailsOfFpgaImagesResponse',
    'Match',
    'MediaTypes',
    'Metadata',
    'Metadatafielddescriptionforcreatingdisks',
    'Metadatareserved',
    'Migrate',
    'Networks',
    'Nics',
    'NicsForCreateAddingNicsToAnEcsInABatch',
    'NicsForCreateDeletingNicsFromAnEcsInABatch',
    'ObjectsofrequestparametersecurityGroup',
    'ObjectsofrequestparametersecurityGroupForUpdateUpdatingASecurityGroup',
    'ObjectsofrequestparametersecurityGroupRule',
    'ObjectsofresponseparametersecurityGroup',
    'ObjectsofresponseparametersecurityGroupForUpdateUpdatingASecurityGroup',
    'ObjectsofresponseparametersecurityGroupRule',
    'OsChange',
    'OsExtendedVolumesVolumesAttached',
    'OsExtraSpecs',
    'OsGetConsoleOutput',
    'OsReinstall',
    'OsSchedulerHints',
    'OsSchedulerHintsfielddescriptionRequestparameters',
    'OsSchedulerHintsForListQueryingDetailsAboutEcss',
    'OsStart',
    'OsStop',
    'OsStopV21',
    'PageInfo',
    'ParametersforcreatinganECS',
    'Publicip',
    'QuotaNvmeSsd',
    'QuotaSet',
    'Reboot',
    'RebootV21',
    'Rebuild',
    'Rel',
    'RemoteConsole',
    'RemoteConsoleForCreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLater',
    'RemoveFloatingIp',
    'RemoveMember',
    'RemoveSecurityGroup',
    'Resize',
    'Resource',
    'RootVolume',
    'SecurityGroup',
    'SecurityGroupRule',
    'SecurityGroupRuleForUpdateUpdatingASecurityGroup',
    'SecurityGroupRuleV2',
    'SecurityGroups',
    'SecurityGroupsForCreateAddingNicsToAnEcsInABatch',
    'SecurityGroupsV21',
    'SecurityGroupV2',
    'Server',
    'ServerForCreateCreatingAnEcsV21',
    'ServerForShowQueryingAboutEcss',
    'ServerForShowQueryingAboutEcssOSDCFDiskConfig',
    'ServerForUpdateModifyingEcsInformation',
    'ServerForUpdateModifyingEcsInformation2',
    'ServerGroup',
    'ServerGroupForCreateCreatingAnEcsGroupV1',
    'ServerGroups',
    'ServerGroupsV21',
    'ServerGroupV21',
    'Servers',
    'ServersForListQueryingDetailsAboutEcss',
    'ServersLinksandlinks',
    'ServersV21',
    'ShowObtainingEcsMetadataWithASpecifiedKeyResponse',
    'ShowObtainingThePasswordForLoggingInToAnEcsResponse',
    'ShowQueryingAboutAFloatingIpAddressResponse',
    'ShowQueryingAboutAnEcsFlavorResponse',
    'ShowQueryingAboutAnEcsGroupV1Response',
    'ShowQueryingAboutAnEcsGroupV21Response',
    'ShowQueryingAboutASecurityGroupResponse',
    'ShowQueryingAboutASpecifiedImageResponse',
    'ShowQueryingAboutEcssResponse',
    'ShowQueryingADiskAttachedToAnEcsResponse',
    'ShowQueryingASingleDiskAttachedToAnEcsResponse',
    'ShowQueryingASpecifiedApiVersionResponse',
    'ShowQueryingASpecifiedSshKeyPairResponse',
    'ShowQueryingAutomaticRecoveryOfAnEcsResponse',
    'ShowQueryingDiskAttachmentOfAnEcsResponse',
    'ShowQueryingDisksAttachedToAnEcsResponse',
    'ShowQueryingEcsMetadataResponse',
    'ShowQueryingEcsNicsResponse',
    'ShowQueryingEcsOperationsByRequestIdResponse',
    'ShowQueryingInformationAboutADiskResponse',
    'ShowQueryingNicsOfAnEcsResponse',
    'ShowQueryingOperationsOnAnEcsResponse',
    'ShowQueryingSecurityGroupsForASpecifiedEcsResponse',
    'ShowQueryingTagsOfAnEcsV1Response',
    'ShowQueryingTagsOfAnEcsV1ServersResponse',
    'ShowQueryingTagsOfAnEcsV21Response',
    'ShowQueryingTaskExecutionStatusResponse',
    'ShowQueryingTaskExecutionStatusResponseStatus',
    'ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse',
    'ShowQueryingTheMetadataOfASpecifiedImageResponse',
    'ShowQueryingTheNetworksOfASpecifiedEcsResponse',
    'ShowQueryingTheSpecifiedNetworkOfAnEcsRequestBody',
    'ShowQueryingTheSpecifiedNetworkOfAnEcsResponse',
    'SortDir',
    'SortKey',
    'SubJobs',
    'SupportAutoRecovery',
    'Tag',
    'TagForListQueryingProjectTags',
    'Tags',
    'TagsForCreateDeletingTagsFromAnEcsInABatch',
    'TagsForShowQueryingTagsOfAnEcsV1',
    'Tenancy',
    'Type',
    'UpdateAddingATagToAnEcsResponse',
    'UpdateAddingTagsToAnEcsRequestBody',
    'UpdateAddingTagsToAnEcsResponse',
    'UpdateConfiguringEcsMetadataResponse',
    'UpdateModifyingEcsInformationRequestBody',
    'UpdateModifyingEcsInformationResponse',
    'UpdateModifyingEcsMetadataWithASpecifiedKeyRequestBody',
    'UpdateModifyingEcsMetadataWithASpecifiedKeyResponse',
    'UpdateUpdatingASecurityGroupRequestBody',
    'UpdateUpdatingASecurityGroupResponse',
    'Versions',
    'VersionsForShowQueryingASpecifiedApiVersion',
    'VersionsStatus',
    'VolumeAttachment',
    'VolumeAttachmentForShowQueryingADiskAttachedToAnEcs',
    'VolumeAttachments',
    'VolumeAttachmentsForShowQueryingDisksAttachedToAnEcs',
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
