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
    from .models.add_nic_to_server_request_body import AddNicToServerRequestBody
    from .models.add_nic_to_server_response import AddNicToServerResponse
    from .models.add_security_group_request_body import AddSecurityGroupRequestBody
    from .models.add_server_to_monitoring_list_request_body import AddServerToMonitoringListRequestBody
    from .models.add_server_to_server_group_request_body import AddServerToServerGroupRequestBody
    from .models.add_tag_to_server_response import AddTagToServerResponse
    from .models.add_tags_to_server_request_body import AddTagsToServerRequestBody
    from .models.add_tags_to_server_response import AddTagsToServerResponse
    from .models.assign_floating_ip_address_request_body import AssignFloatingIpAddressRequestBody
    from .models.assign_floating_ip_address_response import AssignFloatingIpAddressResponse
    from .models.associate_fpga_image_with_server_image_request_body import AssociateFpgaImageWithServerImageRequestBody
    from .models.attach_disk_to_server_v1_request_body import AttachDiskToServerV1RequestBody
    from .models.attach_disk_to_server_v2_request_body import AttachDiskToServerV2RequestBody
    from .models.attach_disk_to_server_v2_response import AttachDiskToServerV2Response
    from .models.batch_add_nics_to_server_request_body import BatchAddNicsToServerRequestBody
    from .models.batch_add_tags_to_server_request_body import BatchAddTagsToServerRequestBody
    from .models.batch_add_tags_to_server_servers_request_body import BatchAddTagsToServerServersRequestBody
    from .models.batch_delete_nics_from_server_request_body import BatchDeleteNicsFromServerRequestBody
    from .models.batch_delete_tags_from_server_request_body import BatchDeleteTagsFromServerRequestBody
    from .models.batch_delete_tags_from_server_servers_request_body import BatchDeleteTagsFromServerServersRequestBody
    from .models.batch_reboot_servers_request_body import BatchRebootServersRequestBody
    from .models.batch_start_servers_request_body import BatchStartServersRequestBody
    from .models.batch_stop_servers_request_body import BatchStopServersRequestBody
    from .models.bind_floating_ip_address_request_body import BindFloatingIpAddressRequestBody
    from .models.change_server_os_image_with_cloud_init_installed_request_body import ChangeServerOsImageWithCloudInitInstalledRequestBody
    from .models.confirm_server_specifications_modification_request_body import ConfirmServerSpecificationsModificationRequestBody
    from .models.create_disk_request_body import CreateDiskRequestBody
    from .models.create_disk_response import CreateDiskResponse
    from .models.create_image_server_headers import CreateImageServerHeaders
    from .models.create_image_server_request_body import CreateImageServerRequestBody
    from .models.create_image_server_response import CreateImageServerResponse
    from .models.create_import_ssh_key_pair_request_body import CreateImportSshKeyPairRequestBody
    from .models.create_import_ssh_key_pair_response import CreateImportSshKeyPairResponse
    from .models.create_security_group_request_body import CreateSecurityGroupRequestBody
    from .models.create_security_group_response import CreateSecurityGroupResponse
    from .models.create_security_group_rule_request_body import CreateSecurityGroupRuleRequestBody
    from .models.create_security_group_rule_response import CreateSecurityGroupRuleResponse
    from .models.create_server_group_v1_request_body import CreateServerGroupV1RequestBody
    from .models.create_server_group_v1_response import CreateServerGroupV1Response
    from .models.create_server_group_v21_request_body import CreateServerGroupV21RequestBody
    from .models.create_server_group_v21_response import CreateServerGroupV21Response
    from .models.create_server_v1_request_body import CreateServerV1RequestBody
    from .models.create_server_v1_response import CreateServerV1Response
    from .models.create_server_v21_request_body import CreateServerV21RequestBody
    from .models.create_server_v21_response import CreateServerV21Response
    from .models.delete_security_group_v21_request_body import DeleteSecurityGroupV21RequestBody
    from .models.delete_servers_request_body import DeleteServersRequestBody
    from .models.disassociate_fpga_image_from_server_image_request_body import DisassociateFpgaImageFromServerImageRequestBody
    from .models.list_all_api_versions_response import ListAllApiVersionsResponse
    from .models.list_associations_between_fpga_image_server_image_response import ListAssociationsBetweenFpgaImageServerImageResponse
    from .models.list_availability_zones_response import ListAvailabilityZonesResponse
    from .models.list_brief_disks_response import ListBriefDisksResponse
    from .models.list_default_quotas_response import ListDefaultQuotasResponse
    from .models.list_detailed_disks_response import ListDetailedDisksResponse
    from .models.list_details_flavors_extended_flavors_response import ListDetailsFlavorsExtendedFlavorsResponse
    from .models.list_details_fpga_images_response import ListDetailsFpgaImagesResponse
    from .models.list_details_server_flavors_response import ListDetailsServerFlavorsResponse
    from .models.list_details_servers_response import ListDetailsServersResponse
    from .models.list_floating_ip_address_pools_response import ListFloatingIpAddressPoolsResponse
    from .models.list_floating_ip_addresses_response import ListFloatingIpAddressesResponse
    from .models.list_image_details_response import ListImageDetailsResponse
    from .models.list_images_response import ListImagesResponse
    from .models.list_networks_response import ListNetworksResponse
    from .models.list_project_tags_response import ListProjectTagsResponse
    from .models.list_project_tags_servers_response import ListProjectTagsServersResponse
    from .models.list_security_groups_response import ListSecurityGroupsResponse
    from .models.list_server_flavors_response import ListServerFlavorsResponse
    from .models.list_server_groups_v1_response import ListServerGroupsV1Response
    from .models.list_server_groups_v21_response import ListServerGroupsV21Response
    from .models.list_servers_by_tag_request_body import ListServersByTagRequestBody
    from .models.list_servers_by_tag_response import ListServersByTagResponse
    from .models.list_servers_response import ListServersResponse
    from .models.list_ssh_key_pairs_response import ListSshKeyPairsResponse
    from .models.list_target_flavors_to_which_server_flavor_can_be_changed_response import ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse
    from .models.list_tenant_quota_limits_response import ListTenantQuotaLimitsResponse
    from .models.list_tenant_quotas_v1_response import ListTenantQuotasV1Response
    from .models.list_tenant_quotas_v21_response import ListTenantQuotasV21Response
    from .models.lock_server_request_body import LockServerRequestBody
    from .models.migrate_cold_server_request_body import MigrateColdServerRequestBody
    from .models.reboot_server_request_body import RebootServerRequestBody
    from .models.rebuild_server_request_body import RebuildServerRequestBody
    from .models.rebuild_server_response import RebuildServerResponse
    from .models.register_fpga_image_request_body import RegisterFpgaImageRequestBody
    from .models.register_fpga_image_response import RegisterFpgaImageResponse
    from .models.reinstall_server_os_image_with_cloud_init_installed_request_body import ReinstallServerOsImageWithCloudInitInstalledRequestBody
    from .models.remove_server_from_server_group_request_body import RemoveServerFromServerGroupRequestBody
    from .models.rollback_server_specifications_modification_request_body import RollbackServerSpecificationsModificationRequestBody
    from .models.set_server_metadata_response import SetServerMetadataResponse
    from .models.show_api_version_response import ShowApiVersionResponse
    from .models.show_automatic_recovery_server_response import ShowAutomaticRecoveryServerResponse
    from .models.show_disk_attached_to_server_block_device_response import ShowDiskAttachedToServerBlockDeviceResponse
    from .models.show_disk_attached_to_server_os_volume_attachments_response import ShowDiskAttachedToServerOsVolumeAttachmentsResponse
    from .models.show_disk_attachment_server_response import ShowDiskAttachmentServerResponse
    from .models.show_disk_response import ShowDiskResponse
    from .models.show_disks_attached_to_server_response import ShowDisksAttachedToServerResponse
    from .models.show_extra_specs_value_server_flavor_response import ShowExtraSpecsValueServerFlavorResponse
    from .models.show_floating_ip_address_response import ShowFloatingIpAddressResponse
    from .models.show_image_response import ShowImageResponse
    from .models.show_metadata_image_response import ShowMetadataImageResponse
    from .models.show_network_server_request_body import ShowNetworkServerRequestBody
    from .models.show_network_server_response import ShowNetworkServerResponse
    from .models.show_networks_server_response import ShowNetworksServerResponse
    from .models.show_nics_server_response import ShowNicsServerResponse
    from .models.show_operations_on_server_response import ShowOperationsOnServerResponse
    from .models.show_password_logging_to_server_response import ShowPasswordLoggingToServerResponse
    from .models.show_security_group_response import ShowSecurityGroupResponse
    from .models.show_security_groups_server_response import ShowSecurityGroupsServerResponse
    from .models.show_server_flavor_response import ShowServerFlavorResponse
    from .models.show_server_group_v1_response import ShowServerGroupV1Response
    from .models.show_server_group_v21_response import ShowServerGroupV21Response
    from .models.show_server_management_console_logs_request_body import ShowServerManagementConsoleLogsRequestBody
    from .models.show_server_management_console_logs_response import ShowServerManagementConsoleLogsResponse
    from .models.show_server_metadata_response import ShowServerMetadataResponse
    from .models.show_server_metadata_with_key_response import ShowServerMetadataWithKeyResponse
    from .models.show_server_nics_response import ShowServerNicsResponse
    from .models.show_server_operations_by_request_id_response import ShowServerOperationsByRequestIdResponse
    from .models.show_servers_response import ShowServersResponse
    from .models.show_ssh_key_pair_response import ShowSshKeyPairResponse
    from .models.show_tags_server_v1_response import ShowTagsServerV1Response
    from .models.show_tags_server_v1_servers_response import ShowTagsServerV1ServersResponse
    from .models.show_tags_server_v21_response import ShowTagsServerV21Response
    from .models.show_task_execution_status_response import ShowTaskExecutionStatusResponse
    from .models.show_vnc_based_remote_login_address_microversion26_or_later_request_body import ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody
    from .models.show_vnc_based_remote_login_address_microversion26_or_later_response import ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse
    from .models.sort_dir import SortDir
    from .models.sort_key import SortKey
    from .models.start_server_request_body import StartServerRequestBody
    from .models.stop_server_request_body import StopServerRequestBody
    from .models.unbind_floating_ip_address_request_body import UnbindFloatingIpAddressRequestBody
    from .models.unlock_server_request_body import UnlockServerRequestBody
    from .models.update_security_group_request_body import UpdateSecurityGroupRequestBody
    from .models.update_security_group_response import UpdateSecurityGroupResponse
    from .models.update_server_metadata_request_body import UpdateServerMetadataRequestBody
    from .models.update_server_metadata_response import UpdateServerMetadataResponse
    from .models.update_server_metadata_with_key_request_body import UpdateServerMetadataWithKeyRequestBody
    from .models.update_server_metadata_with_key_response import UpdateServerMetadataWithKeyResponse
    from .models.update_server_request_body import UpdateServerRequestBody
    from .models.update_server_response import UpdateServerResponse
    from .models.update_specifications_server_v1_request_body import UpdateSpecificationsServerV1RequestBody
    from .models.update_specifications_server_v21_request_body import UpdateSpecificationsServerV21RequestBody


def _parse_create_server_v1(status: int, data: Any) -> CreateServerV1Response | None:
    from .models.create_server_v1_response import CreateServerV1Response
    if status in (200,):
        return CreateServerV1Response.from_dict(_S.obj(data))
    return None


def create_server_v1(
    _cfg: Config,
    *,
    body: CreateServerV1RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateServerV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_server_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_server_v1,
        frozenset([200, 202, 204]),
    )


def _parse_delete_servers(status: int, data: Any) -> None:
    return None


def delete_servers(
    _cfg: Config,
    *,
    body: DeleteServersRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/delete',
        _query,
        _headers,
        _S.dump(body),
        _parse_delete_servers,
        frozenset([200, 202, 204]),
    )


def _parse_reinstall_server_os_image_with_cloud_init_installed(status: int, data: Any) -> None:
    return None


def reinstall_server_os_image_with_cloud_init_installed(
    _cfg: Config,
    *,
    body: ReinstallServerOsImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'reinstall_server_os_image_with_cloud_init_installed',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/reinstallos',
        _query,
        _headers,
        _S.dump(body),
        _parse_reinstall_server_os_image_with_cloud_init_installed,
        frozenset([200, 202, 204]),
    )


def _parse_change_server_os_image_with_cloud_init_installed(status: int, data: Any) -> None:
    return None


def change_server_os_image_with_cloud_init_installed(
    _cfg: Config,
    *,
    body: ChangeServerOsImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'change_server_os_image_with_cloud_init_installed',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/changeos',
        _query,
        _headers,
        _S.dump(body),
        _parse_change_server_os_image_with_cloud_init_installed,
        frozenset([200, 202, 204]),
    )


def _parse_show_automatic_recovery_server(status: int, data: Any) -> ShowAutomaticRecoveryServerResponse | None:
    from .models.show_automatic_recovery_server_response import ShowAutomaticRecoveryServerResponse
    if status in (200,):
        return ShowAutomaticRecoveryServerResponse.from_dict(_S.obj(data))
    return None


def show_automatic_recovery_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowAutomaticRecoveryServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_automatic_recovery_server',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/autorecovery',
        _query,
        _headers,
        UNSET,
        _parse_show_automatic_recovery_server,
        frozenset([200, 202, 204]),
    )


def _parse_migrate_cold_server(status: int, data: Any) -> None:
    return None


def migrate_cold_server(
    _cfg: Config,
    *,
    body: MigrateColdServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'migrate_cold_server',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/migrate',
        _query,
        _headers,
        _S.dump(body),
        _parse_migrate_cold_server,
        frozenset([200, 202, 204]),
    )


def _parse_update_specifications_server_v1(status: int, data: Any) -> None:
    return None


def update_specifications_server_v1(
    _cfg: Config,
    *,
    body: UpdateSpecificationsServerV1RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_specifications_server_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/resize',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_specifications_server_v1,
        frozenset([200, 202, 204]),
    )


def _parse_add_server_to_monitoring_list(status: int, data: Any) -> None:
    return None


def add_server_to_monitoring_list(
    _cfg: Config,
    *,
    body: AddServerToMonitoringListRequestBody | Mapping[str, Any],
    server_id: str,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'add_server_to_monitoring_list',
        'POST',
        '/v1.0/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_add_server_to_monitoring_list,
        frozenset([200, 202, 204]),
    )


def _parse_batch_start_servers(status: int, data: Any) -> None:
    return None


def batch_start_servers(
    _cfg: Config,
    *,
    body: BatchStartServersRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_start_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_start_servers,
        frozenset([200, 202, 204]),
    )


def _parse_batch_reboot_servers(status: int, data: Any) -> None:
    return None


def batch_reboot_servers(
    _cfg: Config,
    *,
    body: BatchRebootServersRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_reboot_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_reboot_servers,
        frozenset([200, 202, 204]),
    )


def _parse_batch_stop_servers(status: int, data: Any) -> None:
    return None


def batch_stop_servers(
    _cfg: Config,
    *,
    body: BatchStopServersRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_stop_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_stop_servers,
        frozenset([200, 202, 204]),
    )


def _parse_list_details_flavors_extended_flavors(status: int, data: Any) -> ListDetailsFlavorsExtendedFlavorsResponse | None:
    from .models.list_details_flavors_extended_flavors_response import ListDetailsFlavorsExtendedFlavorsResponse
    if status in (200,):
        return ListDetailsFlavorsExtendedFlavorsResponse.from_dict(_S.obj(data))
    return None


def list_details_flavors_extended_flavors(
    _cfg: Config,
    *,
    project_id: str | None = None,
    availability_zone: str | Unset = UNSET,
) -> Plan[ListDetailsFlavorsExtendedFlavorsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'availability_zone', availability_zone)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_details_flavors_extended_flavors',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/flavors',
        _query,
        _headers,
        UNSET,
        _parse_list_details_flavors_extended_flavors,
        frozenset([200, 202, 204]),
    )


def _parse_list_target_flavors_to_which_server_flavor_can_be_changed(status: int, data: Any) -> ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse | None:
    from .models.list_target_flavors_to_which_server_flavor_can_be_changed_response import ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse
    if status in (200,):
        return ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse.from_dict(_S.obj(data))
    return None


def list_target_flavors_to_which_server_flavor_can_be_changed(
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
) -> Plan[ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse | None]:
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
        'list_target_flavors_to_which_server_flavor_can_be_changed',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/resize_flavors',
        _query,
        _headers,
        UNSET,
        _parse_list_target_flavors_to_which_server_flavor_can_be_changed,
        frozenset([200, 202, 204]),
    )


def _parse_batch_add_nics_to_server(status: int, data: Any) -> None:
    return None


def batch_add_nics_to_server(
    _cfg: Config,
    *,
    body: BatchAddNicsToServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_add_nics_to_server',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/nics',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_add_nics_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_batch_delete_nics_from_server(status: int, data: Any) -> None:
    return None


def batch_delete_nics_from_server(
    _cfg: Config,
    *,
    body: BatchDeleteNicsFromServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_delete_nics_from_server',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/nics/delete',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_delete_nics_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_attach_disk_to_server_v1(status: int, data: Any) -> None:
    return None


def attach_disk_to_server_v1(
    _cfg: Config,
    *,
    body: AttachDiskToServerV1RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'attach_disk_to_server_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/attachvolume',
        _query,
        _headers,
        _S.dump(body),
        _parse_attach_disk_to_server_v1,
        frozenset([200, 202, 204]),
    )


def _parse_detach_evs_disk_from_server(status: int, data: Any) -> None:
    return None


def detach_evs_disk_from_server(
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
        'detach_evs_disk_from_server',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/detachvolume/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_detach_evs_disk_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_disk_attachment_server(status: int, data: Any) -> ShowDiskAttachmentServerResponse | None:
    from .models.show_disk_attachment_server_response import ShowDiskAttachmentServerResponse
    if status in (200,):
        return ShowDiskAttachmentServerResponse.from_dict(_S.obj(data))
    return None


def show_disk_attachment_server(
    _cfg: Config,
    *,
    server_id: str,
) -> Plan[ShowDiskAttachmentServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_disk_attachment_server',
        'GET',
        '/v2.1/servers/' + _tr.segment(server_id, 'server_id') + '/block_device',
        _query,
        _headers,
        UNSET,
        _parse_show_disk_attachment_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_disk_attached_to_server_block_device(status: int, data: Any) -> ShowDiskAttachedToServerBlockDeviceResponse | None:
    from .models.show_disk_attached_to_server_block_device_response import ShowDiskAttachedToServerBlockDeviceResponse
    if status in (200,):
        return ShowDiskAttachedToServerBlockDeviceResponse.from_dict(_S.obj(data))
    return None


def show_disk_attached_to_server_block_device(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
) -> Plan[ShowDiskAttachedToServerBlockDeviceResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_disk_attached_to_server_block_device',
        'GET',
        '/v2.1/servers/' + _tr.segment(server_id, 'server_id') + '/block_device/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_disk_attached_to_server_block_device,
        frozenset([200, 202, 204]),
    )


def _parse_list_tenant_quotas_v1(status: int, data: Any) -> ListTenantQuotasV1Response | None:
    from .models.list_tenant_quotas_v1_response import ListTenantQuotasV1Response
    if status in (200,):
        return ListTenantQuotasV1Response.from_dict(_S.obj(data))
    return None


def list_tenant_quotas_v1(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListTenantQuotasV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_tenant_quotas_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/limits',
        _query,
        _headers,
        UNSET,
        _parse_list_tenant_quotas_v1,
        frozenset([200, 202, 204]),
    )


def _parse_show_task_execution_status(status: int, data: Any) -> ShowTaskExecutionStatusResponse | None:
    from .models.show_task_execution_status_response import ShowTaskExecutionStatusResponse
    if status in (200,):
        return ShowTaskExecutionStatusResponse.from_dict(_S.obj(data))
    return None


def show_task_execution_status(
    _cfg: Config,
    *,
    job_id: str,
    project_id: str | None = None,
) -> Plan[ShowTaskExecutionStatusResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_task_execution_status',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/jobs/' + _tr.segment(job_id, 'job_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_task_execution_status,
        frozenset([200, 202, 204]),
    )


def _parse_batch_add_tags_to_server(status: int, data: Any) -> None:
    return None


def batch_add_tags_to_server(
    _cfg: Config,
    *,
    body: BatchAddTagsToServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_add_tags_to_server',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_add_tags_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_batch_delete_tags_from_server(status: int, data: Any) -> None:
    return None


def batch_delete_tags_from_server(
    _cfg: Config,
    *,
    body: BatchDeleteTagsFromServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_delete_tags_from_server',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_delete_tags_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_list_servers_by_tag(status: int, data: Any) -> ListServersByTagResponse | None:
    from .models.list_servers_by_tag_response import ListServersByTagResponse
    if status in (200,):
        return ListServersByTagResponse.from_dict(_S.obj(data))
    return None


def list_servers_by_tag(
    _cfg: Config,
    *,
    body: ListServersByTagRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[ListServersByTagResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_servers_by_tag',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/resource_instances/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_list_servers_by_tag,
        frozenset([200, 202, 204]),
    )


def _parse_list_project_tags(status: int, data: Any) -> ListProjectTagsResponse | None:
    from .models.list_project_tags_response import ListProjectTagsResponse
    if status in (200,):
        return ListProjectTagsResponse.from_dict(_S.obj(data))
    return None


def list_project_tags(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListProjectTagsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_project_tags',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/tags',
        _query,
        _headers,
        UNSET,
        _parse_list_project_tags,
        frozenset([200, 202, 204]),
    )


def _parse_show_tags_server_v1(status: int, data: Any) -> ShowTagsServerV1Response | None:
    from .models.show_tags_server_v1_response import ShowTagsServerV1Response
    if status in (200,):
        return ShowTagsServerV1Response.from_dict(_S.obj(data))
    return None


def show_tags_server_v1(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowTagsServerV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_tags_server_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_tags_server_v1,
        frozenset([200, 202, 204]),
    )


def _parse_list_server_groups_v1(status: int, data: Any) -> ListServerGroupsV1Response | None:
    from .models.list_server_groups_v1_response import ListServerGroupsV1Response
    if status in (200,):
        return ListServerGroupsV1Response.from_dict(_S.obj(data))
    return None


def list_server_groups_v1(
    _cfg: Config,
    *,
    project_id: str | None = None,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Plan[ListServerGroupsV1Response | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_server_groups_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups',
        _query,
        _headers,
        UNSET,
        _parse_list_server_groups_v1,
        frozenset([200, 202, 204]),
    )


def _parse_create_server_group_v1(status: int, data: Any) -> CreateServerGroupV1Response | None:
    from .models.create_server_group_v1_response import CreateServerGroupV1Response
    if status in (200,):
        return CreateServerGroupV1Response.from_dict(_S.obj(data))
    return None


def create_server_group_v1(
    _cfg: Config,
    *,
    body: CreateServerGroupV1RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateServerGroupV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_server_group_v1',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_server_group_v1,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_group_v1(status: int, data: Any) -> ShowServerGroupV1Response | None:
    from .models.show_server_group_v1_response import ShowServerGroupV1Response
    if status in (200,):
        return ShowServerGroupV1Response.from_dict(_S.obj(data))
    return None


def show_server_group_v1(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerGroupV1Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_group_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_server_group_v1,
        frozenset([200, 202, 204]),
    )


def _parse_delete_server_group_v1(status: int, data: Any) -> None:
    return None


def delete_server_group_v1(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_server_group_v1',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_server_group_v1,
        frozenset([200, 202, 204]),
    )


def _parse_add_server_to_server_group(status: int, data: Any) -> None:
    return None


def add_server_to_server_group(
    _cfg: Config,
    *,
    body: AddServerToServerGroupRequestBody | Mapping[str, Any],
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'add_server_to_server_group',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_add_server_to_server_group,
        frozenset([200, 202, 204]),
    )


def _parse_remove_server_from_server_group(status: int, data: Any) -> None:
    return None


def remove_server_from_server_group(
    _cfg: Config,
    *,
    body: RemoveServerFromServerGroupRequestBody | Mapping[str, Any],
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'remove_server_from_server_group',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_remove_server_from_server_group,
        frozenset([200, 202, 204]),
    )


def _parse_list_all_api_versions(status: int, data: Any) -> ListAllApiVersionsResponse | None:
    from .models.list_all_api_versions_response import ListAllApiVersionsResponse
    if status in (200,):
        return ListAllApiVersionsResponse.from_dict(_S.obj(data))
    return None


def list_all_api_versions(
    _cfg: Config,
    *,
    x_open_stack_nova_api_version: str | Unset = UNSET,
    open_stack_api_version: str | Unset = UNSET,
) -> Plan[ListAllApiVersionsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    _tr.add(_headers, 'OpenStack-API-Version', open_stack_api_version)
    return Plan(
        'list_all_api_versions',
        'GET',
        '/',
        _query,
        _headers,
        UNSET,
        _parse_list_all_api_versions,
        frozenset([200, 202, 204]),
    )


def _parse_show_api_version(status: int, data: Any) -> ShowApiVersionResponse | None:
    from .models.show_api_version_response import ShowApiVersionResponse
    if status in (200,):
        return ShowApiVersionResponse.from_dict(_S.obj(data))
    return None


def show_api_version(
    _cfg: Config,
    *,
    api_version: str,
    x_open_stack_nova_api_version: str | Unset = UNSET,
    open_stack_api_version: str | Unset = UNSET,
) -> Plan[ShowApiVersionResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    _tr.add(_headers, 'OpenStack-API-Version', open_stack_api_version)
    return Plan(
        'show_api_version',
        'GET',
        '/' + _tr.segment(api_version, 'api_version'),
        _query,
        _headers,
        UNSET,
        _parse_show_api_version,
        frozenset([200, 202, 204]),
    )


def _parse_list_servers(status: int, data: Any) -> ListServersResponse | None:
    from .models.list_servers_response import ListServersResponse
    if status in (200,):
        return ListServersResponse.from_dict(_S.obj(data))
    return None


def list_servers(
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
) -> Plan[ListServersResponse | None]:
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
        'list_servers',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers',
        _query,
        _headers,
        UNSET,
        _parse_list_servers,
        frozenset([200, 202, 204]),
    )


def _parse_create_server_v21(status: int, data: Any) -> CreateServerV21Response | None:
    from .models.create_server_v21_response import CreateServerV21Response
    if status in (200,):
        return CreateServerV21Response.from_dict(_S.obj(data))
    return None


def create_server_v21(
    _cfg: Config,
    *,
    body: CreateServerV21RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateServerV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_server_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_server_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_servers(status: int, data: Any) -> ShowServersResponse | None:
    from .models.show_servers_response import ShowServersResponse
    if status in (200,):
        return ShowServersResponse.from_dict(_S.obj(data))
    return None


def show_servers(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowServersResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_servers',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_servers,
        frozenset([200, 202, 204]),
    )


def _parse_update_server(status: int, data: Any) -> UpdateServerResponse | None:
    from .models.update_server_response import UpdateServerResponse
    if status in (200,):
        return UpdateServerResponse.from_dict(_S.obj(data))
    return None


def update_server(
    _cfg: Config,
    *,
    body: UpdateServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[UpdateServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_server',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_server,
        frozenset([200, 202, 204]),
    )


def _parse_delete_server(status: int, data: Any) -> None:
    return None


def delete_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_server',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_server,
        frozenset([200, 202, 204]),
    )


def _parse_list_details_servers(status: int, data: Any) -> ListDetailsServersResponse | None:
    from .models.list_details_servers_response import ListDetailsServersResponse
    if status in (200,):
        return ListDetailsServersResponse.from_dict(_S.obj(data))
    return None


def list_details_servers(
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
) -> Plan[ListDetailsServersResponse | None]:
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
        'list_details_servers',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_details_servers,
        frozenset([200, 202, 204]),
    )


def _parse_start_server(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def start_server(
    _cfg: Config,
    *,
    body: StartServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'start_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_start_server,
        frozenset([200, 202, 204]),
    )


def _parse_reboot_server(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def reboot_server(
    _cfg: Config,
    *,
    body: RebootServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'reboot_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_reboot_server,
        frozenset([200, 202, 204]),
    )


def _parse_stop_server(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def stop_server(
    _cfg: Config,
    *,
    body: StopServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'stop_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_stop_server,
        frozenset([200, 202, 204]),
    )


def _parse_lock_server(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def lock_server(
    _cfg: Config,
    *,
    body: LockServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'lock_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_lock_server,
        frozenset([200, 202, 204]),
    )


def _parse_unlock_server(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def unlock_server(
    _cfg: Config,
    *,
    body: UnlockServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'unlock_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_unlock_server,
        frozenset([200, 202, 204]),
    )


def _parse_rebuild_server(status: int, data: Any) -> RebuildServerResponse | None:
    from .models.rebuild_server_response import RebuildServerResponse
    if status in (200,):
        return RebuildServerResponse.from_dict(_S.obj(data))
    return None


def rebuild_server(
    _cfg: Config,
    *,
    body: RebuildServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[RebuildServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'rebuild_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_rebuild_server,
        frozenset([200, 202, 204]),
    )


def _parse_create_image_server(status: int, data: Any) -> CreateImageServerResponse | None:
    from .models.create_image_server_response import CreateImageServerResponse
    if status in (200,):
        return CreateImageServerResponse.from_dict(_S.obj(data))
    return None


def _headers_create_image_server(headers: Mapping[str, str]) -> CreateImageServerHeaders:
    from .models.create_image_server_headers import CreateImageServerHeaders

    return CreateImageServerHeaders.from_headers(headers)


def create_image_server(
    _cfg: Config,
    *,
    body: CreateImageServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[CreateImageServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_image_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_image_server,
        frozenset([200, 202, 204]),
        _headers_create_image_server,
    )


def _parse_update_specifications_server_v21(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def update_specifications_server_v21(
    _cfg: Config,
    *,
    body: UpdateSpecificationsServerV21RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_specifications_server_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_specifications_server_v21,
        frozenset([200, 202, 204]),
    )


def _parse_confirm_server_specifications_modification(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def confirm_server_specifications_modification(
    _cfg: Config,
    *,
    body: ConfirmServerSpecificationsModificationRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'confirm_server_specifications_modification',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_confirm_server_specifications_modification,
        frozenset([200, 202, 204]),
    )


def _parse_rollback_server_specifications_modification(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def rollback_server_specifications_modification(
    _cfg: Config,
    *,
    body: RollbackServerSpecificationsModificationRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'rollback_server_specifications_modification',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_rollback_server_specifications_modification,
        frozenset([200, 202, 204]),
    )


def _parse_add_security_group(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def add_security_group(
    _cfg: Config,
    *,
    body: AddSecurityGroupRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'add_security_group',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_add_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_delete_security_group_v21(status: int, data: Any) -> Any:
    if status in (200,):
        return data
    return None


def delete_security_group_v21(
    _cfg: Config,
    *,
    body: DeleteSecurityGroupV21RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[Any]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_security_group_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_delete_security_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_management_console_logs(status: int, data: Any) -> ShowServerManagementConsoleLogsResponse | None:
    from .models.show_server_management_console_logs_response import ShowServerManagementConsoleLogsResponse
    if status in (200,):
        return ShowServerManagementConsoleLogsResponse.from_dict(_S.obj(data))
    return None


def show_server_management_console_logs(
    _cfg: Config,
    *,
    body: ShowServerManagementConsoleLogsRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerManagementConsoleLogsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_management_console_logs',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_show_server_management_console_logs,
        frozenset([200, 202, 204]),
    )


def _parse_list_networks(status: int, data: Any) -> ListNetworksResponse | None:
    from .models.list_networks_response import ListNetworksResponse
    if status in (200,):
        return ListNetworksResponse.from_dict(_S.obj(data))
    return None


def list_networks(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListNetworksResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_networks',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-networks',
        _query,
        _headers,
        UNSET,
        _parse_list_networks,
        frozenset([200, 202, 204]),
    )


def _parse_show_networks_server(status: int, data: Any) -> ShowNetworksServerResponse | None:
    from .models.show_networks_server_response import ShowNetworksServerResponse
    if status in (200,):
        return ShowNetworksServerResponse.from_dict(_S.obj(data))
    return None


def show_networks_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowNetworksServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_networks_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/ips',
        _query,
        _headers,
        UNSET,
        _parse_show_networks_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_network_server(status: int, data: Any) -> ShowNetworkServerResponse | None:
    from .models.show_network_server_response import ShowNetworkServerResponse
    if status in (200,):
        return ShowNetworkServerResponse.from_dict(_S.obj(data))
    return None


def show_network_server(
    _cfg: Config,
    *,
    body: ShowNetworkServerRequestBody | Mapping[str, Any],
    server_id: str,
    network_name: str,
    project_id: str | None = None,
) -> Plan[ShowNetworkServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_network_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/ips/' + _tr.segment(network_name, 'networkName'),
        _query,
        _headers,
        _S.dump(body),
        _parse_show_network_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_security_groups_server(status: int, data: Any) -> ShowSecurityGroupsServerResponse | None:
    from .models.show_security_groups_server_response import ShowSecurityGroupsServerResponse
    if status in (200,):
        return ShowSecurityGroupsServerResponse.from_dict(_S.obj(data))
    return None


def show_security_groups_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowSecurityGroupsServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_security_groups_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-security-groups',
        _query,
        _headers,
        UNSET,
        _parse_show_security_groups_server,
        frozenset([200, 202, 204]),
    )


def _parse_list_server_flavors(status: int, data: Any) -> ListServerFlavorsResponse | None:
    from .models.list_server_flavors_response import ListServerFlavorsResponse
    if status in (200,):
        return ListServerFlavorsResponse.from_dict(_S.obj(data))
    return None


def list_server_flavors(
    _cfg: Config,
    *,
    project_id: str | None = None,
    min_disk: int | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    sort_dir: str | Unset = UNSET,
) -> Plan[ListServerFlavorsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'minDisk', min_disk)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_server_flavors',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors',
        _query,
        _headers,
        UNSET,
        _parse_list_server_flavors,
        frozenset([200, 202, 204]),
    )


def _parse_list_details_server_flavors(status: int, data: Any) -> ListDetailsServerFlavorsResponse | None:
    from .models.list_details_server_flavors_response import ListDetailsServerFlavorsResponse
    if status in (200,):
        return ListDetailsServerFlavorsResponse.from_dict(_S.obj(data))
    return None


def list_details_server_flavors(
    _cfg: Config,
    *,
    project_id: str | None = None,
    min_disk: str | Unset = UNSET,
    min_ram: str | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    sort_dir: str | Unset = UNSET,
) -> Plan[ListDetailsServerFlavorsResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'minDisk', min_disk)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_details_server_flavors',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_details_server_flavors,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_flavor(status: int, data: Any) -> ShowServerFlavorResponse | None:
    from .models.show_server_flavor_response import ShowServerFlavorResponse
    if status in (200,):
        return ShowServerFlavorResponse.from_dict(_S.obj(data))
    return None


def show_server_flavor(
    _cfg: Config,
    *,
    flavor_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerFlavorResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_flavor',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors/' + _tr.segment(flavor_id, 'flavor_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_server_flavor,
        frozenset([200, 202, 204]),
    )


def _parse_show_extra_specs_value_server_flavor(status: int, data: Any) -> ShowExtraSpecsValueServerFlavorResponse | None:
    from .models.show_extra_specs_value_server_flavor_response import ShowExtraSpecsValueServerFlavorResponse
    if status in (200,):
        return ShowExtraSpecsValueServerFlavorResponse.from_dict(_S.obj(data))
    return None


def show_extra_specs_value_server_flavor(
    _cfg: Config,
    *,
    flavor_id: str,
    project_id: str | None = None,
) -> Plan[ShowExtraSpecsValueServerFlavorResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_extra_specs_value_server_flavor',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/flavors/' + _tr.segment(flavor_id, 'flavor_id') + '/os-extra_specs',
        _query,
        _headers,
        UNSET,
        _parse_show_extra_specs_value_server_flavor,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_nics(status: int, data: Any) -> ShowServerNicsResponse | None:
    from .models.show_server_nics_response import ShowServerNicsResponse
    if status in (200,):
        return ShowServerNicsResponse.from_dict(_S.obj(data))
    return None


def show_server_nics(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerNicsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_nics',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface',
        _query,
        _headers,
        UNSET,
        _parse_show_server_nics,
        frozenset([200, 202, 204]),
    )


def _parse_add_nic_to_server(status: int, data: Any) -> AddNicToServerResponse | None:
    from .models.add_nic_to_server_response import AddNicToServerResponse
    if status in (200,):
        return AddNicToServerResponse.from_dict(_S.obj(data))
    return None


def add_nic_to_server(
    _cfg: Config,
    *,
    body: AddNicToServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[AddNicToServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'add_nic_to_server',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface',
        _query,
        _headers,
        _S.dump(body),
        _parse_add_nic_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_nics_server(status: int, data: Any) -> ShowNicsServerResponse | None:
    from .models.show_nics_server_response import ShowNicsServerResponse
    if status in (200,):
        return ShowNicsServerResponse.from_dict(_S.obj(data))
    return None


def show_nics_server(
    _cfg: Config,
    *,
    server_id: str,
    id: str,
    project_id: str | None = None,
) -> Plan[ShowNicsServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_nics_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface/' + _tr.segment(id, 'id'),
        _query,
        _headers,
        UNSET,
        _parse_show_nics_server,
        frozenset([200, 202, 204]),
    )


def _parse_delete_nic_from_server(status: int, data: Any) -> None:
    return None


def delete_nic_from_server(
    _cfg: Config,
    *,
    server_id: str,
    id: str,
    project_id: str | None = None,
    reserve_port: str | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'reserve_port', reserve_port)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_nic_from_server',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-interface/' + _tr.segment(id, 'id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_nic_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_disks_attached_to_server(status: int, data: Any) -> ShowDisksAttachedToServerResponse | None:
    from .models.show_disks_attached_to_server_response import ShowDisksAttachedToServerResponse
    if status in (200,):
        return ShowDisksAttachedToServerResponse.from_dict(_S.obj(data))
    return None


def show_disks_attached_to_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowDisksAttachedToServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_disks_attached_to_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments',
        _query,
        _headers,
        UNSET,
        _parse_show_disks_attached_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_disk_attached_to_server_os_volume_attachments(status: int, data: Any) -> ShowDiskAttachedToServerOsVolumeAttachmentsResponse | None:
    from .models.show_disk_attached_to_server_os_volume_attachments_response import ShowDiskAttachedToServerOsVolumeAttachmentsResponse
    if status in (200,):
        return ShowDiskAttachedToServerOsVolumeAttachmentsResponse.from_dict(_S.obj(data))
    return None


def show_disk_attached_to_server_os_volume_attachments(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowDiskAttachedToServerOsVolumeAttachmentsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_disk_attached_to_server_os_volume_attachments',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_disk_attached_to_server_os_volume_attachments,
        frozenset([200, 202, 204]),
    )


def _parse_detach_disk_from_server(status: int, data: Any) -> None:
    return None


def detach_disk_from_server(
    _cfg: Config,
    *,
    server_id: str,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'detach_disk_from_server',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_detach_disk_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_attach_disk_to_server_v2(status: int, data: Any) -> AttachDiskToServerV2Response | None:
    from .models.attach_disk_to_server_v2_response import AttachDiskToServerV2Response
    if status in (200,):
        return AttachDiskToServerV2Response.from_dict(_S.obj(data))
    return None


def attach_disk_to_server_v2(
    _cfg: Config,
    *,
    body: AttachDiskToServerV2RequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[AttachDiskToServerV2Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'attach_disk_to_server_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-volume_attachments',
        _query,
        _headers,
        _S.dump(body),
        _parse_attach_disk_to_server_v2,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_metadata(status: int, data: Any) -> ShowServerMetadataResponse | None:
    from .models.show_server_metadata_response import ShowServerMetadataResponse
    if status in (200,):
        return ShowServerMetadataResponse.from_dict(_S.obj(data))
    return None


def show_server_metadata(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerMetadataResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_metadata',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_server_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_set_server_metadata(status: int, data: Any) -> SetServerMetadataResponse | None:
    from .models.set_server_metadata_response import SetServerMetadataResponse
    if status in (200,):
        return SetServerMetadataResponse.from_dict(_S.obj(data))
    return None


def set_server_metadata(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[SetServerMetadataResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'set_server_metadata',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_set_server_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_update_server_metadata(status: int, data: Any) -> UpdateServerMetadataResponse | None:
    from .models.update_server_metadata_response import UpdateServerMetadataResponse
    if status in (200,):
        return UpdateServerMetadataResponse.from_dict(_S.obj(data))
    return None


def update_server_metadata(
    _cfg: Config,
    *,
    body: UpdateServerMetadataRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[UpdateServerMetadataResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_server_metadata',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_server_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_metadata_with_key(status: int, data: Any) -> ShowServerMetadataWithKeyResponse | None:
    from .models.show_server_metadata_with_key_response import ShowServerMetadataWithKeyResponse
    if status in (200,):
        return ShowServerMetadataWithKeyResponse.from_dict(_S.obj(data))
    return None


def show_server_metadata_with_key(
    _cfg: Config,
    *,
    server_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[ShowServerMetadataWithKeyResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_metadata_with_key',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_show_server_metadata_with_key,
        frozenset([200, 202, 204]),
    )


def _parse_update_server_metadata_with_key(status: int, data: Any) -> UpdateServerMetadataWithKeyResponse | None:
    from .models.update_server_metadata_with_key_response import UpdateServerMetadataWithKeyResponse
    if status in (200,):
        return UpdateServerMetadataWithKeyResponse.from_dict(_S.obj(data))
    return None


def update_server_metadata_with_key(
    _cfg: Config,
    *,
    body: UpdateServerMetadataWithKeyRequestBody | Mapping[str, Any],
    server_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[UpdateServerMetadataWithKeyResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_server_metadata_with_key',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_server_metadata_with_key,
        frozenset([200, 202, 204]),
    )


def _parse_delete_server_metadata(status: int, data: Any) -> None:
    return None


def delete_server_metadata(
    _cfg: Config,
    *,
    server_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_server_metadata',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_delete_server_metadata,
        frozenset([200, 202, 204]),
    )


def _parse_list_tenant_quota_limits(status: int, data: Any) -> ListTenantQuotaLimitsResponse | None:
    from .models.list_tenant_quota_limits_response import ListTenantQuotaLimitsResponse
    if status in (200,):
        return ListTenantQuotaLimitsResponse.from_dict(_S.obj(data))
    return None


def list_tenant_quota_limits(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListTenantQuotaLimitsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_tenant_quota_limits',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/limits',
        _query,
        _headers,
        UNSET,
        _parse_list_tenant_quota_limits,
        frozenset([200, 202, 204]),
    )


def _parse_list_tenant_quotas_v21(status: int, data: Any) -> ListTenantQuotasV21Response | None:
    from .models.list_tenant_quotas_v21_response import ListTenantQuotasV21Response
    if status in (200,):
        return ListTenantQuotasV21Response.from_dict(_S.obj(data))
    return None


def list_tenant_quotas_v21(
    _cfg: Config,
    *,
    project_id_2: str,
    project_id: str | None = None,
    user_id: str | Unset = UNSET,
) -> Plan[ListTenantQuotasV21Response | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'user_id', user_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_tenant_quotas_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-quota-sets/' + _tr.segment(project_id_2, 'project_id_2'),
        _query,
        _headers,
        UNSET,
        _parse_list_tenant_quotas_v21,
        frozenset([200, 202, 204]),
    )


def _parse_list_default_quotas(status: int, data: Any) -> ListDefaultQuotasResponse | None:
    from .models.list_default_quotas_response import ListDefaultQuotasResponse
    if status in (200,):
        return ListDefaultQuotasResponse.from_dict(_S.obj(data))
    return None


def list_default_quotas(
    _cfg: Config,
    *,
    project_id_2: str,
    project_id: str | None = None,
) -> Plan[ListDefaultQuotasResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_default_quotas',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-quota-sets/' + _tr.segment(project_id_2, 'project_id_2') + '/defaults',
        _query,
        _headers,
        UNSET,
        _parse_list_default_quotas,
        frozenset([200, 202, 204]),
    )


def _parse_list_ssh_key_pairs(status: int, data: Any) -> ListSshKeyPairsResponse | None:
    from .models.list_ssh_key_pairs_response import ListSshKeyPairsResponse
    if status in (200,):
        return ListSshKeyPairsResponse.from_dict(_S.obj(data))
    return None


def list_ssh_key_pairs(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListSshKeyPairsResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_ssh_key_pairs',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs',
        _query,
        _headers,
        UNSET,
        _parse_list_ssh_key_pairs,
        frozenset([200, 202, 204]),
    )


def _parse_create_import_ssh_key_pair(status: int, data: Any) -> CreateImportSshKeyPairResponse | None:
    from .models.create_import_ssh_key_pair_response import CreateImportSshKeyPairResponse
    if status in (200,):
        return CreateImportSshKeyPairResponse.from_dict(_S.obj(data))
    return None


def create_import_ssh_key_pair(
    _cfg: Config,
    *,
    body: CreateImportSshKeyPairRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateImportSshKeyPairResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_import_ssh_key_pair',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_import_ssh_key_pair,
        frozenset([200, 202, 204]),
    )


def _parse_show_ssh_key_pair(status: int, data: Any) -> ShowSshKeyPairResponse | None:
    from .models.show_ssh_key_pair_response import ShowSshKeyPairResponse
    if status in (200,):
        return ShowSshKeyPairResponse.from_dict(_S.obj(data))
    return None


def show_ssh_key_pair(
    _cfg: Config,
    *,
    keypair_name: str,
    project_id: str | None = None,
) -> Plan[ShowSshKeyPairResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_ssh_key_pair',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs/' + _tr.segment(keypair_name, 'keypair_name'),
        _query,
        _headers,
        UNSET,
        _parse_show_ssh_key_pair,
        frozenset([200, 202, 204]),
    )


def _parse_delete_ssh_key_pair(status: int, data: Any) -> None:
    return None


def delete_ssh_key_pair(
    _cfg: Config,
    *,
    keypair_name: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_ssh_key_pair',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-keypairs/' + _tr.segment(keypair_name, 'keypair_name'),
        _query,
        _headers,
        UNSET,
        _parse_delete_ssh_key_pair,
        frozenset([200, 202, 204]),
    )


def _parse_show_password_logging_to_server(status: int, data: Any) -> ShowPasswordLoggingToServerResponse | None:
    from .models.show_password_logging_to_server_response import ShowPasswordLoggingToServerResponse
    if status in (200,):
        return ShowPasswordLoggingToServerResponse.from_dict(_S.obj(data))
    return None


def show_password_logging_to_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowPasswordLoggingToServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_password_logging_to_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-server-password',
        _query,
        _headers,
        UNSET,
        _parse_show_password_logging_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_delete_password_logging_to_server(status: int, data: Any) -> None:
    return None


def delete_password_logging_to_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_password_logging_to_server',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-server-password',
        _query,
        _headers,
        UNSET,
        _parse_delete_password_logging_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_list_server_groups_v21(status: int, data: Any) -> ListServerGroupsV21Response | None:
    from .models.list_server_groups_v21_response import ListServerGroupsV21Response
    if status in (200,):
        return ListServerGroupsV21Response.from_dict(_S.obj(data))
    return None


def list_server_groups_v21(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListServerGroupsV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_server_groups_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups',
        _query,
        _headers,
        UNSET,
        _parse_list_server_groups_v21,
        frozenset([200, 202, 204]),
    )


def _parse_create_server_group_v21(status: int, data: Any) -> CreateServerGroupV21Response | None:
    from .models.create_server_group_v21_response import CreateServerGroupV21Response
    if status in (200,):
        return CreateServerGroupV21Response.from_dict(_S.obj(data))
    return None


def create_server_group_v21(
    _cfg: Config,
    *,
    body: CreateServerGroupV21RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateServerGroupV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_server_group_v21',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_server_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_group_v21(status: int, data: Any) -> ShowServerGroupV21Response | None:
    from .models.show_server_group_v21_response import ShowServerGroupV21Response
    if status in (200,):
        return ShowServerGroupV21Response.from_dict(_S.obj(data))
    return None


def show_server_group_v21(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerGroupV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_group_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_server_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_delete_server_group_v21(status: int, data: Any) -> None:
    return None


def delete_server_group_v21(
    _cfg: Config,
    *,
    server_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_server_group_v21',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-server-groups/' + _tr.segment(server_group_id, 'server_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_server_group_v21,
        frozenset([200, 202, 204]),
    )


def _parse_show_operations_on_server(status: int, data: Any) -> ShowOperationsOnServerResponse | None:
    from .models.show_operations_on_server_response import ShowOperationsOnServerResponse
    if status in (200,):
        return ShowOperationsOnServerResponse.from_dict(_S.obj(data))
    return None


def show_operations_on_server(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
    limit: str | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Plan[ShowOperationsOnServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_operations_on_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-instance-actions',
        _query,
        _headers,
        UNSET,
        _parse_show_operations_on_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_server_operations_by_request_id(status: int, data: Any) -> ShowServerOperationsByRequestIdResponse | None:
    from .models.show_server_operations_by_request_id_response import ShowServerOperationsByRequestIdResponse
    if status in (200,):
        return ShowServerOperationsByRequestIdResponse.from_dict(_S.obj(data))
    return None


def show_server_operations_by_request_id(
    _cfg: Config,
    *,
    server_id: str,
    request_id: str,
    project_id: str | None = None,
) -> Plan[ShowServerOperationsByRequestIdResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_server_operations_by_request_id',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/os-instance-actions/' + _tr.segment(request_id, 'request_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_server_operations_by_request_id,
        frozenset([200, 202, 204]),
    )


def _parse_show_vnc_based_remote_login_address_microversion26_or_later(status: int, data: Any) -> ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None:
    from .models.show_vnc_based_remote_login_address_microversion26_or_later_response import ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse
    if status in (200,):
        return ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse.from_dict(_S.obj(data))
    return None


def show_vnc_based_remote_login_address_microversion26_or_later(
    _cfg: Config,
    *,
    body: ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'show_vnc_based_remote_login_address_microversion26_or_later',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/remote-consoles',
        _query,
        _headers,
        _S.dump(body),
        _parse_show_vnc_based_remote_login_address_microversion26_or_later,
        frozenset([200, 202, 204]),
    )


def _parse_list_availability_zones(status: int, data: Any) -> ListAvailabilityZonesResponse | None:
    from .models.list_availability_zones_response import ListAvailabilityZonesResponse
    if status in (200,):
        return ListAvailabilityZonesResponse.from_dict(_S.obj(data))
    return None


def list_availability_zones(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListAvailabilityZonesResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_availability_zones',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-availability-zone',
        _query,
        _headers,
        UNSET,
        _parse_list_availability_zones,
        frozenset([200, 202, 204]),
    )


def _parse_show_tags_server_v21(status: int, data: Any) -> ShowTagsServerV21Response | None:
    from .models.show_tags_server_v21_response import ShowTagsServerV21Response
    if status in (200,):
        return ShowTagsServerV21Response.from_dict(_S.obj(data))
    return None


def show_tags_server_v21(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[ShowTagsServerV21Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'show_tags_server_v21',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_tags_server_v21,
        frozenset([200, 202, 204]),
    )


def _parse_add_tags_to_server(status: int, data: Any) -> AddTagsToServerResponse | None:
    from .models.add_tags_to_server_response import AddTagsToServerResponse
    if status in (200,):
        return AddTagsToServerResponse.from_dict(_S.obj(data))
    return None


def add_tags_to_server(
    _cfg: Config,
    *,
    body: AddTagsToServerRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[AddTagsToServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'add_tags_to_server',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        _S.dump(body),
        _parse_add_tags_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_delete_tags_from_server(status: int, data: Any) -> None:
    return None


def delete_tags_from_server(
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
        'delete_tags_from_server',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_delete_tags_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_show_tag_server(status: int, data: Any) -> None:
    return None


def show_tag_server(
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
        'show_tag_server',
        'GET',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/' + _tr.segment(tag, 'tag'),
        _query,
        _headers,
        UNSET,
        _parse_show_tag_server,
        frozenset([200, 202, 204]),
    )


def _parse_add_tag_to_server(status: int, data: Any) -> AddTagToServerResponse | None:
    from .models.add_tag_to_server_response import AddTagToServerResponse
    if status in (200,):
        return AddTagToServerResponse.from_dict(_S.obj(data))
    return None


def add_tag_to_server(
    _cfg: Config,
    *,
    server_id: str,
    tag: str,
    project_id: str | None = None,
    x_open_stack_nova_api_version: str | Unset = UNSET,
) -> Plan[AddTagToServerResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-OpenStack-Nova-API-Version', x_open_stack_nova_api_version)
    return Plan(
        'add_tag_to_server',
        'PUT',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/' + _tr.segment(tag, 'tag'),
        _query,
        _headers,
        UNSET,
        _parse_add_tag_to_server,
        frozenset([200, 202, 204]),
    )


def _parse_delete_tag_from_server(status: int, data: Any) -> None:
    return None


def delete_tag_from_server(
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
        'delete_tag_from_server',
        'DELETE',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/' + _tr.segment(tag, 'tag'),
        _query,
        _headers,
        UNSET,
        _parse_delete_tag_from_server,
        frozenset([200, 202, 204]),
    )


def _parse_batch_add_tags_to_server_servers(status: int, data: Any) -> None:
    return None


def batch_add_tags_to_server_servers(
    _cfg: Config,
    *,
    body: BatchAddTagsToServerServersRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('batch_add_tags_to_server_servers', 'batch_add_tags_to_server (2.9.2 Adding Tags to an ECS in a Batch)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_add_tags_to_server_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_add_tags_to_server_servers,
        frozenset([200, 202, 204]),
    )


def _parse_batch_delete_tags_from_server_servers(status: int, data: Any) -> None:
    return None


def batch_delete_tags_from_server_servers(
    _cfg: Config,
    *,
    body: BatchDeleteTagsFromServerServersRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('batch_delete_tags_from_server_servers', 'batch_delete_tags_from_server (2.9.3 Deleting Tags from an ECS in a Batch)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_delete_tags_from_server_servers',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_delete_tags_from_server_servers,
        frozenset([200, 202, 204]),
    )


def _parse_list_project_tags_servers(status: int, data: Any) -> ListProjectTagsServersResponse | None:
    from .models.list_project_tags_servers_response import ListProjectTagsServersResponse
    if status in (200,):
        return ListProjectTagsServersResponse.from_dict(_S.obj(data))
    return None


def list_project_tags_servers(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListProjectTagsServersResponse | None]:
    _tr.deprecated('list_project_tags_servers', 'list_project_tags (2.9.5 Querying Project Tags)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_project_tags_servers',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/tags',
        _query,
        _headers,
        UNSET,
        _parse_list_project_tags_servers,
        frozenset([200, 202, 204]),
    )


def _parse_show_tags_server_v1_servers(status: int, data: Any) -> ShowTagsServerV1ServersResponse | None:
    from .models.show_tags_server_v1_servers_response import ShowTagsServerV1ServersResponse
    if status in (200,):
        return ShowTagsServerV1ServersResponse.from_dict(_S.obj(data))
    return None


def show_tags_server_v1_servers(
    _cfg: Config,
    *,
    server_id: str,
    project_id: str | None = None,
) -> Plan[ShowTagsServerV1ServersResponse | None]:
    _tr.deprecated('show_tags_server_v1_servers', 'show_tags_server_v21 (3.16.2 Querying Tags of an ECS)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_tags_server_v1_servers',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_tags_server_v1_servers,
        frozenset([200, 202, 204]),
    )


def _parse_register_fpga_image(status: int, data: Any) -> RegisterFpgaImageResponse | None:
    from .models.register_fpga_image_response import RegisterFpgaImageResponse
    if status in (200,):
        return RegisterFpgaImageResponse.from_dict(_S.obj(data))
    return None


def register_fpga_image(
    _cfg: Config,
    *,
    body: RegisterFpgaImageRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[RegisterFpgaImageResponse | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'register_fpga_image',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image',
        _query,
        _headers,
        _S.dump(body),
        _parse_register_fpga_image,
        frozenset([200, 202, 204]),
    )


def _parse_delete_fpga_image(status: int, data: Any) -> None:
    return None


def delete_fpga_image(
    _cfg: Config,
    *,
    fpga_image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_fpga_image',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/' + _tr.segment(fpga_image_id, 'fpga_image_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_fpga_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_details_fpga_images(status: int, data: Any) -> ListDetailsFpgaImagesResponse | None:
    from .models.list_details_fpga_images_response import ListDetailsFpgaImagesResponse
    if status in (200,):
        return ListDetailsFpgaImagesResponse.from_dict(_S.obj(data))
    return None


def list_details_fpga_images(
    _cfg: Config,
    *,
    project_id: str | None = None,
    fpga_image_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Plan[ListDetailsFpgaImagesResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'fpga_image_id', fpga_image_id)
    _tr.add(_query, 'page', page)
    _tr.add(_query, 'size', size)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_details_fpga_images',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_details_fpga_images,
        frozenset([200, 202, 204]),
    )


def _parse_associate_fpga_image_with_server_image(status: int, data: Any) -> None:
    return None


def associate_fpga_image_with_server_image(
    _cfg: Config,
    *,
    body: AssociateFpgaImageWithServerImageRequestBody | Mapping[str, Any],
    fpga_image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'associate_fpga_image_with_server_image',
        'POST',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/' + _tr.segment(fpga_image_id, 'fpga_image_id') + '/association',
        _query,
        _headers,
        _S.dump(body),
        _parse_associate_fpga_image_with_server_image,
        frozenset([200, 202, 204]),
    )


def _parse_disassociate_fpga_image_from_server_image(status: int, data: Any) -> None:
    return None


def disassociate_fpga_image_from_server_image(
    _cfg: Config,
    *,
    body: DisassociateFpgaImageFromServerImageRequestBody | Mapping[str, Any],
    fpga_image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'disassociate_fpga_image_from_server_image',
        'DELETE',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/' + _tr.segment(fpga_image_id, 'fpga_image_id') + '/association',
        _query,
        _headers,
        _S.dump(body),
        _parse_disassociate_fpga_image_from_server_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_associations_between_fpga_image_server_image(status: int, data: Any) -> ListAssociationsBetweenFpgaImageServerImageResponse | None:
    from .models.list_associations_between_fpga_image_server_image_response import ListAssociationsBetweenFpgaImageServerImageResponse
    if status in (200,):
        return ListAssociationsBetweenFpgaImageServerImageResponse.from_dict(_S.obj(data))
    return None


def list_associations_between_fpga_image_server_image(
    _cfg: Config,
    *,
    project_id: str | None = None,
    image_id: str | Unset = UNSET,
    fpga_image_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Plan[ListAssociationsBetweenFpgaImageServerImageResponse | None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'image_id', image_id)
    _tr.add(_query, 'fpga_image_id', fpga_image_id)
    _tr.add(_query, 'page', page)
    _tr.add(_query, 'size', size)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_associations_between_fpga_image_server_image',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudservers/fpga_image/associations',
        _query,
        _headers,
        UNSET,
        _parse_list_associations_between_fpga_image_server_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_images(status: int, data: Any) -> ListImagesResponse | None:
    from .models.list_images_response import ListImagesResponse
    if status in (200,):
        return ListImagesResponse.from_dict(_S.obj(data))
    return None


def list_images(
    _cfg: Config,
    *,
    project_id: str | None = None,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    changes_since: str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
) -> Plan[ListImagesResponse | None]:
    _tr.deprecated('list_images', None)
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'changes-since', changes_since)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'minDisk', min_disk)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_images',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images',
        _query,
        _headers,
        UNSET,
        _parse_list_images,
        frozenset([200, 202, 204]),
    )


def _parse_list_image_details(status: int, data: Any) -> ListImageDetailsResponse | None:
    from .models.list_image_details_response import ListImageDetailsResponse
    if status in (200,):
        return ListImageDetailsResponse.from_dict(_S.obj(data))
    return None


def list_image_details(
    _cfg: Config,
    *,
    project_id: str | None = None,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    changes_since: str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
) -> Plan[ListImageDetailsResponse | None]:
    _tr.deprecated('list_image_details', None)
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'changes-since', changes_since)
    _tr.add(_query, 'minRam', min_ram)
    _tr.add(_query, 'minDisk', min_disk)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_image_details',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_image_details,
        frozenset([200, 202, 204]),
    )


def _parse_show_image(status: int, data: Any) -> ShowImageResponse | None:
    from .models.show_image_response import ShowImageResponse
    if status in (200,):
        return ShowImageResponse.from_dict(_S.obj(data))
    return None


def show_image(
    _cfg: Config,
    *,
    image_id: str,
    project_id: str | None = None,
) -> Plan[ShowImageResponse | None]:
    _tr.deprecated('show_image', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_image',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/' + _tr.segment(image_id, 'image_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_image,
        frozenset([200, 202, 204]),
    )


def _parse_delete_image(status: int, data: Any) -> None:
    return None


def delete_image(
    _cfg: Config,
    *,
    image_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_image', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_image',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/' + _tr.segment(image_id, 'image_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_image,
        frozenset([200, 202, 204]),
    )


def _parse_show_metadata_image(status: int, data: Any) -> ShowMetadataImageResponse | None:
    from .models.show_metadata_image_response import ShowMetadataImageResponse
    if status in (200,):
        return ShowMetadataImageResponse.from_dict(_S.obj(data))
    return None


def show_metadata_image(
    _cfg: Config,
    *,
    image_id: str,
    project_id: str | None = None,
) -> Plan[ShowMetadataImageResponse | None]:
    _tr.deprecated('show_metadata_image', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_metadata_image',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/images/' + _tr.segment(image_id, 'image_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_metadata_image,
        frozenset([200, 202, 204]),
    )


def _parse_list_security_groups(status: int, data: Any) -> ListSecurityGroupsResponse | None:
    from .models.list_security_groups_response import ListSecurityGroupsResponse
    if status in (200,):
        return ListSecurityGroupsResponse.from_dict(_S.obj(data))
    return None


def list_security_groups(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListSecurityGroupsResponse | None]:
    _tr.deprecated('list_security_groups', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_security_groups',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups',
        _query,
        _headers,
        UNSET,
        _parse_list_security_groups,
        frozenset([200, 202, 204]),
    )


def _parse_create_security_group(status: int, data: Any) -> CreateSecurityGroupResponse | None:
    from .models.create_security_group_response import CreateSecurityGroupResponse
    if status in (200,):
        return CreateSecurityGroupResponse.from_dict(_S.obj(data))
    return None


def create_security_group(
    _cfg: Config,
    *,
    body: CreateSecurityGroupRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateSecurityGroupResponse | None]:
    _tr.deprecated('create_security_group', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_security_group',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_show_security_group(status: int, data: Any) -> ShowSecurityGroupResponse | None:
    from .models.show_security_group_response import ShowSecurityGroupResponse
    if status in (200,):
        return ShowSecurityGroupResponse.from_dict(_S.obj(data))
    return None


def show_security_group(
    _cfg: Config,
    *,
    security_group_id: str,
    project_id: str | None = None,
) -> Plan[ShowSecurityGroupResponse | None]:
    _tr.deprecated('show_security_group', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_security_group',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups/' + _tr.segment(security_group_id, 'security_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_update_security_group(status: int, data: Any) -> UpdateSecurityGroupResponse | None:
    from .models.update_security_group_response import UpdateSecurityGroupResponse
    if status in (200,):
        return UpdateSecurityGroupResponse.from_dict(_S.obj(data))
    return None


def update_security_group(
    _cfg: Config,
    *,
    body: UpdateSecurityGroupRequestBody | Mapping[str, Any],
    security_group_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSecurityGroupResponse | None]:
    _tr.deprecated('update_security_group', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_security_group',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups/' + _tr.segment(security_group_id, 'security_group_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_security_group,
        frozenset([200, 202, 204]),
    )


def _parse_delete_security_group_v2(status: int, data: Any) -> None:
    return None


def delete_security_group_v2(
    _cfg: Config,
    *,
    security_group_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_security_group_v2', 'delete_security_group_v21 (3.5.2 Deleting a Security Group)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_security_group_v2',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-groups/' + _tr.segment(security_group_id, 'security_group_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_security_group_v2,
        frozenset([200, 202, 204]),
    )


def _parse_create_security_group_rule(status: int, data: Any) -> CreateSecurityGroupRuleResponse | None:
    from .models.create_security_group_rule_response import CreateSecurityGroupRuleResponse
    if status in (200,):
        return CreateSecurityGroupRuleResponse.from_dict(_S.obj(data))
    return None


def create_security_group_rule(
    _cfg: Config,
    *,
    body: CreateSecurityGroupRuleRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateSecurityGroupRuleResponse | None]:
    _tr.deprecated('create_security_group_rule', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_security_group_rule',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-group-rules',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_security_group_rule,
        frozenset([200, 202, 204]),
    )


def _parse_delete_security_group_rule(status: int, data: Any) -> None:
    return None


def delete_security_group_rule(
    _cfg: Config,
    *,
    security_group_rule_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_security_group_rule', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_security_group_rule',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-security-group-rules/' + _tr.segment(security_group_rule_id, 'security_group_rule_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_security_group_rule,
        frozenset([200, 202, 204]),
    )


def _parse_list_brief_disks(status: int, data: Any) -> ListBriefDisksResponse | None:
    from .models.list_brief_disks_response import ListBriefDisksResponse
    if status in (200,):
        return ListBriefDisksResponse.from_dict(_S.obj(data))
    return None


def list_brief_disks(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListBriefDisksResponse | None]:
    _tr.deprecated('list_brief_disks', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_brief_disks',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes',
        _query,
        _headers,
        UNSET,
        _parse_list_brief_disks,
        frozenset([200, 202, 204]),
    )


def _parse_create_disk(status: int, data: Any) -> CreateDiskResponse | None:
    from .models.create_disk_response import CreateDiskResponse
    if status in (200,):
        return CreateDiskResponse.from_dict(_S.obj(data))
    return None


def create_disk(
    _cfg: Config,
    *,
    body: CreateDiskRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateDiskResponse | None]:
    _tr.deprecated('create_disk', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_disk',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_disk,
        frozenset([200, 202, 204]),
    )


def _parse_list_detailed_disks(status: int, data: Any) -> ListDetailedDisksResponse | None:
    from .models.list_detailed_disks_response import ListDetailedDisksResponse
    if status in (200,):
        return ListDetailedDisksResponse.from_dict(_S.obj(data))
    return None


def list_detailed_disks(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListDetailedDisksResponse | None]:
    _tr.deprecated('list_detailed_disks', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_detailed_disks',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_detailed_disks,
        frozenset([200, 202, 204]),
    )


def _parse_show_disk(status: int, data: Any) -> ShowDiskResponse | None:
    from .models.show_disk_response import ShowDiskResponse
    if status in (200,):
        return ShowDiskResponse.from_dict(_S.obj(data))
    return None


def show_disk(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowDiskResponse | None]:
    _tr.deprecated('show_disk', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_disk',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_disk,
        frozenset([200, 202, 204]),
    )


def _parse_delete_disk(status: int, data: Any) -> None:
    return None


def delete_disk(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_disk', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_disk',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_disk,
        frozenset([200, 202, 204]),
    )


def _parse_bind_floating_ip_address(status: int, data: Any) -> None:
    return None


def bind_floating_ip_address(
    _cfg: Config,
    *,
    body: BindFloatingIpAddressRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('bind_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'bind_floating_ip_address',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_bind_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_unbind_floating_ip_address(status: int, data: Any) -> None:
    return None


def unbind_floating_ip_address(
    _cfg: Config,
    *,
    body: UnbindFloatingIpAddressRequestBody | Mapping[str, Any],
    server_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('unbind_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'unbind_floating_ip_address',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/servers/' + _tr.segment(server_id, 'server_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_unbind_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_list_floating_ip_addresses(status: int, data: Any) -> ListFloatingIpAddressesResponse | None:
    from .models.list_floating_ip_addresses_response import ListFloatingIpAddressesResponse
    if status in (200,):
        return ListFloatingIpAddressesResponse.from_dict(_S.obj(data))
    return None


def list_floating_ip_addresses(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListFloatingIpAddressesResponse | None]:
    _tr.deprecated('list_floating_ip_addresses', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_floating_ip_addresses',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips',
        _query,
        _headers,
        UNSET,
        _parse_list_floating_ip_addresses,
        frozenset([200, 202, 204]),
    )


def _parse_assign_floating_ip_address(status: int, data: Any) -> AssignFloatingIpAddressResponse | None:
    from .models.assign_floating_ip_address_response import AssignFloatingIpAddressResponse
    if status in (200,):
        return AssignFloatingIpAddressResponse.from_dict(_S.obj(data))
    return None


def assign_floating_ip_address(
    _cfg: Config,
    *,
    body: AssignFloatingIpAddressRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[AssignFloatingIpAddressResponse | None]:
    _tr.deprecated('assign_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'assign_floating_ip_address',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips',
        _query,
        _headers,
        _S.dump(body),
        _parse_assign_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_show_floating_ip_address(status: int, data: Any) -> ShowFloatingIpAddressResponse | None:
    from .models.show_floating_ip_address_response import ShowFloatingIpAddressResponse
    if status in (200,):
        return ShowFloatingIpAddressResponse.from_dict(_S.obj(data))
    return None


def show_floating_ip_address(
    _cfg: Config,
    *,
    floating_ip_id: str,
    project_id: str | None = None,
) -> Plan[ShowFloatingIpAddressResponse | None]:
    _tr.deprecated('show_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_floating_ip_address',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips/' + _tr.segment(floating_ip_id, 'floating_ip_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_release_floating_ip_address(status: int, data: Any) -> None:
    return None


def release_floating_ip_address(
    _cfg: Config,
    *,
    floating_ip_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('release_floating_ip_address', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'release_floating_ip_address',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ips/' + _tr.segment(floating_ip_id, 'floating_ip_id'),
        _query,
        _headers,
        UNSET,
        _parse_release_floating_ip_address,
        frozenset([200, 202, 204]),
    )


def _parse_list_floating_ip_address_pools(status: int, data: Any) -> ListFloatingIpAddressPoolsResponse | None:
    from .models.list_floating_ip_address_pools_response import ListFloatingIpAddressPoolsResponse
    if status in (200,):
        return ListFloatingIpAddressPoolsResponse.from_dict(_S.obj(data))
    return None


def list_floating_ip_address_pools(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListFloatingIpAddressPoolsResponse | None]:
    _tr.deprecated('list_floating_ip_address_pools', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_floating_ip_address_pools',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-floating-ip-pools',
        _query,
        _headers,
        UNSET,
        _parse_list_floating_ip_address_pools,
        frozenset([200, 202, 204]),
    )
