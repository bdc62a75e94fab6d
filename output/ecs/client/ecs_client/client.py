"""The synchronous client of ecs_client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _operations as _ops
from ._config import Config, Retry, resolve
from ._transport import SyncTransport, Plan, headed
from ._types import UNSET, DetailedResponse, HeadedResponse, Unset

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

__all__ = ['Client']

_T = TypeVar("_T")


class Client:
    """Elastic Cloud Server API Reference: synchronous client.

    Settings not passed here are read from the environment (ECS_ENDPOINT, ECS_PROJECT_ID, ECS_AK/ECS_SK or ECS_TOKEN, ...) unless a Config is given. Each operation has a method returning the parsed body and a _detailed form returning a DetailedResponse (status code, headers, parsed body). Use it as a context manager, or call close().
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        endpoint: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
        token: str | None = None,
        ak: str | None = None,
        sk: str | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.config = resolve(
            config, endpoint=endpoint, project_id=project_id, region=region, token=token,
            ak=ak, sk=sk, timeout=timeout, retry=retry, headers=headers,
        )
        self._transport = SyncTransport(self.config, http_client)

    def with_options(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Client:
        """A client with other defaults, sharing this one's connections.

        ``headers`` are added to the configured ones (names are case-insensitive);
        ``timeout`` and ``retry`` replace them.  Closing it leaves the connections open.
        """
        merged = {**{k.lower(): (k, v) for k, v in self.config.headers.items()},
                  **{k.lower(): (k, v) for k, v in (headers or {}).items()}}
        config = self.config.with_options(
            headers=dict(merged.values()) if headers is not None else None,
            timeout=timeout,
            retry=retry,
        )
        return Client(config, http_client=self._transport.http)

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _send(
        self,
        plan: Plan[_T],
        headers: Mapping[str, str] | None,
        timeout: float | None,
        retry: Retry | None,
    ) -> DetailedResponse[_T]:
        return self._transport.send(plan, headers, timeout, retry)

    def create_server_v1(
        self,
        *,
        body: CreateServerV1RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateServerV1Response | None:
        """Creating an ECS

        This API is used to create one or more ECSs.
        This is an asynchronous API. After the ECS creation request is issued, the system will return job_id. The ECS creation is still in progress. Therefore, you need to call the API described in Querying Task Execution Status to obtain the task status. When the status changes to SUCCESS, the ECS has been created.
        Before calling this API, you need to obtain Regions and Endpoints.
        Logging in to an ECS can be authenticated using either a key pair or password. For security purposes, you are advised to use key pair authentication.
        - Key pair
        A key pair is used for ECS login authentication.
        Method of calling APIs: Use the key_name field to specify the key file used for logging in to the ECS.
        - Password
        If you choose the initial password for authentication in an ECS, you can log in to the ECS using the username and its initial password. The initial password of user root is used for authentication in Linux, while that of user Administrator is used for authentication in Windows.
        Method of calling APIs: Use the adminPass field to specify the initial login password of the administrator account. For details about how to use the adminPass field, see Table 3. If an encrypted password is required for logging in to a Linux ECS that is created using an image with Cloud-Init installed, you can use the user_data field to inject the password. For details, see Table 3.
        If the user_data field is specified for a Linux ECS that is created using an image with Cloud-Init installed, the adminPass field becomes invalid.
        - Image password
        If you use a Linux private image to create an ECS, you can use the image password for login authentication.
        Method of calling APIs: If the image password is used, the key_name and adminPass fields do not need to be specified.

        HTTP: POST /v1/{project_id}/cloudservers
        Source: manual section 2.1.1 Creating an ECS

        Args:
            body: the request body (CreateServerV1RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateServerV1Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_server_v1(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_server_v1_detailed(
        self,
        *,
        body: CreateServerV1RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateServerV1Response | None]:
        """Like create_server_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_server_v1(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_servers(
        self,
        *,
        body: DeleteServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting ECSs

        This API is used to delete ECSs based on a specified ECS ID list.
        You can delete a single ECS or multiple ECSs in a batch. A maximum of 1000 ECSs can be deleted in a batch.

        HTTP: POST /v1/{project_id}/cloudservers/delete
        Source: manual section 2.1.2 Deleting ECSs

        Args:
            body: the request body (DeleteServersRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_servers_detailed(
        self,
        *,
        body: DeleteServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def reinstall_server_os_image_with_cloud_init_installed(
        self,
        *,
        body: ReinstallServerOsImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Reinstalling an ECS OS (Using an Image with Cloud-Init Installed)

        This API is used to reinstall an ECS OS. During the system disk reinstallation using the original image, the data disks of the ECS remain unchanged.
        After this API is called, the system uninstalls the system disk, uses the original image to create a system disk, and attaches it to the ECS. In this way, the OS is reinstalled.

        Constraints: - You can only use an image with Cloud-Init or Cloudbase-Init installed.
        - You can reinstall OS only on an ECS that is stopped or for which OS reinstallation has failed.
        - You are not allowed to reinstall the OS of an ECS that does not have the system disk.
        - You are not allowed to perform other operations when reinstalling the OS. Otherwise, reinstalling the OS will fail.

        HTTP: POST /v2/{project_id}/cloudservers/{server_id}/reinstallos
        Source: manual section 2.2.1 Reinstalling an ECS OS (Using an Image with Cloud-Init Installed)

        Args:
            body: the request body (ReinstallServerOsImageWithCloudInitInstalledRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.reinstall_server_os_image_with_cloud_init_installed(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def reinstall_server_os_image_with_cloud_init_installed_detailed(
        self,
        *,
        body: ReinstallServerOsImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like reinstall_server_os_image_with_cloud_init_installed(), but return the status code, headers and raw body too."""
        return self._send(_ops.reinstall_server_os_image_with_cloud_init_installed(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def change_server_os_image_with_cloud_init_installed(
        self,
        *,
        body: ChangeServerOsImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Changing an ECS OS (Using an Image with Cloud-Init Installed)

        This API is used to change an ECS OS. During the system disk reinstallation using a new image, the data disks of the ECS remain unchanged.
        After this API is called, the system uninstalls the system disk, uses the new image to create a system disk, and attaches it to the ECS. In this way, the OS is changed.

        Constraints: - You can only use an image with Cloud-Init or Cloudbase-Init installed.
        - Only a stopped ECS or an ECS on which reinstalling or changing the OS failed supports changing OS.
        - Only an ECS with a system disk supports changing OS.
        - You are not allowed to perform other operations when changing the OS. Otherwise, changing the OS will fail.

        HTTP: POST /v2/{project_id}/cloudservers/{server_id}/changeos
        Source: manual section 2.2.2 Changing an ECS OS (Using an Image with Cloud-Init Installed)

        Args:
            body: the request body (ChangeServerOsImageWithCloudInitInstalledRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.change_server_os_image_with_cloud_init_installed(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def change_server_os_image_with_cloud_init_installed_detailed(
        self,
        *,
        body: ChangeServerOsImageWithCloudInitInstalledRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like change_server_os_image_with_cloud_init_installed(), but return the status code, headers and raw body too."""
        return self._send(_ops.change_server_os_image_with_cloud_init_installed(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_automatic_recovery_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowAutomaticRecoveryServerResponse | None:
        """Querying Automatic Recovery of an ECS

        This API is used to query automatic recovery configured for an ECS.

        HTTP: GET /v1/{project_id}/cloudservers/{server_id}/autorecovery
        Source: manual section 2.2.3 Querying Automatic Recovery of an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowAutomaticRecoveryServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_automatic_recovery_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_automatic_recovery_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowAutomaticRecoveryServerResponse | None]:
        """Like show_automatic_recovery_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_automatic_recovery_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def migrate_cold_server(
        self,
        *,
        body: MigrateColdServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Cold Migrating an ECS

        - An ECS deployed on a DeH can be migrated to another DeH.
        - An ECS deployed on a DeH can be migrated to a public resource pool.
        - An ECS deployed in a public resource pool can be migrated to a DeH.

        Constraints: - This API is supported by DeHs only.
        - Only a stopped ECS can be cold migrated.
        - Existing constraints of the native cold migration API are inherited.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/migrate
        Source: manual section 2.2.4 Cold Migrating an ECS

        Args:
            body: the request body (MigrateColdServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.migrate_cold_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def migrate_cold_server_detailed(
        self,
        *,
        body: MigrateColdServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like migrate_cold_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.migrate_cold_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_specifications_server_v1(
        self,
        *,
        body: UpdateSpecificationsServerV1RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Modifying the Specifications of an ECS

        ECS specifications can be modified, for example, upgrading the vCPUs and memory, to meet service requirements. This API is used to modify ECS specifications.
        An ECS flavor cannot be changed to certain flavors. For details, see Querying the Target Flavors to Which an ECS Flavor Can Be Changed.

        Constraints: - You can modify the ECS specifications only when the ECS is stopped.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/resize
        Source: manual section 2.2.5 Modifying the Specifications of an ECS

        Args:
            body: the request body (UpdateSpecificationsServerV1RequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_specifications_server_v1(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_specifications_server_v1_detailed(
        self,
        *,
        body: UpdateSpecificationsServerV1RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like update_specifications_server_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_specifications_server_v1(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def add_server_to_monitoring_list(
        self,
        *,
        body: AddServerToMonitoringListRequestBody | Mapping[str, Any],
        server_id: str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Adding an ECS to the Monitoring List

        This API is used to add an ECS to the monitoring list.
        Ceilometer periodically collects monitoring data on the ECSs added to the monitoring list and reports the data to Cloud Eye. The data includes the platform version, CPU, memory, NICs, disks, and hardware version. For example, the plug-in of an SAP ECS periodically obtains monitoring data from Cloud Eye and reports the data to SAP in reports.

        HTTP: POST /v1.0/servers/{server_id}/action
        Source: manual section 2.2.6 Adding an ECS to the Monitoring List

        Args:
            body: the request body (AddServerToMonitoringListRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.add_server_to_monitoring_list(
            self.config,
            body=body,
            server_id=server_id,
        ), headers, timeout, retry)
        return _r.parsed

    def add_server_to_monitoring_list_detailed(
        self,
        *,
        body: AddServerToMonitoringListRequestBody | Mapping[str, Any],
        server_id: str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like add_server_to_monitoring_list(), but return the status code, headers and raw body too."""
        return self._send(_ops.add_server_to_monitoring_list(
            self.config,
            body=body,
            server_id=server_id,
        ), headers, timeout, retry)

    def batch_start_servers(
        self,
        *,
        body: BatchStartServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Starting ECSs in a Batch

        This API is used to start ECSs in a batch based on specified ECS IDs. A maximum of 1000 ECSs can be started at a time.

        HTTP: POST /v1/{project_id}/cloudservers/action
        Source: manual section 2.3.1 Starting ECSs in a Batch

        Args:
            body: the request body (BatchStartServersRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_start_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_start_servers_detailed(
        self,
        *,
        body: BatchStartServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_start_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_start_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_reboot_servers(
        self,
        *,
        body: BatchRebootServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Restarting ECSs in a Batch

        This API is used to restart ECSs in a batch based on specified ECS IDs. A maximum of 1000 ECSs can be restarted at a time.

        HTTP: POST /v1/{project_id}/cloudservers/action
        Source: manual section 2.3.2 Restarting ECSs in a Batch

        Args:
            body: the request body (BatchRebootServersRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_reboot_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_reboot_servers_detailed(
        self,
        *,
        body: BatchRebootServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_reboot_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_reboot_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_stop_servers(
        self,
        *,
        body: BatchStopServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Stopping ECSs in a Batch

        This API is used to stop ECSs in a batch based on the specified ECS ID list. A maximum of 1000 ECSs can be stopped at a time.

        HTTP: POST /v1/{project_id}/cloudservers/action
        Source: manual section 2.3.3 Stopping ECSs in a Batch

        Args:
            body: the request body (BatchStopServersRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_stop_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_stop_servers_detailed(
        self,
        *,
        body: BatchStopServersRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_stop_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_stop_servers(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_details_flavors_extended_flavors(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListDetailsFlavorsExtendedFlavorsResponse | None:
        """Querying Details About Flavors and Extended Flavor Information

        This API is used to query details about ECS flavors and extended flavor information.

        HTTP: GET /v1/{project_id}/cloudservers/flavors
        Source: manual section 2.4.1 Querying Details About Flavors and Extended Flavor Information

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            availability_zone: query parameter 'availability_zone', optional. Specify an AZ. If this parameter is not left blank, flavors in the normal, obt, or promotion state are returned.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListDetailsFlavorsExtendedFlavorsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_details_flavors_extended_flavors(
            self.config,
            project_id=project_id,
            availability_zone=availability_zone,
        ), headers, timeout, retry)
        return _r.parsed

    def list_details_flavors_extended_flavors_detailed(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListDetailsFlavorsExtendedFlavorsResponse | None]:
        """Like list_details_flavors_extended_flavors(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_details_flavors_extended_flavors(
            self.config,
            project_id=project_id,
            availability_zone=availability_zone,
        ), headers, timeout, retry)

    def list_target_flavors_to_which_server_flavor_can_be_changed(
        self,
        *,
        project_id: str | None = None,
        instance_uuid: str | Unset = UNSET,
        source_flavor_id: str | Unset = UNSET,
        source_flavor_name: str | Unset = UNSET,
        sort_key: SortKey | str | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse | None:
        """Querying the Target Flavors to Which an ECS Flavor Can Be Changed

        An ECS flavor cannot be changed to certain flavors. This API is used to query the target flavors to which a specified ECS flavor can be changed.

        HTTP: GET /v2.1/{project_id}/resize_flavors
        Source: manual section 2.4.2 Querying the Target Flavors to Which an ECS Flavor Can Be Changed

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            instance_uuid: query parameter 'instance_uuid', optional. Specifies the ID, in UUID format, of the target ECS.
            source_flavor_id: query parameter 'source_flavor_id', optional. Specifies the source flavor ID.
            source_flavor_name: query parameter 'source_flavor_name', optional. Specifies the source flavor name.
            sort_key: query parameter 'sort_key', optional. Indicates the field for sorting.
                Options:
                • flavorid: indicates the flavor ID. The default value is flavorid.
                • name: indicates the flavor name.
                • memory_mb: indicates the memory size.
                • vcpus: indicates the number of vCPUs.
                • root_gb: indicates the system disk size.
            sort_dir: query parameter 'sort_dir', optional. Specifies the ascending or descending sorting.
                Options:
                • asc: indicates the ascending order.
                • desc: indicates the descending order.
            limit: query parameter 'limit', optional. Specifies the maximum number of flavors that can be displayed on one page. The default value is 1000.
            marker: query parameter 'marker', optional. Uses the ID of the last flavor on one page as the paging marker.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_target_flavors_to_which_server_flavor_can_be_changed(
            self.config,
            project_id=project_id,
            instance_uuid=instance_uuid,
            source_flavor_id=source_flavor_id,
            source_flavor_name=source_flavor_name,
            sort_key=sort_key,
            sort_dir=sort_dir,
            limit=limit,
            marker=marker,
        ), headers, timeout, retry)
        return _r.parsed

    def list_target_flavors_to_which_server_flavor_can_be_changed_detailed(
        self,
        *,
        project_id: str | None = None,
        instance_uuid: str | Unset = UNSET,
        source_flavor_id: str | Unset = UNSET,
        source_flavor_name: str | Unset = UNSET,
        sort_key: SortKey | str | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListTargetFlavorsToWhichServerFlavorCanBeChangedResponse | None]:
        """Like list_target_flavors_to_which_server_flavor_can_be_changed(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_target_flavors_to_which_server_flavor_can_be_changed(
            self.config,
            project_id=project_id,
            instance_uuid=instance_uuid,
            source_flavor_id=source_flavor_id,
            source_flavor_name=source_flavor_name,
            sort_key=sort_key,
            sort_dir=sort_dir,
            limit=limit,
            marker=marker,
        ), headers, timeout, retry)

    def batch_add_nics_to_server(
        self,
        *,
        body: BatchAddNicsToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Adding NICs to an ECS in a Batch

        This API is used to add one or multiple NICs to an ECS.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/nics
        Source: manual section 2.5.1 Adding NICs to an ECS in a Batch

        Args:
            body: the request body (BatchAddNicsToServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_add_nics_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_add_nics_to_server_detailed(
        self,
        *,
        body: BatchAddNicsToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_add_nics_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_add_nics_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_delete_nics_from_server(
        self,
        *,
        body: BatchDeleteNicsFromServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting NICs from an ECS in a Batch

        This API is used to uninstall and delete one or multiple NICs from an ECS.

        Constraints: The primary NIC of an ECS has routing rules configured and cannot be deleted.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/nics/delete
        Source: manual section 2.5.2 Deleting NICs from an ECS in a Batch

        Args:
            body: the request body (BatchDeleteNicsFromServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_delete_nics_from_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_delete_nics_from_server_detailed(
        self,
        *,
        body: BatchDeleteNicsFromServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_delete_nics_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_delete_nics_from_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def attach_disk_to_server_v1(
        self,
        *,
        body: AttachDiskToServerV1RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Attaching a Disk to an ECS

        This API is used to attach a disk to an ECS.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/attachvolume
        Source: manual section 2.6.1 Attaching a Disk to an ECS

        Args:
            body: the request body (AttachDiskToServerV1RequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.attach_disk_to_server_v1(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def attach_disk_to_server_v1_detailed(
        self,
        *,
        body: AttachDiskToServerV1RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like attach_disk_to_server_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.attach_disk_to_server_v1(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def detach_evs_disk_from_server(
        self,
        *,
        server_id: str,
        volume_id: str,
        project_id: str | None = None,
        delete_flag: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Detaching an EVS Disk from an ECS

        This API is used to detach an EVS disk from an ECS.

        HTTP: DELETE /v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}
        Source: manual section 2.6.2 Detaching an EVS Disk from an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            volume_id: path parameter 'volume_id'. Specifies the disk ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            delete_flag: query parameter 'delete_flag', optional. Indicates whether to forcibly detach a data disk.
                • If yes, set it to 1.
                • If no, set it to 0.
                It is set to 0 by default.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.detach_evs_disk_from_server(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
            project_id=project_id,
            delete_flag=delete_flag,
        ), headers, timeout, retry)
        return _r.parsed

    def detach_evs_disk_from_server_detailed(
        self,
        *,
        server_id: str,
        volume_id: str,
        project_id: str | None = None,
        delete_flag: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like detach_evs_disk_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.detach_evs_disk_from_server(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
            project_id=project_id,
            delete_flag=delete_flag,
        ), headers, timeout, retry)

    def show_disk_attachment_server(
        self,
        *,
        server_id: str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowDiskAttachmentServerResponse | None:
        """Querying Disk Attachment of an ECS

        This API is used to query disk attachment of an ECS.

        HTTP: GET /v2.1/servers/{server_id}/block_device
        Source: manual section 2.6.3 Querying Disk Attachment of an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID in UUID format.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowDiskAttachmentServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_disk_attachment_server(
            self.config,
            server_id=server_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_disk_attachment_server_detailed(
        self,
        *,
        server_id: str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowDiskAttachmentServerResponse | None]:
        """Like show_disk_attachment_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_disk_attachment_server(
            self.config,
            server_id=server_id,
        ), headers, timeout, retry)

    def show_disk_attached_to_server_block_device(
        self,
        *,
        server_id: str,
        volume_id: str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowDiskAttachedToServerBlockDeviceResponse | None:
        """Querying a Single Disk Attached to an ECS

        This API is used to query a disk attached to an ECS.

        HTTP: GET /v2.1/servers/{server_id}/block_device/{volume_id}
        Source: manual section 2.6.4 Querying a Single Disk Attached to an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID in UUID format.
            volume_id: path parameter 'volume_id'. Specifies the EVS disk ID in UUID format.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowDiskAttachedToServerBlockDeviceResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_disk_attached_to_server_block_device(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_disk_attached_to_server_block_device_detailed(
        self,
        *,
        server_id: str,
        volume_id: str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowDiskAttachedToServerBlockDeviceResponse | None]:
        """Like show_disk_attached_to_server_block_device(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_disk_attached_to_server_block_device(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
        ), headers, timeout, retry)

    def list_tenant_quotas_v1(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListTenantQuotasV1Response | None:
        """Querying Tenant Quotas

        This API is used to query the quotas of all resources for a specified tenant, including used quotas.

        HTTP: GET /v1/{project_id}/cloudservers/limits
        Source: manual section 2.7.1 Querying Tenant Quotas

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListTenantQuotasV1Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_tenant_quotas_v1(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_tenant_quotas_v1_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListTenantQuotasV1Response | None]:
        """Like list_tenant_quotas_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_tenant_quotas_v1(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_task_execution_status(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowTaskExecutionStatusResponse | None:
        """Querying Task Execution Status

        This API is used to query the execution status of an asynchronous request task.
        After an asynchronous request task is issued, for example, creating or deleting an ECS, performing operations on ECSs in a batch, or performing operations on ECS NICs, a task ID will be returned, based on which you can query the execution status of the task.
        For details about how to obtain the task ID, see Responses (Task).

        HTTP: GET /v1/{project_id}/jobs/{job_id}
        Source: manual section 2.8.1 Querying Task Execution Status

        Args:
            job_id: path parameter 'job_id'. Specifies the ID of an asynchronous request task.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowTaskExecutionStatusResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_task_execution_status(
            self.config,
            job_id=job_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_task_execution_status_detailed(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowTaskExecutionStatusResponse | None]:
        """Like show_task_execution_status(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_task_execution_status(
            self.config,
            job_id=job_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_add_tags_to_server(
        self,
        *,
        body: BatchAddTagsToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Adding Tags to an ECS in a Batch

        - This API is used to add tags to a specified ECS in a batch.
        - The Tag Management Service (TMS) uses this API to batch manage the tags of an ECS.

        Constraints: - An ECS allows a maximum of 10 tags.
        - This API is idempotent.
        During tag creation, if a tag exists (both the key and value are the same as those of an existing tag), the tag is successfully processed by default.
        - A new tag will overwrite the original one if their keys are the same and values are different.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/tags/action
        Source: manual section 2.9.2 Adding Tags to an ECS in a Batch

        Args:
            body: the request body (BatchAddTagsToServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_add_tags_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_add_tags_to_server_detailed(
        self,
        *,
        body: BatchAddTagsToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_add_tags_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_add_tags_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_delete_tags_from_server(
        self,
        *,
        body: BatchDeleteTagsFromServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting Tags from an ECS in a Batch

        - This API is used to delete tags from a specified ECS in a batch.
        - The Tag Management Service (TMS) uses this API to batch manage the tags of an ECS.
        - This API is idempotent. When you delete a tag but the tag does not exist, a successful result is returned.

        Constraints: An ECS allows a maximum of 10 tags.

        HTTP: POST /v1/{project_id}/cloudservers/{server_id}/tags/action
        Source: manual section 2.9.3 Deleting Tags from an ECS in a Batch

        Args:
            body: the request body (BatchDeleteTagsFromServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_delete_tags_from_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_delete_tags_from_server_detailed(
        self,
        *,
        body: BatchDeleteTagsFromServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_delete_tags_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_delete_tags_from_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_servers_by_tag(
        self,
        *,
        body: ListServersByTagRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListServersByTagResponse | None:
        """Querying ECSs by Tag

        This API is used to filter ECSs by tag and obtain all tags of an ECS.

        HTTP: POST /v1/{project_id}/servers/resource_instances/action
        Source: manual section 2.9.4 Querying ECSs by Tag

        Args:
            body: the request body (ListServersByTagRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListServersByTagResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_servers_by_tag(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_servers_by_tag_detailed(
        self,
        *,
        body: ListServersByTagRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListServersByTagResponse | None]:
        """Like list_servers_by_tag(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_servers_by_tag(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_project_tags(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListProjectTagsResponse | None:
        """Querying Project Tags

        Projects are used to group and isolate OpenStack resources, which include computing, storage, and network resources. A project can be a department or a team. Multiple projects can be created under one account.
        This API is used to query all tags used by a user in a specified project.

        HTTP: GET /v1/{project_id}/cloudservers/tags
        Source: manual section 2.9.5 Querying Project Tags

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListProjectTagsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_project_tags(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_project_tags_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListProjectTagsResponse | None]:
        """Like list_project_tags(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_project_tags(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_tags_server_v1(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowTagsServerV1Response | None:
        """Querying Tags of an ECS

        - This API is used to query the tags of a specified ECS.
        - The Tag Management Service (TMS) uses this API to query all tags of an ECS.

        HTTP: GET /v1/{project_id}/cloudservers/{server_id}/tags
        Source: manual section 2.9.6 Querying Tags of an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowTagsServerV1Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_tags_server_v1(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_tags_server_v1_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowTagsServerV1Response | None]:
        """Like show_tags_server_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_tags_server_v1(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_server_groups_v1(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListServerGroupsV1Response | None:
        """Querying ECS Groups

        This API is used to query ECS groups.

        HTTP: GET /v1/{project_id}/cloudservers/os-server-groups
        Source: manual section 2.10.5 Querying ECS Groups

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            limit: query parameter 'limit', optional. Specifies the upper limit on the number of returned server groups. The maximum value is 1000.
            marker: query parameter 'marker', optional. Specifies the marker that points to the ECS group. The query starts from the next piece of data indexed by this parameter.
                Parameters marker and limit must be used together.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListServerGroupsV1Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_server_groups_v1(
            self.config,
            project_id=project_id,
            limit=limit,
            marker=marker,
        ), headers, timeout, retry)
        return _r.parsed

    def list_server_groups_v1_detailed(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListServerGroupsV1Response | None]:
        """Like list_server_groups_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_server_groups_v1(
            self.config,
            project_id=project_id,
            limit=limit,
            marker=marker,
        ), headers, timeout, retry)

    def create_server_group_v1(
        self,
        *,
        body: CreateServerGroupV1RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateServerGroupV1Response | None:
        """Creating an ECS Group

        This API is used to create an ECS group.

        Constraints: Only anti-affinity policies are supported.

        HTTP: POST /v1/{project_id}/cloudservers/os-server-groups
        Source: manual section 2.10.1 Creating an ECS Group

        Args:
            body: the request body (CreateServerGroupV1RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateServerGroupV1Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_server_group_v1(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_server_group_v1_detailed(
        self,
        *,
        body: CreateServerGroupV1RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateServerGroupV1Response | None]:
        """Like create_server_group_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_server_group_v1(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_server_group_v1(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerGroupV1Response | None:
        """Querying Details About an ECS Group

        This API is used to query details bout an ECS group.

        HTTP: GET /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}
        Source: manual section 2.10.6 Querying Details About an ECS Group

        Args:
            server_group_id: path parameter 'server_group_id'. Specifies an ECS group UUID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerGroupV1Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_group_v1(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_group_v1_detailed(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerGroupV1Response | None]:
        """Like show_server_group_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_group_v1(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_server_group_v1(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting an ECS Group

        This API is used to delete an ECS group.

        HTTP: DELETE /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}
        Source: manual section 2.10.2 Deleting an ECS Group

        Args:
            server_group_id: path parameter 'server_group_id'. Specifies the ECS group UUID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_server_group_v1(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_server_group_v1_detailed(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_server_group_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_server_group_v1(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def add_server_to_server_group(
        self,
        *,
        body: AddServerToServerGroupRequestBody | Mapping[str, Any],
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Adding an ECS to an ECS Group

        This API is used to add an ECS to an ECS group. The system automatically deploys the newly added ECS to a host that is different from the ones accommodating other ECSs in the ECS group.

        Constraints: - The ECS to be added has been stopped.
        - Only KVM ECSs can be added.
        - Only the anti-affinity policy is supported. ECSs in the same ECS group are deployed on different hosts, improving service reliability.

        HTTP: POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action
        Source: manual section 2.10.3 Adding an ECS to an ECS Group

        Args:
            body: the request body (AddServerToServerGroupRequestBody)
            server_group_id: path parameter 'server_group_id'. Specifies the ECS group ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.add_server_to_server_group(
            self.config,
            body=body,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def add_server_to_server_group_detailed(
        self,
        *,
        body: AddServerToServerGroupRequestBody | Mapping[str, Any],
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like add_server_to_server_group(), but return the status code, headers and raw body too."""
        return self._send(_ops.add_server_to_server_group(
            self.config,
            body=body,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def remove_server_from_server_group(
        self,
        *,
        body: RemoveServerFromServerGroupRequestBody | Mapping[str, Any],
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Removing an ECS from an ECS Group

        This API is used to remove an ECS from an ECS group. After being removed, the anti-affinity policy will not take effect on this ECS and other ECSs in the same ECS group.

        Constraints: Only the anti-affinity policy is supported. ECSs in the same ECS group are deployed on different hosts, improving service reliability.

        HTTP: POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action
        Source: manual section 2.10.4 Removing an ECS from an ECS Group

        Args:
            body: the request body (RemoveServerFromServerGroupRequestBody)
            server_group_id: path parameter 'server_group_id'. Specifies the ECS group ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.remove_server_from_server_group(
            self.config,
            body=body,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def remove_server_from_server_group_detailed(
        self,
        *,
        body: RemoveServerFromServerGroupRequestBody | Mapping[str, Any],
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like remove_server_from_server_group(), but return the status code, headers and raw body too."""
        return self._send(_ops.remove_server_from_server_group(
            self.config,
            body=body,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_all_api_versions(
        self,
        *,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        open_stack_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListAllApiVersionsResponse | None:
        """Querying All API Versions

        This API is used to query all available Nova versions.
        To support function extension, Nova APIs can be distinguished by version. There are two types of versions:
        - Major version: Independent URL
        - Microversion: Used by the HTTP request header X-OpenStack-Nova-API-Version. Since microversion 2.27, the new microversion header OpenStack-API-Version has been supported.

        HTTP: GET /
        Source: manual section 3.1.1 Querying All API Versions

        Args:
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. - Microversion: Used by the HTTP request header X-OpenStack-Nova-API-Version. Since microversion 2.27, the new microversion header OpenStack-API-Version has been supported.
            open_stack_api_version: header parameter 'OpenStack-API-Version', optional. 27, the new microversion header OpenStack-API-Version has been supported.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListAllApiVersionsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_all_api_versions(
            self.config,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
            open_stack_api_version=open_stack_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def list_all_api_versions_detailed(
        self,
        *,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        open_stack_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListAllApiVersionsResponse | None]:
        """Like list_all_api_versions(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_all_api_versions(
            self.config,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
            open_stack_api_version=open_stack_api_version,
        ), headers, timeout, retry)

    def show_api_version(
        self,
        *,
        api_version: str,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        open_stack_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowApiVersionResponse | None:
        """Querying a Specified API Version

        This API is used to query the information of a specified version.
        To support function extension, Nova APIs can be distinguished by version. There are two types of versions:
        - Major version: Independent URL
        - Microversion: Used by the HTTP request header X-OpenStack-Nova-API-Version. Since version 2.27, the new microversion header OpenStack-API-Version has been supported.
        If the OpenStack-API-Version request header is used, the version is in the format of \"compute microversion\".
        For example, if key is set to OpenStack-API-Version, set value to compute 2.27.

        HTTP: GET /{api_version}
        Source: manual section 3.1.2 Querying a Specified API Version

        Args:
            api_version: path parameter 'api_version'. Specifies an API version, such as V2.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. - Microversion: Used by the HTTP request header X-OpenStack-Nova-API-Version. Since version 2.27, the new microversion header OpenStack-API-Version has been supported.
            open_stack_api_version: header parameter 'OpenStack-API-Version', optional. 27, the new microversion header OpenStack-API-Version has been supported.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowApiVersionResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_api_version(
            self.config,
            api_version=api_version,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
            open_stack_api_version=open_stack_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def show_api_version_detailed(
        self,
        *,
        api_version: str,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        open_stack_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowApiVersionResponse | None]:
        """Like show_api_version(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_api_version(
            self.config,
            api_version=api_version,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
            open_stack_api_version=open_stack_api_version,
        ), headers, timeout, retry)

    def list_servers(
        self,
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
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListServersResponse | None:
        """Querying ECSs

        This API is used to query ECSs.

        HTTP: GET /v2.1/{project_id}/servers
        Source: manual section 3.2.4 Querying ECSs

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            changes_since: query parameter 'changes-since', optional. Specifies the timestamp of the last ECS status update, which is used to filter out the ECSs with statuses updated later than the timestamp. The format must comply with ISO 8601 in the format of CCYY-MM-DDThh:mm:ss+/-hh:mm, for example, 2018-01-17T03:03:32Z.
            image: query parameter 'image', optional. Specifies the image ID.
                When image is used as a filter criterion, other filter criteria and paging criteria are not supported. If both the image and other filter criteria are specified, the image filter criterion is used. If the query criteria do not contain the image filter criterion, API functions are not restricted.
            flavor: query parameter 'flavor', optional. Specifies the ECS type ID, which is fuzzy matched.
            name: query parameter 'name', optional. Specifies the ECS name, which is fuzzy matched.
            status: query parameter 'status', optional. Specifies the ECS status.
                Options:
                ACTIVE, BUILD, ERROR, HARD_REBOOT, MIGRATING, REBOOT, REBUILD, RESIZE, REVERT_RESIZE, SHUTOFF, and VERIFY_RESIZE
                In microversion 2.37, the system will return an empty list for the status field out of the preceding options. In microversion 2.38 and later, the system will return error 400.
                For details, see ECS Statuses.
            limit: query parameter 'limit', optional. Specifies the upper limit on the number of returned results.
                The default value on each page is 25, and the information of a maximum of 1000 ECSs is displayed on each page.
            marker: query parameter 'marker', optional. Specifies the ECS ID to which the marker points. The query will start from its next ID.
            tags: query parameter 'tags', optional. Queries ECSs with tags containing the specified value.
            not_tags: query parameter 'not-tags', optional. Queries ECSs with tags not containing the specified value. The value is the tag key.
                For details about key rules, see Tag Types.
                Tag functions have been upgraded on the public cloud. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key\".
                For example, an existing tag is a.b. After the tag function upgrade, query the tag using \"not-tags=a\".
            reservation_id: query parameter 'reservation_id', optional. Specifies the ID returned when ECSs are created in a batch. This parameter is used to query ECSs created in a batch.
            sort_key: query parameter 'sort_key', optional. Sorts query results by ECS attribute. The default sorting order is the reverse order of created_at.
                Options: created_at, availability_zone, display_name, host, instance_type_id, key_name, project_id, user_id, updated_at, uuid, and vm_state
            ip: query parameter 'ip', optional. Indicates the filtering result for IPv4 addresses, which are fuzzy matched.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListServersResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_servers(
            self.config,
            project_id=project_id,
            changes_since=changes_since,
            image=image,
            flavor=flavor,
            name=name,
            status=status,
            limit=limit,
            marker=marker,
            tags=tags,
            not_tags=not_tags,
            reservation_id=reservation_id,
            sort_key=sort_key,
            ip=ip,
        ), headers, timeout, retry)
        return _r.parsed

    def list_servers_detailed(
        self,
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
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListServersResponse | None]:
        """Like list_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_servers(
            self.config,
            project_id=project_id,
            changes_since=changes_since,
            image=image,
            flavor=flavor,
            name=name,
            status=status,
            limit=limit,
            marker=marker,
            tags=tags,
            not_tags=not_tags,
            reservation_id=reservation_id,
            sort_key=sort_key,
            ip=ip,
        ), headers, timeout, retry)

    def create_server_v21(
        self,
        *,
        body: CreateServerV21RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateServerV21Response | None:
        """Creating an ECS

        This API is used to create ECS.
        This API does not support automatic rollback after creating an ECS failed. If automatic rollback is required, call the API POST /v1/{project_id}/cloudservers. For details, see Creating an ECS.

        Constraints: - This API is native, which does not support the creation of ECSs using full-ECS images. To use full-ECS images to create ECSs, refer to Creating an ECS.
        - During the creation of an ECS using this API, you cannot bind an EIP to the ECS. If you want to create an ECS and bind an EIP to it, refer to Creating an ECS.
        - Parameter port in the three network parameters (port, uuid, and fixed_ip) has the highest priority. If parameter fixed_ip is set, you must specify the UUID.
        - A file injection failure will result in the ECS creation failure.
        - The following restrictions apply when you create ECSs using an image:
        - You cannot create an ECS on a specified host.
        - If a tenant backs up a disk in an ECS, the disk can be deleted only after the tenant deletes all the snapshots of the disk.
        - The flavors with different resource types cannot be adjusted if you adjust the specifications of an ECS created using an image.
        - Native APIs /v2/{project_id}/servers and /v2.1/{project_id}/servers provided by the public cloud platform is developed based on and compatible with the community-version native OpenStack API.
        Compared with the community-version native API, this API has the following restrictions when you create an ECS using a specified image:
        - Community-version native OpenStack API: creates an ECS using the local disk by default.
        - Native API provided by the public cloud platform: creates an ECS using the shared storage as the system disk.
        Specifically, when you use the native API to create an ECS:
        - You can query information about the disks attached to the ECS.
        - The ECS system disk uses the EVS disk quota.
        - You cannot query ECSs created based on a specified image using the image filtering function.
        - When you create an ECS with a specified disk, ensure that the disk and the ECS are in the same AZ.
        - The device_name field configured in block_device_mapping_v2 during the ECS creation does not take effect. The system generates a device name by default.
        - ECSs cannot be created in networks with provider:network_type set to geneve.
        provider:network_type being set to geneve indicates the internal high-speed network for BMSs.
        - If your ECS is remotely logged in using a key, use the key_name parameter. If your ECS is remotely logged in using a password, use the adminPass parameter. Linux ECSs support user_data for injection. Windows ECSs support admin_pass for injection.
        - If the image based on which the ECS is created uses the native OpenStack API, ensure that the specified AZ and system disk capacity and type used when the ECS is created are the same as those used when the image is created. Otherwise, the ECS creation will fail.

        HTTP: POST /v2.1/{project_id}/servers
        Source: manual section 3.2.1 Creating an ECS

        Args:
            body: the request body (CreateServerV21RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateServerV21Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_server_v21(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_server_v21_detailed(
        self,
        *,
        body: CreateServerV21RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateServerV21Response | None]:
        """Like create_server_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_server_v21(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_servers(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServersResponse | None:
        """Querying Details About ECSs

        This API is used to query details about an ECS by ECS ID.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}
        Source: manual section 3.2.6 Querying Details About ECSs

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServersResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_servers(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_servers_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServersResponse | None]:
        """Like show_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_servers(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_server(
        self,
        *,
        body: UpdateServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateServerResponse | None:
        """Modifying ECS Information

        This API is used to modify ECS information. Only the name and description of an ECS can be modified.

        HTTP: PUT /v2.1/{project_id}/servers/{server_id}
        Source: manual section 3.2.2 Modifying ECS Information

        Args:
            body: the request body (UpdateServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_server_detailed(
        self,
        *,
        body: UpdateServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateServerResponse | None]:
        """Like update_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting an ECS

        This API is used to delete an ECS.

        Constraints: When an ECS is deleted, all NICs attached to the ECS through the OpenStack Nova API will be deleted.

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}
        Source: manual section 3.2.3 Deleting an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_details_servers(
        self,
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
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListDetailsServersResponse | None:
        """Querying Details About ECSs

        This API is used to query details about ECSs.

        HTTP: GET /v2.1/{project_id}/servers/detail
        Source: manual section 3.2.5 Querying Details About ECSs

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            changes_since: query parameter 'changes-since', optional. Specifies the timestamp of the last ECS status update, which is used to filter out the ECSs with statuses updated later than the timestamp. The format must comply with ISO 8601 in the format of CCYY-MM-DDThh:mm:ss+/-hh:mm, for example, 2018-01-17T03:03:32Z.
            image: query parameter 'image', optional. Specifies the image ID.
                When image is used as a filter criterion, other filter criteria and paging criteria are not supported. If both the image and other filter criteria are specified, the image filter criterion is used. If the query criteria do not contain the image filter criterion, API functions are not restricted.
            flavor: query parameter 'flavor', optional. Specifies the ECS flavor ID, which is fuzzy matched.
            name: query parameter 'name', optional. Specifies the ECS name, which is fuzzy matched.
            status: query parameter 'status', optional. Specifies the ECS status.
                Options:
                ACTIVE, BUILD, ERROR, HARD_REBOOT, MIGRATING, REBOOT, REBUILD, RESIZE, REVERT_RESIZE, SHUTOFF, and VERIFY_RESIZE
                In microversion 2.37, the system will return an empty list for the status field out of the preceding options. In microversion 2.38 and later, the system will return error 400.
                For details, see ECS Statuses.
            limit: query parameter 'limit', optional. Specifies the upper limit on the number of returned results.
                Each page contains 25 ECSs by default, and a maximum of 1000 ECSs are returned. For large volumes of data, you are advised to set the value to 100.
            marker: query parameter 'marker', optional. Specifies the ECS ID to which the marker points. The query will start from its next ID.
            tags: query parameter 'tags', optional. Queries ECSs with tags containing the specified value.
            not_tags: query parameter 'not-tags', optional. Queries ECSs with tags not containing the specified value. The value is the tag key.
                For details about key rules, see Tag Types.
                Tag functions have been upgraded on the public cloud. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key\".
                For example, an existing tag is a.b. After the tag function upgrade, query the tag using \"not-tags=a\".
            reservation_id: query parameter 'reservation_id', optional. Specifies the ID returned when ECSs are created in a batch. This parameter is used to query ECSs created in a batch.
            sort_key: query parameter 'sort_key', optional. Sorts query results by ECS attribute. The default sorting order is the reverse order of created_at.
                The value can be created_at, auto_disk_config, availability_zone, display_description, display_name, host, host_name, image_ref, instance_type_id, kernel_id, key_name, launch_index, launched_at, locked_by, node, power_state, project_id, ramdisk_id, reservation_id, root_device_name, task_state, terminated_at, user_id, updated_at, uuid, or vm_state.
            ip: query parameter 'ip', optional. Indicates the filtering result for IPv4 addresses, which are fuzzy matched.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListDetailsServersResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_details_servers(
            self.config,
            project_id=project_id,
            changes_since=changes_since,
            image=image,
            flavor=flavor,
            name=name,
            status=status,
            limit=limit,
            marker=marker,
            tags=tags,
            not_tags=not_tags,
            reservation_id=reservation_id,
            sort_key=sort_key,
            ip=ip,
        ), headers, timeout, retry)
        return _r.parsed

    def list_details_servers_detailed(
        self,
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
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListDetailsServersResponse | None]:
        """Like list_details_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_details_servers(
            self.config,
            project_id=project_id,
            changes_since=changes_since,
            image=image,
            flavor=flavor,
            name=name,
            status=status,
            limit=limit,
            marker=marker,
            tags=tags,
            not_tags=not_tags,
            reservation_id=reservation_id,
            sort_key=sort_key,
            ip=ip,
        ), headers, timeout, retry)

    def start_server(
        self,
        *,
        body: StartServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Starting an ECS

        This API is used to start a single ECS.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.1 Starting an ECS

        Args:
            body: the request body (StartServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.start_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def start_server_detailed(
        self,
        *,
        body: StartServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like start_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.start_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def reboot_server(
        self,
        *,
        body: RebootServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Restarting an ECS

        This API is used to restart a single ECS.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.2 Restarting an ECS

        Args:
            body: the request body (RebootServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.reboot_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def reboot_server_detailed(
        self,
        *,
        body: RebootServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like reboot_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.reboot_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def stop_server(
        self,
        *,
        body: StopServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Stopping an ECS

        This API is used to stop a single ECS.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.3 Stopping an ECS

        Args:
            body: the request body (StopServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.stop_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def stop_server_detailed(
        self,
        *,
        body: StopServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like stop_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.stop_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def lock_server(
        self,
        *,
        body: LockServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Locking an ECS

        This API is used to lock an ECS.
        You are only allowed to lock your own ECSs. After ECSs are locked, you will not be able to perform management operations on them, including life cycle management, status management, NIC management, disk management, and password management.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.4 Locking an ECS

        Args:
            body: the request body (LockServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.lock_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def lock_server_detailed(
        self,
        *,
        body: LockServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like lock_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.lock_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def unlock_server(
        self,
        *,
        body: UnlockServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Unlocking an ECS

        This API is used to unlock an ECS.
        After an ECS is unlocked, common users are allowed to manage the ECS.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.5 Unlocking an ECS

        Args:
            body: the request body (UnlockServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.unlock_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def unlock_server_detailed(
        self,
        *,
        body: UnlockServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like unlock_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.unlock_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def rebuild_server(
        self,
        *,
        body: RebuildServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> RebuildServerResponse | None:
        """Rebuilding an ECS

        This API is used to rebuild an ECS.
        You can use the original image or another image to rebuild an ECS. This API supports different OSs.
        This API is native from the community for defcore tests.
        If you are required to reinstall or change an ECS OS, ECS APIs are recommended. For details, see \"Reinstalling an ECS OS (Using an Image with Cloud-Init Installed)\" and \"Changing an OS (Using an Image with Cloud-Init Installed)\".

        Constraints: - ECSs in the error state cannot be rebuilt.
        - The password cannot be set during the rebuilding.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.6 Rebuilding an ECS

        Args:
            body: the request body (RebuildServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            RebuildServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.rebuild_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def rebuild_server_detailed(
        self,
        *,
        body: RebuildServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[RebuildServerResponse | None]:
        """Like rebuild_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.rebuild_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_image_server(
        self,
        *,
        body: CreateImageServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateImageServerResponse | None:
        """Creating an Image Using an ECS

        This API is used to create an image using an ECS. After the creation, you can use this image to create ECSs.
        Images created using an ECS are stored on storage nodes as snapshots.
        This API is a native OpenStack API that is not applicable to the images on the public cloud platform.
        - To create a system disk image or data disk image, use the IMS API (POST /v2/cloudimages/action). For details, see \"Creating an Image\" in Image Management Service API Reference.
        - To create a full-ECS image, use the IMS API (POST /v1/cloudimages/wholeimages/action). For details, see \"Creating a Full-ECS Image\" in Image Management Service API Reference.

        Constraints: - An ECS in the error state cannot be used to create an image.
        - If an image created using an ECS is used to create a new ECS, the new ECS must be located in the same AZ as the original ECS.
        - After an ECS is deleted, the images and snapshots created using this ECS will not be automatically deleted. You must manually delete them.
        - After an image created using an ECS is deleted, the associated snapshots will not be automatically deleted (this function is implemented by native OpenStack). You must manually delete such snapshots.
        - The image created using an ECS cannot be used to create data disks.
        - The images created using the API described in this section (URI: POST /v2/{project_id}/servers/{server_id}/action or POST /v2.1/{project_id}/servers/{server_id}/action) cannot be exported to OBS buckets. If such images must be exported, use the IMS API (POST /v2/cloudimages/action). For details, see \"Creating an Image\" in Image Management Service API Reference.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.7 Creating an Image Using an ECS

        Args:
            body: the request body (CreateImageServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateImageServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_image_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_image_server_detailed(
        self,
        *,
        body: CreateImageServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> HeadedResponse[CreateImageServerResponse | None, CreateImageServerHeaders]:
        """Like create_image_server(), but return the status code, headers and raw body too; response_headers holds the documented headers (CreateImageServerHeaders)."""
        return headed(self._send(_ops.create_image_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry))

    def update_specifications_server_v21(
        self,
        *,
        body: UpdateSpecificationsServerV21RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Modifying the Specifications of an ECS

        This API is used to modify the specifications of an ECS.
        For a running ECS, the system will automatically stop the ECS, copy the ECS data to the target node, which can be the source node, and then restart the ECS.
        This API supports automatic rollback if the underlying resources are insufficient.
        This API must be used with the API for verifying ECS specifications modification (POST /v2.1/{project_id}/servers/{server_id}/action) or the API for rolling back ECS specifications modification (POST /v2.1/{project_id}/servers/{server_id}/action) if an ECS is detected to be in VERIFY_RESIZE state and its OS-EXT-STS:vm_state is RESIZED.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.8 Modifying the Specifications of an ECS

        Args:
            body: the request body (UpdateSpecificationsServerV21RequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_specifications_server_v21(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_specifications_server_v21_detailed(
        self,
        *,
        body: UpdateSpecificationsServerV21RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like update_specifications_server_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_specifications_server_v21(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def confirm_server_specifications_modification(
        self,
        *,
        body: ConfirmServerSpecificationsModificationRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Confirming ECS Specifications Modification

        This API is used to confirm the specifications modification of an ECS.

        Constraints: Before calling this API, ensure that the ECS status (which can be queried using the API for querying details about the ECS) meets the following requirements:
        OS-EXT-STS:vm_state=resized
        OS-EXT-STS:task_state=\"\"
        status=VERIFY_RESIZE

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.9 Confirming ECS Specifications Modification

        Args:
            body: the request body (ConfirmServerSpecificationsModificationRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.confirm_server_specifications_modification(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def confirm_server_specifications_modification_detailed(
        self,
        *,
        body: ConfirmServerSpecificationsModificationRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like confirm_server_specifications_modification(), but return the status code, headers and raw body too."""
        return self._send(_ops.confirm_server_specifications_modification(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def rollback_server_specifications_modification(
        self,
        *,
        body: RollbackServerSpecificationsModificationRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Rolling Back ECS Specifications Modification

        This API is used to roll back ECS specifications modification.

        Constraints: After the rollback, the data modified during migration will be lost.
        Before calling this API, ensure that the ECS status (which can be queried using the API for querying details about the ECS) meets the following requirements:
        OS-EXT-STS:vm_state=resized
        OS-EXT-STS:task_state=\"\"
        status=VERIFY_RESIZE

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.3.10 Rolling Back ECS Specifications Modification

        Args:
            body: the request body (RollbackServerSpecificationsModificationRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.rollback_server_specifications_modification(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def rollback_server_specifications_modification_detailed(
        self,
        *,
        body: RollbackServerSpecificationsModificationRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like rollback_server_specifications_modification(), but return the status code, headers and raw body too."""
        return self._send(_ops.rollback_server_specifications_modification(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def add_security_group(
        self,
        *,
        body: AddSecurityGroupRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Adding a Security Group

        This API is used to add an ECS to a security group.
        You are suggested to add an ECS to a maximum of five security groups.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.5.1 Adding a Security Group

        Args:
            body: the request body (AddSecurityGroupRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.add_security_group(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def add_security_group_detailed(
        self,
        *,
        body: AddSecurityGroupRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like add_security_group(), but return the status code, headers and raw body too."""
        return self._send(_ops.add_security_group(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_security_group_v21(
        self,
        *,
        body: DeleteSecurityGroupV21RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Any:
        """Deleting a Security Group

        This API is used to delete a security group for an ECS.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.5.2 Deleting a Security Group

        Args:
            body: the request body (DeleteSecurityGroupV21RequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            Any

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_security_group_v21(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_security_group_v21_detailed(
        self,
        *,
        body: DeleteSecurityGroupV21RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[Any]:
        """Like delete_security_group_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_security_group_v21(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_server_management_console_logs(
        self,
        *,
        body: ShowServerManagementConsoleLogsRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerManagementConsoleLogsResponse | None:
        """Obtaining ECS Management Console Logs

        This API is used to obtain ECS management console logs.

        Constraints: This API will be discarded since a version later than microversion 2.5. When using this API, set the microversion to 2.5 or earlier.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/action
        Source: manual section 3.14.1 Obtaining ECS Management Console Logs

        Args:
            body: the request body (ShowServerManagementConsoleLogsRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerManagementConsoleLogsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_management_console_logs(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_management_console_logs_detailed(
        self,
        *,
        body: ShowServerManagementConsoleLogsRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerManagementConsoleLogsResponse | None]:
        """Like show_server_management_console_logs(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_management_console_logs(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_networks(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListNetworksResponse | None:
        """Querying Networks

        This API is used to query the networks available to a tenant.

        Constraints: You can query only the network ID and label (network name). Other fields are all null.

        HTTP: GET /v2.1/{project_id}/os-networks
        Source: manual section 3.4.1 Querying Networks

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListNetworksResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_networks(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_networks_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListNetworksResponse | None]:
        """Like list_networks(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_networks(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_networks_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowNetworksServerResponse | None:
        """Querying the Networks of a Specified ECS

        This API is used to query the networks of an ECS.

        Constraints: None

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/ips
        Source: manual section 3.4.2 Querying the Networks of a Specified ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowNetworksServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_networks_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_networks_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowNetworksServerResponse | None]:
        """Like show_networks_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_networks_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_network_server(
        self,
        *,
        body: ShowNetworkServerRequestBody | Mapping[str, Any],
        server_id: str,
        network_name: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowNetworkServerResponse | None:
        """Querying the Specified Network of an ECS

        This API is used to query the specified network of an ECS.

        Constraints: None

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/ips/{networkName}
        Source: manual section 3.4.3 Querying the Specified Network of an ECS

        Args:
            body: the request body (ShowNetworkServerRequestBody)
            server_id: path parameter 'server_id'
            network_name: path parameter 'networkName'
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowNetworkServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_network_server(
            self.config,
            body=body,
            server_id=server_id,
            network_name=network_name,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_network_server_detailed(
        self,
        *,
        body: ShowNetworkServerRequestBody | Mapping[str, Any],
        server_id: str,
        network_name: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowNetworkServerResponse | None]:
        """Like show_network_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_network_server(
            self.config,
            body=body,
            server_id=server_id,
            network_name=network_name,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_security_groups_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSecurityGroupsServerResponse | None:
        """Querying Security Groups for a Specified ECS

        This API is used to query security groups for a specified ECS.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-security-groups
        Source: manual section 3.5.3 Querying Security Groups for a Specified ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSecurityGroupsServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_security_groups_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_security_groups_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSecurityGroupsServerResponse | None]:
        """Like show_security_groups_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_security_groups_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_server_flavors(
        self,
        *,
        project_id: str | None = None,
        min_disk: int | Unset = UNSET,
        min_ram: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListServerFlavorsResponse | None:
        """Querying ECS Flavors

        This API is used to query available ECS flavors. After receiving the request, Nova uses nova-api to view the flavors from the database.

        HTTP: GET /v2.1/{project_id}/flavors
        Source: manual section 3.6.1 Querying ECS Flavors

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            min_disk: query parameter 'minDisk', optional. Specifies the minimum disk specification in the unit of GB. Only the ECSs with the disk specification greater than or equal to the minimum specification can be queried.
            min_ram: query parameter 'minRam', optional. Specifies the minimum RAM in the unit of MB. Only the ECSs with the RAM specification greater than or equal to the minimum specification can be queried.
            sort_key: query parameter 'sort_key', optional. Indicates a sorting field, the default value of which is flavorid.
                The value of this parameter can also be name, memory_mb, vcpus, root_gb, or flavorid.
            sort_dir: query parameter 'sort_dir', optional. Specifies the ascending (asc) or descending (desc) sorting. The default value is asc.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListServerFlavorsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_server_flavors(
            self.config,
            project_id=project_id,
            min_disk=min_disk,
            min_ram=min_ram,
            sort_key=sort_key,
            sort_dir=sort_dir,
        ), headers, timeout, retry)
        return _r.parsed

    def list_server_flavors_detailed(
        self,
        *,
        project_id: str | None = None,
        min_disk: int | Unset = UNSET,
        min_ram: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListServerFlavorsResponse | None]:
        """Like list_server_flavors(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_server_flavors(
            self.config,
            project_id=project_id,
            min_disk=min_disk,
            min_ram=min_ram,
            sort_key=sort_key,
            sort_dir=sort_dir,
        ), headers, timeout, retry)

    def list_details_server_flavors(
        self,
        *,
        project_id: str | None = None,
        min_disk: str | Unset = UNSET,
        min_ram: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListDetailsServerFlavorsResponse | None:
        """Querying Details About ECS Flavors

        This API is used to query details about ECS flavors.

        HTTP: GET /v2.1/{project_id}/flavors/detail
        Source: manual section 3.6.2 Querying Details About ECS Flavors

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            min_disk: query parameter 'minDisk', optional. Specifies the minimum disk specification in the unit of GB. Only the ECSs with the disk specification greater than or equal to the minimum specification can be queried.
            min_ram: query parameter 'minRam', optional. Specifies the minimum RAM in the unit of MB. Only the ECSs with the RAM specification greater than or equal to the minimum specification can be queried.
            sort_key: query parameter 'sort_key', optional. Indicates a sorting field, the default value of which is flavorid. The value of this parameter can also be name, memory_mb, vcpus, root_gb, or flavorid.
            sort_dir: query parameter 'sort_dir', optional. Specifies the ascending (asc) or descending (desc) sorting. Options: asc and desc
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListDetailsServerFlavorsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_details_server_flavors(
            self.config,
            project_id=project_id,
            min_disk=min_disk,
            min_ram=min_ram,
            sort_key=sort_key,
            sort_dir=sort_dir,
        ), headers, timeout, retry)
        return _r.parsed

    def list_details_server_flavors_detailed(
        self,
        *,
        project_id: str | None = None,
        min_disk: str | Unset = UNSET,
        min_ram: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListDetailsServerFlavorsResponse | None]:
        """Like list_details_server_flavors(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_details_server_flavors(
            self.config,
            project_id=project_id,
            min_disk=min_disk,
            min_ram=min_ram,
            sort_key=sort_key,
            sort_dir=sort_dir,
        ), headers, timeout, retry)

    def show_server_flavor(
        self,
        *,
        flavor_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerFlavorResponse | None:
        """Querying Details About an ECS Flavor

        This API is used to query the details about an ECS flavor based on the flavor ID.

        HTTP: GET /v2.1/{project_id}/flavors/{flavor_id}
        Source: manual section 3.6.3 Querying Details About an ECS Flavor

        Args:
            flavor_id: path parameter 'flavor_id'
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerFlavorResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_flavor(
            self.config,
            flavor_id=flavor_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_flavor_detailed(
        self,
        *,
        flavor_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerFlavorResponse | None]:
        """Like show_server_flavor(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_flavor(
            self.config,
            flavor_id=flavor_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_extra_specs_value_server_flavor(
        self,
        *,
        flavor_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowExtraSpecsValueServerFlavorResponse | None:
        """Querying the extra_specs Value for an ECS Flavor

        This API is used to query the extra_specs value for a specified ECS flavor.

        HTTP: GET /v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs
        Source: manual section 3.6.4 Querying the extra_specs Value for an ECS Flavor

        Args:
            flavor_id: path parameter 'flavor_id'
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowExtraSpecsValueServerFlavorResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_extra_specs_value_server_flavor(
            self.config,
            flavor_id=flavor_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_extra_specs_value_server_flavor_detailed(
        self,
        *,
        flavor_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowExtraSpecsValueServerFlavorResponse | None]:
        """Like show_extra_specs_value_server_flavor(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_extra_specs_value_server_flavor(
            self.config,
            flavor_id=flavor_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_server_nics(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerNicsResponse | None:
        """Querying ECS NICs

        This API is used to query information about ECS NICs.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-interface
        Source: manual section 3.7.1 Querying ECS NICs

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerNicsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_nics(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_nics_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerNicsResponse | None]:
        """Like show_server_nics(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_nics(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def add_nic_to_server(
        self,
        *,
        body: AddNicToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AddNicToServerResponse | None:
        """Adding a NIC to an ECS

        This API is used to add a NIC to an ECS.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/os-interface
        Source: manual section 3.7.3 Adding a NIC to an ECS

        Args:
            body: the request body (AddNicToServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AddNicToServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.add_nic_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def add_nic_to_server_detailed(
        self,
        *,
        body: AddNicToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AddNicToServerResponse | None]:
        """Like add_nic_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.add_nic_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_nics_server(
        self,
        *,
        server_id: str,
        id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowNicsServerResponse | None:
        """Querying NICs of an ECS

        This API is used to query NICs of an ECS based on the NIC ID.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-interface/{id}
        Source: manual section 3.7.2 Querying NICs of an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            id: path parameter 'id'. Specifies the port ID of the NIC.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowNicsServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_nics_server(
            self.config,
            server_id=server_id,
            id=id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_nics_server_detailed(
        self,
        *,
        server_id: str,
        id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowNicsServerResponse | None]:
        """Like show_nics_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_nics_server(
            self.config,
            server_id=server_id,
            id=id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_nic_from_server(
        self,
        *,
        server_id: str,
        id: str,
        project_id: str | None = None,
        reserve_port: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting a NIC from an ECS

        This API is used to delete a NIC from an ECS based on the port ID.

        Constraints: The primary NIC of an ECS has routing rules configured and cannot be deleted.
        When an ECS NIC is detached, all NICs attached to the ECS through the OpenStack Nova API will be deleted.

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}/os-interface/{id}
        Source: manual section 3.7.4 Deleting a NIC from an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            id: path parameter 'id'. Specifies the port ID of the NIC.
                When the ID is the same as the ECS primary NIC ID, the system will return error code 403.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            reserve_port: query parameter 'reserve_port', optional. Indicates whether to retain the NIC port after the NIC is unbound.
                True: indicates that the port is reserved.
                False: indicates that the port is deleted. This is the default value.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_nic_from_server(
            self.config,
            server_id=server_id,
            id=id,
            project_id=project_id,
            reserve_port=reserve_port,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_nic_from_server_detailed(
        self,
        *,
        server_id: str,
        id: str,
        project_id: str | None = None,
        reserve_port: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_nic_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_nic_from_server(
            self.config,
            server_id=server_id,
            id=id,
            project_id=project_id,
            reserve_port=reserve_port,
        ), headers, timeout, retry)

    def show_disks_attached_to_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowDisksAttachedToServerResponse | None:
        """Querying Disks Attached to an ECS

        This API is used to query the disks attached to an ECS.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-volume_attachments
        Source: manual section 3.8.1 Querying Disks Attached to an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowDisksAttachedToServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_disks_attached_to_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_disks_attached_to_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowDisksAttachedToServerResponse | None]:
        """Like show_disks_attached_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_disks_attached_to_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_disk_attached_to_server_os_volume_attachments(
        self,
        *,
        server_id: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowDiskAttachedToServerOsVolumeAttachmentsResponse | None:
        """Querying a Disk Attached to an ECS

        This API is used to query a disk attached to an ECS based on the disk ID.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-volume_attachments/{volume_id}
        Source: manual section 3.8.2 Querying a Disk Attached to an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            volume_id: path parameter 'volume_id'. Specifies the disk ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowDiskAttachedToServerOsVolumeAttachmentsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_disk_attached_to_server_os_volume_attachments(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_disk_attached_to_server_os_volume_attachments_detailed(
        self,
        *,
        server_id: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowDiskAttachedToServerOsVolumeAttachmentsResponse | None]:
        """Like show_disk_attached_to_server_os_volume_attachments(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_disk_attached_to_server_os_volume_attachments(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def detach_disk_from_server(
        self,
        *,
        server_id: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Detaching a Disk from an ECS

        This API is used to detach a disk from an ECS.

        Constraints: The system disk, the device name of which is /dev/sda, and user disks can be detached from an ECS only when the ECS is stopped. There are no requirements on OTC Tools.
        When an ECS is in the active state, pay attention to the following constraints:
        - Only data disks, the device name of which is not /dev/sda, can be detached from an ECS.
        - Make sure that OTC Tools have been installed and enabled on the ECS. Otherwise, the uninstallation will fail.
        - For a Linux ECS, you need to log in to the ECS and run the umount command to disassociate the target disk from the file system. In addition, you need to ensure that no data is being written into or being read from the disk. Otherwise, the detachment will fail.
        - For a Windows ECS, you need to ensure that no data is being written into or being read from the disk when a disk is to be detached from the running ECS. Otherwise, data will be lost.
        - OSs supporting EVS disk detachment from a running ECS include two parts:
        - For the first part, see Formats and OSs Supported for External Image Files.
        - Table 1 lists the second part of supported OSs.
        Table 1 OSs supporting EVS disk detachment from a running ECS

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}/os-volume_attachments/{volume_id}
        Source: manual section 3.8.4 Detaching a Disk from an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            volume_id: path parameter 'volume_id'. Specifies the volume ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.detach_disk_from_server(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def detach_disk_from_server_detailed(
        self,
        *,
        server_id: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like detach_disk_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.detach_disk_from_server(
            self.config,
            server_id=server_id,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def attach_disk_to_server_v2(
        self,
        *,
        body: AttachDiskToServerV2RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AttachDiskToServerV2Response | None:
        """Attaching a Disk to an ECS

        This API is used to attach a disk to an ECS.

        Constraints: - If you attach a bootable disk to an ECS, you must specify the disk drive letter.
        - A disk created using a backup cannot be attached to an ECS as the system disk.
        - An ECS in the SUSPENDED or PAUSED state, which is specified using the OS-EXT-STS:vm_state parameter of the ECS, cannot have a disk attached.
        - The EVS must be in the available status.
        - The EVS disk and the target ECS must be located in the same AZ.
        - VBD EVS disks cannot be attached to BMSs.

        HTTP: POST /v2/{project_id}/servers/{server_id}/os-volume_attachments
        Source: manual section 3.8.3 Attaching a Disk to an ECS

        Args:
            body: the request body (AttachDiskToServerV2RequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AttachDiskToServerV2Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.attach_disk_to_server_v2(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def attach_disk_to_server_v2_detailed(
        self,
        *,
        body: AttachDiskToServerV2RequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AttachDiskToServerV2Response | None]:
        """Like attach_disk_to_server_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.attach_disk_to_server_v2(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_server_metadata(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerMetadataResponse | None:
        """Querying ECS Metadata

        This API is used to query ECS metadata.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/metadata
        Source: manual section 3.9.4 Querying ECS Metadata

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerMetadataResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_metadata(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_metadata_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerMetadataResponse | None]:
        """Like show_server_metadata(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_metadata(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def set_server_metadata(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> SetServerMetadataResponse | None:
        """Configuring ECS Metadata

        This API is used to configure ECS metadata.
        When you call this API, all the metadata of this ECS will be deleted, and the ECS uses the value configured in the request.

        Constraints: An ECS must be in active, stopped, paused, or suspended state, which is specified by OS-EXT-STS:vm_state.

        HTTP: PUT /v2.1/{project_id}/servers/{server_id}/metadata
        Source: manual section 3.9.2 Configuring ECS Metadata

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            SetServerMetadataResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.set_server_metadata(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def set_server_metadata_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[SetServerMetadataResponse | None]:
        """Like set_server_metadata(), but return the status code, headers and raw body too."""
        return self._send(_ops.set_server_metadata(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_server_metadata(
        self,
        *,
        body: UpdateServerMetadataRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateServerMetadataResponse | None:
        """Updating ECS Metadata

        This API is used to update ECS metadata.
        - If the metadata does not contain the target field, the field is automatically added.
        - If the metadata contains the target field, the field value is automatically updated.
        - If the field in the metadata is not requested, the field value remains unchanged.

        Constraints: An ECS must be in active, stopped, paused, or suspended state, which is specified by OS-EXT-STS:vm_state.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/metadata
        Source: manual section 3.9.1 Updating ECS Metadata

        Args:
            body: the request body (UpdateServerMetadataRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateServerMetadataResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_server_metadata(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_server_metadata_detailed(
        self,
        *,
        body: UpdateServerMetadataRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateServerMetadataResponse | None]:
        """Like update_server_metadata(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_server_metadata(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_server_metadata_with_key(
        self,
        *,
        server_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerMetadataWithKeyResponse | None:
        """Obtaining ECS Metadata with a Specified Key

        This API is used to obtain ECS metadata with a specified key.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/metadata/{key}
        Source: manual section 3.9.5 Obtaining ECS Metadata with a Specified Key

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            key: path parameter 'key'. Specifies the ECS metadata key.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerMetadataWithKeyResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_metadata_with_key(
            self.config,
            server_id=server_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_metadata_with_key_detailed(
        self,
        *,
        server_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerMetadataWithKeyResponse | None]:
        """Like show_server_metadata_with_key(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_metadata_with_key(
            self.config,
            server_id=server_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_server_metadata_with_key(
        self,
        *,
        body: UpdateServerMetadataWithKeyRequestBody | Mapping[str, Any],
        server_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateServerMetadataWithKeyResponse | None:
        """Modifying ECS Metadata with a Specified Key

        This API is used to modify the ECS metadata with a specified key.
        - If the metadata does not contain the target field, the field is automatically added.
        - If the metadata contains the target field, the field value is automatically updated.

        Constraints: An ECS must be in active, stopped, paused, or suspended state, which is specified by OS-EXT-STS:vm_state.

        HTTP: PUT /v2.1/{project_id}/servers/{server_id}/metadata/{key}
        Source: manual section 3.9.6 Modifying ECS Metadata with a Specified Key

        Args:
            body: the request body (UpdateServerMetadataWithKeyRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            key: path parameter 'key'. Specifies the ECS metadata key.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateServerMetadataWithKeyResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_server_metadata_with_key(
            self.config,
            body=body,
            server_id=server_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_server_metadata_with_key_detailed(
        self,
        *,
        body: UpdateServerMetadataWithKeyRequestBody | Mapping[str, Any],
        server_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateServerMetadataWithKeyResponse | None]:
        """Like update_server_metadata_with_key(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_server_metadata_with_key(
            self.config,
            body=body,
            server_id=server_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_server_metadata(
        self,
        *,
        server_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting Specified ECS Metadata

        This API is used to delete specified ECS metadata.

        Constraints: An ECS must be in active, stopped, paused, or suspended state, which is specified by OS-EXT-STS:vm_state.

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}/metadata/{key}
        Source: manual section 3.9.3 Deleting Specified ECS Metadata

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            key: path parameter 'key'. Specifies the ECS metadata key.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_server_metadata(
            self.config,
            server_id=server_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_server_metadata_detailed(
        self,
        *,
        server_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_server_metadata(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_server_metadata(
            self.config,
            server_id=server_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_tenant_quota_limits(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListTenantQuotaLimitsResponse | None:
        """Querying Tenant Quota Limits

        This API is used to query tenant quota limits.
        Tenants are only allowed to query their own quota limits.

        HTTP: GET /v2.1/{project_id}/limits
        Source: manual section 3.10.1 Querying Tenant Quota Limits

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListTenantQuotaLimitsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_tenant_quota_limits(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_tenant_quota_limits_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListTenantQuotaLimitsResponse | None]:
        """Like list_tenant_quota_limits(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_tenant_quota_limits(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_tenant_quotas_v21(
        self,
        *,
        project_id_2: str,
        project_id: str | None = None,
        user_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListTenantQuotasV21Response | None:
        """Querying Tenant Quotas

        This API is used to query quotas, including ECSs, vCPUs, and memory.
        This API provides the user_id parameter for obtaining the quota configuration of a specified user.

        HTTP: GET /v2.1/{project_id}/os-quota-sets/{project_id_2}
        Source: manual section 3.10.2 Querying Tenant Quotas

        Args:
            project_id_2: path parameter 'project_id_2'. Specifies the project ID. If the specified project does not exist, the default quota in the system is returned.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID. If the specified project does not exist, the default quota in the system is returned.
            user_id: query parameter 'user_id', optional. Specifies the user ID. If the specified user does not exist, the default quota in the system is returned.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListTenantQuotasV21Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_tenant_quotas_v21(
            self.config,
            project_id_2=project_id_2,
            project_id=project_id,
            user_id=user_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_tenant_quotas_v21_detailed(
        self,
        *,
        project_id_2: str,
        project_id: str | None = None,
        user_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListTenantQuotasV21Response | None]:
        """Like list_tenant_quotas_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_tenant_quotas_v21(
            self.config,
            project_id_2=project_id_2,
            project_id=project_id,
            user_id=user_id,
        ), headers, timeout, retry)

    def list_default_quotas(
        self,
        *,
        project_id_2: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListDefaultQuotasResponse | None:
        """Querying Default Quotas

        This API is used to query default quotas.

        HTTP: GET /v2.1/{project_id}/os-quota-sets/{project_id_2}/defaults
        Source: manual section 3.10.3 Querying Default Quotas

        Args:
            project_id_2: path parameter 'project_id_2'. Specifies the project ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListDefaultQuotasResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_default_quotas(
            self.config,
            project_id_2=project_id_2,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_default_quotas_detailed(
        self,
        *,
        project_id_2: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListDefaultQuotasResponse | None]:
        """Like list_default_quotas(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_default_quotas(
            self.config,
            project_id_2=project_id_2,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_ssh_key_pairs(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSshKeyPairsResponse | None:
        """Querying SSH Key Pairs

        This API is used to query SSH key pairs.

        HTTP: GET /v2.1/{project_id}/os-keypairs
        Source: manual section 3.11.1 Querying SSH Key Pairs

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSshKeyPairsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_ssh_key_pairs(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_ssh_key_pairs_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSshKeyPairsResponse | None]:
        """Like list_ssh_key_pairs(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_ssh_key_pairs(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_import_ssh_key_pair(
        self,
        *,
        body: CreateImportSshKeyPairRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateImportSshKeyPairResponse | None:
        """Creating and Importing an SSH Key Pair

        This API is used to create an SSH key pair or import a public key to generate a key pair.
        After a private SSH key is created, download the private key to a local directory. Then, you can use this private key to log in to the ECS. To ensure ECS security, the private key can be downloaded only once. Keep it secure.
        Only the user that created the key pair can view it. If the key pair is created by an IAM user, the IAM account of the user and the other users of the same account cannot view the key pair.

        HTTP: POST /v2.1/{project_id}/os-keypairs
        Source: manual section 3.11.3 Creating and Importing an SSH Key Pair

        Args:
            body: the request body (CreateImportSshKeyPairRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateImportSshKeyPairResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_import_ssh_key_pair(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_import_ssh_key_pair_detailed(
        self,
        *,
        body: CreateImportSshKeyPairRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateImportSshKeyPairResponse | None]:
        """Like create_import_ssh_key_pair(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_import_ssh_key_pair(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_ssh_key_pair(
        self,
        *,
        keypair_name: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSshKeyPairResponse | None:
        """Querying a Specified SSH Key Pair

        This API is used to query a specified SSH key pair based on the SSH key pair name.

        HTTP: GET /v2.1/{project_id}/os-keypairs/{keypair_name}
        Source: manual section 3.11.2 Querying a Specified SSH Key Pair

        Args:
            keypair_name: path parameter 'keypair_name'. Specifies the key pair name.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSshKeyPairResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_ssh_key_pair(
            self.config,
            keypair_name=keypair_name,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_ssh_key_pair_detailed(
        self,
        *,
        keypair_name: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSshKeyPairResponse | None]:
        """Like show_ssh_key_pair(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_ssh_key_pair(
            self.config,
            keypair_name=keypair_name,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_ssh_key_pair(
        self,
        *,
        keypair_name: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting an SSH Key Pair

        This API is used to delete a specified SSH key pair based on the SSH key pair name.

        HTTP: DELETE /v2.1/{project_id}/os-keypairs/{keypair_name}
        Source: manual section 3.11.4 Deleting an SSH Key Pair

        Args:
            keypair_name: path parameter 'keypair_name'. Specifies the key pair name.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_ssh_key_pair(
            self.config,
            keypair_name=keypair_name,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_ssh_key_pair_detailed(
        self,
        *,
        keypair_name: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_ssh_key_pair(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_ssh_key_pair(
            self.config,
            keypair_name=keypair_name,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_password_logging_to_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowPasswordLoggingToServerResponse | None:
        """Obtaining the Password for Logging In to an ECS

        This API is used to obtain the random password generated during initial Windows ECS installation for user Administrator or the configured Cloudbase-init user when you use an image that supports Cloudbase-Init to create a Windows ECS.
        After starting an ECS, wait for 5 to 10 minutes and ensure that the password is injected. Then, you can use this API to query the password.
        Linux ECSs do not use this API to obtain a password.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-server-password
        Source: manual section 3.11.5 Obtaining the Password for Logging In to an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowPasswordLoggingToServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_password_logging_to_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_password_logging_to_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowPasswordLoggingToServerResponse | None]:
        """Like show_password_logging_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_password_logging_to_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_password_logging_to_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting the Password for Logging In to an ECS

        This API is used to delete the recorded random password generated during initial Windows ECS installation. After the password is deleted, you can still use your password to log in to your ECS. However, you cannot use the Get Password function to recover the ECS initial password.
        Linux ECSs do not use this API to delete a password.

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}/os-server-password
        Source: manual section 3.11.6 Deleting the Password for Logging In to an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_password_logging_to_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_password_logging_to_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_password_logging_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_password_logging_to_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_server_groups_v21(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListServerGroupsV21Response | None:
        """Querying ECS Groups

        This API is used to query ECS groups.

        HTTP: GET /v2.1/{project_id}/os-server-groups
        Source: manual section 3.12.2 Querying ECS Groups

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListServerGroupsV21Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_server_groups_v21(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_server_groups_v21_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListServerGroupsV21Response | None]:
        """Like list_server_groups_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_server_groups_v21(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_server_group_v21(
        self,
        *,
        body: CreateServerGroupV21RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateServerGroupV21Response | None:
        """Creating an ECS Group

        This API is used to create an ECS group.

        Constraints: Only anti-affinity groups are supported.

        HTTP: POST /v2.1/{project_id}/os-server-groups
        Source: manual section 3.12.1 Creating an ECS Group

        Args:
            body: the request body (CreateServerGroupV21RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateServerGroupV21Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_server_group_v21(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_server_group_v21_detailed(
        self,
        *,
        body: CreateServerGroupV21RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateServerGroupV21Response | None]:
        """Like create_server_group_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_server_group_v21(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_server_group_v21(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerGroupV21Response | None:
        """Querying Details About an ECS Group

        This API is used to query details bout an ECS group.

        HTTP: GET /v2.1/{project_id}/os-server-groups/{server_group_id}
        Source: manual section 3.12.3 Querying Details About an ECS Group

        Args:
            server_group_id: path parameter 'server_group_id'. Specifies the ECS group UUID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerGroupV21Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_group_v21(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_group_v21_detailed(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerGroupV21Response | None]:
        """Like show_server_group_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_group_v21(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_server_group_v21(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting an ECS Group

        This API is used to delete an ECS group.

        HTTP: DELETE /v2.1/{project_id}/os-server-groups/{server_group_id}
        Source: manual section 3.12.4 Deleting an ECS Group

        Args:
            server_group_id: path parameter 'server_group_id'. Specifies the ECS group UUID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_server_group_v21(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_server_group_v21_detailed(
        self,
        *,
        server_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_server_group_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_server_group_v21(
            self.config,
            server_group_id=server_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_operations_on_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        limit: str | Unset = UNSET,
        marker: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowOperationsOnServerResponse | None:
        """Querying Operations on an ECS

        This API is used to query all historical operations on an ECS.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-instance-actions
        Source: manual section 3.13.1 Querying Operations on an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            limit: query parameter 'limit', optional. Specifies the upper limit on the number of returned results.
                This parameter is supported in microversion 2.58 and later.
            marker: query parameter 'marker', optional. Specifies the marker that points to the operation. The query starts from the next piece of data indexed by this parameter. The value is request_id.
                This parameter is supported in microversion 2.58 and later.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowOperationsOnServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_operations_on_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
            limit=limit,
            marker=marker,
        ), headers, timeout, retry)
        return _r.parsed

    def show_operations_on_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        limit: str | Unset = UNSET,
        marker: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowOperationsOnServerResponse | None]:
        """Like show_operations_on_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_operations_on_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
            limit=limit,
            marker=marker,
        ), headers, timeout, retry)

    def show_server_operations_by_request_id(
        self,
        *,
        server_id: str,
        request_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowServerOperationsByRequestIdResponse | None:
        """Querying ECS Operations by Request ID

        This API is used to query a request of an ECS.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/os-instance-actions/{request_id}
        Source: manual section 3.13.2 Querying ECS Operations by Request ID

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            request_id: path parameter 'request_id'. Specifies the request ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowServerOperationsByRequestIdResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_server_operations_by_request_id(
            self.config,
            server_id=server_id,
            request_id=request_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_server_operations_by_request_id_detailed(
        self,
        *,
        server_id: str,
        request_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowServerOperationsByRequestIdResponse | None]:
        """Like show_server_operations_by_request_id(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_server_operations_by_request_id(
            self.config,
            server_id=server_id,
            request_id=request_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_vnc_based_remote_login_address_microversion26_or_later(
        self,
        *,
        body: ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None:
        """Obtaining a VNC-based Remote Login Address (Microversion 2.6 or Later)

        This API is used to obtain the address for remotely logging in to an ECS using VNC.

        Constraints: - When using this API, ensure that the microversion is 2.6 or later.
        Add a microversion using the HTTP request header X-OpenStack-Nova-API-Version or OpenStack-API-Version.
        For example, X-OpenStack-Nova-API-Version: 2.6 or OpenStack-API-Version: compute 2.6
        - An obtained login address is valid for 10 minutes. Obtain a new one after expiration.

        HTTP: POST /v2.1/{project_id}/servers/{server_id}/remote-consoles
        Source: manual section 3.14.2 Obtaining a VNC-based Remote Login Address (Microversion 2.6 or Later)

        Args:
            body: the request body (ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. Add a microversion using the HTTP request header X-OpenStack-Nova-API-Version or OpenStack-API-Version.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_vnc_based_remote_login_address_microversion26_or_later(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def show_vnc_based_remote_login_address_microversion26_or_later_detailed(
        self,
        *,
        body: ShowVncBasedRemoteLoginAddressMicroversion26OrLaterRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVncBasedRemoteLoginAddressMicroversion26OrLaterResponse | None]:
        """Like show_vnc_based_remote_login_address_microversion26_or_later(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_vnc_based_remote_login_address_microversion26_or_later(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def list_availability_zones(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListAvailabilityZonesResponse | None:
        """Querying AZs

        This API is used to query AZs.

        HTTP: GET /v2.1/{project_id}/os-availability-zone
        Source: manual section 3.15.1 Querying AZs

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListAvailabilityZonesResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_availability_zones(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_availability_zones_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListAvailabilityZonesResponse | None]:
        """Like list_availability_zones(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_availability_zones(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_tags_server_v21(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowTagsServerV21Response | None:
        """Querying Tags of an ECS

        This API is used to query all tags of an ECS.
        You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/tags
        Source: manual section 3.16.2 Querying Tags of an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowTagsServerV21Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_tags_server_v21(
            self.config,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def show_tags_server_v21_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowTagsServerV21Response | None]:
        """Like show_tags_server_v21(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_tags_server_v21(
            self.config,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def add_tags_to_server(
        self,
        *,
        body: AddTagsToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AddTagsToServerResponse | None:
        """Adding Tags to an ECS

        This API is used to add tags to an ECS.
        You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.

        HTTP: PUT /v2.1/{project_id}/servers/{server_id}/tags
        Source: manual section 3.16.3 Adding Tags to an ECS

        Args:
            body: the request body (AddTagsToServerRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AddTagsToServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.add_tags_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def add_tags_to_server_detailed(
        self,
        *,
        body: AddTagsToServerRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AddTagsToServerResponse | None]:
        """Like add_tags_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.add_tags_to_server(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def delete_tags_from_server(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting Tags from an ECS

        This API is used to delete all tags of an ECS.
        You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}/tags
        Source: manual section 3.16.4 Deleting Tags from an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_tags_from_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_tags_from_server_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_tags_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_tags_from_server(
            self.config,
            server_id=server_id,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def show_tag_server(
        self,
        *,
        server_id: str,
        tag: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Querying a Specified Tag for an ECS

        This API is used to query whether an ECS has a specified tag.
        You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.

        HTTP: GET /v2.1/{project_id}/servers/{server_id}/tags/{tag}
        Source: manual section 3.16.6 Querying a Specified Tag for an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            tag: path parameter 'tag'. Specifies the key of the tag to be queried. If no key is specified, all tags of the ECS will be displayed.
                For details about key rules, see Tag Types.
                Tag functions have been upgraded on the public cloud. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key\".
                For example, an existing tag is \"a.b\". The tag can be queried in the format of \"tag=a.b\" before and in the format of \"tag=a\" now according to the new tag rules.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_tag_server(
            self.config,
            server_id=server_id,
            tag=tag,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def show_tag_server_detailed(
        self,
        *,
        server_id: str,
        tag: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like show_tag_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_tag_server(
            self.config,
            server_id=server_id,
            tag=tag,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def add_tag_to_server(
        self,
        *,
        server_id: str,
        tag: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AddTagToServerResponse | None:
        """Adding a Tag to an ECS

        This API is used to add a tag to an ECS.
        You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.

        Constraints: - The tag contains a maximum of 80 characters.
        - A tag can only consist of digits, letters, hyphens (-), and underscores (_).
        - A maximum of 50 tags can be added to an ECS.
        - An empty tag cannot be created.

        HTTP: PUT /v2.1/{project_id}/servers/{server_id}/tags/{tag}
        Source: manual section 3.16.5 Adding a Tag to an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            tag: path parameter 'tag'. Specifies the key of the tag to be added.
                For details about key rules, see Tag Types.
                Tag functions have been upgraded on the public cloud. If the tags added before the function upgrade are in the format of \"Key.Value\", query tags using \"Key\".
                For example, an existing tag is \"a.b\". The tag can be queried in the format of \"tag=a.b\" before and in the format of \"tag=a\" now according to the new tag rules.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AddTagToServerResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.add_tag_to_server(
            self.config,
            server_id=server_id,
            tag=tag,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def add_tag_to_server_detailed(
        self,
        *,
        server_id: str,
        tag: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AddTagToServerResponse | None]:
        """Like add_tag_to_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.add_tag_to_server(
            self.config,
            server_id=server_id,
            tag=tag,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def delete_tag_from_server(
        self,
        *,
        server_id: str,
        tag: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting a Specified Tag from an ECS

        This API is used to delete a specified tag from an ECS.
        You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.

        Constraints: - The tag contains a maximum of 80 characters.
        - If a tag contains non-URL-safe characters, perform URL encoding.

        HTTP: DELETE /v2.1/{project_id}/servers/{server_id}/tags/{tag}
        Source: manual section 3.16.7 Deleting a Specified Tag from an ECS

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            tag: path parameter 'tag'. Specifies the key of the tag to be deleted. If no key is specified, all tags of the ECS will be deleted.
                For details about key rules, see Tag Types.
                Tag functions have been upgraded on the public cloud. If the tags added before the function upgrade are in the format of \"Key.Value\", delete tags using \"Key\".
                For example, an existing tag is a.b. After the tag function upgrade, delete the tag using \"a\".
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            x_open_stack_nova_api_version: header parameter 'X-OpenStack-Nova-API-Version', optional. You are required to use the HTTP header X-OpenStack-Nova-API-Version: 2.26 to specify the microversion on the client.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_tag_from_server(
            self.config,
            server_id=server_id,
            tag=tag,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_tag_from_server_detailed(
        self,
        *,
        server_id: str,
        tag: str,
        project_id: str | None = None,
        x_open_stack_nova_api_version: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_tag_from_server(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_tag_from_server(
            self.config,
            server_id=server_id,
            tag=tag,
            project_id=project_id,
            x_open_stack_nova_api_version=x_open_stack_nova_api_version,
        ), headers, timeout, retry)

    def batch_add_tags_to_server_servers(
        self,
        *,
        body: BatchAddTagsToServerServersRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Adding Tags to an ECS in a Batch

        - This API is used to add tags to a specified ECS in a batch.
        - The Tag Management Service (TMS) uses this API to batch manage the tags of an ECS.
        This API has been discarded. Use the API described in Adding Tags to an ECS in a Batch.

        Constraints: - An ECS allows a maximum of 10 tags.
        - This API is idempotent.
        During tag creation, if a tag exists (both the key and value are the same as those of an existing tag), the tag is successfully processed by default.
        - A new tag will overwrite the original one if their keys are the same and values are different.

        HTTP: POST /v1/{project_id}/servers/{server_id}/tags/action
        Source: manual section 7.1.1 Adding Tags to an ECS in a Batch (Discarded)
        Deprecated: use batch_add_tags_to_server (2.9.2 Adding Tags to an ECS in a Batch) instead.

        Args:
            body: the request body (BatchAddTagsToServerServersRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_add_tags_to_server_servers(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_add_tags_to_server_servers_detailed(
        self,
        *,
        body: BatchAddTagsToServerServersRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_add_tags_to_server_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_add_tags_to_server_servers(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_delete_tags_from_server_servers(
        self,
        *,
        body: BatchDeleteTagsFromServerServersRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting Tags from an ECS in a Batch

        - This API is used to delete tags from a specified ECS in a batch.
        - The Tag Management Service (TMS) uses this API to batch manage the tags of an ECS.
        - This API is idempotent. When you delete a tag but the tag does not exist, a successful result is returned.
        This API has been discarded. Use the API described in Deleting Tags from an ECS in a Batch.

        Constraints: An ECS allows a maximum of 10 tags.

        HTTP: POST /v1/{project_id}/servers/{server_id}/tags/action
        Source: manual section 7.1.2 Deleting Tags from an ECS in a Batch (Discarded)
        Deprecated: use batch_delete_tags_from_server (2.9.3 Deleting Tags from an ECS in a Batch) instead.

        Args:
            body: the request body (BatchDeleteTagsFromServerServersRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_delete_tags_from_server_servers(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_delete_tags_from_server_servers_detailed(
        self,
        *,
        body: BatchDeleteTagsFromServerServersRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_delete_tags_from_server_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_delete_tags_from_server_servers(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_project_tags_servers(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListProjectTagsServersResponse | None:
        """Querying Project Tags

        Projects are used to group and isolate OpenStack resources, which include computing, storage, and network resources. A project can be a department or a team. Multiple projects can be created under one account.
        This API is used to query all tags used by a user in a specified project.
        This API has been discarded. Use the API described in Querying Project Tags.

        HTTP: GET /v1/{project_id}/servers/tags
        Source: manual section 7.1.3 Querying Project Tags (Discarded)
        Deprecated: use list_project_tags (2.9.5 Querying Project Tags) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListProjectTagsServersResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_project_tags_servers(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_project_tags_servers_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListProjectTagsServersResponse | None]:
        """Like list_project_tags_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_project_tags_servers(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_tags_server_v1_servers(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowTagsServerV1ServersResponse | None:
        """Querying Tags of an ECS

        - This API is used to query the tags of a specified ECS.
        - The Tag Management Service (TMS) uses this API to query all tags of an ECS.
        This API has been discarded. Use the API described in Querying Tags of an ECS.

        HTTP: GET /v1/{project_id}/servers/{server_id}/tags
        Source: manual section 7.1.4 Querying Tags of an ECS (Discarded)
        Deprecated: use show_tags_server_v21 (3.16.2 Querying Tags of an ECS) instead.

        Args:
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowTagsServerV1ServersResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_tags_server_v1_servers(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_tags_server_v1_servers_detailed(
        self,
        *,
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowTagsServerV1ServersResponse | None]:
        """Like show_tags_server_v1_servers(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_tags_server_v1_servers(
            self.config,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def register_fpga_image(
        self,
        *,
        body: RegisterFpgaImageRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> RegisterFpgaImageResponse | None:
        """Registering an FPGA Image

        This API is used to register an FPGA image.
        An FPGA image, which is also called accelerated engine image (AEI), is a logic FPGA file developed by a user. During FPGA image registration, the logic file must be stored in the Object Storage Service (OBS) bucket of the user.

        HTTP: POST /v1/{project_id}/cloudservers/fpga_image
        Source: manual section 7.2.1 Registering an FPGA Image

        Args:
            body: the request body (RegisterFpgaImageRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            RegisterFpgaImageResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.register_fpga_image(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def register_fpga_image_detailed(
        self,
        *,
        body: RegisterFpgaImageRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[RegisterFpgaImageResponse | None]:
        """Like register_fpga_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.register_fpga_image(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_fpga_image(
        self,
        *,
        fpga_image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting an FPGA Image

        This API is used to delete an FPGA image.

        HTTP: DELETE /v1/{project_id}/cloudservers/fpga_image/{fpga_image_id}
        Source: manual section 7.2.2 Deleting an FPGA Image

        Args:
            fpga_image_id: path parameter 'fpga_image_id'. Specifies the FPGA image ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_fpga_image(
            self.config,
            fpga_image_id=fpga_image_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_fpga_image_detailed(
        self,
        *,
        fpga_image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_fpga_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_fpga_image(
            self.config,
            fpga_image_id=fpga_image_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_details_fpga_images(
        self,
        *,
        project_id: str | None = None,
        fpga_image_id: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListDetailsFpgaImagesResponse | None:
        """Viewing Details of FPGA Images

        This API is used to view the details of the FPGA images of a tenant.

        HTTP: GET /v1/{project_id}/cloudservers/fpga_image/detail
        Source: manual section 7.2.3 Viewing Details of FPGA Images

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            fpga_image_id: query parameter 'fpga_image_id', optional. Specifies the FPGA image ID.
            page: query parameter 'page', optional. Specifies the number of pages in a pagination query.
                The value of this parameter must meet the following requirements:
                • Must be a decimal integer.
                • Ranges from 1 (inclusive) to 65,535 (exclusive).
                • Cannot contain +.
            size: query parameter 'size', optional. Specifies the maximum records displayed on a page in a pagination query.
                • Must be a decimal integer.
                • Ranges from 1 (inclusive) to 100 (inclusive).
                • Cannot contain +.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListDetailsFpgaImagesResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_details_fpga_images(
            self.config,
            project_id=project_id,
            fpga_image_id=fpga_image_id,
            page=page,
            size=size,
        ), headers, timeout, retry)
        return _r.parsed

    def list_details_fpga_images_detailed(
        self,
        *,
        project_id: str | None = None,
        fpga_image_id: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListDetailsFpgaImagesResponse | None]:
        """Like list_details_fpga_images(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_details_fpga_images(
            self.config,
            project_id=project_id,
            fpga_image_id=fpga_image_id,
            page=page,
            size=size,
        ), headers, timeout, retry)

    def associate_fpga_image_with_server_image(
        self,
        *,
        body: AssociateFpgaImageWithServerImageRequestBody | Mapping[str, Any],
        fpga_image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Associating an FPGA Image with an ECS Image

        This API is used to create a mapping between an FPGA image and an ECS image.

        HTTP: POST /v1/{project_id}/cloudservers/fpga_image/{fpga_image_id}/association
        Source: manual section 7.2.4 Associating an FPGA Image with an ECS Image

        Args:
            body: the request body (AssociateFpgaImageWithServerImageRequestBody)
            fpga_image_id: path parameter 'fpga_image_id'. Specifies the FPGA image ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.associate_fpga_image_with_server_image(
            self.config,
            body=body,
            fpga_image_id=fpga_image_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def associate_fpga_image_with_server_image_detailed(
        self,
        *,
        body: AssociateFpgaImageWithServerImageRequestBody | Mapping[str, Any],
        fpga_image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like associate_fpga_image_with_server_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.associate_fpga_image_with_server_image(
            self.config,
            body=body,
            fpga_image_id=fpga_image_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def disassociate_fpga_image_from_server_image(
        self,
        *,
        body: DisassociateFpgaImageFromServerImageRequestBody | Mapping[str, Any],
        fpga_image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Disassociating an FPGA Image from an ECS Image

        This API is used to delete a mapping between an FPGA image and an ECS image.

        HTTP: DELETE /v1/{project_id}/cloudservers/fpga_image/{fpga_image_id}/association
        Source: manual section 7.2.5 Disassociating an FPGA Image from an ECS Image

        Args:
            body: the request body (DisassociateFpgaImageFromServerImageRequestBody)
            fpga_image_id: path parameter 'fpga_image_id'. Specifies the FPGA image ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.disassociate_fpga_image_from_server_image(
            self.config,
            body=body,
            fpga_image_id=fpga_image_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def disassociate_fpga_image_from_server_image_detailed(
        self,
        *,
        body: DisassociateFpgaImageFromServerImageRequestBody | Mapping[str, Any],
        fpga_image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like disassociate_fpga_image_from_server_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.disassociate_fpga_image_from_server_image(
            self.config,
            body=body,
            fpga_image_id=fpga_image_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_associations_between_fpga_image_server_image(
        self,
        *,
        project_id: str | None = None,
        image_id: str | Unset = UNSET,
        fpga_image_id: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListAssociationsBetweenFpgaImageServerImageResponse | None:
        """Querying Associations Between an FPGA Image and an ECS Image

        This API is used to query associations that are available to a tenant and between an FPGA image and an ECS image.

        HTTP: GET /v1/{project_id}/cloudservers/fpga_image/associations
        Source: manual section 7.2.6 Querying Associations Between an FPGA Image and an ECS Image

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            image_id: query parameter 'image_id', optional. Specifies the ECS image ID.
            fpga_image_id: query parameter 'fpga_image_id', optional. Specifies the FPGA image ID.
            page: query parameter 'page', optional. Specifies the number of pages in a pagination query.
                The value of this parameter must meet the following requirements:
                • Must be a decimal integer.
                • Ranges from 1 (inclusive) to 65,535 (exclusive).
                • Cannot contain +.
            size: query parameter 'size', optional. Specifies the maximum records displayed on a page in a pagination query.
                • Must be a decimal integer.
                • Ranges from 1 (inclusive) to 100 (inclusive).
                • Cannot contain +.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListAssociationsBetweenFpgaImageServerImageResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_associations_between_fpga_image_server_image(
            self.config,
            project_id=project_id,
            image_id=image_id,
            fpga_image_id=fpga_image_id,
            page=page,
            size=size,
        ), headers, timeout, retry)
        return _r.parsed

    def list_associations_between_fpga_image_server_image_detailed(
        self,
        *,
        project_id: str | None = None,
        image_id: str | Unset = UNSET,
        fpga_image_id: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListAssociationsBetweenFpgaImageServerImageResponse | None]:
        """Like list_associations_between_fpga_image_server_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_associations_between_fpga_image_server_image(
            self.config,
            project_id=project_id,
            image_id=image_id,
            fpga_image_id=fpga_image_id,
            page=page,
            size=size,
        ), headers, timeout, retry)

    def list_images(
        self,
        *,
        project_id: str | None = None,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        changes_since: str | Unset = UNSET,
        min_ram: int | Unset = UNSET,
        min_disk: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListImagesResponse | None:
        """Querying Images

        This API is used to query all images.
        This API has been discarded. Use the API described in \"Querying Images (Native OpenStack API)\".

        HTTP: GET /v2/{project_id}/images
        Source: manual section 7.3.1 Querying Images (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            name: query parameter 'name', optional. Specifies the image name.
            status: query parameter 'status', optional. Specifies the image status.
                You cannot query images when the value is set to deleted. The value depends on the status in Glance. Table 3 shows the mapping relationship of image status in Nova and Glance.
            changes_since: query parameter 'changes-since', optional. Specifies the images modified after the changes-since time point. The parameter is in ISO 8601 time format, for example, 2013-06-09T06:42:18Z.
            min_ram: query parameter 'minRam', optional. Specifies the minimum memory size in MB required by the image.
            min_disk: query parameter 'minDisk', optional. Specifies the minimum disk size in GB required by the image.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListImagesResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_images(
            self.config,
            project_id=project_id,
            name=name,
            status=status,
            changes_since=changes_since,
            min_ram=min_ram,
            min_disk=min_disk,
        ), headers, timeout, retry)
        return _r.parsed

    def list_images_detailed(
        self,
        *,
        project_id: str | None = None,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        changes_since: str | Unset = UNSET,
        min_ram: int | Unset = UNSET,
        min_disk: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListImagesResponse | None]:
        """Like list_images(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_images(
            self.config,
            project_id=project_id,
            name=name,
            status=status,
            changes_since=changes_since,
            min_ram=min_ram,
            min_disk=min_disk,
        ), headers, timeout, retry)

    def list_image_details(
        self,
        *,
        project_id: str | None = None,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        changes_since: str | Unset = UNSET,
        min_ram: int | Unset = UNSET,
        min_disk: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListImageDetailsResponse | None:
        """Querying Image Details

        This API is used to query detailed information about an image list.
        This API has been discarded. Use the API described in \"Querying Images (Native OpenStack API)\".

        HTTP: GET /v2/{project_id}/images/detail
        Source: manual section 7.3.2 Querying Image Details (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            name: query parameter 'name', optional. Specifies the image name.
            status: query parameter 'status', optional. Specifies the image status.
                You cannot query images when the value is set to deleted. The value depends on the status in Glance. Table 3 shows the mapping relationship of image status in Nova and Glance.
            changes_since: query parameter 'changes-since', optional. Specifies the images modified after the changes-since time point. The value is in ISO8601 format, such as 2013-06-09T06:42:18Z.
            min_ram: query parameter 'minRam', optional. Specifies the minimum memory size in MB required by the image.
            min_disk: query parameter 'minDisk', optional. Specifies the minimum disk size in GB required by the image.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListImageDetailsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_image_details(
            self.config,
            project_id=project_id,
            name=name,
            status=status,
            changes_since=changes_since,
            min_ram=min_ram,
            min_disk=min_disk,
        ), headers, timeout, retry)
        return _r.parsed

    def list_image_details_detailed(
        self,
        *,
        project_id: str | None = None,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        changes_since: str | Unset = UNSET,
        min_ram: int | Unset = UNSET,
        min_disk: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListImageDetailsResponse | None]:
        """Like list_image_details(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_image_details(
            self.config,
            project_id=project_id,
            name=name,
            status=status,
            changes_since=changes_since,
            min_ram=min_ram,
            min_disk=min_disk,
        ), headers, timeout, retry)

    def show_image(
        self,
        *,
        image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowImageResponse | None:
        """Querying Details About a Specified Image

        This API is used to query the details about the specified image.
        This API has been discarded. Use the API described in \"Querying Images (Native OpenStack API)\".

        HTTP: GET /v2/{project_id}/images/{image_id}
        Source: manual section 7.3.3 Querying Details About a Specified Image (Discarded)
        Deprecated.

        Args:
            image_id: path parameter 'image_id'. Specifies the image ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowImageResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_image(
            self.config,
            image_id=image_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_image_detailed(
        self,
        *,
        image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowImageResponse | None]:
        """Like show_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_image(
            self.config,
            image_id=image_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_image(
        self,
        *,
        image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting an Image

        This API is used to delete a specified image. The image cannot be restored after being deleted.
        This API has been discarded. Use the API described in \"Deleting an Image (Native OpenStack API)\".

        HTTP: DELETE /v2/{project_id}/images/{image_id}
        Source: manual section 7.3.5 Deleting an Image (Discarded)
        Deprecated.

        Args:
            image_id: path parameter 'image_id'. Specifies the image ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_image(
            self.config,
            image_id=image_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_image_detailed(
        self,
        *,
        image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_image(
            self.config,
            image_id=image_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_metadata_image(
        self,
        *,
        image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowMetadataImageResponse | None:
        """Querying the Metadata of a Specified Image

        This API is used to query the metadata of the specified image.
        This API has been discarded. Use the API described in \"Querying Image Metadata (Native OpenStack API)\".

        HTTP: GET /v2/{project_id}/images/{image_id}/metadata
        Source: manual section 7.3.4 Querying the Metadata of a Specified Image (Discarded)
        Deprecated.

        Args:
            image_id: path parameter 'image_id'. Specifies the image ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowMetadataImageResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_metadata_image(
            self.config,
            image_id=image_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_metadata_image_detailed(
        self,
        *,
        image_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowMetadataImageResponse | None]:
        """Like show_metadata_image(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_metadata_image(
            self.config,
            image_id=image_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_security_groups(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSecurityGroupsResponse | None:
        """Querying Security Groups

        This API is used to query security groups.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Querying Security Groups\" in Virtual Private Network API Reference.

        HTTP: GET /v2/{project_id}/os-security-groups
        Source: manual section 7.4.1 Querying Security Groups (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSecurityGroupsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_security_groups(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_security_groups_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSecurityGroupsResponse | None]:
        """Like list_security_groups(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_security_groups(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_security_group(
        self,
        *,
        body: CreateSecurityGroupRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSecurityGroupResponse | None:
        """Creating a Security Group

        This API is used to create a security group.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Creating a Security Group\" in Virtual Private Network API Reference.

        HTTP: POST /v2/{project_id}/os-security-groups
        Source: manual section 7.4.2 Creating a Security Group (Discarded)
        Deprecated.

        Args:
            body: the request body (CreateSecurityGroupRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSecurityGroupResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_security_group(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_security_group_detailed(
        self,
        *,
        body: CreateSecurityGroupRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSecurityGroupResponse | None]:
        """Like create_security_group(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_security_group(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_security_group(
        self,
        *,
        security_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSecurityGroupResponse | None:
        """Querying Details About a Security Group

        This API is used to query details about a security group.
        This API can only query the inbound security group rules. To query the outbound security group rules, see \"Querying a Security Group\" in \"Security Group (Native OpenStack API)\" in the Virtual Private Cloud API Reference.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Querying a Security Group\" in Virtual Private Network API Reference.

        HTTP: GET /v2/{project_id}/os-security-groups/{security_group_id}
        Source: manual section 7.4.3 Querying Details About a Security Group (Discarded)
        Deprecated.

        Args:
            security_group_id: path parameter 'security_group_id'. Specifies the security group ID, which is specified in the URI.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSecurityGroupResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_security_group(
            self.config,
            security_group_id=security_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_security_group_detailed(
        self,
        *,
        security_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSecurityGroupResponse | None]:
        """Like show_security_group(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_security_group(
            self.config,
            security_group_id=security_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_security_group(
        self,
        *,
        body: UpdateSecurityGroupRequestBody | Mapping[str, Any],
        security_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSecurityGroupResponse | None:
        """Updating a Security Group

        This API is used to update a security group.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Updating a Security Group\" in Virtual Private Network API Reference.

        HTTP: PUT /v2/{project_id}/os-security-groups/{security_group_id}
        Source: manual section 7.4.4 Updating a Security Group (Discarded)
        Deprecated.

        Args:
            body: the request body (UpdateSecurityGroupRequestBody)
            security_group_id: path parameter 'security_group_id'. Specifies the security group ID, which is specified in the URI.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSecurityGroupResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_security_group(
            self.config,
            body=body,
            security_group_id=security_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_security_group_detailed(
        self,
        *,
        body: UpdateSecurityGroupRequestBody | Mapping[str, Any],
        security_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSecurityGroupResponse | None]:
        """Like update_security_group(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_security_group(
            self.config,
            body=body,
            security_group_id=security_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_security_group_v2(
        self,
        *,
        security_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting a Security Group

        This API is used to delete a security group.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Deleting a Security Group\" in Virtual Private Network API Reference.

        HTTP: DELETE /v2/{project_id}/os-security-groups/{security_group_id}
        Source: manual section 7.4.5 Deleting a Security Group (Discarded)
        Deprecated: use delete_security_group_v21 (3.5.2 Deleting a Security Group) instead.

        Args:
            security_group_id: path parameter 'security_group_id'. Specifies the security group ID, which is specified in the URI.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_security_group_v2(
            self.config,
            security_group_id=security_group_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_security_group_v2_detailed(
        self,
        *,
        security_group_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_security_group_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_security_group_v2(
            self.config,
            security_group_id=security_group_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_security_group_rule(
        self,
        *,
        body: CreateSecurityGroupRuleRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSecurityGroupRuleResponse | None:
        """Creating a Security Group Rule

        This API is used to create a security group rule.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Creating a Security Group Rule\" in Virtual Private Network API Reference.

        HTTP: POST /v2/{project_id}/os-security-group-rules
        Source: manual section 7.4.6 Creating a Security Group Rule (Discarded)
        Deprecated.

        Args:
            body: the request body (CreateSecurityGroupRuleRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSecurityGroupRuleResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_security_group_rule(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_security_group_rule_detailed(
        self,
        *,
        body: CreateSecurityGroupRuleRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSecurityGroupRuleResponse | None]:
        """Like create_security_group_rule(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_security_group_rule(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_security_group_rule(
        self,
        *,
        security_group_rule_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting a Security Group Rule

        This API is used to delete a security group rule.
        This API has been discarded. Use the API described in section \"Security Group (OpenStack Neutron APIs) > Deleting a Security Group Rule\" in Virtual Private Network API Reference.

        HTTP: DELETE /v2/{project_id}/os-security-group-rules/{security_group_rule_id}
        Source: manual section 7.4.7 Deleting a Security Group Rule (Discarded)
        Deprecated.

        Args:
            security_group_rule_id: path parameter 'security_group_rule_id'. Specifies the security group rule ID, which is specified in the URI.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_security_group_rule(
            self.config,
            security_group_rule_id=security_group_rule_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_security_group_rule_detailed(
        self,
        *,
        security_group_rule_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_security_group_rule(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_security_group_rule(
            self.config,
            security_group_rule_id=security_group_rule_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_brief_disks(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListBriefDisksResponse | None:
        """Querying Brief Information About Disks

        This API is used to query brief information about disks.
        This API has been discarded. Use the EVS API \"Querying EVS Disks (OpenStack Cinder API v2)\".

        HTTP: GET /v2/{project_id}/os-volumes
        Source: manual section 7.5.1 Querying Brief Information About Disks (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListBriefDisksResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_brief_disks(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_brief_disks_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListBriefDisksResponse | None]:
        """Like list_brief_disks(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_brief_disks(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_disk(
        self,
        *,
        body: CreateDiskRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateDiskResponse | None:
        """Creating a Disk

        This API is used to create a disk.
        This API has been discarded. Use the EVS API \"Creating EVS Disks (OpenStack Cinder API v2)\".

        HTTP: POST /v2/{project_id}/os-volumes
        Source: manual section 7.5.4 Creating a Disk (Discarded)
        Deprecated.

        Args:
            body: the request body (CreateDiskRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateDiskResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_disk(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_disk_detailed(
        self,
        *,
        body: CreateDiskRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateDiskResponse | None]:
        """Like create_disk(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_disk(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_detailed_disks(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListDetailedDisksResponse | None:
        """Querying Detailed Information About Disks

        This API is used to query detailed information about disks.
        This API has been discarded. Use the EVS API \"Querying Details About All Disks (OpenStack Cinder API v2)\".

        HTTP: GET /v2/{project_id}/os-volumes/detail
        Source: manual section 7.5.2 Querying Detailed Information About Disks (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListDetailedDisksResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_detailed_disks(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_detailed_disks_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListDetailedDisksResponse | None]:
        """Like list_detailed_disks(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_detailed_disks(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_disk(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowDiskResponse | None:
        """Querying Information About a Disk

        This API is used to query information about a specified disk.
        This API has been discarded. Use the EVS API \"Querying Details About a Disk (OpenStack Cinder API v2)\".

        HTTP: GET /v2/{project_id}/os-volumes/{volume_id}
        Source: manual section 7.5.3 Querying Information About a Disk (Discarded)
        Deprecated.

        Args:
            volume_id: path parameter 'volume_id'. Specifies the disk ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowDiskResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_disk(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_disk_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowDiskResponse | None]:
        """Like show_disk(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_disk(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_disk(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Deleting a Disk

        This API is used to delete a specified disk.
        This API has been discarded. Use the EVS API \"Deleting an EVS Disk (OpenStack Cinder API v2)\".

        Constraints: - If the volume has a snapshot not deleted, the volume cannot be deleted.
        - A volume that is being attached to an ECS cannot be deleted.
        - A volume that is being migrated cannot be deleted.
        - Only a volume in the available, error, error_restoring, or error_extending state can be deleted.

        HTTP: DELETE /v2/{project_id}/os-volumes/{volume_id}
        Source: manual section 7.5.5 Deleting a Disk (Discarded)
        Deprecated.

        Args:
            volume_id: path parameter 'volume_id'. Specifies the volume ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_disk(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_disk_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_disk(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_disk(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def bind_floating_ip_address(
        self,
        *,
        body: BindFloatingIpAddressRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Binding a Floating IP Address

        This API is used to bind a floating IP address for an ECS.
        This API has been discarded. Since microversion 2.44, the system will return error 404 when you call this API. You are advised to use the VPC API \"Updating a Floating IP Address\".

        HTTP: POST /v2/{project_id}/servers/{server_id}/action
        Source: manual section 7.6.1 Binding a Floating IP Address (Discarded)
        Deprecated.

        Args:
            body: the request body (BindFloatingIpAddressRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.bind_floating_ip_address(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def bind_floating_ip_address_detailed(
        self,
        *,
        body: BindFloatingIpAddressRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like bind_floating_ip_address(), but return the status code, headers and raw body too."""
        return self._send(_ops.bind_floating_ip_address(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def unbind_floating_ip_address(
        self,
        *,
        body: UnbindFloatingIpAddressRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Unbinding a Floating IP Address

        This API is used to unbind a floating IP address from an ECS.
        This API has been discarded. Since microversion 2.44, the system will return error 404 when you call this API. You are advised to use the VPC API \"Updating a Floating IP Address\".

        HTTP: POST /v2/{project_id}/servers/{server_id}/action
        Source: manual section 7.6.2 Unbinding a Floating IP Address (Discarded)
        Deprecated.

        Args:
            body: the request body (UnbindFloatingIpAddressRequestBody)
            server_id: path parameter 'server_id'. Specifies the ECS ID.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.unbind_floating_ip_address(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def unbind_floating_ip_address_detailed(
        self,
        *,
        body: UnbindFloatingIpAddressRequestBody | Mapping[str, Any],
        server_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like unbind_floating_ip_address(), but return the status code, headers and raw body too."""
        return self._send(_ops.unbind_floating_ip_address(
            self.config,
            body=body,
            server_id=server_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_floating_ip_addresses(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListFloatingIpAddressesResponse | None:
        """Querying Floating IP Addresses

        This API is used to query floating IP addresses.
        This API has been discarded. Use the API described in \"Querying Floating IP Addresses\".

        HTTP: GET /v2/{project_id}/os-floating-ips
        Source: manual section 7.6.4 Querying Floating IP Addresses (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListFloatingIpAddressesResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_floating_ip_addresses(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_floating_ip_addresses_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListFloatingIpAddressesResponse | None]:
        """Like list_floating_ip_addresses(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_floating_ip_addresses(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def assign_floating_ip_address(
        self,
        *,
        body: AssignFloatingIpAddressRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AssignFloatingIpAddressResponse | None:
        """Assigning a Floating IP Address

        This API is used to assign a floating IP address.
        This API has been discarded. Use the API described in \"Assigning a Floating IP Address\".

        Constraints: You need to obtain a network resource pool that provides floating IP addresses. To do so, run GET /v2.0/networks?router:external=True or neutron net-external-list.

        HTTP: POST /v2/{project_id}/os-floating-ips
        Source: manual section 7.6.3 Assigning a Floating IP Address (Discarded)
        Deprecated.

        Args:
            body: the request body (AssignFloatingIpAddressRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AssignFloatingIpAddressResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.assign_floating_ip_address(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def assign_floating_ip_address_detailed(
        self,
        *,
        body: AssignFloatingIpAddressRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AssignFloatingIpAddressResponse | None]:
        """Like assign_floating_ip_address(), but return the status code, headers and raw body too."""
        return self._send(_ops.assign_floating_ip_address(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_floating_ip_address(
        self,
        *,
        floating_ip_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowFloatingIpAddressResponse | None:
        """Querying Details About a Floating IP Address

        This API is used to query the details about a floating IP address based on the ID of the IP address.
        This API has been discarded. Use the API described in \"Querying a Floating IP Address\".

        HTTP: GET /v2/{project_id}/os-floating-ips/{floating_ip_id}
        Source: manual section 7.6.5 Querying Details About a Floating IP Address (Discarded)
        Deprecated.

        Args:
            floating_ip_id: path parameter 'floating_ip_id'. Specifies the ID of the floating IP address.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowFloatingIpAddressResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_floating_ip_address(
            self.config,
            floating_ip_id=floating_ip_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_floating_ip_address_detailed(
        self,
        *,
        floating_ip_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowFloatingIpAddressResponse | None]:
        """Like show_floating_ip_address(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_floating_ip_address(
            self.config,
            floating_ip_id=floating_ip_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def release_floating_ip_address(
        self,
        *,
        floating_ip_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """Releasing a Floating IP Address

        This API is used to release a floating IP address.
        This API has been discarded. Use the API described in \"Deleting a Floating IP Address\".

        HTTP: DELETE /v2/{project_id}/os-floating-ips/{floating_ip_id}
        Source: manual section 7.6.6 Releasing a Floating IP Address (Discarded)
        Deprecated.

        Args:
            floating_ip_id: path parameter 'floating_ip_id'. Specifies the ID of the floating IP address.
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.release_floating_ip_address(
            self.config,
            floating_ip_id=floating_ip_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def release_floating_ip_address_detailed(
        self,
        *,
        floating_ip_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like release_floating_ip_address(), but return the status code, headers and raw body too."""
        return self._send(_ops.release_floating_ip_address(
            self.config,
            floating_ip_id=floating_ip_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_floating_ip_address_pools(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListFloatingIpAddressPoolsResponse | None:
        """Querying Floating IP Address Pools

        This API is used to query floating IP address pools.
        There is only one network resource pool that can be queried through this API by tenants in Open Telekom Cloud live network environment.
        This API has been discarded. Use the API described in \"Querying Networks\".

        Constraints: The API parameter is as follows: router:external=True

        HTTP: GET /v2/{project_id}/os-floating-ip-pools
        Source: manual section 7.6.7 Querying Floating IP Address Pools (Discarded)
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). Specifies the project ID.
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListFloatingIpAddressPoolsResponse | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_floating_ip_address_pools(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_floating_ip_address_pools_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListFloatingIpAddressPoolsResponse | None]:
        """Like list_floating_ip_address_pools(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_floating_ip_address_pools(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
