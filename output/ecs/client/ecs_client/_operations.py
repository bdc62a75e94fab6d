"""Request plans of the ecs_client client, one function per operation (generated; do not edit).

Shared by Client and AsyncClient: each function checks nothing on the network; it
turns the method's arguments into a Plan (method, encoded path, query, headers,
JSON body and the response parser).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _serde as _S
from . import _transport as _tr
from ._config import Config
from ._transport import Plan
from ._types import UNSET, Unset

if TYPE_CHECKING:
    from .models.create_adding_a_nic_to_an_ecs_request_body import CreateAddingANicToAnEcsRequestBody
    from .models.create_adding_a_nic_to_an_ecs_response import CreateAddingANicToAnEcsResponse
    from .models.create_adding_a_security_group_request_body import CreateAddingASecurityGroupRequestBody
    from .models.create_adding_an_ecs_to_an_ecs_group_request_body import CreateAddingAnEcsToAnEcsGroupRequestBody
    from .models.create_adding_an_ecs_to_the_monitoring_list_request_body import CreateAddingAnEcsToTheMonitoringListRequestBody
    from .models.create_adding_nics_to_an_ecs_in_a_batch_request_body import CreateAddingNicsToAnEcsInABatchRequestBody
    from .models.create_adding_tags_to_an_ecs_in_a_batch_request_body import CreateAddingTagsToAnEcsInABatchRequestBody
    from .models.create_adding_tags_to_an_ecs_in_a_batch_servers_request_body import CreateAddingTagsToAnEcsInABatchServersRequestBody
    from .models.create_assigning_a_floating_ip_address_request_body import CreateAssigningAFloatingIpAddressRequestBody
    from .models.create_assigning_a_floating_ip_address_response import CreateAssigningAFloatingIpAddressResponse
    from .models.create_associating_an_fpga_image_with_an_ecs_image_request_body import CreateAssociatingAnFpgaImageWithAnEcsImageRequestBody
    from .models.create_attaching_a_disk_to_an_ecs_v1_request_body import CreateAttachingADiskToAnEcsV1RequestBody
    from .models.create_attaching_a_disk_to_an_ecs_v2_request_body import CreateAttachingADiskToAnEcsV2RequestBody
    from .models.create_attaching_a_disk_to_an_ecs_v2_response import CreateAttachingADiskToAnEcsV2Response
    from .models.create_binding_a_floating_ip_address_request_body import CreateBindingAFloatingIpAddressRequestBody
    from .models.create_changing_an_ecs_os_using_an_image_with_cloud_init_installed_request_body import CreateChangingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody
    from .models.create_cold_migrating_an_ecs_request_body import CreateColdMigratingAnEcsRequestBody
    from .models.create_confirming_ecs_specifications_modification_request_body import CreateConfirmingEcsSpecificationsModificationRequestBody
    from .models.create_creating_a_disk_request_body import CreateCreatingADiskRequestBody
    from .models.create_creating_a_disk_response import CreateCreatingADiskResponse
    from .models.create_creating_a_security_group_request_body import CreateCreatingASecurityGroupRequestBody
    from .models.create_creating_a_security_group_response import CreateCreatingASecurityGroupResponse
    from .models.create_creating_a_security_group_rule_request_body import CreateCreatingASecurityGroupRuleRequestBody
    from .models.create_creating_a_security_group_rule_response import CreateCreatingASecurityGroupRuleResponse
    from .models.create_creating_an_ecs_group_v1_request_body import CreateCreatingAnEcsGroupV1RequestBody
    from .models.create_creating_an_ecs_group_v1_response import CreateCreatingAnEcsGroupV1Response
    from .models.create_creating_an_ecs_group_v21_request_body import CreateCreatingAnEcsGroupV21RequestBody
    from .models.create_creating_an_ecs_group_v21_response import CreateCreatingAnEcsGroupV21Response
    from .models.create_creating_an_ecs_v1_request_body import CreateCreatingAnEcsV1RequestBody
    from .models.create_creating_an_ecs_v1_response import CreateCreatingAnEcsV1Response
    from .models.create_creating_an_ecs_v21_request_body import CreateCreatingAnEcsV21RequestBody
    from .models.create_creating_an_ecs_v21_response import CreateCreatingAnEcsV21Response
    from .models.create_creating_an_image_using_an_ecs_request_body import CreateCreatingAnImageUsingAnEcsRequestBody
    from .models.create_creating_an_image_using_an_ecs_response import CreateCreatingAnImageUsingAnEcsResponse
    from .models.create_creating_and_importing_an_ssh_key_pair_request_body import CreateCreatingAndImportingAnSshKeyPairRequestBody
    from .models.create_creating_and_importing_an_ssh_key_pair_response import CreateCreatingAndImportingAnSshKeyPairResponse
    from .models.create_deleting_a_security_group_request_body import CreateDeletingASecurityGroupRequestBody
    from .models.create_deleting_ecss_request_body import CreateDeletingEcssRequestBody
    from .models.create_deleting_nics_from_an_ecs_in_a_batch_request_body import CreateDeletingNicsFromAnEcsInABatchRequestBody
    from .models.create_deleting_tags_from_an_ecs_in_a_batch_request_body import CreateDeletingTagsFromAnEcsInABatchRequestBody
    from .models.create_deleting_tags_from_an_ecs_in_a_batch_servers_request_body import CreateDeletingTagsFromAnEcsInABatchServersRequestBody
    from .models.create_locking_an_ecs_request_body import CreateLockingAnEcsRequestBody
    from .models.create_modifying_the_specifications_of_an_ecs_v1_request_body import CreateModifyingTheSpecificationsOfAnEcsV1RequestBody
    from .models.create_modifying_the_specifications_of_an_ecs_v21_request_body import CreateModifyingTheSpecificationsOfAnEcsV21RequestBody
    from .models.create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_request_body import CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody
    from .models.create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_response import CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse
    from .models.create_obtaining_ecs_management_console_logs_request_body import CreateObtainingEcsManagementConsoleLogsRequestBody
    from .models.create_obtaining_ecs_management_console_logs_response import CreateObtainingEcsManagementConsoleLogsResponse
    from .models.create_querying_ecss_by_tag_request_body import CreateQueryingEcssByTagRequestBody
    from .models.create_querying_ecss_by_tag_response import CreateQueryingEcssByTagResponse
    from .models.create_rebuilding_an_ecs_request_body import CreateRebuildingAnEcsRequestBody
    from .models.create_rebuilding_an_ecs_response import CreateRebuildingAnEcsResponse
    from .models.create_registering_an_fpga_image_request_body import CreateRegisteringAnFpgaImageRequestBody
    from .models.create_registering_an_fpga_image_response import CreateRegisteringAnFpgaImageResponse
    from .models.create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed_request_body import CreateReinstallingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody
    from .models.create_removing_an_ecs_from_an_ecs_group_request_body import CreateRemovingAnEcsFromAnEcsGroupRequestBody
    from .models.create_restarting_an_ecs_request_body import CreateRestartingAnEcsRequestBody
    from .models.create_restarting_ecss_in_a_batch_request_body import CreateRestartingEcssInABatchRequestBody
    from .models.create_rolling_back_ecs_specifications_modification_request_body import CreateRollingBackEcsSpecificationsModificationRequestBody
    from .models.create_starting_an_ecs_request_body import CreateStartingAnEcsRequestBody
    from .models.create_starting_ecss_in_a_batch_request_body import CreateStartingEcssInABatchRequestBody
    from .models.create_stopping_an_ecs_request_body import CreateStoppingAnEcsRequestBody
    from .models.create_stopping_ecss_in_a_batch_request_body import CreateStoppingEcssInABatchRequestBody
    from .models.create_unbinding_a_floating_ip_address_request_body import CreateUnbindingAFloatingIpAddressRequestBody
    from .models.create_unlocking_an_ecs_request_body import CreateUnlockingAnEcsRequestBody
    from .models.create_updating_ecs_metadata_request_body import CreateUpdatingEcsMetadataRequestBody
    from .models.create_updating_ecs_metadata_response import CreateUpdatingEcsMetadataResponse
    from .models.delete_disassociating_an_fpga_image_from_an_ecs_image_request_body import DeleteDisassociatingAnFpgaImageFromAnEcsImageRequestBody
    from .models.list_querying_all_api_versions_response import ListQueryingAllApiVersionsResponse
    from .models.list_querying_associations_between_an_fpga_image_and_an_ecs_images_response import ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse
    from .models.list_querying_azs_response import ListQueryingAzsResponse
    from .models.list_querying_brief_information_about_disks_response import ListQueryingBriefInformationAboutDisksResponse
    from .models.list_querying_default_quotas_response import ListQueryingDefaultQuotasResponse
    from .models.list_querying_detailed_information_about_disks_response import ListQueryingDetailedInformationAboutDisksResponse
    from .models.list_querying_details_about_ecs_flavors_response import ListQueryingDetailsAboutEcsFlavorsResponse
    from .models.list_querying_details_about_ecss_response import ListQueryingDetailsAboutEcssResponse
    from .models.list_querying_details_about_flavors_and_extended_flavor_informations_response import ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse
    from .models.list_querying_ecs_flavors_response import ListQueryingEcsFlavorsResponse
    from .models.list_querying_ecs_groups_v1_response import ListQueryingEcsGroupsV1Response
    from .models.list_querying_ecs_groups_v21_response import ListQueryingEcsGroupsV21Response
    from .models.list_querying_ecss_response import ListQueryingEcssResponse
    from .models.list_querying_floating_ip_address_pools_response import ListQueryingFloatingIpAddressPoolsResponse
    from .models.list_querying_floating_ip_addresses_response import ListQueryingFloatingIpAddressesResponse
    from .models.list_querying_image_details_response import ListQueryingImageDetailsResponse
    from .models.list_querying_images_response import ListQueryingImagesResponse
    from .models.list_querying_networks_response import ListQueryingNetworksResponse
    from .models.list_querying_project_tags_response import ListQueryingProjectTagsResponse
    from .models.list_querying_project_tags_servers_response import ListQueryingProjectTagsServersResponse
    from .models.list_querying_security_groups_response import ListQueryingSecurityGroupsResponse
    from .models.list_querying_ssh_key_pairs_response import ListQueryingSshKeyPairsResponse
    from .models.list_querying_tenant_quota_limits_response import ListQueryingTenantQuotaLimitsResponse
    from .models.list_querying_tenant_quotas_v1_response import ListQueryingTenantQuotasV1Response
    from .models.list_querying_tenant_quotas_v21_response import ListQueryingTenantQuotasV21Response
    from .models.list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds_response import ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse
    from .models.list_viewing_details_of_fpga_images_response import ListViewingDetailsOfFpgaImagesResponse
    from .models.show_obtaining_ecs_metadata_with_a_specified_key_response import ShowObtainingEcsMetadataWithASpecifiedKeyResponse
    from .models.show_obtaining_the_password_for_logging_in_to_an_ecs_response import ShowObtainingThePasswordForLoggingInToAnEcsResponse
    from .models.show_querying_a_disk_attached_to_an_ecs_response import ShowQueryingADiskAttachedToAnEcsResponse
    from .models.show_querying_a_single_disk_attached_to_an_ecs_response import ShowQueryingASingleDiskAttachedToAnEcsResponse
    from .models.show_querying_a_specified_api_version_response import ShowQueryingASpecifiedApiVersionResponse
    from .models.show_querying_a_specified_ssh_key_pair_response import ShowQueryingASpecifiedSshKeyPairResponse
    from .models.show_querying_about_a_floating_ip_address_response import ShowQueryingAboutAFloatingIpAddressResponse
    from .models.show_querying_about_a_security_group_response import ShowQueryingAboutASecurityGroupResponse
    from .models.show_querying_about_a_specified_image_response import ShowQueryingAboutASpecifiedImageResponse
    from .models.show_querying_about_an_ecs_flavor_response import ShowQueryingAboutAnEcsFlavorResponse
    from .models.show_querying_about_an_ecs_group_v1_response import ShowQueryingAboutAnEcsGroupV1Response
    from .models.show_querying_about_an_ecs_group_v21_response import ShowQueryingAboutAnEcsGroupV21Response
    from .models.show_querying_about_ecss_response import ShowQueryingAboutEcssResponse
    from .models.show_querying_automatic_recovery_of_an_ecs_response import ShowQueryingAutomaticRecoveryOfAnEcsResponse
    from .models.show_querying_disk_attachment_of_an_ecs_response import ShowQueryingDiskAttachmentOfAnEcsResponse
    from .models.show_querying_disks_attached_to_an_ecs_response import ShowQueryingDisksAttachedToAnEcsResponse
    from .models.show_querying_ecs_metadata_response import ShowQueryingEcsMetadataResponse
    from .models.show_querying_ecs_nics_response import ShowQueryingEcsNicsResponse
    from .models.show_querying_ecs_operations_by_request_id_response import ShowQueryingEcsOperationsByRequestIdResponse
    from .models.show_querying_information_about_a_disk_response import ShowQueryingInformationAboutADiskResponse
    from .models.show_querying_nics_of_an_ecs_response import ShowQueryingNicsOfAnEcsResponse
    from .models.show_querying_operations_on_an_ecs_response import ShowQueryingOperationsOnAnEcsResponse
    from .models.show_querying_security_groups_for_a_specified_ecs_response import ShowQueryingSecurityGroupsForASpecifiedEcsResponse
    from .models.show_querying_tags_of_an_ecs_v1_response import ShowQueryingTagsOfAnEcsV1Response
    from .models.show_querying_tags_of_an_ecs_v1_servers_response import ShowQueryingTagsOfAnEcsV1ServersResponse
    from .models.show_querying_tags_of_an_ecs_v21_response import ShowQueryingTagsOfAnEcsV21Response
    from .models.show_querying_task_execution_status_response import ShowQueryingTaskExecutionStatusResponse
    from .models.show_querying_the_extra_specs_value_for_an_ecs_flavor_response import ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse
    from .models.show_querying_the_metadata_of_a_specified_image_response import ShowQueryingTheMetadataOfASpecifiedImageResponse
    from .models.show_querying_the_networks_of_a_specified_ecs_response import ShowQueryingTheNetworksOfASpecifiedEcsResponse
    from .models.show_querying_the_specified_network_of_an_ecs_request_body import ShowQueryingTheSpecifiedNetworkOfAnEcsRequestBody
    from .models.show_querying_the_specified_network_of_an_ecs_response import ShowQueryingTheSpecifiedNetworkOfAnEcsResponse
    from .models.sort_dir import SortDir
    from .models.sort_key import SortKey
    from .models.update_adding_a_tag_to_an_ecs_response import UpdateAddingATagToAnEcsResponse
    from .models.update_adding_tags_to_an_ecs_request_body import UpdateAddingTagsToAnEcsRequestBody
    from .models.update_adding_tags_to_an_ecs_response import UpdateAddingTagsToAnEcsResponse
    from .models.update_configuring_ecs_metadata_response import UpdateConfiguringEcsMetadataResponse
    from .models.update_modifying_ecs_information_request_body import UpdateModifyingEcsInformationRequestBody
    from .models.update_modifying_ecs_information_response import UpdateModifyingEcsInformationResponse
    from .models.update_modifying_ecs_metadata_with_a_specified_key_request_body import UpdateModifyingEcsMetadataWithASpecifiedKeyRequestBody
    from .models.update_modifying_ecs_metadata_with_a_specified_key_response import UpdateModifyingEcsMetadataWithASpecifiedKeyResponse
    from .models.update_updating_a_security_group_request_body import UpdateUpdatingASecurityGroupRequestBody
    from .models.update_updating_a_security_group_response import UpdateUpdatingASecurityGroupResponse


def _parse_create_creating_an_ecs_v1(status: int, data: Any) -> CreateCreatingAnEcsV1Response | None:
    from .models.create_creating_an_ecs_v1_response import CreateCreatingAnEcsV1Response
    if status in (200,):
        return CreateCreatingAnEcsV1Response.from_dict(_S.obj(data))
    return None


def create_creating_an_ecs_v1(
    _cfg: Config,
    *,
    body: CreateCreatingAnEcsV1RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingAnEcsV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_an_ecs_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_an_ecs_v1,
        frozenset([200, 202, 204]),
    )


def _parse_create_deleting_ecss(status: int, data: Any) -> None:
    return None


def create_deleting_ecss(
    _cfg: Config,
    *,
    body: CreateDeletingEcssRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_deleting_ecss',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/delete',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_deleting_ecss,
        frozenset([200, 202, 204]),
    )


def _parse_create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed(status: int, data: Any) -> None:
    return None


def create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed(
    _cfg: Config,
    *,
    body: CreateReinstallingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/reinstallos',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed,
        frozenset([200, 202, 204]),
    )


def _parse_create_changing_an_ecs_os_using_an_image_with_cloud_init_installed(status: int, data: Any) -> None:
    return None


def create_changing_an_ecs_os_using_an_image_with_cloud_init_installed(
    _cfg: Config,
    *,
    body: CreateChangingAnEcsOsUsingAnImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_changing_an_ecs_os_using_an_image_with_cloud_init_installed',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/changeos',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_changing_an_ecs_os_using_an_image_with_cloud_init_installed,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_automatic_recovery_of_an_ecs(status: int, data: Any) -> ShowQueryingAutomaticRecoveryOfAnEcsResponse | None:
    from .models.show_querying_automatic_recovery_of_an_ecs_response import ShowQueryingAutomaticRecoveryOfAnEcsResponse
    if status in (200,):
        return ShowQueryingAutomaticRecoveryOfAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_automatic_recovery_of_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAutomaticRecoveryOfAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_automatic_recovery_of_an_ecs',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/autorecovery',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_automatic_recovery_of_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_cold_migrating_an_ecs(status: int, data: Any) -> None:
    return None


def create_cold_migrating_an_ecs(
    _cfg: Config,
    *,
    body: CreateColdMigratingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_cold_migrating_an_ecs',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/migrate',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_cold_migrating_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_modifying_the_specifications_of_an_ecs_v1(status: int, data: Any) -> None:
    return None


def create_modifying_the_specifications_of_an_ecs_v1(
    _cfg: Config,
    *,
    body: CreateModifyingTheSpecificationsOfAnEcsV1RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_modifying_the_specifications_of_an_ecs_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/resize',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_modifying_the_specifications_of_an_ecs_v1,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_an_ecs_to_the_monitoring_list(status: int, data: Any) -> None:
    return None


def create_adding_an_ecs_to_the_monitoring_list(
    _cfg: Config,
    *,
    body: CreateAddingAnEcsToTheMonitoringListRequestBody | Mapping[str, Any],
    server_id: str,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_an_ecs_to_the_monitoring_list',
        'POST',
        '/v1.0/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_an_ecs_to_the_monitoring_list,
        frozenset([200, 202, 204]),
    )


def _parse_create_starting_ecss_in_a_batch(status: int, data: Any) -> None:
    return None


def create_starting_ecss_in_a_batch(
    _cfg: Config,
    *,
    body: CreateStartingEcssInABatchRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_starting_ecss_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_starting_ecss_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_create_restarting_ecss_in_a_batch(status: int, data: Any) -> None:
    return None


def create_restarting_ecss_in_a_batch(
    _cfg: Config,
    *,
    body: CreateRestartingEcssInABatchRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_restarting_ecss_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_restarting_ecss_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_create_stopping_ecss_in_a_batch(status: int, data: Any) -> None:
    return None


def create_stopping_ecss_in_a_batch(
    _cfg: Config,
    *,
    body: CreateStoppingEcssInABatchRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_stopping_ecss_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_stopping_ecss_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_details_about_flavors_and_extended_flavor_informations(status: int, data: Any) -> ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse | None:
    from .models.list_querying_details_about_flavors_and_extended_flavor_informations_response import ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse
    if status in (200,):
        return ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse.from_dict(_S.obj(data))
    return None


def list_querying_details_about_flavors_and_extended_flavor_informations(
    _cfg: Config,
    *,
    project_id: str | None = None,
    availability_zone: str | Unset = UNSET,
) -> Plan[ListQueryingDetailsAboutFlavorsAndExtendedFlavorInformationsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'availability_zone', availability_zone)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_details_about_flavors_and_extended_flavor_informations',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/flavors',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_details_about_flavors_and_extended_flavor_informations,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds(status: int, data: Any) -> ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse | None:
    from .models.list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds_response import ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse
    if status in (200,):
        return ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse.from_dict(_S.obj(data))
    return None


def list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds(
    _cfg: Config,
    *,
    project_id: str | None = None,
    instance_uuid: str | Unset = UNSET,
    source_flavor_id: str | Unset = UNSET,
    source_flavor_name: str | Unset = UNSET,
    sort_key: SortKey | str | Unset = UNSET,
    sort_dir: SortDir | str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Plan[ListQueryingTheTargetFlavorsToWhichAnEcsFlavorCanBeChangedsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'instance_uuid', instance_uuid)
    _tr.add(_query, 'source_flavor_id', source_flavor_id)
    _tr.add(_query, 'source_flavor_name', source_flavor_name)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/resize_flavors',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_the_target_flavors_to_which_an_ecs_flavor_can_be_changeds,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_nics_to_an_ecs_in_a_batch(status: int, data: Any) -> None:
    return None


def create_adding_nics_to_an_ecs_in_a_batch(
    _cfg: Config,
    *,
    body: CreateAddingNicsToAnEcsInABatchRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_nics_to_an_ecs_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/nics',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_nics_to_an_ecs_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_create_deleting_nics_from_an_ecs_in_a_batch(status: int, data: Any) -> None:
    return None


def create_deleting_nics_from_an_ecs_in_a_batch(
    _cfg: Config,
    *,
    body: CreateDeletingNicsFromAnEcsInABatchRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_deleting_nics_from_an_ecs_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/nics/delete',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_deleting_nics_from_an_ecs_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_create_attaching_a_disk_to_an_ecs_v1(status: int, data: Any) -> None:
    return None


def create_attaching_a_disk_to_an_ecs_v1(
    _cfg: Config,
    *,
    body: CreateAttachingADiskToAnEcsV1RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_attaching_a_disk_to_an_ecs_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/attachvolume',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_attaching_a_disk_to_an_ecs_v1,
        frozenset([200, 202, 204]),
    )


def _parse_delete_detaching_an_evs_disk_from_an_ecs(status: int, data: Any) -> None:
    return None


def delete_detaching_an_evs_disk_from_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
    project_id: str | None = None,
    delete_flag: str | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'delete_flag', delete_flag)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_detaching_an_evs_disk_from_an_ecs',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/detachvolume/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_detaching_an_evs_disk_from_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_disk_attachment_of_an_ecs(status: int, data: Any) -> ShowQueryingDiskAttachmentOfAnEcsResponse | None:
    from .models.show_querying_disk_attachment_of_an_ecs_response import ShowQueryingDiskAttachmentOfAnEcsResponse
    if status in (200,):
        return ShowQueryingDiskAttachmentOfAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_disk_attachment_of_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
) -> Plan[ShowQueryingDiskAttachmentOfAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_disk_attachment_of_an_ecs',
        'GET',
        '/v2.1/servers/' + _tr.segment(server_id, 'server_id') + '/block_device',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_disk_attachment_of_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_a_single_disk_attached_to_an_ecs(status: int, data: Any) -> ShowQueryingASingleDiskAttachedToAnEcsResponse | None:
    from .models.show_querying_a_single_disk_attached_to_an_ecs_response import ShowQueryingASingleDiskAttachedToAnEcsResponse
    if status in (200,):
        return ShowQueryingASingleDiskAttachedToAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_a_single_disk_attached_to_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
) -> Plan[ShowQueryingASingleDiskAttachedToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_a_single_disk_attached_to_an_ecs',
        'GET',
        '/v2.1/servers/' + _tr.segment(server_id, 'server_id') + '/block_device/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_a_single_disk_attached_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_tenant_quotas_v1(status: int, data: Any) -> ListQueryingTenantQuotasV1Response | None:
    from .models.list_querying_tenant_quotas_v1_response import ListQueryingTenantQuotasV1Response
    if status in (200,):
        return ListQueryingTenantQuotasV1Response.from_dict(_S.obj(data))
    return None


def list_querying_tenant_quotas_v1(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingTenantQuotasV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_tenant_quotas_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/limits',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_tenant_quotas_v1,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_task_execution_status(status: int, data: Any) -> ShowQueryingTaskExecutionStatusResponse | None:
    from .models.show_querying_task_execution_status_response import ShowQueryingTaskExecutionStatusResponse
    if status in (200,):
        return ShowQueryingTaskExecutionStatusResponse.from_dict(_S.obj(data))
    return None


def show_querying_task_execution_status(
    _cfg: Config,
    *,
    job_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTaskExecutionStatusResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_task_execution_status',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/jobs/' + _tr.segment(job_id, 'job_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_task_execution_status,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_tags_to_an_ecs_in_a_batch(status: int, data: Any) -> None:
    return None


def create_adding_tags_to_an_ecs_in_a_batch(
    _cfg: Config,
    *,
    body: CreateAddingTagsToAnEcsInABatchRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_tags_to_an_ecs_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_tags_to_an_ecs_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_create_deleting_tags_from_an_ecs_in_a_batch(status: int, data: Any) -> None:
    return None


def create_deleting_tags_from_an_ecs_in_a_batch(
    _cfg: Config,
    *,
    body: CreateDeletingTagsFromAnEcsInABatchRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_deleting_tags_from_an_ecs_in_a_batch',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_deleting_tags_from_an_ecs_in_a_batch,
        frozenset([200, 202, 204]),
    )


def _parse_create_querying_ecss_by_tag(status: int, data: Any) -> CreateQueryingEcssByTagResponse | None:
    from .models.create_querying_ecss_by_tag_response import CreateQueryingEcssByTagResponse
    if status in (200,):
        return CreateQueryingEcssByTagResponse.from_dict(_S.obj(data))
    return None


def create_querying_ecss_by_tag(
    _cfg: Config,
    *,
    body: CreateQueryingEcssByTagRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateQueryingEcssByTagResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_querying_ecss_by_tag',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/resource_instances/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_querying_ecss_by_tag,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_project_tags(status: int, data: Any) -> ListQueryingProjectTagsResponse | None:
    from .models.list_querying_project_tags_response import ListQueryingProjectTagsResponse
    if status in (200,):
        return ListQueryingProjectTagsResponse.from_dict(_S.obj(data))
    return None


def list_querying_project_tags(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingProjectTagsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_project_tags',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/tags',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_project_tags,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_tags_of_an_ecs_v1(status: int, data: Any) -> ShowQueryingTagsOfAnEcsV1Response | None:
    from .models.show_querying_tags_of_an_ecs_v1_response import ShowQueryingTagsOfAnEcsV1Response
    if status in (200,):
        return ShowQueryingTagsOfAnEcsV1Response.from_dict(_S.obj(data))
    return None


def show_querying_tags_of_an_ecs_v1(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTagsOfAnEcsV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_tags_of_an_ecs_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_tags_of_an_ecs_v1,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_ecs_groups_v1(status: int, data: Any) -> ListQueryingEcsGroupsV1Response | None:
    from .models.list_querying_ecs_groups_v1_response import ListQueryingEcsGroupsV1Response
    if status in (200,):
        return ListQueryingEcsGroupsV1Response.from_dict(_S.obj(data))
    return None


def list_querying_ecs_groups_v1(
    _cfg: Config,
    *,
    project_id: str | None = None,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Plan[ListQueryingEcsGroupsV1Response | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_ecs_groups_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_ecs_groups_v1,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_an_ecs_group_v1(status: int, data: Any) -> CreateCreatingAnEcsGroupV1Response | None:
    from .models.create_creating_an_ecs_group_v1_response import CreateCreatingAnEcsGroupV1Response
    if status in (200,):
        return CreateCreatingAnEcsGroupV1Response.from_dict(_S.obj(data))
    return None


def create_creating_an_ecs_group_v1(
    _cfg: Config,
    *,
    body: CreateCreatingAnEcsGroupV1RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingAnEcsGroupV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_an_ecs_group_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_an_ecs_group_v1,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_an_ecs_group_v1(status: int, data: Any) -> ShowQueryingAboutAnEcsGroupV1Response | None:
    from .models.show_querying_about_an_ecs_group_v1_response import ShowQueryingAboutAnEcsGroupV1Response
    if status in (200,):
        return ShowQueryingAboutAnEcsGroupV1Response.from_dict(_S.obj(data))
    return None


def show_querying_about_an_ecs_group_v1(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutAnEcsGroupV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_an_ecs_group_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_an_ecs_group_v1,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_an_ecs_group_v1(status: int, data: Any) -> None:
    return None


def delete_deleting_an_ecs_group_v1(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_an_ecs_group_v1',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_an_ecs_group_v1,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_an_ecs_to_an_ecs_group(status: int, data: Any) -> None:
    return None


def create_adding_an_ecs_to_an_ecs_group(
    _cfg: Config,
    *,
    body: CreateAddingAnEcsToAnEcsGroupRequestBody | Mapping[str, Any],
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_an_ecs_to_an_ecs_group',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_an_ecs_to_an_ecs_group,
        frozenset([200, 202, 204]),
    )


def _parse_create_removing_an_ecs_from_an_ecs_group(status: int, data: Any) -> None:
    return None


def create_removing_an_ecs_from_an_ecs_group(
    _cfg: Config,
    *,
    body: CreateRemovingAnEcsFromAnEcsGroupRequestBody | Mapping[str, Any],
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_removing_an_ecs_from_an_ecs_group',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_removing_an_ecs_from_an_ecs_group,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_all_api_versions(status: int, data: Any) -> ListQueryingAllApiVersionsResponse | None:
    from .models.list_querying_all_api_versions_response import ListQueryingAllApiVersionsResponse
    if status in (200,):
        return ListQueryingAllApiVersionsResponse.from_dict(_S.obj(data))
    return None


def list_querying_all_api_versions(
    _cfg: Config,
    *,
    x_open_stack_nova_api_version: str | Unset = UNSET,
    open_stack_api_version: str | Unset = UNSET,
) -> Plan[ListQueryingAllApiVersionsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    _tr.add(_headers, 'OpenStack-API-Version', open_stack_api_version)
    return Plan(
        'list_querying_all_api_versions',
        'GET',
        '/',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_all_api_versions,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_a_specified_api_version(status: int, data: Any) -> ShowQueryingASpecifiedApiVersionResponse | None:
    from .models.show_querying_a_specified_api_version_response import ShowQueryingASpecifiedApiVersionResponse
    if status in (200,):
        return ShowQueryingASpecifiedApiVersionResponse.from_dict(_S.obj(data))
    return None


def show_querying_a_specified_api_version(
    _cfg: Config,
    *,
    api_version: str,
    x_open_stack_nova_api_version: str | Unset = UNSET,
    open_stack_api_version: str | Unset = UNSET,
) -> Plan[ShowQueryingASpecifiedApiVersionResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    _tr.add(_headers, 'OpenStack-API-Version', open_stack_api_version)
    return Plan(
        'show_querying_a_specified_api_version',
        'GET',
        '/' + _tr.segment(api_version, 'api_version'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_a_specified_api_version,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_ecss(status: int, data: Any) -> ListQueryingEcssResponse | None:
    from .models.list_querying_ecss_response import ListQueryingEcssResponse
    if status in (200,):
        return ListQueryingEcssResponse.from_dict(_S.obj(data))
    return None


def list_querying_ecss(
    _cfg: Config,
    *,
    project_id: str | None = None,
    changes_since: str | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    not_tags: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
) -> Plan[ListQueryingEcssResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'changes-since', changes_since)
    _tr.add(_query, 'image', image)
    _tr.add(_query, 'flavor', flavor)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'tags', tags)
    _tr.add(_query, 'not-tags', not_tags)
    _tr.add(_query, 'reservation_id', reservation_id)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'ip', ip)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_ecss',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_ecss,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_an_ecs_v21(status: int, data: Any) -> CreateCreatingAnEcsV21Response | None:
    from .models.create_creating_an_ecs_v21_response import CreateCreatingAnEcsV21Response
    if status in (200,):
        return CreateCreatingAnEcsV21Response.from_dict(_S.obj(data))
    return None


def create_creating_an_ecs_v21(
    _cfg: Config,
    *,
    body: CreateCreatingAnEcsV21RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingAnEcsV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_an_ecs_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_an_ecs_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_ecss(status: int, data: Any) -> ShowQueryingAboutEcssResponse | None:
    from .models.show_querying_about_ecss_response import ShowQueryingAboutEcssResponse
    if status in (200,):
        return ShowQueryingAboutEcssResponse.from_dict(_S.obj(data))
    return None


def show_querying_about_ecss(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutEcssResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_ecss',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_ecss,
        frozenset([200, 202, 204]),
    )


def _parse_update_modifying_ecs_information(status: int, data: Any) -> UpdateModifyingEcsInformationResponse | None:
    from .models.update_modifying_ecs_information_response import UpdateModifyingEcsInformationResponse
    if status in (200,):
        return UpdateModifyingEcsInformationResponse.from_dict(_S.obj(data))
    return None


def update_modifying_ecs_information(
    _cfg: Config,
    *,
    body: UpdateModifyingEcsInformationRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[UpdateModifyingEcsInformationResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_modifying_ecs_information',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_modifying_ecs_information,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_an_ecs(status: int, data: Any) -> None:
    return None


def delete_deleting_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_an_ecs',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_details_about_ecss(status: int, data: Any) -> ListQueryingDetailsAboutEcssResponse | None:
    from .models.list_querying_details_about_ecss_response import ListQueryingDetailsAboutEcssResponse
    if status in (200,):
        return ListQueryingDetailsAboutEcssResponse.from_dict(_S.obj(data))
    return None


def list_querying_details_about_ecss(
    _cfg: Config,
    *,
    project_id: str | None = None,
    changes_since: str | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    not_tags: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    ip: str | Unset = UNSET,
) -> Plan[ListQueryingDetailsAboutEcssResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'changes-since', changes_since)
    _tr.add(_query, 'image', image)
    _tr.add(_query, 'flavor', flavor)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'tags', tags)
    _tr.add(_query, 'not-tags', not_tags)
    _tr.add(_query, 'reservation_id', reservation_id)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'ip', ip)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_details_about_ecss',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_details_about_ecss,
        frozenset([200, 202, 204]),
    )


def _parse_create_starting_an_ecs(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_starting_an_ecs(
    _cfg: Config,
    *,
    body: CreateStartingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_starting_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_starting_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_restarting_an_ecs(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_restarting_an_ecs(
    _cfg: Config,
    *,
    body: CreateRestartingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_restarting_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_restarting_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_stopping_an_ecs(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_stopping_an_ecs(
    _cfg: Config,
    *,
    body: CreateStoppingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_stopping_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_stopping_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_locking_an_ecs(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_locking_an_ecs(
    _cfg: Config,
    *,
    body: CreateLockingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_locking_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_locking_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_unlocking_an_ecs(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_unlocking_an_ecs(
    _cfg: Config,
    *,
    body: CreateUnlockingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_unlocking_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_unlocking_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_rebuilding_an_ecs(status: int, data: Any) -> CreateRebuildingAnEcsResponse | None:
    from .models.create_rebuilding_an_ecs_response import CreateRebuildingAnEcsResponse
    if status in (200,):
        return CreateRebuildingAnEcsResponse.from_dict(_S.obj(data))
    return None


def create_rebuilding_an_ecs(
    _cfg: Config,
    *,
    body: CreateRebuildingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateRebuildingAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_rebuilding_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_rebuilding_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_an_image_using_an_ecs(status: int, data: Any) -> CreateCreatingAnImageUsingAnEcsResponse | None:
    from .models.create_creating_an_image_using_an_ecs_response import CreateCreatingAnImageUsingAnEcsResponse
    if status in (200,):
        return CreateCreatingAnImageUsingAnEcsResponse.from_dict(_S.obj(data))
    return None


def create_creating_an_image_using_an_ecs(
    _cfg: Config,
    *,
    body: CreateCreatingAnImageUsingAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateCreatingAnImageUsingAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_an_image_using_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_an_image_using_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_modifying_the_specifications_of_an_ecs_v21(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_modifying_the_specifications_of_an_ecs_v21(
    _cfg: Config,
    *,
    body: CreateModifyingTheSpecificationsOfAnEcsV21RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_modifying_the_specifications_of_an_ecs_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_modifying_the_specifications_of_an_ecs_v21,
        frozenset([200, 202, 204]),
    )


def _parse_create_confirming_ecs_specifications_modification(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_confirming_ecs_specifications_modification(
    _cfg: Config,
    *,
    body: CreateConfirmingEcsSpecificationsModificationRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_confirming_ecs_specifications_modification',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_confirming_ecs_specifications_modification,
        frozenset([200, 202, 204]),
    )


def _parse_create_rolling_back_ecs_specifications_modification(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_rolling_back_ecs_specifications_modification(
    _cfg: Config,
    *,
    body: CreateRollingBackEcsSpecificationsModificationRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_rolling_back_ecs_specifications_modification',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_rolling_back_ecs_specifications_modification,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_a_security_group(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_adding_a_security_group(
    _cfg: Config,
    *,
    body: CreateAddingASecurityGroupRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_a_security_group',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_a_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_create_deleting_a_security_group(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def create_deleting_a_security_group(
    _cfg: Config,
    *,
    body: CreateDeletingASecurityGroupRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_deleting_a_security_group',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_deleting_a_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_create_obtaining_ecs_management_console_logs(status: int, data: Any) -> CreateObtainingEcsManagementConsoleLogsResponse | None:
    from .models.create_obtaining_ecs_management_console_logs_response import CreateObtainingEcsManagementConsoleLogsResponse
    if status in (200,):
        return CreateObtainingEcsManagementConsoleLogsResponse.from_dict(_S.obj(data))
    return None


def create_obtaining_ecs_management_console_logs(
    _cfg: Config,
    *,
    body: CreateObtainingEcsManagementConsoleLogsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateObtainingEcsManagementConsoleLogsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_obtaining_ecs_management_console_logs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_obtaining_ecs_management_console_logs,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_networks(status: int, data: Any) -> ListQueryingNetworksResponse | None:
    from .models.list_querying_networks_response import ListQueryingNetworksResponse
    if status in (200,):
        return ListQueryingNetworksResponse.from_dict(_S.obj(data))
    return None


def list_querying_networks(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingNetworksResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_networks',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-networks',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_networks,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_the_networks_of_a_specified_ecs(status: int, data: Any) -> ShowQueryingTheNetworksOfASpecifiedEcsResponse | None:
    from .models.show_querying_the_networks_of_a_specified_ecs_response import ShowQueryingTheNetworksOfASpecifiedEcsResponse
    if status in (200,):
        return ShowQueryingTheNetworksOfASpecifiedEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_the_networks_of_a_specified_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTheNetworksOfASpecifiedEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_the_networks_of_a_specified_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/ips',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_the_networks_of_a_specified_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_the_specified_network_of_an_ecs(status: int, data: Any) -> ShowQueryingTheSpecifiedNetworkOfAnEcsResponse | None:
    from .models.show_querying_the_specified_network_of_an_ecs_response import ShowQueryingTheSpecifiedNetworkOfAnEcsResponse
    if status in (200,):
        return ShowQueryingTheSpecifiedNetworkOfAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_the_specified_network_of_an_ecs(
    _cfg: Config,
    *,
    body: ShowQueryingTheSpecifiedNetworkOfAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    network_name: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTheSpecifiedNetworkOfAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_the_specified_network_of_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/ips/' + _tr.segment(network_name, 'networkName'),
        _query,
        _headers,
        _S.dump(body),
        _parse_show_querying_the_specified_network_of_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_security_groups_for_a_specified_ecs(status: int, data: Any) -> ShowQueryingSecurityGroupsForASpecifiedEcsResponse | None:
    from .models.show_querying_security_groups_for_a_specified_ecs_response import ShowQueryingSecurityGroupsForASpecifiedEcsResponse
    if status in (200,):
        return ShowQueryingSecurityGroupsForASpecifiedEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_security_groups_for_a_specified_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingSecurityGroupsForASpecifiedEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_security_groups_for_a_specified_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-security-groups',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_security_groups_for_a_specified_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_ecs_flavors(status: int, data: Any) -> ListQueryingEcsFlavorsResponse | None:
    from .models.list_querying_ecs_flavors_response import ListQueryingEcsFlavorsResponse
    if status in (200,):
        return ListQueryingEcsFlavorsResponse.from_dict(_S.obj(data))
    return None


def list_querying_ecs_flavors(
    _cfg: Config,
    *,
    project_id: str | None = None,
    min_disk: int | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    sort_dir: str | Unset = UNSET,
) -> Plan[ListQueryingEcsFlavorsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'minDisk', min_disk)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_ecs_flavors',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_ecs_flavors,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_details_about_ecs_flavors(status: int, data: Any) -> ListQueryingDetailsAboutEcsFlavorsResponse | None:
    from .models.list_querying_details_about_ecs_flavors_response import ListQueryingDetailsAboutEcsFlavorsResponse
    if status in (200,):
        return ListQueryingDetailsAboutEcsFlavorsResponse.from_dict(_S.obj(data))
    return None


def list_querying_details_about_ecs_flavors(
    _cfg: Config,
    *,
    project_id: str | None = None,
    min_disk: str | Unset = UNSET,
    min_ram: str | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    sort_dir: str | Unset = UNSET,
) -> Plan[ListQueryingDetailsAboutEcsFlavorsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'minDisk', min_disk)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_details_about_ecs_flavors',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_details_about_ecs_flavors,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_an_ecs_flavor(status: int, data: Any) -> ShowQueryingAboutAnEcsFlavorResponse | None:
    from .models.show_querying_about_an_ecs_flavor_response import ShowQueryingAboutAnEcsFlavorResponse
    if status in (200,):
        return ShowQueryingAboutAnEcsFlavorResponse.from_dict(_S.obj(data))
    return None


def show_querying_about_an_ecs_flavor(
    _cfg: Config,
    *,
    flavor_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutAnEcsFlavorResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_an_ecs_flavor',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors/' + _tr.segment(flavor_id, 'flavor_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_an_ecs_flavor,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_the_extra_specs_value_for_an_ecs_flavor(status: int, data: Any) -> ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse | None:
    from .models.show_querying_the_extra_specs_value_for_an_ecs_flavor_response import ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse
    if status in (200,):
        return ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse.from_dict(_S.obj(data))
    return None


def show_querying_the_extra_specs_value_for_an_ecs_flavor(
    _cfg: Config,
    *,
    flavor_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTheExtraSpecsValueForAnEcsFlavorResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_the_extra_specs_value_for_an_ecs_flavor',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors/' + _tr.segment(flavor_id, 'flavor_id') + '/os-extra_specs',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_the_extra_specs_value_for_an_ecs_flavor,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_ecs_nics(status: int, data: Any) -> ShowQueryingEcsNicsResponse | None:
    from .models.show_querying_ecs_nics_response import ShowQueryingEcsNicsResponse
    if status in (200,):
        return ShowQueryingEcsNicsResponse.from_dict(_S.obj(data))
    return None


def show_querying_ecs_nics(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingEcsNicsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_ecs_nics',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_ecs_nics,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_a_nic_to_an_ecs(status: int, data: Any) -> CreateAddingANicToAnEcsResponse | None:
    from .models.create_adding_a_nic_to_an_ecs_response import CreateAddingANicToAnEcsResponse
    if status in (200,):
        return CreateAddingANicToAnEcsResponse.from_dict(_S.obj(data))
    return None


def create_adding_a_nic_to_an_ecs(
    _cfg: Config,
    *,
    body: CreateAddingANicToAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateAddingANicToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_a_nic_to_an_ecs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_a_nic_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_nics_of_an_ecs(status: int, data: Any) -> ShowQueryingNicsOfAnEcsResponse | None:
    from .models.show_querying_nics_of_an_ecs_response import ShowQueryingNicsOfAnEcsResponse
    if status in (200,):
        return ShowQueryingNicsOfAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_nics_of_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingNicsOfAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_nics_of_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface/' + _tr.segment(id, 'id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_nics_of_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_a_nic_from_an_ecs(status: int, data: Any) -> None:
    return None


def delete_deleting_a_nic_from_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    port_id: str,
    project_id: str | None = None,
    reserve_port: str | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'reserve_port', reserve_port)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_a_nic_from_an_ecs',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface/' + _tr.segment(port_id, 'port_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_a_nic_from_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_disks_attached_to_an_ecs(status: int, data: Any) -> ShowQueryingDisksAttachedToAnEcsResponse | None:
    from .models.show_querying_disks_attached_to_an_ecs_response import ShowQueryingDisksAttachedToAnEcsResponse
    if status in (200,):
        return ShowQueryingDisksAttachedToAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_disks_attached_to_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingDisksAttachedToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_disks_attached_to_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_disks_attached_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_a_disk_attached_to_an_ecs(status: int, data: Any) -> ShowQueryingADiskAttachedToAnEcsResponse | None:
    from .models.show_querying_a_disk_attached_to_an_ecs_response import ShowQueryingADiskAttachedToAnEcsResponse
    if status in (200,):
        return ShowQueryingADiskAttachedToAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_a_disk_attached_to_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingADiskAttachedToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_a_disk_attached_to_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_a_disk_attached_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_delete_detaching_a_disk_from_an_ecs(status: int, data: Any) -> None:
    return None


def delete_detaching_a_disk_from_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_detaching_a_disk_from_an_ecs',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_detaching_a_disk_from_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_attaching_a_disk_to_an_ecs_v2(status: int, data: Any) -> CreateAttachingADiskToAnEcsV2Response | None:
    from .models.create_attaching_a_disk_to_an_ecs_v2_response import CreateAttachingADiskToAnEcsV2Response
    if status in (200,):
        return CreateAttachingADiskToAnEcsV2Response.from_dict(_S.obj(data))
    return None


def create_attaching_a_disk_to_an_ecs_v2(
    _cfg: Config,
    *,
    body: CreateAttachingADiskToAnEcsV2RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateAttachingADiskToAnEcsV2Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_attaching_a_disk_to_an_ecs_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_attaching_a_disk_to_an_ecs_v2,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_ecs_metadata(status: int, data: Any) -> ShowQueryingEcsMetadataResponse | None:
    from .models.show_querying_ecs_metadata_response import ShowQueryingEcsMetadataResponse
    if status in (200,):
        return ShowQueryingEcsMetadataResponse.from_dict(_S.obj(data))
    return None


def show_querying_ecs_metadata(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingEcsMetadataResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_ecs_metadata',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_ecs_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_update_configuring_ecs_metadata(status: int, data: Any) -> UpdateConfiguringEcsMetadataResponse | None:
    from .models.update_configuring_ecs_metadata_response import UpdateConfiguringEcsMetadataResponse
    if status in (200,):
        return UpdateConfiguringEcsMetadataResponse.from_dict(_S.obj(data))
    return None


def update_configuring_ecs_metadata(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[UpdateConfiguringEcsMetadataResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_configuring_ecs_metadata',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_update_configuring_ecs_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_create_updating_ecs_metadata(status: int, data: Any) -> CreateUpdatingEcsMetadataResponse | None:
    from .models.create_updating_ecs_metadata_response import CreateUpdatingEcsMetadataResponse
    if status in (200,):
        return CreateUpdatingEcsMetadataResponse.from_dict(_S.obj(data))
    return None


def create_updating_ecs_metadata(
    _cfg: Config,
    *,
    body: CreateUpdatingEcsMetadataRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateUpdatingEcsMetadataResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_updating_ecs_metadata',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_updating_ecs_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_show_obtaining_ecs_metadata_with_a_specified_key(status: int, data: Any) -> ShowObtainingEcsMetadataWithASpecifiedKeyResponse | None:
    from .models.show_obtaining_ecs_metadata_with_a_specified_key_response import ShowObtainingEcsMetadataWithASpecifiedKeyResponse
    if status in (200,):
        return ShowObtainingEcsMetadataWithASpecifiedKeyResponse.from_dict(_S.obj(data))
    return None


def show_obtaining_ecs_metadata_with_a_specified_key(
    _cfg: Config,
    *,
    server_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[ShowObtainingEcsMetadataWithASpecifiedKeyResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_obtaining_ecs_metadata_with_a_specified_key',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_show_obtaining_ecs_metadata_with_a_specified_key,
        frozenset([200, 202, 204]),
    )


def _parse_update_modifying_ecs_metadata_with_a_specified_key(status: int, data: Any) -> UpdateModifyingEcsMetadataWithASpecifiedKeyResponse | None:
    from .models.update_modifying_ecs_metadata_with_a_specified_key_response import UpdateModifyingEcsMetadataWithASpecifiedKeyResponse
    if status in (200,):
        return UpdateModifyingEcsMetadataWithASpecifiedKeyResponse.from_dict(_S.obj(data))
    return None


def update_modifying_ecs_metadata_with_a_specified_key(
    _cfg: Config,
    *,
    body: UpdateModifyingEcsMetadataWithASpecifiedKeyRequestBody | Mapping[str, Any],
    server_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[UpdateModifyingEcsMetadataWithASpecifiedKeyResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_modifying_ecs_metadata_with_a_specified_key',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_modifying_ecs_metadata_with_a_specified_key,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_specified_ecs_metadata(status: int, data: Any) -> None:
    return None


def delete_deleting_specified_ecs_metadata(
    _cfg: Config,
    *,
    server_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_specified_ecs_metadata',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_specified_ecs_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_tenant_quota_limits(status: int, data: Any) -> ListQueryingTenantQuotaLimitsResponse | None:
    from .models.list_querying_tenant_quota_limits_response import ListQueryingTenantQuotaLimitsResponse
    if status in (200,):
        return ListQueryingTenantQuotaLimitsResponse.from_dict(_S.obj(data))
    return None


def list_querying_tenant_quota_limits(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingTenantQuotaLimitsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_tenant_quota_limits',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/limits',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_tenant_quota_limits,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_tenant_quotas_v21(status: int, data: Any) -> ListQueryingTenantQuotasV21Response | None:
    from .models.list_querying_tenant_quotas_v21_response import ListQueryingTenantQuotasV21Response
    if status in (200,):
        return ListQueryingTenantQuotasV21Response.from_dict(_S.obj(data))
    return None


def list_querying_tenant_quotas_v21(
    _cfg: Config,
    *,
    project_id: str | None = None,
    user_id: str | Unset = UNSET,
) -> Plan[ListQueryingTenantQuotasV21Response | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'user_id', user_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_tenant_quotas_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-quota-sets/' + _tr.segment(_cfg.project(project_id), 'project_id'),
        _query,
        _headers,
        UNSET,
        _parse_list_querying_tenant_quotas_v21,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_default_quotas(status: int, data: Any) -> ListQueryingDefaultQuotasResponse | None:
    from .models.list_querying_default_quotas_response import ListQueryingDefaultQuotasResponse
    if status in (200,):
        return ListQueryingDefaultQuotasResponse.from_dict(_S.obj(data))
    return None


def list_querying_default_quotas(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingDefaultQuotasResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_default_quotas',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-quota-sets/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/defaults',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_default_quotas,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_ssh_key_pairs(status: int, data: Any) -> ListQueryingSshKeyPairsResponse | None:
    from .models.list_querying_ssh_key_pairs_response import ListQueryingSshKeyPairsResponse
    if status in (200,):
        return ListQueryingSshKeyPairsResponse.from_dict(_S.obj(data))
    return None


def list_querying_ssh_key_pairs(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingSshKeyPairsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_ssh_key_pairs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_ssh_key_pairs,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_and_importing_an_ssh_key_pair(status: int, data: Any) -> CreateCreatingAndImportingAnSshKeyPairResponse | None:
    from .models.create_creating_and_importing_an_ssh_key_pair_response import CreateCreatingAndImportingAnSshKeyPairResponse
    if status in (200,):
        return CreateCreatingAndImportingAnSshKeyPairResponse.from_dict(_S.obj(data))
    return None


def create_creating_and_importing_an_ssh_key_pair(
    _cfg: Config,
    *,
    body: CreateCreatingAndImportingAnSshKeyPairRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingAndImportingAnSshKeyPairResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_and_importing_an_ssh_key_pair',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_and_importing_an_ssh_key_pair,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_a_specified_ssh_key_pair(status: int, data: Any) -> ShowQueryingASpecifiedSshKeyPairResponse | None:
    from .models.show_querying_a_specified_ssh_key_pair_response import ShowQueryingASpecifiedSshKeyPairResponse
    if status in (200,):
        return ShowQueryingASpecifiedSshKeyPairResponse.from_dict(_S.obj(data))
    return None


def show_querying_a_specified_ssh_key_pair(
    _cfg: Config,
    *,
    keypair_name: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingASpecifiedSshKeyPairResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_a_specified_ssh_key_pair',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs/' + _tr.segment(keypair_name, 'keypair_name'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_a_specified_ssh_key_pair,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_an_ssh_key_pair(status: int, data: Any) -> None:
    return None


def delete_deleting_an_ssh_key_pair(
    _cfg: Config,
    *,
    keypair_name: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_an_ssh_key_pair',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs/' + _tr.segment(keypair_name, 'keypair_name'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_an_ssh_key_pair,
        frozenset([200, 202, 204]),
    )


def _parse_show_obtaining_the_password_for_logging_in_to_an_ecs(status: int, data: Any) -> ShowObtainingThePasswordForLoggingInToAnEcsResponse | None:
    from .models.show_obtaining_the_password_for_logging_in_to_an_ecs_response import ShowObtainingThePasswordForLoggingInToAnEcsResponse
    if status in (200,):
        return ShowObtainingThePasswordForLoggingInToAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_obtaining_the_password_for_logging_in_to_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowObtainingThePasswordForLoggingInToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_obtaining_the_password_for_logging_in_to_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-server-password',
        _query,
        _headers,
        UNSET,
        _parse_show_obtaining_the_password_for_logging_in_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_the_password_for_logging_in_to_an_ecs(status: int, data: Any) -> None:
    return None


def delete_deleting_the_password_for_logging_in_to_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_the_password_for_logging_in_to_an_ecs',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-server-password',
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_the_password_for_logging_in_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_ecs_groups_v21(status: int, data: Any) -> ListQueryingEcsGroupsV21Response | None:
    from .models.list_querying_ecs_groups_v21_response import ListQueryingEcsGroupsV21Response
    if status in (200,):
        return ListQueryingEcsGroupsV21Response.from_dict(_S.obj(data))
    return None


def list_querying_ecs_groups_v21(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingEcsGroupsV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_ecs_groups_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_ecs_groups_v21,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_an_ecs_group_v21(status: int, data: Any) -> CreateCreatingAnEcsGroupV21Response | None:
    from .models.create_creating_an_ecs_group_v21_response import CreateCreatingAnEcsGroupV21Response
    if status in (200,):
        return CreateCreatingAnEcsGroupV21Response.from_dict(_S.obj(data))
    return None


def create_creating_an_ecs_group_v21(
    _cfg: Config,
    *,
    body: CreateCreatingAnEcsGroupV21RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingAnEcsGroupV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_an_ecs_group_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_an_ecs_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_an_ecs_group_v21(status: int, data: Any) -> ShowQueryingAboutAnEcsGroupV21Response | None:
    from .models.show_querying_about_an_ecs_group_v21_response import ShowQueryingAboutAnEcsGroupV21Response
    if status in (200,):
        return ShowQueryingAboutAnEcsGroupV21Response.from_dict(_S.obj(data))
    return None


def show_querying_about_an_ecs_group_v21(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutAnEcsGroupV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_an_ecs_group_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_an_ecs_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_an_ecs_group_v21(status: int, data: Any) -> None:
    return None


def delete_deleting_an_ecs_group_v21(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_an_ecs_group_v21',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_an_ecs_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_operations_on_an_ecs(status: int, data: Any) -> ShowQueryingOperationsOnAnEcsResponse | None:
    from .models.show_querying_operations_on_an_ecs_response import ShowQueryingOperationsOnAnEcsResponse
    if status in (200,):
        return ShowQueryingOperationsOnAnEcsResponse.from_dict(_S.obj(data))
    return None


def show_querying_operations_on_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
    limit: str | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Plan[ShowQueryingOperationsOnAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_operations_on_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-instance-actions',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_operations_on_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_ecs_operations_by_request_id(status: int, data: Any) -> ShowQueryingEcsOperationsByRequestIdResponse | None:
    from .models.show_querying_ecs_operations_by_request_id_response import ShowQueryingEcsOperationsByRequestIdResponse
    if status in (200,):
        return ShowQueryingEcsOperationsByRequestIdResponse.from_dict(_S.obj(data))
    return None


def show_querying_ecs_operations_by_request_id(
    _cfg: Config,
    *,
    server_id: str,
    request_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingEcsOperationsByRequestIdResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_ecs_operations_by_request_id',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-instance-actions/' + _tr.segment(request_id, 'request_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_ecs_operations_by_request_id,
        frozenset([200, 202, 204]),
    )


def _parse_create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later(status: int, data: Any) -> CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None:
    from .models.create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later_response import CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse
    if status in (200,):
        return CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse.from_dict(_S.obj(data))
    return None


def create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later(
    _cfg: Config,
    *,
    body: CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[CreateObtainingAVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/remote-consoles',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_obtaining_a_vnc_based_remote_login_address_microversion26_or_later,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_azs(status: int, data: Any) -> ListQueryingAzsResponse | None:
    from .models.list_querying_azs_response import ListQueryingAzsResponse
    if status in (200,):
        return ListQueryingAzsResponse.from_dict(_S.obj(data))
    return None


def list_querying_azs(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingAzsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_azs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-availability-zone',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_azs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_tags_of_an_ecs_v21(status: int, data: Any) -> ShowQueryingTagsOfAnEcsV21Response | None:
    from .models.show_querying_tags_of_an_ecs_v21_response import ShowQueryingTagsOfAnEcsV21Response
    if status in (200,):
        return ShowQueryingTagsOfAnEcsV21Response.from_dict(_S.obj(data))
    return None


def show_querying_tags_of_an_ecs_v21(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[ShowQueryingTagsOfAnEcsV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'show_querying_tags_of_an_ecs_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_tags_of_an_ecs_v21,
        frozenset([200, 202, 204]),
    )


def _parse_update_adding_tags_to_an_ecs(status: int, data: Any) -> UpdateAddingTagsToAnEcsResponse | None:
    from .models.update_adding_tags_to_an_ecs_response import UpdateAddingTagsToAnEcsResponse
    if status in (200,):
        return UpdateAddingTagsToAnEcsResponse.from_dict(_S.obj(data))
    return None


def update_adding_tags_to_an_ecs(
    _cfg: Config,
    *,
    body: UpdateAddingTagsToAnEcsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[UpdateAddingTagsToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'update_adding_tags_to_an_ecs',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_adding_tags_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_tags_from_an_ecs(status: int, data: Any) -> None:
    return None


def delete_deleting_tags_from_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'delete_deleting_tags_from_an_ecs',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_tags_from_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_a_specified_tag_for_an_ecs(status: int, data: Any) -> None:
    return None


def show_querying_a_specified_tag_for_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    tag: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'show_querying_a_specified_tag_for_an_ecs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/' + _tr.segment(tag, 'tag'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_a_specified_tag_for_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_update_adding_a_tag_to_an_ecs(status: int, data: Any) -> UpdateAddingATagToAnEcsResponse | None:
    from .models.update_adding_a_tag_to_an_ecs_response import UpdateAddingATagToAnEcsResponse
    if status in (200,):
        return UpdateAddingATagToAnEcsResponse.from_dict(_S.obj(data))
    return None


def update_adding_a_tag_to_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    tag: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[UpdateAddingATagToAnEcsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'update_adding_a_tag_to_an_ecs',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/' + _tr.segment(tag, 'tag'),
        _query,
        _headers,
        UNSET,
        _parse_update_adding_a_tag_to_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_a_specified_tag_from_an_ecs(status: int, data: Any) -> None:
    return None


def delete_deleting_a_specified_tag_from_an_ecs(
    _cfg: Config,
    *,
    server_id: str,
    tag: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'delete_deleting_a_specified_tag_from_an_ecs',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/' + _tr.segment(tag, 'tag'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_a_specified_tag_from_an_ecs,
        frozenset([200, 202, 204]),
    )


def _parse_create_adding_tags_to_an_ecs_in_a_batch_servers(status: int, data: Any) -> None:
    return None


def create_adding_tags_to_an_ecs_in_a_batch_servers(
    _cfg: Config,
    *,
    body: CreateAddingTagsToAnEcsInABatchServersRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('create_adding_tags_to_an_ecs_in_a_batch_servers', 'create_adding_tags_to_an_ecs_in_a_batch (2.9.2 Adding Tags to an ECS in a Batch)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_adding_tags_to_an_ecs_in_a_batch_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_adding_tags_to_an_ecs_in_a_batch_servers,
        frozenset([200, 202, 204]),
    )


def _parse_create_deleting_tags_from_an_ecs_in_a_batch_servers(status: int, data: Any) -> None:
    return None


def create_deleting_tags_from_an_ecs_in_a_batch_servers(
    _cfg: Config,
    *,
    body: CreateDeletingTagsFromAnEcsInABatchServersRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('create_deleting_tags_from_an_ecs_in_a_batch_servers', 'create_deleting_tags_from_an_ecs_in_a_batch (2.9.3 Deleting Tags from an ECS in a Batch)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_deleting_tags_from_an_ecs_in_a_batch_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_deleting_tags_from_an_ecs_in_a_batch_servers,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_project_tags_servers(status: int, data: Any) -> ListQueryingProjectTagsServersResponse | None:
    from .models.list_querying_project_tags_servers_response import ListQueryingProjectTagsServersResponse
    if status in (200,):
        return ListQueryingProjectTagsServersResponse.from_dict(_S.obj(data))
    return None


def list_querying_project_tags_servers(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingProjectTagsServersResponse | None]:
    _tr.deprecated('list_querying_project_tags_servers', 'list_querying_project_tags (2.9.5 Querying Project Tags)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_project_tags_servers',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/tags',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_project_tags_servers,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_tags_of_an_ecs_v1_servers(status: int, data: Any) -> ShowQueryingTagsOfAnEcsV1ServersResponse | None:
    from .models.show_querying_tags_of_an_ecs_v1_servers_response import ShowQueryingTagsOfAnEcsV1ServersResponse
    if status in (200,):
        return ShowQueryingTagsOfAnEcsV1ServersResponse.from_dict(_S.obj(data))
    return None


def show_querying_tags_of_an_ecs_v1_servers(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTagsOfAnEcsV1ServersResponse | None]:
    _tr.deprecated('show_querying_tags_of_an_ecs_v1_servers', 'show_querying_tags_of_an_ecs_v21 (3.16.2 Querying Tags of an ECS)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_tags_of_an_ecs_v1_servers',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_tags_of_an_ecs_v1_servers,
        frozenset([200, 202, 204]),
    )


def _parse_create_registering_an_fpga_image(status: int, data: Any) -> CreateRegisteringAnFpgaImageResponse | None:
    from .models.create_registering_an_fpga_image_response import CreateRegisteringAnFpgaImageResponse
    if status in (200,):
        return CreateRegisteringAnFpgaImageResponse.from_dict(_S.obj(data))
    return None


def create_registering_an_fpga_image(
    _cfg: Config,
    *,
    body: CreateRegisteringAnFpgaImageRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateRegisteringAnFpgaImageResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_registering_an_fpga_image',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_registering_an_fpga_image,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_an_fpga_image(status: int, data: Any) -> None:
    return None


def delete_deleting_an_fpga_image(
    _cfg: Config,
    *,
    fpga_image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_an_fpga_image',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/' + _tr.segment(fpga_image_id, 'fpga_image_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_an_fpga_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_viewing_details_of_fpga_images(status: int, data: Any) -> ListViewingDetailsOfFpgaImagesResponse | None:
    from .models.list_viewing_details_of_fpga_images_response import ListViewingDetailsOfFpgaImagesResponse
    if status in (200,):
        return ListViewingDetailsOfFpgaImagesResponse.from_dict(_S.obj(data))
    return None


def list_viewing_details_of_fpga_images(
    _cfg: Config,
    *,
    project_id: str | None = None,
    fpga_image_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Plan[ListViewingDetailsOfFpgaImagesResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'fpga_image_id', fpga_image_id)
    _tr.add(_query, 'page', page)
    _tr.add(_query, 'size', size)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_viewing_details_of_fpga_images',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_viewing_details_of_fpga_images,
        frozenset([200, 202, 204]),
    )


def _parse_create_associating_an_fpga_image_with_an_ecs_image(status: int, data: Any) -> None:
    return None


def create_associating_an_fpga_image_with_an_ecs_image(
    _cfg: Config,
    *,
    body: CreateAssociatingAnFpgaImageWithAnEcsImageRequestBody | Mapping[str, Any],
    fpga_image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_associating_an_fpga_image_with_an_ecs_image',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/' + _tr.segment(fpga_image_id, 'fpga_image_id') + '/association',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_associating_an_fpga_image_with_an_ecs_image,
        frozenset([200, 202, 204]),
    )


def _parse_delete_disassociating_an_fpga_image_from_an_ecs_image(status: int, data: Any) -> None:
    return None


def delete_disassociating_an_fpga_image_from_an_ecs_image(
    _cfg: Config,
    *,
    body: DeleteDisassociatingAnFpgaImageFromAnEcsImageRequestBody | Mapping[str, Any],
    fpga_image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_disassociating_an_fpga_image_from_an_ecs_image',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/' + _tr.segment(fpga_image_id, 'fpga_image_id') + '/association',
        _query,
        _headers,
        _S.dump(body),
        _parse_delete_disassociating_an_fpga_image_from_an_ecs_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_associations_between_an_fpga_image_and_an_ecs_images(status: int, data: Any) -> ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse | None:
    from .models.list_querying_associations_between_an_fpga_image_and_an_ecs_images_response import ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse
    if status in (200,):
        return ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse.from_dict(_S.obj(data))
    return None


def list_querying_associations_between_an_fpga_image_and_an_ecs_images(
    _cfg: Config,
    *,
    project_id: str | None = None,
    image_id: str | Unset = UNSET,
    fpga_image_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Plan[ListQueryingAssociationsBetweenAnFpgaImageAndAnEcsImagesResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'image_id', image_id)
    _tr.add(_query, 'fpga_image_id', fpga_image_id)
    _tr.add(_query, 'page', page)
    _tr.add(_query, 'size', size)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_associations_between_an_fpga_image_and_an_ecs_images',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/associations',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_associations_between_an_fpga_image_and_an_ecs_images,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_images(status: int, data: Any) -> ListQueryingImagesResponse | None:
    from .models.list_querying_images_response import ListQueryingImagesResponse
    if status in (200,):
        return ListQueryingImagesResponse.from_dict(_S.obj(data))
    return None


def list_querying_images(
    _cfg: Config,
    *,
    project_id: str | None = None,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    changes_since: str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
) -> Plan[ListQueryingImagesResponse | None]:
    _tr.deprecated('list_querying_images', None)
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'changes-since', changes_since)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'minDisk', min_disk)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_images',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_images,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_image_details(status: int, data: Any) -> ListQueryingImageDetailsResponse | None:
    from .models.list_querying_image_details_response import ListQueryingImageDetailsResponse
    if status in (200,):
        return ListQueryingImageDetailsResponse.from_dict(_S.obj(data))
    return None


def list_querying_image_details(
    _cfg: Config,
    *,
    project_id: str | None = None,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    changes_since: str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
) -> Plan[ListQueryingImageDetailsResponse | None]:
    _tr.deprecated('list_querying_image_details', None)
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'changes-since', changes_since)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'minDisk', min_disk)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_image_details',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_image_details,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_a_specified_image(status: int, data: Any) -> ShowQueryingAboutASpecifiedImageResponse | None:
    from .models.show_querying_about_a_specified_image_response import ShowQueryingAboutASpecifiedImageResponse
    if status in (200,):
        return ShowQueryingAboutASpecifiedImageResponse.from_dict(_S.obj(data))
    return None


def show_querying_about_a_specified_image(
    _cfg: Config,
    *,
    image_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutASpecifiedImageResponse | None]:
    _tr.deprecated('show_querying_about_a_specified_image', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_a_specified_image',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/' + _tr.segment(image_id, 'image_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_a_specified_image,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_an_image(status: int, data: Any) -> None:
    return None


def delete_deleting_an_image(
    _cfg: Config,
    *,
    image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_deleting_an_image', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_an_image',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/' + _tr.segment(image_id, 'image_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_an_image,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_the_metadata_of_a_specified_image(status: int, data: Any) -> ShowQueryingTheMetadataOfASpecifiedImageResponse | None:
    from .models.show_querying_the_metadata_of_a_specified_image_response import ShowQueryingTheMetadataOfASpecifiedImageResponse
    if status in (200,):
        return ShowQueryingTheMetadataOfASpecifiedImageResponse.from_dict(_S.obj(data))
    return None


def show_querying_the_metadata_of_a_specified_image(
    _cfg: Config,
    *,
    image_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingTheMetadataOfASpecifiedImageResponse | None]:
    _tr.deprecated('show_querying_the_metadata_of_a_specified_image', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_the_metadata_of_a_specified_image',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/' + _tr.segment(image_id, 'image_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_querying_the_metadata_of_a_specified_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_security_groups(status: int, data: Any) -> ListQueryingSecurityGroupsResponse | None:
    from .models.list_querying_security_groups_response import ListQueryingSecurityGroupsResponse
    if status in (200,):
        return ListQueryingSecurityGroupsResponse.from_dict(_S.obj(data))
    return None


def list_querying_security_groups(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingSecurityGroupsResponse | None]:
    _tr.deprecated('list_querying_security_groups', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_security_groups',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_security_groups,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_a_security_group(status: int, data: Any) -> CreateCreatingASecurityGroupResponse | None:
    from .models.create_creating_a_security_group_response import CreateCreatingASecurityGroupResponse
    if status in (200,):
        return CreateCreatingASecurityGroupResponse.from_dict(_S.obj(data))
    return None


def create_creating_a_security_group(
    _cfg: Config,
    *,
    body: CreateCreatingASecurityGroupRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingASecurityGroupResponse | None]:
    _tr.deprecated('create_creating_a_security_group', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_a_security_group',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_a_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_a_security_group(status: int, data: Any) -> ShowQueryingAboutASecurityGroupResponse | None:
    from .models.show_querying_about_a_security_group_response import ShowQueryingAboutASecurityGroupResponse
    if status in (200,):
        return ShowQueryingAboutASecurityGroupResponse.from_dict(_S.obj(data))
    return None


def show_querying_about_a_security_group(
    _cfg: Config,
    *,
    security_group_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutASecurityGroupResponse | None]:
    _tr.deprecated('show_querying_about_a_security_group', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_a_security_group',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups/' + _tr.segment(security_group_id, 'security_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_a_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_update_updating_a_security_group(status: int, data: Any) -> UpdateUpdatingASecurityGroupResponse | None:
    from .models.update_updating_a_security_group_response import UpdateUpdatingASecurityGroupResponse
    if status in (200,):
        return UpdateUpdatingASecurityGroupResponse.from_dict(_S.obj(data))
    return None


def update_updating_a_security_group(
    _cfg: Config,
    *,
    body: UpdateUpdatingASecurityGroupRequestBody | Mapping[str, Any],
    security_group_id: str,
    project_id: str | None = None,
) -> Plan[UpdateUpdatingASecurityGroupResponse | None]:
    _tr.deprecated('update_updating_a_security_group', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_updating_a_security_group',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups/' + _tr.segment(security_group_id, 'security_group_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_updating_a_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_a_security_group(status: int, data: Any) -> None:
    return None


def delete_deleting_a_security_group(
    _cfg: Config,
    *,
    security_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_deleting_a_security_group', 'create_deleting_a_security_group (3.5.2 Deleting a Security Group)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_a_security_group',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups/' + _tr.segment(security_group_id, 'security_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_a_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_a_security_group_rule(status: int, data: Any) -> CreateCreatingASecurityGroupRuleResponse | None:
    from .models.create_creating_a_security_group_rule_response import CreateCreatingASecurityGroupRuleResponse
    if status in (200,):
        return CreateCreatingASecurityGroupRuleResponse.from_dict(_S.obj(data))
    return None


def create_creating_a_security_group_rule(
    _cfg: Config,
    *,
    body: CreateCreatingASecurityGroupRuleRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingASecurityGroupRuleResponse | None]:
    _tr.deprecated('create_creating_a_security_group_rule', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_a_security_group_rule',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-group-rules',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_a_security_group_rule,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_a_security_group_rule(status: int, data: Any) -> None:
    return None


def delete_deleting_a_security_group_rule(
    _cfg: Config,
    *,
    security_group_rule_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_deleting_a_security_group_rule', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_a_security_group_rule',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-group-rules/' + _tr.segment(security_group_rule_id, 'security_group_rule_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_a_security_group_rule,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_brief_information_about_disks(status: int, data: Any) -> ListQueryingBriefInformationAboutDisksResponse | None:
    from .models.list_querying_brief_information_about_disks_response import ListQueryingBriefInformationAboutDisksResponse
    if status in (200,):
        return ListQueryingBriefInformationAboutDisksResponse.from_dict(_S.obj(data))
    return None


def list_querying_brief_information_about_disks(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingBriefInformationAboutDisksResponse | None]:
    _tr.deprecated('list_querying_brief_information_about_disks', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_brief_information_about_disks',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_brief_information_about_disks,
        frozenset([200, 202, 204]),
    )


def _parse_create_creating_a_disk(status: int, data: Any) -> CreateCreatingADiskResponse | None:
    from .models.create_creating_a_disk_response import CreateCreatingADiskResponse
    if status in (200,):
        return CreateCreatingADiskResponse.from_dict(_S.obj(data))
    return None


def create_creating_a_disk(
    _cfg: Config,
    *,
    body: CreateCreatingADiskRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateCreatingADiskResponse | None]:
    _tr.deprecated('create_creating_a_disk', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_creating_a_disk',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_creating_a_disk,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_detailed_information_about_disks(status: int, data: Any) -> ListQueryingDetailedInformationAboutDisksResponse | None:
    from .models.list_querying_detailed_information_about_disks_response import ListQueryingDetailedInformationAboutDisksResponse
    if status in (200,):
        return ListQueryingDetailedInformationAboutDisksResponse.from_dict(_S.obj(data))
    return None


def list_querying_detailed_information_about_disks(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingDetailedInformationAboutDisksResponse | None]:
    _tr.deprecated('list_querying_detailed_information_about_disks', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_detailed_information_about_disks',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_detailed_information_about_disks,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_information_about_a_disk(status: int, data: Any) -> ShowQueryingInformationAboutADiskResponse | None:
    from .models.show_querying_information_about_a_disk_response import ShowQueryingInformationAboutADiskResponse
    if status in (200,):
        return ShowQueryingInformationAboutADiskResponse.from_dict(_S.obj(data))
    return None


def show_querying_information_about_a_disk(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingInformationAboutADiskResponse | None]:
    _tr.deprecated('show_querying_information_about_a_disk', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_information_about_a_disk',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_information_about_a_disk,
        frozenset([200, 202, 204]),
    )


def _parse_delete_deleting_a_disk(status: int, data: Any) -> None:
    return None


def delete_deleting_a_disk(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_deleting_a_disk', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_deleting_a_disk',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_deleting_a_disk,
        frozenset([200, 202, 204]),
    )


def _parse_create_binding_a_floating_ip_address(status: int, data: Any) -> None:
    return None


def create_binding_a_floating_ip_address(
    _cfg: Config,
    *,
    body: CreateBindingAFloatingIpAddressRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('create_binding_a_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_binding_a_floating_ip_address',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_binding_a_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_create_unbinding_a_floating_ip_address(status: int, data: Any) -> None:
    return None


def create_unbinding_a_floating_ip_address(
    _cfg: Config,
    *,
    body: CreateUnbindingAFloatingIpAddressRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('create_unbinding_a_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_unbinding_a_floating_ip_address',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_unbinding_a_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_floating_ip_addresses(status: int, data: Any) -> ListQueryingFloatingIpAddressesResponse | None:
    from .models.list_querying_floating_ip_addresses_response import ListQueryingFloatingIpAddressesResponse
    if status in (200,):
        return ListQueryingFloatingIpAddressesResponse.from_dict(_S.obj(data))
    return None


def list_querying_floating_ip_addresses(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingFloatingIpAddressesResponse | None]:
    _tr.deprecated('list_querying_floating_ip_addresses', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_floating_ip_addresses',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_floating_ip_addresses,
        frozenset([200, 202, 204]),
    )


def _parse_create_assigning_a_floating_ip_address(status: int, data: Any) -> CreateAssigningAFloatingIpAddressResponse | None:
    from .models.create_assigning_a_floating_ip_address_response import CreateAssigningAFloatingIpAddressResponse
    if status in (200,):
        return CreateAssigningAFloatingIpAddressResponse.from_dict(_S.obj(data))
    return None


def create_assigning_a_floating_ip_address(
    _cfg: Config,
    *,
    body: CreateAssigningAFloatingIpAddressRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateAssigningAFloatingIpAddressResponse | None]:
    _tr.deprecated('create_assigning_a_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_assigning_a_floating_ip_address',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_assigning_a_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_show_querying_about_a_floating_ip_address(status: int, data: Any) -> ShowQueryingAboutAFloatingIpAddressResponse | None:
    from .models.show_querying_about_a_floating_ip_address_response import ShowQueryingAboutAFloatingIpAddressResponse
    if status in (200,):
        return ShowQueryingAboutAFloatingIpAddressResponse.from_dict(_S.obj(data))
    return None


def show_querying_about_a_floating_ip_address(
    _cfg: Config,
    *,
    floating_ip_id: str,
    project_id: str | None = None,
) -> Plan[ShowQueryingAboutAFloatingIpAddressResponse | None]:
    _tr.deprecated('show_querying_about_a_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_querying_about_a_floating_ip_address',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips/' + _tr.segment(floating_ip_id, 'floating_ip_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_querying_about_a_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_delete_releasing_a_floating_ip_address(status: int, data: Any) -> None:
    return None


def delete_releasing_a_floating_ip_address(
    _cfg: Config,
    *,
    floating_ip_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_releasing_a_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_releasing_a_floating_ip_address',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips/' + _tr.segment(floating_ip_id, 'floating_ip_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_releasing_a_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_list_querying_floating_ip_address_pools(status: int, data: Any) -> ListQueryingFloatingIpAddressPoolsResponse | None:
    from .models.list_querying_floating_ip_address_pools_response import ListQueryingFloatingIpAddressPoolsResponse
    if status in (200,):
        return ListQueryingFloatingIpAddressPoolsResponse.from_dict(_S.obj(data))
    return None


def list_querying_floating_ip_address_pools(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListQueryingFloatingIpAddressPoolsResponse | None]:
    _tr.deprecated('list_querying_floating_ip_address_pools', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_querying_floating_ip_address_pools',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ip-pools',
        _query,
        _headers,
        UNSET,
        _parse_list_querying_floating_ip_address_pools,
        frozenset([200, 202, 204]),
    )
