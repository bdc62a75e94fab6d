"""The synchronous client of evs_client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _operations as _ops
from ._config import Config, Retry, resolve
from ._transport import SyncTransport, Plan
from ._types import UNSET, DetailedResponse, Unset

if TYPE_CHECKING:
    from .models.accept_volume_transfer_v2_request_body import AcceptVolumeTransferV2RequestBody
    from .models.accept_volume_transfer_v2_response import AcceptVolumeTransferV2Response
    from .models.accept_volume_transfer_v3_request_body import AcceptVolumeTransferV3RequestBody
    from .models.accept_volume_transfer_v3_response import AcceptVolumeTransferV3Response
    from .models.api_version import ApiVersion
    from .models.attach_volume_request_body import AttachVolumeRequestBody
    from .models.batch_create_volume_tags_request_body import BatchCreateVolumeTagsRequestBody
    from .models.batch_delete_volume_tags_request_body import BatchDeleteVolumeTagsRequestBody
    from .models.batch_resize_volumes_request_body import BatchResizeVolumesRequestBody
    from .models.batch_resize_volumes_response import BatchResizeVolumesResponse
    from .models.cinder_list_quotas_response import CinderListQuotasResponse
    from .models.cinder_volume_detail_status import CinderVolumeDetailStatus
    from .models.create_snapshot_metadata_v2_request_body import CreateSnapshotMetadataV2RequestBody
    from .models.create_snapshot_metadata_v2_response import CreateSnapshotMetadataV2Response
    from .models.create_snapshot_metadata_v3_request_body import CreateSnapshotMetadataV3RequestBody
    from .models.create_snapshot_metadata_v3_response import CreateSnapshotMetadataV3Response
    from .models.create_snapshot_request_body import CreateSnapshotRequestBody
    from .models.create_snapshot_response import CreateSnapshotResponse
    from .models.create_snapshot_v2_request_body import CreateSnapshotV2RequestBody
    from .models.create_snapshot_v2_response import CreateSnapshotV2Response
    from .models.create_snapshot_v3_request_body import CreateSnapshotV3RequestBody
    from .models.create_snapshot_v3_response import CreateSnapshotV3Response
    from .models.create_snapshot_v5_request_body import CreateSnapshotV5RequestBody
    from .models.create_snapshot_v5_response import CreateSnapshotV5Response
    from .models.create_volume_metadata_v2_request_body import CreateVolumeMetadataV2RequestBody
    from .models.create_volume_metadata_v2_response import CreateVolumeMetadataV2Response
    from .models.create_volume_metadata_v3_request_body import CreateVolumeMetadataV3RequestBody
    from .models.create_volume_metadata_v3_response import CreateVolumeMetadataV3Response
    from .models.create_volume_request_body import CreateVolumeRequestBody
    from .models.create_volume_response import CreateVolumeResponse
    from .models.create_volume_transfer_v2_request_body import CreateVolumeTransferV2RequestBody
    from .models.create_volume_transfer_v2_response import CreateVolumeTransferV2Response
    from .models.create_volume_transfer_v3_request_body import CreateVolumeTransferV3RequestBody
    from .models.create_volume_transfer_v3_response import CreateVolumeTransferV3Response
    from .models.create_volume_v2_cloudvolumes_request_body import CreateVolumeV2CloudvolumesRequestBody
    from .models.create_volume_v2_cloudvolumes_response import CreateVolumeV2CloudvolumesResponse
    from .models.create_volume_v2_volumes_request_body import CreateVolumeV2VolumesRequestBody
    from .models.create_volume_v2_volumes_response import CreateVolumeV2VolumesResponse
    from .models.create_volume_v3_cloudvolumes_request_body import CreateVolumeV3CloudvolumesRequestBody
    from .models.create_volume_v3_cloudvolumes_response import CreateVolumeV3CloudvolumesResponse
    from .models.create_volume_v3_request_body import CreateVolumeV3RequestBody
    from .models.create_volume_v3_response import CreateVolumeV3Response
    from .models.delete_snapshot_v5_response import DeleteSnapshotV5Response
    from .models.delete_volume_response import DeleteVolumeResponse
    from .models.detach_volume_request_body import DetachVolumeRequestBody
    from .models.disk_detail import DiskDetail
    from .models.disk_summary import DiskSummary
    from .models.export_volume_to_image_v2_request_body import ExportVolumeToImageV2RequestBody
    from .models.export_volume_to_image_v2_response import ExportVolumeToImageV2Response
    from .models.export_volume_to_image_v3_request_body import ExportVolumeToImageV3RequestBody
    from .models.export_volume_to_image_v3_response import ExportVolumeToImageV3Response
    from .models.legacy_cinder_list_api_versions_response300 import LegacyCinderListApiVersionsResponse300
    from .models.legacy_cinder_show_api_version_response import LegacyCinderShowApiVersionResponse
    from .models.list_api_versions_response300 import ListApiVersionsResponse300
    from .models.list_availability_zones_response import ListAvailabilityZonesResponse
    from .models.list_extensions_v2_response import ListExtensionsV2Response
    from .models.list_extensions_v3_response import ListExtensionsV3Response
    from .models.list_snapshot_details_v2_response import ListSnapshotDetailsV2Response
    from .models.list_snapshot_details_v3_response import ListSnapshotDetailsV3Response
    from .models.list_snapshot_details_v5_response import ListSnapshotDetailsV5Response
    from .models.list_snapshots_response import ListSnapshotsResponse
    from .models.list_snapshots_v2_response import ListSnapshotsV2Response
    from .models.list_snapshots_v3_response import ListSnapshotsV3Response
    from .models.list_volume_details_v2_os_vendor_volumes_response import ListVolumeDetailsV2OsVendorVolumesResponse
    from .models.list_volume_details_v2_volumes_response import ListVolumeDetailsV2VolumesResponse
    from .models.list_volume_details_v3_os_vendor_volumes_response import ListVolumeDetailsV3OsVendorVolumesResponse
    from .models.list_volume_details_v3_response import ListVolumeDetailsV3Response
    from .models.list_volume_tags_response import ListVolumeTagsResponse
    from .models.list_volume_transfer_details_v2_response import ListVolumeTransferDetailsV2Response
    from .models.list_volume_transfer_details_v3_response import ListVolumeTransferDetailsV3Response
    from .models.list_volume_transfers_v2_response import ListVolumeTransfersV2Response
    from .models.list_volume_transfers_v3_response import ListVolumeTransfersV3Response
    from .models.list_volume_types_v2_response import ListVolumeTypesV2Response
    from .models.list_volume_types_v3_response import ListVolumeTypesV3Response
    from .models.list_volumes_by_tags_request_body import ListVolumesByTagsRequestBody
    from .models.list_volumes_by_tags_response import ListVolumesByTagsResponse
    from .models.list_volumes_response import ListVolumesResponse
    from .models.list_volumes_v2_cloudvolumes_response import ListVolumesV2CloudvolumesResponse
    from .models.list_volumes_v2_volumes_response import ListVolumesV2VolumesResponse
    from .models.list_volumes_v3_response import ListVolumesV3Response
    from .models.modify_volume_qos_request_body import ModifyVolumeQosRequestBody
    from .models.modify_volume_qos_response import ModifyVolumeQosResponse
    from .models.reserve_volume_request_body import ReserveVolumeRequestBody
    from .models.resize_volume_request_body import ResizeVolumeRequestBody
    from .models.resize_volume_response import ResizeVolumeResponse
    from .models.resize_volume_v2_cloudvolumes_request_body import ResizeVolumeV2CloudvolumesRequestBody
    from .models.resize_volume_v2_cloudvolumes_response import ResizeVolumeV2CloudvolumesResponse
    from .models.resize_volume_v2_volumes_request_body import ResizeVolumeV2VolumesRequestBody
    from .models.resize_volume_v3_request_body import ResizeVolumeV3RequestBody
    from .models.retype_volume_request_body import RetypeVolumeRequestBody
    from .models.retype_volume_response import RetypeVolumeResponse
    from .models.rollback_snapshot_request_body import RollbackSnapshotRequestBody
    from .models.rollback_snapshot_response import RollbackSnapshotResponse
    from .models.rollback_snapshot_to_volume_v2_request_body import RollbackSnapshotToVolumeV2RequestBody
    from .models.rollback_snapshot_to_volume_v2_response import RollbackSnapshotToVolumeV2Response
    from .models.rollback_snapshot_to_volume_v3_request_body import RollbackSnapshotToVolumeV3RequestBody
    from .models.rollback_snapshot_to_volume_v3_response import RollbackSnapshotToVolumeV3Response
    from .models.service_type import ServiceType
    from .models.set_volume_bootable_flag_v2_request_body import SetVolumeBootableFlagV2RequestBody
    from .models.set_volume_bootable_flag_v3_request_body import SetVolumeBootableFlagV3RequestBody
    from .models.set_volume_readonly_flag_v2_request_body import SetVolumeReadonlyFlagV2RequestBody
    from .models.set_volume_readonly_flag_v3_request_body import SetVolumeReadonlyFlagV3RequestBody
    from .models.show_api_version_response import ShowApiVersionResponse
    from .models.show_job_status_response import ShowJobStatusResponse
    from .models.show_snapshot_metadata_item_v2_response import ShowSnapshotMetadataItemV2Response
    from .models.show_snapshot_metadata_item_v3_response import ShowSnapshotMetadataItemV3Response
    from .models.show_snapshot_metadata_v2_response import ShowSnapshotMetadataV2Response
    from .models.show_snapshot_metadata_v3_response import ShowSnapshotMetadataV3Response
    from .models.show_snapshot_response import ShowSnapshotResponse
    from .models.show_snapshot_v2_response import ShowSnapshotV2Response
    from .models.show_snapshot_v3_response import ShowSnapshotV3Response
    from .models.show_snapshot_v5_response import ShowSnapshotV5Response
    from .models.show_volume_metadata_item_v2_response import ShowVolumeMetadataItemV2Response
    from .models.show_volume_metadata_item_v3_response import ShowVolumeMetadataItemV3Response
    from .models.show_volume_metadata_v2_response import ShowVolumeMetadataV2Response
    from .models.show_volume_metadata_v3_response import ShowVolumeMetadataV3Response
    from .models.show_volume_response import ShowVolumeResponse
    from .models.show_volume_tags_response import ShowVolumeTagsResponse
    from .models.show_volume_transfer_v2_response import ShowVolumeTransferV2Response
    from .models.show_volume_transfer_v3_response import ShowVolumeTransferV3Response
    from .models.show_volume_type_v2_response import ShowVolumeTypeV2Response
    from .models.show_volume_type_v3_response import ShowVolumeTypeV3Response
    from .models.show_volume_v1_response import ShowVolumeV1Response
    from .models.show_volume_v2_os_vendor_volumes_response import ShowVolumeV2OsVendorVolumesResponse
    from .models.show_volume_v2_volumes_response import ShowVolumeV2VolumesResponse
    from .models.show_volume_v3_os_vendor_volumes_response import ShowVolumeV3OsVendorVolumesResponse
    from .models.show_volume_v3_response import ShowVolumeV3Response
    from .models.snapshot_detail import SnapshotDetail
    from .models.snapshot_detail_status import SnapshotDetailStatus
    from .models.snapshot_list import SnapshotList
    from .models.snapshot_summary import SnapshotSummary
    from .models.sort_dir import SortDir
    from .models.unreserve_volume_request_body import UnreserveVolumeRequestBody
    from .models.unsubscribe_postpaid_volume_request_body import UnsubscribePostpaidVolumeRequestBody
    from .models.unsubscribe_volume_response_body import UnsubscribeVolumeResponseBody
    from .models.update_snapshot_metadata_item_v2_request_body import UpdateSnapshotMetadataItemV2RequestBody
    from .models.update_snapshot_metadata_item_v2_response import UpdateSnapshotMetadataItemV2Response
    from .models.update_snapshot_metadata_item_v3_request_body import UpdateSnapshotMetadataItemV3RequestBody
    from .models.update_snapshot_metadata_item_v3_response import UpdateSnapshotMetadataItemV3Response
    from .models.update_snapshot_metadata_v2_request_body import UpdateSnapshotMetadataV2RequestBody
    from .models.update_snapshot_metadata_v2_response import UpdateSnapshotMetadataV2Response
    from .models.update_snapshot_metadata_v3_request_body import UpdateSnapshotMetadataV3RequestBody
    from .models.update_snapshot_metadata_v3_response import UpdateSnapshotMetadataV3Response
    from .models.update_snapshot_request_body import UpdateSnapshotRequestBody
    from .models.update_snapshot_response import UpdateSnapshotResponse
    from .models.update_snapshot_v2_request_body import UpdateSnapshotV2RequestBody
    from .models.update_snapshot_v2_response import UpdateSnapshotV2Response
    from .models.update_snapshot_v3_request_body import UpdateSnapshotV3RequestBody
    from .models.update_snapshot_v3_response import UpdateSnapshotV3Response
    from .models.update_snapshot_v5_request_body import UpdateSnapshotV5RequestBody
    from .models.update_snapshot_v5_response import UpdateSnapshotV5Response
    from .models.update_volume_metadata_item_v2_request_body import UpdateVolumeMetadataItemV2RequestBody
    from .models.update_volume_metadata_item_v2_response import UpdateVolumeMetadataItemV2Response
    from .models.update_volume_metadata_item_v3_request_body import UpdateVolumeMetadataItemV3RequestBody
    from .models.update_volume_metadata_item_v3_response import UpdateVolumeMetadataItemV3Response
    from .models.update_volume_metadata_v2_request_body import UpdateVolumeMetadataV2RequestBody
    from .models.update_volume_metadata_v2_response import UpdateVolumeMetadataV2Response
    from .models.update_volume_metadata_v3_request_body import UpdateVolumeMetadataV3RequestBody
    from .models.update_volume_metadata_v3_response import UpdateVolumeMetadataV3Response
    from .models.update_volume_request_body import UpdateVolumeRequestBody
    from .models.update_volume_response import UpdateVolumeResponse
    from .models.update_volume_v2_request_body import UpdateVolumeV2RequestBody
    from .models.update_volume_v2_response import UpdateVolumeV2Response
    from .models.update_volume_v3_request_body import UpdateVolumeV3RequestBody
    from .models.update_volume_v3_response import UpdateVolumeV3Response
    from .models.volume_body import VolumeBody
    from .models.volume_detail import VolumeDetail
    from .models.volume_detail_for_list_volume_details_v3 import VolumeDetailForListVolumeDetailsV3
    from .models.volume_detail_v3 import VolumeDetailV3
    from .models.volume_transfer import VolumeTransfer
    from .models.volume_transfer_summary import VolumeTransferSummary

__all__ = ['Client']

_T = TypeVar("_T")


class Client:
    """云硬盘 API 参考: synchronous client.

    Settings not passed here are read from the environment (EVS_ENDPOINT, EVS_PROJECT_ID, EVS_AK/EVS_SK or EVS_TOKEN, ...) unless a Config is given. Each operation has a method returning the parsed body and a _detailed form returning a DetailedResponse (status code, headers, parsed body). Use it as a context manager, or call close().
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

    def list_api_versions(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListApiVersionsResponse300:
        """查询接口版本信息列表

        查询接口版本信息列表。

        HTTP: GET /
        Source: manual section 5.1 查询接口版本信息列表, line 655

        Args:
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListApiVersionsResponse300

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_api_versions(self.config), headers, timeout, retry)
        return _r.parsed

    def list_api_versions_detailed(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListApiVersionsResponse300]:
        """Like list_api_versions(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_api_versions(self.config), headers, timeout, retry)

    def legacy_cinder_list_api_versions(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> LegacyCinderListApiVersionsResponse300:
        """查询接口版本信息列表

        查询接口版本信息列表。

        HTTP: GET /
        Source: manual section 8.2.5.2 查询接口版本信息列表, line 19847

        Args:
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            LegacyCinderListApiVersionsResponse300

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.legacy_cinder_list_api_versions(self.config), headers, timeout, retry)
        return _r.parsed

    def legacy_cinder_list_api_versions_detailed(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[LegacyCinderListApiVersionsResponse300]:
        """Like legacy_cinder_list_api_versions(), but return the status code, headers and raw body too."""
        return self._send(_ops.legacy_cinder_list_api_versions(self.config), headers, timeout, retry)

    def show_api_version(
        self,
        *,
        api_version: ApiVersion | str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowApiVersionResponse:
        """查询接口的版本信息

        查询API接口的版本信息。

        HTTP: GET /{api_version}
        Source: manual section 5.2 查询接口的版本信息, line 816

        Args:
            api_version: path parameter 'api_version'. 查询的目标版本号。
                取值范围: v1、v2。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowApiVersionResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_api_version(
            self.config,
            api_version=api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def show_api_version_detailed(
        self,
        *,
        api_version: ApiVersion | str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowApiVersionResponse]:
        """Like show_api_version(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_api_version(
            self.config,
            api_version=api_version,
        ), headers, timeout, retry)

    def legacy_cinder_show_api_version(
        self,
        *,
        api_version: ApiVersion | str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> LegacyCinderShowApiVersionResponse:
        """查询 API 接口的版本信息

        查询接口的指定版本信息。

        HTTP: GET /{api_version}
        Source: manual section 8.2.5.1 查询 API 接口的版本信息, line 19711

        Args:
            api_version: path parameter 'api_version'. 查询的目标版本号。
                取值范围: v1、v2。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            LegacyCinderShowApiVersionResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.legacy_cinder_show_api_version(
            self.config,
            api_version=api_version,
        ), headers, timeout, retry)
        return _r.parsed

    def legacy_cinder_show_api_version_detailed(
        self,
        *,
        api_version: ApiVersion | str,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[LegacyCinderShowApiVersionResponse]:
        """Like legacy_cinder_show_api_version(), but return the status code, headers and raw body too."""
        return self._send(_ops.legacy_cinder_show_api_version(
            self.config,
            api_version=api_version,
        ), headers, timeout, retry)

    def create_volume(
        self,
        *,
        body: CreateVolumeRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        x_client_token: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeResponse:
        """创建云硬盘

        创建按需或包周期云硬盘。

        HTTP: POST /v2.1/{project_id}/cloudvolumes
        Source: manual section 6.1.1 创建云硬盘, line 914

        Args:
            body: the request body (CreateVolumeRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            x_client_token: header parameter 'X-Client-Token', optional. 请求的幂等标识。该参数的值由客户端生成，需要确保不同请求的参数值唯一，取值为36位的UUID格式字符串，有效期为8小时。携带相同幂等标识的多个请求，会认为多个请求为同一个幂等请求，会返回相同的响应体。
                取值范围: 取值为36位的UUID格式字符串，有效期为8小时。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume(
            self.config,
            body=body,
            project_id=project_id,
            x_client_token=x_client_token,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_detailed(
        self,
        *,
        body: CreateVolumeRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        x_client_token: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeResponse]:
        """Like create_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume(
            self.config,
            body=body,
            project_id=project_id,
            x_client_token=x_client_token,
        ), headers, timeout, retry)

    def show_volume(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeResponse:
        """查询单个云硬盘详情

        查询单个云硬盘的详细信息。支持企业项目授权功能。

        HTTP: GET /v2/{project_id}/cloudvolumes/{volume_id}
        Source: manual section 6.1.5 查询单个云硬盘详情, line 2501

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeResponse]:
        """Like show_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume(
        self,
        *,
        body: UpdateVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeResponse:
        """更新云硬盘

        更新一个云硬盘的名称和描述。

        HTTP: PUT /v2/{project_id}/cloudvolumes/{volume_id}
        Source: manual section 6.1.2 更新云硬盘, line 1598

        Args:
            body: the request body (UpdateVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_detailed(
        self,
        *,
        body: UpdateVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeResponse]:
        """Like update_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DeleteVolumeResponse:
        """删除云硬盘

        删除一个云硬盘，适用于按需云硬盘。
        对于包周期云硬盘，如果您需要退订该包周期资源，请参考“退订包周期资源”。

        HTTP: DELETE /v2/{project_id}/cloudvolumes/{volume_id}
        Source: manual section 6.1.8 删除云硬盘, line 3476

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            DeleteVolumeResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_volume(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[DeleteVolumeResponse]:
        """Like delete_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        multiattach: bool | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
        bootable: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumesResponse:
        """查询所有云硬盘详情

        查询所有云硬盘的详细信息。

        HTTP: GET /v2/{project_id}/cloudvolumes/detail
        Source: manual section 6.1.3 查询所有云硬盘详情, line 1972

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 通过云硬盘ID进行分页查询，默认为查询第一页数据。 marker={{id}}表示查询该云硬盘id后的所有云硬盘的信息(查询结果不包含该id的云硬盘信息)。
            name: query parameter 'name', optional. 云硬盘名称。 可通过EVS控制台的云硬盘列表页面获取云硬盘名称。
            limit: query parameter 'limit', optional. 返回结果个数限制。
                默认取值: 默认值为1000。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序。
                取值范围: 支持id, status, size, created_at等关键字。
                默认取值: 默认为“created_at”。
            offset: query parameter 'offset', optional. 偏移量。
                约束限制: 说明:查询云硬盘列表时使用,与limit配合使用。假如共有30个云硬盘,设置offset为11,limit为10,即为从第12个云硬盘开始查询,一次最多可读取10个云硬盘。
            sort_dir: query parameter 'sort_dir', optional. 返回结果按照降序或升序排列。
                取值范围: 降序: desc 升序: asc
                默认取值: 默认为“desc”。
            status: query parameter 'status', optional. 云硬盘状态，取值可参考：“ 云硬盘状态 ”。
            metadata: query parameter 'metadata', optional. 云硬盘元数据。
            availability_zone: query parameter 'availability_zone', optional. 可用区信息。
            multiattach: query parameter 'multiattach', optional. 是否为共享云硬盘。
                取值范围: true：表示为共享云硬盘。 false：表示为非共享云硬盘。
            service_type: query parameter 'service_type', optional. 服务类型。
                取值范围: 仅支持EVS、DSS、DESS。
            dedicated_storage_id: query parameter 'dedicated_storage_id', optional. 专属存储池ID，可过滤出该专属存储池下的所有云硬盘，必须精确匹配。
            dedicated_storage_name: query parameter 'dedicated_storage_name', optional. 专属存储池的名字，可过滤出该专属存储池下的所有云硬盘，支持模糊匹配。
            volume_type_id: query parameter 'volume_type_id', optional. 云硬盘类型id。 通过\"查询云硬盘类型列表\"可以查到，即VolumeType参数说明表格中的“id”
            id: query parameter 'id', optional. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            ids: query parameter 'ids', optional. 云硬盘id列表，格式为ids=['id1','id2',..., 'idx']，返回“ids”中有效id的云硬盘详情，无效的id会被忽略。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
                约束限制: 支持查询最多60个id对应的云硬盘详情。 如果“id”和“ids”查询参数同时存在，“id”会被忽略。
            enterprise_project_id: query parameter 'enterprise_project_id', optional. 指定企业项目id进行过滤。 传入“all_granted_eps”，代表查询权限范围内的所有企业项目下的云硬盘。 关于企业项目ID的获取及企业项目特性的详细信息，请参考：“ 企业管理用户指南 ”。
            server_id: query parameter 'server_id', optional. 云服务器id。 可通过EVS控制台的云服务器列表页面获取云服务器ID。
            bootable: query parameter 'bootable', optional. 是否为启动盘/系统盘。
                取值范围: true表示为启动盘/系统盘， false表示为数据盘
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_key=sort_key,
            offset=offset,
            sort_dir=sort_dir,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
            multiattach=multiattach,
            service_type=service_type,
            dedicated_storage_id=dedicated_storage_id,
            dedicated_storage_name=dedicated_storage_name,
            volume_type_id=volume_type_id,
            id=id,
            ids=ids,
            enterprise_project_id=enterprise_project_id,
            server_id=server_id,
            bootable=bootable,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volumes_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        multiattach: bool | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
        bootable: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumesResponse]:
        """Like list_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_key=sort_key,
            offset=offset,
            sort_dir=sort_dir,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
            multiattach=multiattach,
            service_type=service_type,
            dedicated_storage_id=dedicated_storage_id,
            dedicated_storage_name=dedicated_storage_name,
            volume_type_id=volume_type_id,
            id=id,
            ids=ids,
            enterprise_project_id=enterprise_project_id,
            server_id=server_id,
            bootable=bootable,
        ), headers, timeout, retry)

    def iter_list_volumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        multiattach: bool | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
        bootable: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeDetail]:
        """Every item of list_volumes(), fetching page after page (by marker).

        The arguments are those of list_volumes(); limit is the page size.
        """
        _previous: list[VolumeDetail] | None = None
        while True:
            _page = self.list_volumes(
                project_id=project_id,
                marker=marker,
                name=name,
                limit=limit,
                sort_key=sort_key,
                offset=offset,
                sort_dir=sort_dir,
                status=status,
                metadata=metadata,
                availability_zone=availability_zone,
                multiattach=multiattach,
                service_type=service_type,
                dedicated_storage_id=dedicated_storage_id,
                dedicated_storage_name=dedicated_storage_name,
                volume_type_id=volume_type_id,
                id=id,
                ids=ids,
                enterprise_project_id=enterprise_project_id,
                server_id=server_id,
                bootable=bootable,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def batch_resize_volumes(
        self,
        *,
        body: BatchResizeVolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> BatchResizeVolumesResponse:
        """批量扩容云硬盘

        对按需或者包周期云硬盘进行批量扩容。

        接口约束: - 扩容状态为available的云硬盘时，没有约束限制。
        - 扩容状态为in-use的云硬盘时，有以下约束：
        - 不支持共享云硬盘，即multiattach参数值必须为false。
        - 云硬盘所挂载的云服务器状态必须为ACTIVE、PAUSED、SUSPENDED、SHUTOFF才支持扩容。

        HTTP: POST /v5/{project_id}/volumes/batch-extend
        Source: manual section 6.1.4 批量扩容云硬盘, line 2379

        Args:
            body: the request body (BatchResizeVolumesRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            BatchResizeVolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.batch_resize_volumes(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_resize_volumes_detailed(
        self,
        *,
        body: BatchResizeVolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[BatchResizeVolumesResponse]:
        """Like batch_resize_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_resize_volumes(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def unsubscribe_postpaid_volume(
        self,
        *,
        body: UnsubscribePostpaidVolumeRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UnsubscribeVolumeResponseBody:
        """退订包周期计费模式的云硬盘

        退订包周期计费模式的云硬盘，有如下约束：
        - 系统盘、启动盘不可使用当前接口退订，必须和弹性云服务器一起退订
        - 接口的请求body体最多可以传60个云硬盘id

        HTTP: POST /v2/{project_id}/cloudvolumes/unsubscribe
        Source: manual section 6.1.6 退订包周期计费模式的云硬盘, line 2863

        Args:
            body: the request body (UnsubscribePostpaidVolumeRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。获取方法请参见 “获取项目ID” 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UnsubscribeVolumeResponseBody

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.unsubscribe_postpaid_volume(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def unsubscribe_postpaid_volume_detailed(
        self,
        *,
        body: UnsubscribePostpaidVolumeRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UnsubscribeVolumeResponseBody]:
        """Like unsubscribe_postpaid_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.unsubscribe_postpaid_volume(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def resize_volume(
        self,
        *,
        body: ResizeVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ResizeVolumeResponse:
        """扩容云硬盘

        对按需或者包周期云硬盘进行扩容。

        接口约束: - 扩容状态为available的云硬盘时，没有约束限制。
        - 扩容状态为in-use的云硬盘时，有以下约束：
        - 不支持共享云硬盘，即multiattach参数值必须为false。
        - 云硬盘所挂载的云服务器状态必须为ACTIVE、PAUSED、SUSPENDED、SHUTOFF才支持扩容。

        HTTP: POST /v2.1/{project_id}/cloudvolumes/{volume_id}/action
        Source: manual section 6.1.7 扩容云硬盘, line 3163

        Args:
            body: the request body (ResizeVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见\" 获取项目ID \"。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ResizeVolumeResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.resize_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def resize_volume_detailed(
        self,
        *,
        body: ResizeVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ResizeVolumeResponse]:
        """Like resize_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.resize_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volumes_v2_cloudvolumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumesV2CloudvolumesResponse:
        """查询云硬盘列表

        查询所有云硬盘的概要列表。该接口已废弃，请使用性能更佳接口。

        HTTP: GET /v2/{project_id}/cloudvolumes
        Source: manual section 6.1.10 查询云硬盘列表(废弃), line 3862
        Deprecated: use list_volumes_v3 (8.2.1.14 查询云硬盘列表) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
            marker: query parameter 'marker', optional. 取值为上一页数据的最后一条记录的id，返回值为该项后面的项。取值为上一页数据的最后一条记录的id，返回值为该项后面的项。
            name: query parameter 'name', optional. 云硬盘名称。
            status: query parameter 'status', optional. 云硬盘状态。
            limit: query parameter 'limit', optional. 返回结果个数限制。默认值为1000。
            availability_zone: query parameter 'availability_zone', optional. AZ信息。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序（支持id, status, size, created_at等关键字，默认为“created_at”）。
            sort_dir: query parameter 'sort_dir', optional. 降序或升序，分别对应desc和asc，默认为“desc”。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumesV2CloudvolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volumes_v2_cloudvolumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            status=status,
            limit=limit,
            availability_zone=availability_zone,
            sort_key=sort_key,
            sort_dir=sort_dir,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volumes_v2_cloudvolumes_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumesV2CloudvolumesResponse]:
        """Like list_volumes_v2_cloudvolumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volumes_v2_cloudvolumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            status=status,
            limit=limit,
            availability_zone=availability_zone,
            sort_key=sort_key,
            sort_dir=sort_dir,
        ), headers, timeout, retry)

    def iter_list_volumes_v2_cloudvolumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[DiskSummary]:
        """Every item of list_volumes_v2_cloudvolumes(), fetching page after page (by marker).

        The arguments are those of list_volumes_v2_cloudvolumes(); limit is the page size.
        """
        _previous: list[DiskSummary] | None = None
        while True:
            _page = self.list_volumes_v2_cloudvolumes(
                project_id=project_id,
                marker=marker,
                name=name,
                status=status,
                limit=limit,
                availability_zone=availability_zone,
                sort_key=sort_key,
                sort_dir=sort_dir,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last

    def create_volume_v2_cloudvolumes(
        self,
        *,
        body: CreateVolumeV2CloudvolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeV2CloudvolumesResponse:
        """创建云硬盘

        创建一个或多个云硬盘。由于兼容性原因导致存在该接口，目前已经废弃。请使用性能更佳接口。

        HTTP: POST /v2/{project_id}/cloudvolumes
        Source: manual section 6.1.9 创建云硬盘(废弃), line 3722
        Deprecated: use create_volume (6.1.1 创建云硬盘) instead.

        Args:
            body: the request body (CreateVolumeV2CloudvolumesRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目 ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeV2CloudvolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_v2_cloudvolumes(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_v2_cloudvolumes_detailed(
        self,
        *,
        body: CreateVolumeV2CloudvolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeV2CloudvolumesResponse]:
        """Like create_volume_v2_cloudvolumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_v2_cloudvolumes(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def resize_volume_v2_cloudvolumes(
        self,
        *,
        body: ResizeVolumeV2CloudvolumesRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ResizeVolumeV2CloudvolumesResponse:
        """扩容云硬盘

        扩容一个云硬盘
        扩容状态为available的云硬盘时，没有约束限制。
        扩容接口采用异步的方式，实际扩容结果请在虚拟机中确认。
        由于兼容性原因导致存在该接口，目前已经废弃。

        接口约束: 扩容状态为in-use的云硬盘时，有以下约束：
        不支持共享云硬盘，即multiattach参数值必须为false。
        云硬盘所挂载的云服务器状态必须为ACTIVE、PAUSED、SUSPENDED、SHUTOFF才支持扩容。

        HTTP: POST /v2/{project_id}/cloudvolumes/{volume_id}/action
        Source: manual section 6.1.11 扩容云硬盘(废弃), line 3996
        Deprecated: use resize_volume (6.1.7 扩容云硬盘) instead.

        Args:
            body: the request body (ResizeVolumeV2CloudvolumesRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ResizeVolumeV2CloudvolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.resize_volume_v2_cloudvolumes(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def resize_volume_v2_cloudvolumes_detailed(
        self,
        *,
        body: ResizeVolumeV2CloudvolumesRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ResizeVolumeV2CloudvolumesResponse]:
        """Like resize_volume_v2_cloudvolumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.resize_volume_v2_cloudvolumes(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_details_v2_os_vendor_volumes(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        multiattach: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeDetailsV2OsVendorVolumesResponse:
        """查询所有云硬盘详情

        分类查询所有云硬盘详情。
        注意：
        该接口已废弃，请使用性能更佳的接口

        HTTP: GET /v2/{project_id}/os-vendor-volumes/detail
        Source: manual section 6.1.12 查询所有云硬盘详情(废弃), line 4114
        Deprecated: use list_volumes (6.1.3 查询所有云硬盘详情) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID
            availability_zone: query parameter 'availability_zone', optional. AZ信息
            dedicated_storage_id: query parameter 'dedicated_storage_id', optional. 专属存储池ID，可过滤出该专属存储池下的所有云硬盘，必须精确匹配
            dedicated_storage_name: query parameter 'dedicated_storage_name', optional. 专属存储池的名字，可过滤出该专属存储池下的所有云硬盘，支持模糊匹配
            id: query parameter 'id', optional. 云硬盘id。
            ids: query parameter 'ids', optional. 云硬盘id列表，格式为ids=['id1','id2',..., 'idx']，返回“ids”中有效id的云硬盘详情，无效的id会被忽略。支持查询最多60个id对应的云硬盘详情。如果“id”和“ids”查询参数同时存在，“id”会被忽略
            limit: query parameter 'limit', optional. 返回结果个数限制，取值为大于0的整数。默认值为1000。
            marker: query parameter 'marker', optional. 取值为上一页数据的最后一条记录的id，返回值为该项后面的项
            metadata: query parameter 'metadata', optional. 云硬盘元数据
            multiattach: query parameter 'multiattach', optional. 是否为可共享云硬盘
            name: query parameter 'name', optional. 云硬盘名称
            offset: query parameter 'offset', optional. 偏移量（偏移量为一个大于0小于云硬盘总个数的整数，表示查询该偏移量后面的所有的云硬盘）
            service_type: query parameter 'service_type', optional. 服务类型，仅支持EVS、DSS、DESS。
            sort_dir: query parameter 'sort_dir', optional. 降序或升序(默认为“desc”)。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序（支持id, status, size, created_at等关键字，默认为“created_at”）
            status: query parameter 'status', optional. 云硬盘状态
            volume_type_id: query parameter 'volume_type_id', optional. 云硬盘类型id
            snapshot_policy_id: query parameter 'snapshot_policy_id', optional. 自动快照策略ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeDetailsV2OsVendorVolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_details_v2_os_vendor_volumes(
            self.config,
            project_id=project_id,
            availability_zone=availability_zone,
            dedicated_storage_id=dedicated_storage_id,
            dedicated_storage_name=dedicated_storage_name,
            id=id,
            ids=ids,
            limit=limit,
            marker=marker,
            metadata=metadata,
            multiattach=multiattach,
            name=name,
            offset=offset,
            service_type=service_type,
            sort_dir=sort_dir,
            sort_key=sort_key,
            status=status,
            volume_type_id=volume_type_id,
            snapshot_policy_id=snapshot_policy_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_details_v2_os_vendor_volumes_detailed(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        multiattach: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeDetailsV2OsVendorVolumesResponse]:
        """Like list_volume_details_v2_os_vendor_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_details_v2_os_vendor_volumes(
            self.config,
            project_id=project_id,
            availability_zone=availability_zone,
            dedicated_storage_id=dedicated_storage_id,
            dedicated_storage_name=dedicated_storage_name,
            id=id,
            ids=ids,
            limit=limit,
            marker=marker,
            metadata=metadata,
            multiattach=multiattach,
            name=name,
            offset=offset,
            service_type=service_type,
            sort_dir=sort_dir,
            sort_key=sort_key,
            status=status,
            volume_type_id=volume_type_id,
            snapshot_policy_id=snapshot_policy_id,
        ), headers, timeout, retry)

    def iter_list_volume_details_v2_os_vendor_volumes(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        multiattach: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[DiskDetail]:
        """Every item of list_volume_details_v2_os_vendor_volumes(), fetching page after page (by marker).

        The arguments are those of list_volume_details_v2_os_vendor_volumes(); limit is the page size.
        """
        _previous: list[DiskDetail] | None = None
        while True:
            _page = self.list_volume_details_v2_os_vendor_volumes(
                project_id=project_id,
                availability_zone=availability_zone,
                dedicated_storage_id=dedicated_storage_id,
                dedicated_storage_name=dedicated_storage_name,
                id=id,
                ids=ids,
                limit=limit,
                marker=marker,
                metadata=metadata,
                multiattach=multiattach,
                name=name,
                offset=offset,
                service_type=service_type,
                sort_dir=sort_dir,
                sort_key=sort_key,
                status=status,
                volume_type_id=volume_type_id,
                snapshot_policy_id=snapshot_policy_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def show_volume_v2_os_vendor_volumes(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeV2OsVendorVolumesResponse:
        """查询单个云硬盘详情

        查询单个云硬盘的详细信息。该接口已废弃，请使用性能更佳接口。

        HTTP: GET /v2/{project_id}/os-vendor-volumes/{volume_id}
        Source: manual section 6.1.13 查询单个云硬盘详情(废弃), line 4357
        Deprecated: use show_volume (6.1.5 查询单个云硬盘详情) instead.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeV2OsVendorVolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_v2_os_vendor_volumes(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_v2_os_vendor_volumes_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeV2OsVendorVolumesResponse]:
        """Like show_volume_v2_os_vendor_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_v2_os_vendor_volumes(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def retype_volume(
        self,
        *,
        body: RetypeVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> RetypeVolumeResponse:
        """云硬盘类型变更

        对按需或者包周期云硬盘进行云硬盘类型变更。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/retype
        Source: manual section 6.1.14 云硬盘类型变更, line 4553

        Args:
            body: the request body (RetypeVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            RetypeVolumeResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.retype_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def retype_volume_detailed(
        self,
        *,
        body: RetypeVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[RetypeVolumeResponse]:
        """Like retype_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.retype_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def modify_volume_qos(
        self,
        *,
        body: ModifyVolumeQosRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ModifyVolumeQosResponse:
        """修改云硬盘 QoS

        调整云硬盘的iops或者吞吐量。

        接口约束: 云硬盘状态是available、in-use。
        GPSSD2类型云硬盘允许修改iops和吞吐量，ESSD2类型云硬盘允许修改iops，其他类型云硬盘不支持。

        HTTP: PUT /v5/{project_id}/cloudvolumes/{volume_id}/qos
        Source: manual section 6.1.15 修改云硬盘 QoS, line 5060

        Args:
            body: the request body (ModifyVolumeQosRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ModifyVolumeQosResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.modify_volume_qos(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def modify_volume_qos_detailed(
        self,
        *,
        body: ModifyVolumeQosRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ModifyVolumeQosResponse]:
        """Like modify_volume_qos(), but return the status code, headers and raw body too."""
        return self._send(_ops.modify_volume_qos(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_snapshot(
        self,
        *,
        body: CreateSnapshotRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSnapshotResponse:
        """创建云硬盘快照

        创建云硬盘快照。

        HTTP: POST /v2/{project_id}/cloudsnapshots
        Source: manual section 6.2.1 创建云硬盘快照, line 5357

        Args:
            body: the request body (CreateSnapshotRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSnapshotResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_snapshot(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_snapshot_detailed(
        self,
        *,
        body: CreateSnapshotRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSnapshotResponse]:
        """Like create_snapshot(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_snapshot(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotResponse:
        """查询单个云硬盘快照详情

        查询单个云硬盘快照信息。支持企业项目授权功能。

        HTTP: GET /v2/{project_id}/cloudsnapshots/{snapshot_id}
        Source: manual section 6.2.5 查询单个云硬盘快照详情, line 6573

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotResponse]:
        """Like show_snapshot(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot(
        self,
        *,
        body: UpdateSnapshotRequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotResponse:
        """更新云硬盘快照

        更新云硬盘快照。支持企业项目授权功能。

        HTTP: PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}
        Source: manual section 6.2.3 更新云硬盘快照, line 5945

        Args:
            body: the request body (UpdateSnapshotRequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_detailed(
        self,
        *,
        body: UpdateSnapshotRequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotResponse]:
        """Like update_snapshot(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_snapshot(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘快照

        删除云硬盘快照。

        接口约束: 当快照状态为available、error状态时，才可以删除。

        HTTP: DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}
        Source: manual section 6.2.2 删除云硬盘快照, line 5708

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_snapshot(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_snapshot_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_snapshot(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_snapshot(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_snapshots(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSnapshotsResponse:
        """查询云硬盘快照详情列表

        查询云硬盘快照详情列表。

        HTTP: GET /v2/{project_id}/cloudsnapshots/detail
        Source: manual section 6.2.4 查询云硬盘快照详情列表, line 6263

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            offset: query parameter 'offset', optional. 偏移量。说明:分页查询快照时使用,与limit配合使用。假如共有30个快照,设置offset为11,limit为10,即为从第12个快照开始查询,一次最多可读取10个快照。
            limit: query parameter 'limit', optional. 返回结果个数限制。
                取值范围: 值为大于0的整数。
                默认取值: 1000。
            name: query parameter 'name', optional. 云硬盘快照名称。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照名称。
                取值范围: 最大支持64个字符。
            status: query parameter 'status', optional. 云硬盘快照状态。 具体请参见云硬盘快照状态 。
            volume_id: query parameter 'volume_id', optional. 快照所属云硬盘的ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。
            availability_zone: query parameter 'availability_zone', optional. 快照所属云硬盘的可用区。
            id: query parameter 'id', optional. 指定快照id进行过滤。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照ID。
                约束限制: 可以传入多个id过滤查询，格式：id=id1&id=id2&id=id3
            dedicated_storage_name: query parameter 'dedicated_storage_name', optional. 专属存储的名称。
            dedicated_storage_id: query parameter 'dedicated_storage_id', optional. 专属存储ID。
            service_type: query parameter 'service_type', optional. 服务类型。
                取值范围: 仅支持EVS、DSS、DESS。
            enterprise_project_id: query parameter 'enterprise_project_id', optional. 指定企业项目id进行过滤。 传入“all_granted_eps”，代表查询权限范围内的所有企业项目下的云硬盘。 关于企业项目ID的获取及企业项目特性的详细信息，请参考：“ 企业管理用户指南 ”。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSnapshotsResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_snapshots(
            self.config,
            project_id=project_id,
            offset=offset,
            limit=limit,
            name=name,
            status=status,
            volume_id=volume_id,
            availability_zone=availability_zone,
            id=id,
            dedicated_storage_name=dedicated_storage_name,
            dedicated_storage_id=dedicated_storage_id,
            service_type=service_type,
            enterprise_project_id=enterprise_project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_snapshots_detailed(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSnapshotsResponse]:
        """Like list_snapshots(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_snapshots(
            self.config,
            project_id=project_id,
            offset=offset,
            limit=limit,
            name=name,
            status=status,
            volume_id=volume_id,
            availability_zone=availability_zone,
            id=id,
            dedicated_storage_name=dedicated_storage_name,
            dedicated_storage_id=dedicated_storage_id,
            service_type=service_type,
            enterprise_project_id=enterprise_project_id,
        ), headers, timeout, retry)

    def iter_list_snapshots(
        self,
        *,
        project_id: str | None = None,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[SnapshotList]:
        """Every item of list_snapshots(), fetching page after page (by offset).

        The arguments are those of list_snapshots(); limit is the page size.
        """
        _previous: list[SnapshotList] | None = None
        while True:
            _page = self.list_snapshots(
                project_id=project_id,
                offset=offset,
                limit=limit,
                name=name,
                status=status,
                volume_id=volume_id,
                availability_zone=availability_zone,
                id=id,
                dedicated_storage_name=dedicated_storage_name,
                dedicated_storage_id=dedicated_storage_id,
                service_type=service_type,
                enterprise_project_id=enterprise_project_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.snapshots, Unset) else _page.snapshots
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            offset = (0 if isinstance(offset, Unset) else offset) + len(_items)

    def rollback_snapshot(
        self,
        *,
        body: RollbackSnapshotRequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> RollbackSnapshotResponse:
        """回滚快照到云硬盘

        将快照数据回滚到云硬盘。支持企业项目授权功能。

        接口约束: - 只支持快照回滚到源云硬盘，不支持快照回滚到其它指定云硬盘。
        - 只有云硬盘状态处于“available”或“error_rollbacking”状态才允许快照回滚到源云硬盘。
        - 名称以autobk_snapshot_为前缀的快照是创建云硬盘备份时系统自动创建的，请不要进行“回滚快照到云硬盘”操作。

        HTTP: POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback
        Source: manual section 6.2.6 回滚快照到云硬盘, line 6851

        Args:
            body: the request body (RollbackSnapshotRequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。 可通过EVS控制台的云硬盘快照列表页面获取云硬盘快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            RollbackSnapshotResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.rollback_snapshot(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def rollback_snapshot_detailed(
        self,
        *,
        body: RollbackSnapshotRequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[RollbackSnapshotResponse]:
        """Like rollback_snapshot(), but return the status code, headers and raw body too."""
        return self._send(_ops.rollback_snapshot(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def rollback_snapshot_to_volume_v2(
        self,
        *,
        body: RollbackSnapshotToVolumeV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> RollbackSnapshotToVolumeV2Response:
        """回滚快照到云硬盘

        将快照数据回滚到云硬盘。该接口已废弃，请使用性能更佳的接口。

        接口约束: 只支持快照回滚到源云硬盘，不支持快照回滚到其它指定云硬盘。
        只有云硬盘状态处于“available”或“error_rollbacking”状态才允许快照回滚到源云硬盘。
        名称以autobk_snapshot_为前缀的快照是创建云硬盘备份时系统自动创建的，请不要进行“回滚快照到云硬盘”操作。

        HTTP: POST /v2/{project_id}/os-vendor-snapshots/{snapshot_id}/rollback
        Source: manual section 6.2.7 回滚快照到云硬盘(废弃), line 7160
        Deprecated: use rollback_snapshot (6.2.6 回滚快照到云硬盘) instead.

        Args:
            body: the request body (RollbackSnapshotToVolumeV2RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            RollbackSnapshotToVolumeV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.rollback_snapshot_to_volume_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def rollback_snapshot_to_volume_v2_detailed(
        self,
        *,
        body: RollbackSnapshotToVolumeV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[RollbackSnapshotToVolumeV2Response]:
        """Like rollback_snapshot_to_volume_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.rollback_snapshot_to_volume_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def cinder_list_quotas(
        self,
        *,
        target_project_id: str,
        usage: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CinderListQuotasResponse:
        """查询租户的详细配额

        查询租户的详细配额。

        HTTP: GET /v2/{project_id}/os-quota-sets/{target_project_id}
        Source: manual section 6.3.1 查询租户的详细配额, line 7290

        Args:
            target_project_id: path parameter 'target_project_id'. 目标的项目ID。 获取方法请参见 \"获取项目ID\" 。
                约束限制: 与project_id保持一致即可。
            usage: query parameter 'usage'. 是否查询配额详细信息。
                约束限制: 当前只支持传True。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CinderListQuotasResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.cinder_list_quotas(
            self.config,
            target_project_id=target_project_id,
            usage=usage,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def cinder_list_quotas_detailed(
        self,
        *,
        target_project_id: str,
        usage: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CinderListQuotasResponse]:
        """Like cinder_list_quotas(), but return the status code, headers and raw body too."""
        return self._send(_ops.cinder_list_quotas(
            self.config,
            target_project_id=target_project_id,
            usage=usage,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_create_volume_tags(
        self,
        *,
        body: BatchCreateVolumeTagsRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """为指定云硬盘批量添加标签

        为指定云硬盘批量添加标签。
        添加标签时，如果云硬盘的标签已存在相同key，则会覆盖已有标签。
        单个云硬盘最多支持创建10个标签。

        HTTP: POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action
        Source: manual section 6.4.1 为指定云硬盘批量添加标签, line 7848

        Args:
            body: the request body (BatchCreateVolumeTagsRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.batch_create_volume_tags(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_create_volume_tags_detailed(
        self,
        *,
        body: BatchCreateVolumeTagsRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_create_volume_tags(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_create_volume_tags(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def batch_delete_volume_tags(
        self,
        *,
        body: BatchDeleteVolumeTagsRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """为指定云硬盘批量删除标签

        为指定云硬盘批量删除标签。

        HTTP: POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action
        Source: manual section 6.4.2 为指定云硬盘批量删除标签, line 8167

        Args:
            body: the request body (BatchDeleteVolumeTagsRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.batch_delete_volume_tags(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def batch_delete_volume_tags_detailed(
        self,
        *,
        body: BatchDeleteVolumeTagsRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like batch_delete_volume_tags(), but return the status code, headers and raw body too."""
        return self._send(_ops.batch_delete_volume_tags(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_tags(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTagsResponse:
        """获取所有云硬盘资源的标签

        获取指定租户的所有云硬盘资源的标签。

        HTTP: GET /v2/{project_id}/cloudvolumes/tags
        Source: manual section 6.4.3 获取所有云硬盘资源的标签, line 8470

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTagsResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_tags(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_tags_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTagsResponse]:
        """Like list_volume_tags(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_tags(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_tags(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeTagsResponse:
        """查询云硬盘标签

        查询指定云硬盘的标签信息。

        HTTP: GET /v2/{project_id}/cloudvolumes/{volume_id}/tags
        Source: manual section 6.4.4 查询云硬盘标签, line 8713

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeTagsResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_tags(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_tags_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeTagsResponse]:
        """Like show_volume_tags(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_tags(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volumes_by_tags(
        self,
        *,
        body: ListVolumesByTagsRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumesByTagsResponse:
        """通过标签查询云硬盘资源实例详情

        通过标签查询云硬盘资源实例详情。

        HTTP: POST /v2/{project_id}/cloudvolumes/resource_instances/action
        Source: manual section 6.4.5 通过标签查询云硬盘资源实例详情, line 8971

        Args:
            body: the request body (ListVolumesByTagsRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumesByTagsResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volumes_by_tags(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volumes_by_tags_detailed(
        self,
        *,
        body: ListVolumesByTagsRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumesByTagsResponse]:
        """Like list_volumes_by_tags(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volumes_by_tags(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_job_status(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowJobStatusResponse:
        """查询 job 的状态

        查询Job的执行状态。
        可用于查询创建云硬盘，扩容云硬盘，删除云硬盘等API的执行状态。

        HTTP: GET /v1/{project_id}/jobs/{job_id}
        Source: manual section 6.5.1 查询 job 的状态, line 9544

        Args:
            job_id: path parameter 'job_id'. job ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowJobStatusResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_job_status(
            self.config,
            job_id=job_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_job_status_detailed(
        self,
        *,
        job_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowJobStatusResponse]:
        """Like show_job_status(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_job_status(
            self.config,
            job_id=job_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_snapshot_v5(
        self,
        *,
        body: CreateSnapshotV5RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSnapshotV5Response:
        """创建快照

        创建标准快照。标准快照当前只在部分区域支持，具体的区域列表请参见\"功能总览\"中快照页签下的区域信息。

        HTTP: POST /v5/{project_id}/snapshots
        Source: manual section 7.1.1 创建快照, line 9691

        Args:
            body: the request body (CreateSnapshotV5RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSnapshotV5Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_snapshot_v5(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_snapshot_v5_detailed(
        self,
        *,
        body: CreateSnapshotV5RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSnapshotV5Response]:
        """Like create_snapshot_v5(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_snapshot_v5(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_v5(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotV5Response:
        """查询单个快照信息

        查询单个快照信息。标准快照当前只在部分区域支持，具体的区域列表请参见“功能总览”中快照页签下的区域信息。

        HTTP: GET /v5/{project_id}/snapshots/{snapshot_id}
        Source: manual section 7.1.3 查询单个快照信息, line 9990

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见“ 获取项目ID ”。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotV5Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_v5(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_v5_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotV5Response]:
        """Like show_snapshot_v5(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_v5(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_v5(
        self,
        *,
        body: UpdateSnapshotV5RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotV5Response:
        """更新快照信息

        更新快照信息。标准快照当前只在部分区域支持，具体的区域列表请参见“功能总览”中快照页签下的区域信息。

        HTTP: PUT /v5/{project_id}/snapshots/{snapshot_id}
        Source: manual section 7.1.2 更新快照信息, line 9813

        Args:
            body: the request body (UpdateSnapshotV5RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 “获取项目ID” 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotV5Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_v5(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_v5_detailed(
        self,
        *,
        body: UpdateSnapshotV5RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotV5Response]:
        """Like update_snapshot_v5(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_v5(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_snapshot_v5(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DeleteSnapshotV5Response:
        """删除快照

        删除快照。标准快照当前只在部分区域支持，具体的区域列表请参见“功能总览”中快照页签下的区域信息。

        HTTP: DELETE /v5/{project_id}/snapshots/{snapshot_id}
        Source: manual section 7.1.5 删除快照, line 10357

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见“ 获取项目ID ”。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            DeleteSnapshotV5Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.delete_snapshot_v5(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_snapshot_v5_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[DeleteSnapshotV5Response]:
        """Like delete_snapshot_v5(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_snapshot_v5(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_snapshot_details_v5(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        snapshot_type: str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        snapshot_chain_id: str | Unset = UNSET,
        snapshot_group_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSnapshotDetailsV5Response:
        """查询快照详情列表

        查询快照详情列表。标准快照当前只在部分区域支持，具体的区域列表请参见功能总览中快照页签下的区域信息。

        HTTP: GET /v5/{project_id}/snapshots/detail
        Source: manual section 7.1.4 查询快照详情列表, line 10151

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            volume_id: query parameter 'volume_id', optional. 快照对应的云硬盘ID。
            availability_zone: query parameter 'availability_zone', optional. 快照对应的云硬盘所在的可用区。
            limit: query parameter 'limit', optional. 返回结果个数限制。 当租户所有的快照数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/snapshots/detail?limit=50，表示查询第1~50个快照。GET /v2/xxx/snapshots/detail?offset=50&limit=50，表示查询第51~100个快照。
                取值范围: 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。
            name: query parameter 'name', optional. 快照名称。
                约束限制: 最大支持255个字符。
            offset: query parameter 'offset', optional. 说明 分页查询快照时使用，与limit配合使用。假如共有30个快照，设置offset为11，limit为10，即为从第12个快照开始查询，一次最多可读取10个快照。 偏移量。 分页查询快照时使用，与limit配合使用。假如共有30个快照，设置offset为11，limit为10，即为从第12个快照开始查询，一次最多可读取10个快照。
                约束限制: 与limit配合使用。
            status: query parameter 'status', optional. 快照状态。
                取值范围: 具体请参见云硬盘快照状态 。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序。
                取值范围: 支持id，status，created_at等关键字。
                默认取值: 默认为“created_at”。
            sort_dir: query parameter 'sort_dir', optional. 返回结果按照降序或升序排列，默认为“desc”。
                取值范围: 降序：desc 升序：asc
                默认取值: desc
            id: query parameter 'id', optional. 快照ID。
            ids: query parameter 'ids', optional. 快照id列表，多个id直接用,号隔开，格式为ids=id1,id2,...,idx。返回有效id对应的快照信息，无效的id会被忽略。
                约束限制: 最多支持一次查询60个id。如果“id”和“ids”查询参数同时存在，“id”会被忽略。
            snapshot_type: query parameter 'snapshot_type', optional. 快照来源。
            enterprise_project_id: query parameter 'enterprise_project_id', optional. 快照的企业项目ID。
            tag_key: query parameter 'tag_key', optional. 快照标签的key。
            tags: query parameter 'tags', optional. 快照标签的key/value对，例如{\"key1\":\"value1\"}。
            snapshot_chain_id: query parameter 'snapshot_chain_id', optional. 快照链ID。
            snapshot_group_id: query parameter 'snapshot_group_id', optional. 快照一致性组ID。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSnapshotDetailsV5Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_snapshot_details_v5(
            self.config,
            project_id=project_id,
            marker=marker,
            volume_id=volume_id,
            availability_zone=availability_zone,
            limit=limit,
            name=name,
            offset=offset,
            status=status,
            sort_key=sort_key,
            sort_dir=sort_dir,
            id=id,
            ids=ids,
            snapshot_type=snapshot_type,
            enterprise_project_id=enterprise_project_id,
            tag_key=tag_key,
            tags=tags,
            snapshot_chain_id=snapshot_chain_id,
            snapshot_group_id=snapshot_group_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_snapshot_details_v5_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: SortDir | str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        snapshot_type: str | Unset = UNSET,
        enterprise_project_id: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        snapshot_chain_id: str | Unset = UNSET,
        snapshot_group_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSnapshotDetailsV5Response]:
        """Like list_snapshot_details_v5(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_snapshot_details_v5(
            self.config,
            project_id=project_id,
            marker=marker,
            volume_id=volume_id,
            availability_zone=availability_zone,
            limit=limit,
            name=name,
            offset=offset,
            status=status,
            sort_key=sort_key,
            sort_dir=sort_dir,
            id=id,
            ids=ids,
            snapshot_type=snapshot_type,
            enterprise_project_id=enterprise_project_id,
            tag_key=tag_key,
            tags=tags,
            snapshot_chain_id=snapshot_chain_id,
            snapshot_group_id=snapshot_group_id,
        ), headers, timeout, retry)

    def list_availability_zones(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListAvailabilityZonesResponse:
        """查询所有的可用分区信息

        查询所有的可用分区信息。

        HTTP: GET /v2/{project_id}/os-availability-zone
        Source: manual section 7.2.1 查询所有的可用分区信息, line 10442

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListAvailabilityZonesResponse

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
    ) -> DetailedResponse[ListAvailabilityZonesResponse]:
        """Like list_availability_zones(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_availability_zones(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_details_v3_os_vendor_volumes(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        multiattach: str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeDetailsV3OsVendorVolumesResponse:
        """查询所有云硬盘详情

        查询所有云硬盘的详细信息。

        HTTP: GET /v3/{project_id}/os-vendor-volumes/detail
        Source: manual section 8.1.1.1 查询所有云硬盘详情(废弃), line 10555
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。获取方法请参见 \"获取项目ID\" 。
            availability_zone: query parameter 'availability_zone', optional. 云硬盘所属的AZ信息。
            dedicated_storage_id: query parameter 'dedicated_storage_id', optional. 专属存储池ID，可过滤出该专属存储池下的所有云硬盘，必须精确匹配。
            dedicated_storage_name: query parameter 'dedicated_storage_name', optional. 专属存储池的名字，可过滤出该专属存储池下的所有云硬盘，支持模糊匹配。
            id: query parameter 'id', optional. 云硬盘ID。
            ids: query parameter 'ids', optional. 云硬盘id列表，格式为ids=['id1','id2',..., 'idx']，返回“ids”中有效id的云硬盘详情，无效的id会被忽略。 支持查询最多60个id对应的云硬盘详情。 如果“id”和“ids”查询参数同时存在，“id”会被忽略。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            metadata: query parameter 'metadata', optional. 云硬盘元数据。
            multiattach: query parameter 'multiattach', optional. 是否为共享云硬盘。 true：表示为共享云硬盘。 false：表示为非共享云硬盘。
            name: query parameter 'name', optional. 云硬盘名称。最大支持64个字符。
            offset: query parameter 'offset', optional. 偏移量（偏移量为一个大于0小于云硬盘总个数的整数，表示查询该偏移量后面的所有的云硬盘）。
            service_type: query parameter 'service_type', optional. 服务类型，仅支持EVS、DSS、DESS。
            sort_dir: query parameter 'sort_dir', optional. 降序或升序，默认为“desc”。 desc表示降序。 asc表示升序。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序（支持 id, status, size, created_at 等关键字，默认为“created_at”）。
            status: query parameter 'status', optional. 云硬盘状态，具体请参见云硬盘状态 。
            volume_type_id: query parameter 'volume_type_id', optional. 云硬盘类型ID。通过查询云硬盘类型列表可以查到，即 VolumeType 参数说明表格中的“id”。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeDetailsV3OsVendorVolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_details_v3_os_vendor_volumes(
            self.config,
            project_id=project_id,
            availability_zone=availability_zone,
            dedicated_storage_id=dedicated_storage_id,
            dedicated_storage_name=dedicated_storage_name,
            id=id,
            ids=ids,
            limit=limit,
            marker=marker,
            metadata=metadata,
            multiattach=multiattach,
            name=name,
            offset=offset,
            service_type=service_type,
            sort_dir=sort_dir,
            sort_key=sort_key,
            status=status,
            volume_type_id=volume_type_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_details_v3_os_vendor_volumes_detailed(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        multiattach: str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeDetailsV3OsVendorVolumesResponse]:
        """Like list_volume_details_v3_os_vendor_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_details_v3_os_vendor_volumes(
            self.config,
            project_id=project_id,
            availability_zone=availability_zone,
            dedicated_storage_id=dedicated_storage_id,
            dedicated_storage_name=dedicated_storage_name,
            id=id,
            ids=ids,
            limit=limit,
            marker=marker,
            metadata=metadata,
            multiattach=multiattach,
            name=name,
            offset=offset,
            service_type=service_type,
            sort_dir=sort_dir,
            sort_key=sort_key,
            status=status,
            volume_type_id=volume_type_id,
        ), headers, timeout, retry)

    def iter_list_volume_details_v3_os_vendor_volumes(
        self,
        *,
        project_id: str | None = None,
        availability_zone: str | Unset = UNSET,
        dedicated_storage_id: str | Unset = UNSET,
        dedicated_storage_name: str | Unset = UNSET,
        id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        marker: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        multiattach: str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        service_type: ServiceType | str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        volume_type_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeDetailV3]:
        """Every item of list_volume_details_v3_os_vendor_volumes(), fetching page after page (by marker).

        The arguments are those of list_volume_details_v3_os_vendor_volumes(); limit is the page size.
        """
        _previous: list[VolumeDetailV3] | None = None
        while True:
            _page = self.list_volume_details_v3_os_vendor_volumes(
                project_id=project_id,
                availability_zone=availability_zone,
                dedicated_storage_id=dedicated_storage_id,
                dedicated_storage_name=dedicated_storage_name,
                id=id,
                ids=ids,
                limit=limit,
                marker=marker,
                metadata=metadata,
                multiattach=multiattach,
                name=name,
                offset=offset,
                service_type=service_type,
                sort_dir=sort_dir,
                sort_key=sort_key,
                status=status,
                volume_type_id=volume_type_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def create_volume_v3_cloudvolumes(
        self,
        *,
        body: CreateVolumeV3CloudvolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        x_client_token: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeV3CloudvolumesResponse:
        """创建云硬盘

        创建一个或多个云硬盘。

        HTTP: POST /v3/{project_id}/cloudvolumes
        Source: manual section 8.1.1.2 创建云硬盘(废弃), line 10782
        Deprecated: use create_volume (6.1.1 创建云硬盘) instead.

        Args:
            body: the request body (CreateVolumeV3CloudvolumesRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID
            x_client_token: header parameter 'X-Client-Token', optional. 请求的幂等标识。该参数的值由客户端生成，需要确保不同请求的参数值唯一，取值为36位的UUID格式字符串，有效期为8小时。携带相同幂等标识的多个请求，会认为多个请求为同一个幂等请求，会返回相同的响应体。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeV3CloudvolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_v3_cloudvolumes(
            self.config,
            body=body,
            project_id=project_id,
            x_client_token=x_client_token,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_v3_cloudvolumes_detailed(
        self,
        *,
        body: CreateVolumeV3CloudvolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        x_client_token: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeV3CloudvolumesResponse]:
        """Like create_volume_v3_cloudvolumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_v3_cloudvolumes(
            self.config,
            body=body,
            project_id=project_id,
            x_client_token=x_client_token,
        ), headers, timeout, retry)

    def show_volume_v3_os_vendor_volumes(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeV3OsVendorVolumesResponse:
        """查询单个云硬盘详情

        查询单个云硬盘的详细信息。

        HTTP: GET /v3/{project_id}/os-vendor-volumes/{volume_id}
        Source: manual section 8.1.1.3 查询单个云硬盘详情(废弃), line 10890
        Deprecated.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeV3OsVendorVolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_v3_os_vendor_volumes(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_v3_os_vendor_volumes_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeV3OsVendorVolumesResponse]:
        """Like show_volume_v3_os_vendor_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_v3_os_vendor_volumes(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def rollback_snapshot_to_volume_v3(
        self,
        *,
        body: RollbackSnapshotToVolumeV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> RollbackSnapshotToVolumeV3Response:
        """回滚快照到云硬盘

        将快照数据回滚到云硬盘。
        📖 说明
        须知:
        该接口已废弃, 请使用性能更佳接口, 具体请参见回滚快照到云硬盘。

        接口约束: 只支持快照回滚到源云硬盘, 不支持快照回滚到其它指定云硬盘。
        只有云硬盘状态处于“available”或“error_rollbacking”状态才允许快照回滚到源云硬盘。
        名称以autobk_snapshot_为前缀的快照是创建云硬盘备份时系统自动创建的, 请不要进行“回滚快照到云硬盘”操作。

        HTTP: POST /v3/{project_id}/os-vendor-snapshots/{snapshot_id}/rollback
        Source: manual section 8.1.2.1 回滚快照到云硬盘(废弃), line 11085
        Deprecated: use rollback_snapshot (6.2.6 回滚快照到云硬盘) instead.

        Args:
            body: the request body (RollbackSnapshotToVolumeV3RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            RollbackSnapshotToVolumeV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.rollback_snapshot_to_volume_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def rollback_snapshot_to_volume_v3_detailed(
        self,
        *,
        body: RollbackSnapshotToVolumeV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[RollbackSnapshotToVolumeV3Response]:
        """Like rollback_snapshot_to_volume_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.rollback_snapshot_to_volume_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_v1(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeV1Response:
        """查询单个云硬盘详情

        查询单个云硬盘的详细信息。该接口已废弃，请使用性能更佳接口。

        HTTP: GET /v1/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.1 查询单个云硬盘详情（废弃）, line 11217
        Deprecated: use show_volume_v3 (8.2.1.16 查询单个云硬盘详情) instead.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeV1Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_v1(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_v1_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeV1Response]:
        """Like show_volume_v1(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_v1(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volumes_v2_volumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumesV2VolumesResponse:
        """查询云硬盘列表

        查询云硬盘列表。

        HTTP: GET /v2/{project_id}/volumes
        Source: manual section 8.2.1.13 查询云硬盘列表（已废弃）, line 13198
        Deprecated: use list_volumes_v3 (8.2.1.14 查询云硬盘列表) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            name: query parameter 'name', optional. 云硬盘名称。最大支持64个字符。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的云硬盘数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/volumes? limit=50，表示查询第1~50个云硬盘。GET /v2/xxx/volumes? offset=50&limit=50，表示查询第51~100个云硬盘。
            sort_dir: query parameter 'sort_dir', optional. 返回结果按照降序或升序排列，默认为“desc”。 降序：desc 升序：asc
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序，支持id, status, size, created_at等关键字，默认为“created_at”。
            offset: query parameter 'offset', optional. 偏移量偏移量为一个大于0小于磁盘总个数的整数，表示查询该偏移量后面的所有的云硬盘。
            status: query parameter 'status', optional. 云硬盘状态，具体请参见云硬盘状态 。
            metadata: query parameter 'metadata', optional. 云硬盘元数据。
            availability_zone: query parameter 'availability_zone', optional. AZ信息。
            snapshot_policy_id: query parameter 'snapshot_policy_id', optional. 云硬盘绑定的快照策略ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumesV2VolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volumes_v2_volumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_dir=sort_dir,
            sort_key=sort_key,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
            snapshot_policy_id=snapshot_policy_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volumes_v2_volumes_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumesV2VolumesResponse]:
        """Like list_volumes_v2_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volumes_v2_volumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_dir=sort_dir,
            sort_key=sort_key,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
            snapshot_policy_id=snapshot_policy_id,
        ), headers, timeout, retry)

    def iter_list_volumes_v2_volumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeBody]:
        """Every item of list_volumes_v2_volumes(), fetching page after page (by marker).

        The arguments are those of list_volumes_v2_volumes(); limit is the page size.
        """
        _previous: list[VolumeBody] | None = None
        while True:
            _page = self.list_volumes_v2_volumes(
                project_id=project_id,
                marker=marker,
                name=name,
                limit=limit,
                sort_dir=sort_dir,
                sort_key=sort_key,
                offset=offset,
                status=status,
                metadata=metadata,
                availability_zone=availability_zone,
                snapshot_policy_id=snapshot_policy_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def create_volume_v2_volumes(
        self,
        *,
        body: CreateVolumeV2VolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeV2VolumesResponse:
        """创建云硬盘

        创建云硬盘。

        HTTP: POST /v2/{project_id}/volumes
        Source: manual section 8.2.1.2 创建云硬盘（废弃）, line 11397
        Deprecated: use create_volume_v3 (8.2.1.3 创建云硬盘) instead.

        Args:
            body: the request body (CreateVolumeV2VolumesRequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeV2VolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_v2_volumes(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_v2_volumes_detailed(
        self,
        *,
        body: CreateVolumeV2VolumesRequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeV2VolumesResponse]:
        """Like create_volume_v2_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_v2_volumes(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volumes_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumesV3Response:
        """查询云硬盘列表

        查询云硬盘列表。

        HTTP: GET /v3/{project_id}/volumes
        Source: manual section 8.2.1.14 查询云硬盘列表, line 13351

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            name: query parameter 'name', optional. 云硬盘名称。最大支持64个字符。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的云硬盘数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/volumes? limit=50，表示查询第1~50个云硬盘。GET /v2/xxx/volumes? offset=50&limit=50，表示查询第51~100个云硬盘。
            sort_dir: query parameter 'sort_dir', optional. 返回结果按照降序或升序排列，默认为“desc”。 降序: desc 升序: asc
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序，支持id, status, size, created_at等关键字，默认为“created_at”。
            offset: query parameter 'offset', optional. 偏移量偏移量为一个大于0小于磁盘总个数的整数，表示查询该偏移量后面的所有的云硬盘。
            status: query parameter 'status', optional. 云硬盘状态，具体请参见云硬盘状态 。
            metadata: query parameter 'metadata', optional. 云硬盘元数据。
            availability_zone: query parameter 'availability_zone', optional. AZ信息。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumesV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volumes_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_dir=sort_dir,
            sort_key=sort_key,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volumes_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumesV3Response]:
        """Like list_volumes_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volumes_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_dir=sort_dir,
            sort_key=sort_key,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
        ), headers, timeout, retry)

    def iter_list_volumes_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: CinderVolumeDetailStatus | str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeBody]:
        """Every item of list_volumes_v3(), fetching page after page (by marker).

        The arguments are those of list_volumes_v3(); limit is the page size.
        """
        _previous: list[VolumeBody] | None = None
        while True:
            _page = self.list_volumes_v3(
                project_id=project_id,
                marker=marker,
                name=name,
                limit=limit,
                sort_dir=sort_dir,
                sort_key=sort_key,
                offset=offset,
                status=status,
                metadata=metadata,
                availability_zone=availability_zone,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def create_volume_v3(
        self,
        *,
        body: CreateVolumeV3RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeV3Response:
        """创建云硬盘

        创建云硬盘。

        HTTP: POST /v3/{project_id}/volumes
        Source: manual section 8.2.1.3 创建云硬盘, line 11632

        Args:
            body: the request body (CreateVolumeV3RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_v3(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_v3_detailed(
        self,
        *,
        body: CreateVolumeV3RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeV3Response]:
        """Like create_volume_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_v3(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_details_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeDetailsV3Response:
        """查询所有云硬盘详情

        查询所有云硬盘详情。

        HTTP: GET /v3/{project_id}/volumes/detail
        Source: manual section 8.2.1.4 查询所有云硬盘详情, line 11869

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 取值为上一页数据的最后一条记录的id，返回值为该项后面的项
            name: query parameter 'name', optional. 云硬盘名称。最大支持64个字符。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的云硬盘数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/volumes/detail?limit=50，表示查询第1~50个云硬盘。GET /v2/xxx/volumes/detail?offset=50&limit=50，表示查询第51~100个云硬盘。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序，支持id, status, size, created_at等关键字，默认为“created_at”。
            sort_dir: query parameter 'sort_dir', optional. 返回结果按照降序或升序排列，默认为“desc”。 降序: desc 升序: asc
            offset: query parameter 'offset', optional. 偏移量偏移量为一个大于0小于磁盘总个数的整数，表示查询该偏移量后面的所有的云硬盘。
            status: query parameter 'status', optional. 云硬盘状态
            metadata: query parameter 'metadata', optional. 云硬盘元数据。该参数通过Json格式进行传参，如：GET /v3/{project_id}/volumes/detail?metadata={\"hw:passthrough\": \"true\"}
            availability_zone: query parameter 'availability_zone', optional. AZ信息
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeDetailsV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_details_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_key=sort_key,
            sort_dir=sort_dir,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_details_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeDetailsV3Response]:
        """Like list_volume_details_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_details_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_key=sort_key,
            sort_dir=sort_dir,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
        ), headers, timeout, retry)

    def iter_list_volume_details_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeDetailForListVolumeDetailsV3]:
        """Every item of list_volume_details_v3(), fetching page after page (by marker).

        The arguments are those of list_volume_details_v3(); limit is the page size.
        """
        _previous: list[VolumeDetailForListVolumeDetailsV3] | None = None
        while True:
            _page = self.list_volume_details_v3(
                project_id=project_id,
                marker=marker,
                name=name,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                offset=offset,
                status=status,
                metadata=metadata,
                availability_zone=availability_zone,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def show_volume_v2_volumes(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeV2VolumesResponse:
        """查询单个云硬盘详情

        查询单个云硬盘详情。

        HTTP: GET /v2/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.15 查询单个云硬盘详情（废弃）, line 13507
        Deprecated: use show_volume_v3 (8.2.1.16 查询单个云硬盘详情) instead.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeV2VolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_v2_volumes(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_v2_volumes_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeV2VolumesResponse]:
        """Like show_volume_v2_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_v2_volumes(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume_v2(
        self,
        *,
        body: UpdateVolumeV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeV2Response:
        """更新云硬盘

        更新云硬盘。

        HTTP: PUT /v2/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.7 更新云硬盘（废弃）, line 12266
        Deprecated: use update_volume_v3 (8.2.1.8 更新云硬盘) instead.

        Args:
            body: the request body (UpdateVolumeV2RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_v2_detailed(
        self,
        *,
        body: UpdateVolumeV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeV2Response]:
        """Like update_volume_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume_v2(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        cascade: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘

        删除一个云硬盘，适用于按需云硬盘。
        对于包周期云硬盘，如果您需要退订该包周期资源，请参考“退订包周期资源”。

        HTTP: DELETE /v2/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.5 删除云硬盘（废弃）, line 12096
        Deprecated: use delete_volume_v3 (8.2.1.6 删除云硬盘) instead.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见获取项目ID 。
            cascade: query parameter 'cascade', optional. 删除云硬盘关联的所有快照，默认值为false。
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
        _r = self._send(_ops.delete_volume_v2(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
            cascade=cascade,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_v2_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        cascade: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_volume_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume_v2(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
            cascade=cascade,
        ), headers, timeout, retry)

    def show_volume_v3(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeV3Response:
        """查询单个云硬盘详情

        查询单个云硬盘详情。

        HTTP: GET /v3/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.16 查询单个云硬盘详情, line 13703

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_v3(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_v3_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeV3Response]:
        """Like show_volume_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_v3(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume_v3(
        self,
        *,
        body: UpdateVolumeV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeV3Response:
        """更新云硬盘

        更新云硬盘。

        HTTP: PUT /v3/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.8 更新云硬盘, line 12466

        Args:
            body: the request body (UpdateVolumeV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_v3_detailed(
        self,
        *,
        body: UpdateVolumeV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeV3Response]:
        """Like update_volume_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume_v3(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        cascade: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘

        删除一个云硬盘，适用于按需云硬盘。
        对于包周期云硬盘，如果您需要退订该包周期资源，请参考“退订包周期资源”。

        HTTP: DELETE /v3/{project_id}/volumes/{volume_id}
        Source: manual section 8.2.1.6 删除云硬盘, line 12182

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            cascade: query parameter 'cascade', optional. 删除云硬盘关联的所有快照，默认值为false。
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
        _r = self._send(_ops.delete_volume_v3(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
            cascade=cascade,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_v3_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        cascade: bool | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_volume_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume_v3(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
            cascade=cascade,
        ), headers, timeout, retry)

    def list_volume_types_v2(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTypesV2Response:
        """查询云硬盘类型列表

        查询云硬盘类型列表。

        HTTP: GET /v2/{project_id}/types
        Source: manual section 8.2.1.9 查询云硬盘类型列表（废弃）, line 12660
        Deprecated: use list_volume_types_v3 (8.2.1.10 查询云硬盘类型列表) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见获取项目ID 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTypesV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_types_v2(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_types_v2_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTypesV2Response]:
        """Like list_volume_types_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_types_v2(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_types_v3(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTypesV3Response:
        """查询云硬盘类型列表

        查询支持的云硬盘类型。

        HTTP: GET /v3/{project_id}/types
        Source: manual section 8.2.1.10 查询云硬盘类型列表, line 12805

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTypesV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_types_v3(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_types_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTypesV3Response]:
        """Like list_volume_types_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_types_v3(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_type_v2(
        self,
        *,
        type_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeTypeV2Response:
        """查询单个云硬盘类型的详情

        查询单个云硬盘类型的详细信息。

        HTTP: GET /v2/{project_id}/types/{type_id}
        Source: manual section 8.2.1.11 查询单个云硬盘类型的详情（废弃）, line 12955
        Deprecated.

        Args:
            type_id: path parameter 'type_id'. 云硬盘类型的ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeTypeV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_type_v2(
            self.config,
            type_id=type_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_type_v2_detailed(
        self,
        *,
        type_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeTypeV2Response]:
        """Like show_volume_type_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_type_v2(
            self.config,
            type_id=type_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_type_v3(
        self,
        *,
        type_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeTypeV3Response:
        """查询单个云硬盘类型的详细信息

        查询单个云硬盘类型的详细信息。

        HTTP: GET /v3/{project_id}/types/{type_id}
        Source: manual section 8.2.1.12 查询单个云硬盘类型的详细信息, line 13077

        Args:
            type_id: path parameter 'type_id'. 云硬盘类型ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeTypeV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_type_v3(
            self.config,
            type_id=type_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_type_v3_detailed(
        self,
        *,
        type_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeTypeV3Response]:
        """Like show_volume_type_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_type_v3(
            self.config,
            type_id=type_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_details_v2_volumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeDetailsV2VolumesResponse:
        """查询所有云硬盘详情

        查询所有云硬盘详情。

        HTTP: GET /v2/{project_id}/volumes/detail
        Source: manual section 8.2.1.17 查询所有云硬盘详情（废弃）, line 13906
        Deprecated: use list_volume_details_v3 (8.2.1.4 查询所有云硬盘详情) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 取值为上一页数据的最后一条记录的id, 返回值为该项后面的项
            name: query parameter 'name', optional. 云硬盘名称。最大支持85个字符。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1, 最大值1000, 默认为1000。返回的结果中记录数不超过limit值。 当租户所有的云硬盘数量大于50个时, 为了提升您的查询效率, 建议查询的时候使用limit参数, 并且参数值最大设置为50。查询示例: GET /v2/xxx/volumes/detail?limit=50, 表示查询第1~50个云硬盘。GET /v2/xxx/volumes/detail?offset=50&limit=50, 表示查询第51~100个云硬盘。
            sort_key: query parameter 'sort_key', optional. 返回结果按该关键字排序, 支持id, status, size, created_at等关键字, 默认为“created_at”。
            sort_dir: query parameter 'sort_dir', optional. 返回结果按照降序或升序排列, 默认为“desc”。 降序: desc 升序: asc
            offset: query parameter 'offset', optional. 偏移量偏移量为一个大于0小于磁盘总个数的整数, 表示查询该偏移量后面的所有的云硬盘。
            status: query parameter 'status', optional. 云硬盘状态
            metadata: query parameter 'metadata', optional. 云硬盘元数据。该参数通过Json格式进行传参, 如: GET /v2/{project_id}/volumes/detail?metadata={\"hw:passthrough\": \"true\"}
            availability_zone: query parameter 'availability_zone', optional. AZ信息
            snapshot_policy_id: query parameter 'snapshot_policy_id', optional. 云硬盘绑定的快照策略ID
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeDetailsV2VolumesResponse

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_details_v2_volumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_key=sort_key,
            sort_dir=sort_dir,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
            snapshot_policy_id=snapshot_policy_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_details_v2_volumes_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeDetailsV2VolumesResponse]:
        """Like list_volume_details_v2_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_details_v2_volumes(
            self.config,
            project_id=project_id,
            marker=marker,
            name=name,
            limit=limit,
            sort_key=sort_key,
            sort_dir=sort_dir,
            offset=offset,
            status=status,
            metadata=metadata,
            availability_zone=availability_zone,
            snapshot_policy_id=snapshot_policy_id,
        ), headers, timeout, retry)

    def iter_list_volume_details_v2_volumes(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_key: str | Unset = UNSET,
        sort_dir: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: str | Unset = UNSET,
        metadata: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        snapshot_policy_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeDetailForListVolumeDetailsV3]:
        """Every item of list_volume_details_v2_volumes(), fetching page after page (by marker).

        The arguments are those of list_volume_details_v2_volumes(); limit is the page size.
        """
        _previous: list[VolumeDetailForListVolumeDetailsV3] | None = None
        while True:
            _page = self.list_volume_details_v2_volumes(
                project_id=project_id,
                marker=marker,
                name=name,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                offset=offset,
                status=status,
                metadata=metadata,
                availability_zone=availability_zone,
                snapshot_policy_id=snapshot_policy_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.volumes, Unset) else _page.volumes
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def list_extensions_v2(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListExtensionsV2Response:
        """查询扩展接口

        查询扩展接口。

        HTTP: GET /v2/{project_id}/extensions
        Source: manual section 8.2.1.18 查询扩展接口（废弃）, line 14129
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListExtensionsV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_extensions_v2(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_extensions_v2_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListExtensionsV2Response]:
        """Like list_extensions_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_extensions_v2(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_extensions_v3(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListExtensionsV3Response:
        """查询扩展接口

        查询扩展接口。

        HTTP: GET /v3/{project_id}/extensions
        Source: manual section 8.2.1.19 查询扩展接口（废弃）, line 14251
        Deprecated.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListExtensionsV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_extensions_v3(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_extensions_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListExtensionsV3Response]:
        """Like list_extensions_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_extensions_v3(
            self.config,
            project_id=project_id,
        ), headers, timeout, retry)

    def resize_volume_v3(
        self,
        *,
        body: ResizeVolumeV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """扩容云硬盘

        扩容云硬盘。

        接口约束: l 扩容状态为available的云硬盘时，没有约束限制。
        l 扩容状态为in-use的云硬盘时，有以下约束：
        - 不支持共享云硬盘，即multiattach参数值必须为false。
        - 云硬盘所挂载的云服务器状态必须为ACTIVE、PAUSED、SUSPENDED、SHUTOFF才支持扩容。

        HTTP: POST /v3/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.20 扩容云硬盘, line 14518

        Args:
            body: the request body (ResizeVolumeV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.resize_volume_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def resize_volume_v3_detailed(
        self,
        *,
        body: ResizeVolumeV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like resize_volume_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.resize_volume_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def set_volume_bootable_flag_v3(
        self,
        *,
        body: SetVolumeBootableFlagV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """设置云硬盘启动盘标识

        设置云硬盘启动盘标识。

        接口约束: 数据盘调用本接口设置bootable后，也不能挂载到云主机作为系统盘使用。

        HTTP: POST /v3/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.22 设置云硬盘启动盘标识, line 14724

        Args:
            body: the request body (SetVolumeBootableFlagV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.set_volume_bootable_flag_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def set_volume_bootable_flag_v3_detailed(
        self,
        *,
        body: SetVolumeBootableFlagV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like set_volume_bootable_flag_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.set_volume_bootable_flag_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def export_volume_to_image_v3(
        self,
        *,
        body: ExportVolumeToImageV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ExportVolumeToImageV3Response | None:
        """将云硬盘导出为镜像

        将系统盘或数据盘的数据导出为IMS镜像，导出的镜像在IMS的私有镜像列表中可以查看并使用。

        HTTP: POST /v3/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.23 将云硬盘导出为镜像, line 14825

        Args:
            body: the request body (ExportVolumeToImageV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ExportVolumeToImageV3Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.export_volume_to_image_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def export_volume_to_image_v3_detailed(
        self,
        *,
        body: ExportVolumeToImageV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ExportVolumeToImageV3Response | None]:
        """Like export_volume_to_image_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.export_volume_to_image_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def set_volume_readonly_flag_v3(
        self,
        *,
        body: SetVolumeReadonlyFlagV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """设置云硬盘只读标识

        设置云硬盘只读标识。

        HTTP: POST /v3/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.25 设置云硬盘只读标识, line 15102

        Args:
            body: the request body (SetVolumeReadonlyFlagV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.set_volume_readonly_flag_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def set_volume_readonly_flag_v3_detailed(
        self,
        *,
        body: SetVolumeReadonlyFlagV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like set_volume_readonly_flag_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.set_volume_readonly_flag_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def resize_volume_v2_volumes(
        self,
        *,
        body: ResizeVolumeV2VolumesRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """扩容云硬盘

        扩容云硬盘。

        接口约束: l 扩容状态为available的云硬盘时，没有约束限制。
        l 扩容状态为in-use的云硬盘时，有以下约束：
        - 不支持共享云硬盘，即multiattach参数值必须为false。
        - 云硬盘所挂载的云服务器状态必须为ACTIVE、PAUSED、SUSPENDED、SHUTOFF才支持扩容。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.21 扩容云硬盘（废弃）, line 14619
        Deprecated: use resize_volume_v3 (8.2.1.20 扩容云硬盘) instead.

        Args:
            body: the request body (ResizeVolumeV2VolumesRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.resize_volume_v2_volumes(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def resize_volume_v2_volumes_detailed(
        self,
        *,
        body: ResizeVolumeV2VolumesRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like resize_volume_v2_volumes(), but return the status code, headers and raw body too."""
        return self._send(_ops.resize_volume_v2_volumes(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def set_volume_bootable_flag_v2(
        self,
        *,
        body: SetVolumeBootableFlagV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """设置云硬盘启动盘标识

        设置云硬盘启动盘标识。

        接口约束: 数据盘调用本接口设置bootable后，也不能挂载到云主机作为系统盘使用。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.24 设置云硬盘启动盘标识（废弃）, line 15004
        Deprecated: use set_volume_bootable_flag_v3 (8.2.1.22 设置云硬盘启动盘标识) instead.

        Args:
            body: the request body (SetVolumeBootableFlagV2RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.set_volume_bootable_flag_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def set_volume_bootable_flag_v2_detailed(
        self,
        *,
        body: SetVolumeBootableFlagV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like set_volume_bootable_flag_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.set_volume_bootable_flag_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def set_volume_readonly_flag_v2(
        self,
        *,
        body: SetVolumeReadonlyFlagV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """设置云硬盘只读标识

        设置云硬盘只读标识。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.26 设置云硬盘只读标识（废弃）, line 15196
        Deprecated: use set_volume_readonly_flag_v3 (8.2.1.25 设置云硬盘只读标识) instead.

        Args:
            body: the request body (SetVolumeReadonlyFlagV2RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.set_volume_readonly_flag_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def set_volume_readonly_flag_v2_detailed(
        self,
        *,
        body: SetVolumeReadonlyFlagV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like set_volume_readonly_flag_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.set_volume_readonly_flag_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def export_volume_to_image_v2(
        self,
        *,
        body: ExportVolumeToImageV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ExportVolumeToImageV2Response | None:
        """将云硬盘导出为镜像

        将系统盘或数据盘的数据导出为IMS镜像，导出的镜像在IMS的私有镜像列表中可以查看并使用。

        接口约束: 云硬盘容量需≤1TB。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.27 将云硬盘导出为镜像（废弃）, line 15290
        Deprecated: use export_volume_to_image_v3 (8.2.1.23 将云硬盘导出为镜像) instead.

        Args:
            body: the request body (ExportVolumeToImageV2RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ExportVolumeToImageV2Response | None

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.export_volume_to_image_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def export_volume_to_image_v2_detailed(
        self,
        *,
        body: ExportVolumeToImageV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ExportVolumeToImageV2Response | None]:
        """Like export_volume_to_image_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.export_volume_to_image_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def attach_volume(
        self,
        *,
        body: AttachVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """挂载云硬盘

        该接口只会改变云硬盘的状态（“available”变为“in-use”）。
        注意：
        由于兼容性原因导致存在该接口，目前已经废弃。

        接口约束: 挂载云硬盘的操作不能调用该接口，只能调用ECS的Attach Volume接口。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.28 挂载云硬盘(废弃), line 15474
        Deprecated.

        Args:
            body: the request body (AttachVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.attach_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def attach_volume_detailed(
        self,
        *,
        body: AttachVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like attach_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.attach_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def detach_volume(
        self,
        *,
        body: DetachVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """卸载云硬盘

        该接口只会改变云硬盘的状态（“in-use”变为“available”）
        注意：
        由于兼容性原因导致存在该接口，目前已经废弃。

        接口约束: 卸载云硬盘的操作不能调用该接口，只能调用ECS的Detach Volume接口

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.29 卸载云硬盘(废弃), line 15575
        Deprecated.

        Args:
            body: the request body (DetachVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.detach_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def detach_volume_detailed(
        self,
        *,
        body: DetachVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like detach_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.detach_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def reserve_volume(
        self,
        *,
        body: ReserveVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """保留云硬盘

        保留云硬盘。
        注意：
        由于兼容性原因导致存在该接口，目前已经废弃。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.30 保留云硬盘(废弃), line 15674
        Deprecated.

        Args:
            body: the request body (ReserveVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.reserve_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def reserve_volume_detailed(
        self,
        *,
        body: ReserveVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like reserve_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.reserve_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def unreserve_volume(
        self,
        *,
        body: UnreserveVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """取消保留云硬盘

        取消保留云硬盘。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/action
        Source: manual section 8.2.1.31 取消保留云硬盘(废弃), line 15762
        Deprecated.

        Args:
            body: the request body (UnreserveVolumeRequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID（非包周期）
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.unreserve_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def unreserve_volume_detailed(
        self,
        *,
        body: UnreserveVolumeRequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like unreserve_volume(), but return the status code, headers and raw body too."""
        return self._send(_ops.unreserve_volume(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_transfers_v3(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTransfersV3Response:
        """查询云硬盘过户记录列表概要

        查询当前租户下所有云硬盘的过户记录列表。

        HTTP: GET /v3/{project_id}/os-volume-transfer
        Source: manual section 8.2.2.1 查询云硬盘过户记录列表概要, line 15848

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            limit: query parameter 'limit', optional. 返回结果个数限制，取值为大于0的整数
            offset: query parameter 'offset', optional. 偏移量，偏移量为一个大于0小于云硬盘过户记录总个数的整数，表示查询该偏移量后面的所有的云硬盘过户记录
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTransfersV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_transfers_v3(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_transfers_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTransfersV3Response]:
        """Like list_volume_transfers_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_transfers_v3(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)

    def iter_list_volume_transfers_v3(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeTransferSummary]:
        """Every item of list_volume_transfers_v3(), fetching page after page (by offset).

        The arguments are those of list_volume_transfers_v3(); limit is the page size.
        """
        _previous: list[VolumeTransferSummary] | None = None
        while True:
            _page = self.list_volume_transfers_v3(
                project_id=project_id,
                limit=limit,
                offset=offset,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.transfers, Unset) else _page.transfers
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            offset = (0 if isinstance(offset, Unset) else offset) + len(_items)

    def create_volume_transfer_v3(
        self,
        *,
        body: CreateVolumeTransferV3RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeTransferV3Response:
        """创建云硬盘过户

        指定云硬盘来创建云硬盘过户记录，创建成功后，会返回过户记录ID以及身份认证密钥。
        云硬盘在过户过程中的状态变化如下：创建云硬盘过户后，云硬盘状态由“available”变为“awaiting-transfer”。当云硬盘过户被接收后，云硬盘状态变为“available”。

        接口约束: 只有当云硬盘状态为available时，支持创建过户，其他不支持过户的约束如下：
        包周期的云硬盘不支持过户。
        冻结的云硬盘不支持过户。
        加密的云硬盘不支持过户。
        云硬盘有对应的备份和快照时不支持过户。
        云硬盘有备份策略时不支持过户。
        DSS专属存储的云硬盘不支持过户。
        DESS专属存储的云硬盘不支持过户。
        EVS系统盘不支持过户。

        HTTP: POST /v3/{project_id}/os-volume-transfer
        Source: manual section 8.2.2.4 创建云硬盘过户, line 16241

        Args:
            body: the request body (CreateVolumeTransferV3RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeTransferV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_transfer_v3(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_transfer_v3_detailed(
        self,
        *,
        body: CreateVolumeTransferV3RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeTransferV3Response]:
        """Like create_volume_transfer_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_transfer_v3(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_transfer_v3(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeTransferV3Response:
        """查询单个云硬盘过户记录详情

        查询单个云硬盘的过户记录详情，比如过户记录创建时间、ID以及名称等信息。

        HTTP: GET /v3/{project_id}/os-volume-transfer/{transfer_id}
        Source: manual section 8.2.2.2 查询单个云硬盘过户记录详情, line 15983

        Args:
            transfer_id: path parameter 'transfer_id'. 云硬盘过户记录ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeTransferV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_transfer_v3(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_transfer_v3_detailed(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeTransferV3Response]:
        """Like show_volume_transfer_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_transfer_v3(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume_transfer_v3(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘过户

        当云硬盘过户未被接受时，您可以删除云硬盘过户记录，接受后则无法执行删除操作。

        HTTP: DELETE /v3/{project_id}/os-volume-transfer/{transfer_id}
        Source: manual section 8.2.2.6 删除云硬盘过户, line 16531

        Args:
            transfer_id: path parameter 'transfer_id'. 云硬盘过户记录ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_volume_transfer_v3(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_transfer_v3_detailed(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_volume_transfer_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume_transfer_v3(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def accept_volume_transfer_v3(
        self,
        *,
        body: AcceptVolumeTransferV3RequestBody | Mapping[str, Any],
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AcceptVolumeTransferV3Response:
        """接受云硬盘过户

        通过云硬盘过户记录ID以及身份认证密钥来接受云硬盘过户。

        接口约束: - 包周期的云硬盘不支持过户。
        - 冻结的云硬盘不支持过户。
        - 加密的云硬盘不支持过户。
        - 云硬盘有对应的备份和快照时不支持过户。
        - 云硬盘有备份策略时不支持过户。
        - DSS专属存储的云硬盘不支持过户。
        - DESS专属存储的云硬盘不支持过户。
        - EVS系统盘不支持过户。

        HTTP: POST /v3/{project_id}/os-volume-transfer/{transfer_id}/accept
        Source: manual section 8.2.2.3 接受云硬盘过户, line 16100

        Args:
            body: the request body (AcceptVolumeTransferV3RequestBody)
            transfer_id: path parameter 'transfer_id'. 云硬盘ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AcceptVolumeTransferV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.accept_volume_transfer_v3(
            self.config,
            body=body,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def accept_volume_transfer_v3_detailed(
        self,
        *,
        body: AcceptVolumeTransferV3RequestBody | Mapping[str, Any],
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AcceptVolumeTransferV3Response]:
        """Like accept_volume_transfer_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.accept_volume_transfer_v3(
            self.config,
            body=body,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_transfer_details_v3(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTransferDetailsV3Response:
        """查询云硬盘过户记录列表详情

        查询当前租户下所有云硬盘的过户记录列表的详细信息，比如过户记录创建时间、ID 以及名称等信息

        HTTP: GET /v3/{project_id}/os-volume-transfer/detail
        Source: manual section 8.2.2.5 查询云硬盘过户记录列表详情, line 16398

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。
            offset: query parameter 'offset', optional. 偏移量，偏移量为一个大于0小于云硬盘过户记录总个数的整数，表示查询该偏移量后面的所有的云硬盘过户记录。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTransferDetailsV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_transfer_details_v3(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_transfer_details_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTransferDetailsV3Response]:
        """Like list_volume_transfer_details_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_transfer_details_v3(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)

    def iter_list_volume_transfer_details_v3(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeTransfer]:
        """Every item of list_volume_transfer_details_v3(), fetching page after page (by offset).

        The arguments are those of list_volume_transfer_details_v3(); limit is the page size.
        """
        _previous: list[VolumeTransfer] | None = None
        while True:
            _page = self.list_volume_transfer_details_v3(
                project_id=project_id,
                limit=limit,
                offset=offset,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.transfers, Unset) else _page.transfers
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            offset = (0 if isinstance(offset, Unset) else offset) + len(_items)

    def list_volume_transfers_v2(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTransfersV2Response:
        """查询云硬盘过户记录列表概要

        查询当前租户下所有云硬盘的过户记录列表

        HTTP: GET /v2/{project_id}/os-volume-transfer
        Source: manual section 8.2.2.11 查询云硬盘过户记录列表概要（废弃）, line 17111
        Deprecated: use list_volume_transfers_v3 (8.2.2.1 查询云硬盘过户记录列表概要) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            limit: query parameter 'limit', optional. 返回结果个数限制，取值为大于0的整数
            offset: query parameter 'offset', optional. 偏移量，偏移量为一个大于0小于云硬盘过户记录总个数的整数，表示查询该偏移量后面的所有的云硬盘过户记录
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTransfersV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_transfers_v2(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_transfers_v2_detailed(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTransfersV2Response]:
        """Like list_volume_transfers_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_transfers_v2(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)

    def iter_list_volume_transfers_v2(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeTransferSummary]:
        """Every item of list_volume_transfers_v2(), fetching page after page (by offset).

        The arguments are those of list_volume_transfers_v2(); limit is the page size.
        """
        _previous: list[VolumeTransferSummary] | None = None
        while True:
            _page = self.list_volume_transfers_v2(
                project_id=project_id,
                limit=limit,
                offset=offset,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.transfers, Unset) else _page.transfers
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            offset = (0 if isinstance(offset, Unset) else offset) + len(_items)

    def create_volume_transfer_v2(
        self,
        *,
        body: CreateVolumeTransferV2RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeTransferV2Response:
        """创建云硬盘过户

        指定云硬盘来创建云硬盘过户记录，创建成功后，会返回过户记录ID以及身份认证密钥。
        云硬盘在过户过程中的状态变化如下：创建云硬盘过户后，云硬盘状态由“available”变为“awaiting-transfer”。当云硬盘过户被接收后，云硬盘状态变为“available”。

        接口约束: 只有当云硬盘状态为available时，支持创建过户，其他不支持过户的约束如下：
        包周期的云硬盘不支持过户。
        冻结的云硬盘不支持过户。
        加密的云硬盘不支持过户。
        云硬盘有对应的备份和快照时不支持过户。
        云硬盘有备份策略时不支持过户。
        DSS专属存储的云硬盘不支持过户。
        DESS专属存储的云硬盘不支持过户。

        HTTP: POST /v2/{project_id}/os-volume-transfer
        Source: manual section 8.2.2.7 创建云硬盘过户（废弃）, line 16612
        Deprecated: use create_volume_transfer_v3 (8.2.2.4 创建云硬盘过户) instead.

        Args:
            body: the request body (CreateVolumeTransferV2RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeTransferV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_transfer_v2(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_transfer_v2_detailed(
        self,
        *,
        body: CreateVolumeTransferV2RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeTransferV2Response]:
        """Like create_volume_transfer_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_transfer_v2(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def accept_volume_transfer_v2(
        self,
        *,
        body: AcceptVolumeTransferV2RequestBody | Mapping[str, Any],
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> AcceptVolumeTransferV2Response:
        """接受云硬盘过户

        通过云硬盘过户记录ID以及身份认证密钥来接受云硬盘过户。

        接口约束: - 包周期的云硬盘不支持过户。
        - 冻结的云硬盘不支持过户。
        - 加密的云硬盘不支持过户。
        - 云硬盘有对应的备份和快照时不支持过户。
        - 云硬盘有备份策略时不支持过户。
        - DSS专属存储的云硬盘不支持过户。
        - DESS专属存储的云硬盘不支持过户。

        HTTP: POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept
        Source: manual section 8.2.2.8 接受云硬盘过户（废弃）, line 16774
        Deprecated: use accept_volume_transfer_v3 (8.2.2.3 接受云硬盘过户) instead.

        Args:
            body: the request body (AcceptVolumeTransferV2RequestBody)
            transfer_id: path parameter 'transfer_id'. 云硬盘过户记录的ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            AcceptVolumeTransferV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.accept_volume_transfer_v2(
            self.config,
            body=body,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def accept_volume_transfer_v2_detailed(
        self,
        *,
        body: AcceptVolumeTransferV2RequestBody | Mapping[str, Any],
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[AcceptVolumeTransferV2Response]:
        """Like accept_volume_transfer_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.accept_volume_transfer_v2(
            self.config,
            body=body,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_transfer_v2(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeTransferV2Response:
        """查询单个云硬盘过户记录详情

        查询单个云硬盘的过户记录详情，比如过户记录创建时间、ID以及名称等信息。

        HTTP: GET /v2/{project_id}/os-volume-transfer/{transfer_id}
        Source: manual section 8.2.2.10 查询单个云硬盘过户记录详情（废弃）, line 16993
        Deprecated: use show_volume_transfer_v3 (8.2.2.2 查询单个云硬盘过户记录详情) instead.

        Args:
            transfer_id: path parameter 'transfer_id'. 云硬盘过户记录ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeTransferV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_transfer_v2(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_transfer_v2_detailed(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeTransferV2Response]:
        """Like show_volume_transfer_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_transfer_v2(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume_transfer_v2(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘过户

        当云硬盘过户未被接受时，您可以删除云硬盘过户记录，接受后则无法执行删除操作。

        HTTP: DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}
        Source: manual section 8.2.2.9 删除云硬盘过户（废弃）, line 16916
        Deprecated: use delete_volume_transfer_v3 (8.2.2.6 删除云硬盘过户) instead.

        Args:
            transfer_id: path parameter 'transfer_id'. 云硬盘过户记录ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_volume_transfer_v2(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_transfer_v2_detailed(
        self,
        *,
        transfer_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_volume_transfer_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume_transfer_v2(
            self.config,
            transfer_id=transfer_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_volume_transfer_details_v2(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListVolumeTransferDetailsV2Response:
        """查询云硬盘过户记录列表详情

        查询当前租户下所有云硬盘的过户记录列表的详细信息，比如过户记录创建时间、ID 以及名称等信息

        HTTP: GET /v2/{project_id}/os-volume-transfer/detail
        Source: manual section 8.2.2.12 查询云硬盘过户记录列表详情（废弃）, line 17249
        Deprecated: use list_volume_transfer_details_v3 (8.2.2.5 查询云硬盘过户记录列表详情) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。
            offset: query parameter 'offset', optional. 偏移量，偏移量为一个大于0小于云硬盘过户记录总个数的整数，表示查询该偏移量后面的所有的云硬盘过户记录。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListVolumeTransferDetailsV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_volume_transfer_details_v2(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)
        return _r.parsed

    def list_volume_transfer_details_v2_detailed(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListVolumeTransferDetailsV2Response]:
        """Like list_volume_transfer_details_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_volume_transfer_details_v2(
            self.config,
            project_id=project_id,
            limit=limit,
            offset=offset,
        ), headers, timeout, retry)

    def iter_list_volume_transfer_details_v2(
        self,
        *,
        project_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[VolumeTransfer]:
        """Every item of list_volume_transfer_details_v2(), fetching page after page (by offset).

        The arguments are those of list_volume_transfer_details_v2(); limit is the page size.
        """
        _previous: list[VolumeTransfer] | None = None
        while True:
            _page = self.list_volume_transfer_details_v2(
                project_id=project_id,
                limit=limit,
                offset=offset,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.transfers, Unset) else _page.transfers
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            offset = (0 if isinstance(offset, Unset) else offset) + len(_items)

    def show_volume_metadata_v2(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeMetadataV2Response:
        """查询云硬盘的元数据

        查询云硬盘的元数据。

        HTTP: GET /v2/{project_id}/volumes/{volume_id}/metadata
        Source: manual section 8.2.3.9 查询云硬盘的元数据（废弃）, line 18220
        Deprecated.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeMetadataV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_metadata_v2(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_metadata_v2_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeMetadataV2Response]:
        """Like show_volume_metadata_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_metadata_v2(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume_metadata_v2(
        self,
        *,
        body: UpdateVolumeMetadataV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeMetadataV2Response:
        """更新云硬盘的元数据

        更新云硬盘的元数据。

        HTTP: PUT /v2/{project_id}/volumes/{volume_id}/metadata
        Source: manual section 8.2.3.7 更新云硬盘的元数据（废弃）, line 18006
        Deprecated: use update_volume_metadata_v3 (8.2.3.8 更新云硬盘的元数据) instead.

        Args:
            body: the request body (UpdateVolumeMetadataV2RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeMetadataV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume_metadata_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_metadata_v2_detailed(
        self,
        *,
        body: UpdateVolumeMetadataV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeMetadataV2Response]:
        """Like update_volume_metadata_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume_metadata_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_volume_metadata_v2(
        self,
        *,
        body: CreateVolumeMetadataV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeMetadataV2Response:
        """添加云硬盘的元数据

        添加云硬盘的元数据。

        HTTP: POST /v2/{project_id}/volumes/{volume_id}/metadata
        Source: manual section 8.2.3.1 添加云硬盘的元数据（废弃）, line 17387
        Deprecated: use create_volume_metadata_v3 (8.2.3.2 添加云硬盘的元数据) instead.

        Args:
            body: the request body (CreateVolumeMetadataV2RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeMetadataV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_metadata_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_metadata_v2_detailed(
        self,
        *,
        body: CreateVolumeMetadataV2RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeMetadataV2Response]:
        """Like create_volume_metadata_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_metadata_v2(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_metadata_v3(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeMetadataV3Response:
        """查询云硬盘的元数据

        查询云硬盘的元数据。

        HTTP: GET /v3/{project_id}/volumes/{volume_id}/metadata
        Source: manual section 8.2.3.11 查询云硬盘的元数据（废弃）, line 18391
        Deprecated.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeMetadataV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_metadata_v3(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_metadata_v3_detailed(
        self,
        *,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeMetadataV3Response]:
        """Like show_volume_metadata_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_metadata_v3(
            self.config,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume_metadata_v3(
        self,
        *,
        body: UpdateVolumeMetadataV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeMetadataV3Response:
        """更新云硬盘的元数据

        更新云硬盘的元数据。

        HTTP: PUT /v3/{project_id}/volumes/{volume_id}/metadata
        Source: manual section 8.2.3.8 更新云硬盘的元数据, line 18113

        Args:
            body: the request body (UpdateVolumeMetadataV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeMetadataV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume_metadata_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_metadata_v3_detailed(
        self,
        *,
        body: UpdateVolumeMetadataV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeMetadataV3Response]:
        """Like update_volume_metadata_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume_metadata_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_volume_metadata_v3(
        self,
        *,
        body: CreateVolumeMetadataV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateVolumeMetadataV3Response:
        """添加云硬盘的元数据

        添加云硬盘的元数据。

        HTTP: POST /v3/{project_id}/volumes/{volume_id}/metadata
        Source: manual section 8.2.3.2 添加云硬盘的元数据, line 17501

        Args:
            body: the request body (CreateVolumeMetadataV3RequestBody)
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateVolumeMetadataV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_volume_metadata_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_volume_metadata_v3_detailed(
        self,
        *,
        body: CreateVolumeMetadataV3RequestBody | Mapping[str, Any],
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateVolumeMetadataV3Response]:
        """Like create_volume_metadata_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_volume_metadata_v3(
            self.config,
            body=body,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_metadata_item_v2(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeMetadataItemV2Response:
        """查询云硬盘的单个元数据

        查询云硬盘的单个元数据。

        HTTP: GET /v2/{project_id}/volumes/{volume_id}/metadata/{key}
        Source: manual section 8.2.3.3 查询云硬盘的单个元数据（废弃）, line 17614
        Deprecated: use show_volume_metadata_item_v3 (8.2.3.4 查询云硬盘的单个元数据) instead.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            key: path parameter 'key'. 查询的元数据的键
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeMetadataItemV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_metadata_item_v2(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_metadata_item_v2_detailed(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeMetadataItemV2Response]:
        """Like show_volume_metadata_item_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_metadata_item_v2(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume_metadata_item_v2(
        self,
        *,
        body: UpdateVolumeMetadataItemV2RequestBody | Mapping[str, Any],
        key: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeMetadataItemV2Response:
        """更新云硬盘的单个元数据

        更新云硬盘的单个元数据。

        HTTP: PUT /v2/{project_id}/volumes/{volume_id}/metadata/{key}
        Source: manual section 8.2.3.5 更新云硬盘的单个元数据（废弃）, line 17802
        Deprecated: use update_volume_metadata_item_v3 (8.2.3.6 更新云硬盘的单个元数据) instead.

        Args:
            body: the request body (UpdateVolumeMetadataItemV2RequestBody)
            key: path parameter 'key'. 更新云硬盘的单个元数据
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeMetadataItemV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume_metadata_item_v2(
            self.config,
            body=body,
            key=key,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_metadata_item_v2_detailed(
        self,
        *,
        body: UpdateVolumeMetadataItemV2RequestBody | Mapping[str, Any],
        key: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeMetadataItemV2Response]:
        """Like update_volume_metadata_item_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume_metadata_item_v2(
            self.config,
            body=body,
            key=key,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume_metadata_item_v2(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘的单个元数据

        删除云硬盘的单个元数据。

        HTTP: DELETE /v2/{project_id}/volumes/{volume_id}/metadata/{key}
        Source: manual section 8.2.3.10 删除云硬盘的单个元数据（废弃）, line 18313
        Deprecated: use delete_volume_metadata_item_v3 (8.2.3.12 删除云硬盘的单个元数据) instead.

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            key: path parameter 'key'. 需要删除的元数据的键。 获取方法请参见查询云硬盘的元数据 。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_volume_metadata_item_v2(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_metadata_item_v2_detailed(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_volume_metadata_item_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume_metadata_item_v2(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_volume_metadata_item_v3(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowVolumeMetadataItemV3Response:
        """查询云硬盘的单个元数据

        查询云硬盘的单个元数据。

        HTTP: GET /v3/{project_id}/volumes/{volume_id}/metadata/{key}
        Source: manual section 8.2.3.4 查询云硬盘的单个元数据, line 17707

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            key: path parameter 'key'. 查询的元数据的键
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowVolumeMetadataItemV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_volume_metadata_item_v3(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_volume_metadata_item_v3_detailed(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowVolumeMetadataItemV3Response]:
        """Like show_volume_metadata_item_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_volume_metadata_item_v3(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_volume_metadata_item_v3(
        self,
        *,
        body: UpdateVolumeMetadataItemV3RequestBody | Mapping[str, Any],
        key: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateVolumeMetadataItemV3Response:
        """更新云硬盘的单个元数据

        更新云硬盘的单个元数据。

        HTTP: PUT /v3/{project_id}/volumes/{volume_id}/metadata/{key}
        Source: manual section 8.2.3.6 更新云硬盘的单个元数据, line 17903

        Args:
            body: the request body (UpdateVolumeMetadataItemV3RequestBody)
            key: path parameter 'key'. 更新云硬盘的单个元数据
            volume_id: path parameter 'volume_id'. 云硬盘ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateVolumeMetadataItemV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_volume_metadata_item_v3(
            self.config,
            body=body,
            key=key,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_volume_metadata_item_v3_detailed(
        self,
        *,
        body: UpdateVolumeMetadataItemV3RequestBody | Mapping[str, Any],
        key: str,
        volume_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateVolumeMetadataItemV3Response]:
        """Like update_volume_metadata_item_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_volume_metadata_item_v3(
            self.config,
            body=body,
            key=key,
            volume_id=volume_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_volume_metadata_item_v3(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘的单个元数据

        删除云硬盘的单个元数据。

        HTTP: DELETE /v3/{project_id}/volumes/{volume_id}/metadata/{key}
        Source: manual section 8.2.3.12 删除云硬盘的单个元数据, line 18484

        Args:
            volume_id: path parameter 'volume_id'. 云硬盘ID
            key: path parameter 'key'. 需要删除的元数据的键。 获取方法请参见查询云硬盘的元数据 。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_volume_metadata_item_v3(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_volume_metadata_item_v3_detailed(
        self,
        *,
        volume_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_volume_metadata_item_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_volume_metadata_item_v3(
            self.config,
            volume_id=volume_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_metadata_item_v3(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotMetadataItemV3Response:
        """查询云硬盘快照的单个元数据

        查询云硬盘快照的单个元数据。

        HTTP: GET /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}
        Source: manual section 8.2.4.3 查询云硬盘快照的单个元数据, line 18742

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            key: path parameter 'key'. 待查询的元数据的键。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotMetadataItemV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_metadata_item_v3(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_metadata_item_v3_detailed(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotMetadataItemV3Response]:
        """Like show_snapshot_metadata_item_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_metadata_item_v3(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_metadata_item_v3(
        self,
        *,
        body: UpdateSnapshotMetadataItemV3RequestBody | Mapping[str, Any],
        key: str,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotMetadataItemV3Response:
        """更新云硬盘快照的单个元数据

        更新云硬盘快照的单个元数据。

        HTTP: PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}
        Source: manual section 8.2.4.6 更新云硬盘快照的单个元数据, line 19031

        Args:
            body: the request body (UpdateSnapshotMetadataItemV3RequestBody)
            key: path parameter 'key'. 需要更新的元数据的键。
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotMetadataItemV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_metadata_item_v3(
            self.config,
            body=body,
            key=key,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_metadata_item_v3_detailed(
        self,
        *,
        body: UpdateSnapshotMetadataItemV3RequestBody | Mapping[str, Any],
        key: str,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotMetadataItemV3Response]:
        """Like update_snapshot_metadata_item_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_metadata_item_v3(
            self.config,
            body=body,
            key=key,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_snapshot_metadata_item_v3(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘快照的单个元数据

        删除云硬盘快照的单个元数据。

        HTTP: DELETE /v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}
        Source: manual section 8.2.4.1 删除云硬盘快照的单个元数据, line 18562

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            key: path parameter 'key'. 待删除的元数据的键。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_snapshot_metadata_item_v3(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_snapshot_metadata_item_v3_detailed(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_snapshot_metadata_item_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_snapshot_metadata_item_v3(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_metadata_v3(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotMetadataV3Response:
        """查询云硬盘快照的元数据

        查询云硬盘快照的元数据。

        HTTP: GET /v3/{project_id}/snapshots/{snapshot_id}/metadata
        Source: manual section 8.2.4.4 查询云硬盘快照的元数据, line 18835

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotMetadataV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_metadata_v3(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_metadata_v3_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotMetadataV3Response]:
        """Like show_snapshot_metadata_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_metadata_v3(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_metadata_v3(
        self,
        *,
        body: UpdateSnapshotMetadataV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotMetadataV3Response:
        """更新云硬盘快照的元数据

        更新云硬盘快照的元数据。

        HTTP: PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata
        Source: manual section 8.2.4.5 更新云硬盘快照的元数据, line 18928

        Args:
            body: the request body (UpdateSnapshotMetadataV3RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotMetadataV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_metadata_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_metadata_v3_detailed(
        self,
        *,
        body: UpdateSnapshotMetadataV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotMetadataV3Response]:
        """Like update_snapshot_metadata_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_metadata_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_snapshot_metadata_v3(
        self,
        *,
        body: CreateSnapshotMetadataV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSnapshotMetadataV3Response:
        """添加云硬盘快照的元数据

        添加云硬盘快照的元数据。

        HTTP: POST /v3/{project_id}/snapshots/{snapshot_id}/metadata
        Source: manual section 8.2.4.2 添加云硬盘快照的元数据, line 18638

        Args:
            body: the request body (CreateSnapshotMetadataV3RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSnapshotMetadataV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_snapshot_metadata_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_snapshot_metadata_v3_detailed(
        self,
        *,
        body: CreateSnapshotMetadataV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSnapshotMetadataV3Response]:
        """Like create_snapshot_metadata_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_snapshot_metadata_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_metadata_v2(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotMetadataV2Response:
        """查询云硬盘快照的元数据

        查询云硬盘快照的元数据。

        HTTP: GET /v2/{project_id}/snapshots/{snapshot_id}/metadata
        Source: manual section 8.2.4.8 查询云硬盘快照的元数据（废弃）, line 19241
        Deprecated: use show_snapshot_metadata_v3 (8.2.4.4 查询云硬盘快照的元数据) instead.

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotMetadataV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_metadata_v2(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_metadata_v2_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotMetadataV2Response]:
        """Like show_snapshot_metadata_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_metadata_v2(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_metadata_v2(
        self,
        *,
        body: UpdateSnapshotMetadataV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotMetadataV2Response:
        """更新云硬盘快照的元数据

        更新云硬盘快照的元数据。

        HTTP: PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata
        Source: manual section 8.2.4.10 更新云硬盘快照的元数据（废弃）, line 19440
        Deprecated: use update_snapshot_metadata_v3 (8.2.4.5 更新云硬盘快照的元数据) instead.

        Args:
            body: the request body (UpdateSnapshotMetadataV2RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见获取项目ID 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotMetadataV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_metadata_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_metadata_v2_detailed(
        self,
        *,
        body: UpdateSnapshotMetadataV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotMetadataV2Response]:
        """Like update_snapshot_metadata_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_metadata_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def create_snapshot_metadata_v2(
        self,
        *,
        body: CreateSnapshotMetadataV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSnapshotMetadataV2Response:
        """添加云硬盘快照的元数据

        添加云硬盘快照的元数据。

        HTTP: POST /v2/{project_id}/snapshots/{snapshot_id}/metadata
        Source: manual section 8.2.4.7 添加云硬盘快照的元数据（废弃）, line 19134
        Deprecated: use create_snapshot_metadata_v3 (8.2.4.2 添加云硬盘快照的元数据) instead.

        Args:
            body: the request body (CreateSnapshotMetadataV2RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSnapshotMetadataV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_snapshot_metadata_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_snapshot_metadata_v2_detailed(
        self,
        *,
        body: CreateSnapshotMetadataV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSnapshotMetadataV2Response]:
        """Like create_snapshot_metadata_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_snapshot_metadata_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_metadata_item_v2(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotMetadataItemV2Response:
        """查询云硬盘快照的单个元数据

        查询云硬盘快照的单个元数据。

        HTTP: GET /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}
        Source: manual section 8.2.4.11 查询云硬盘快照的单个元数据（废弃）, line 19550
        Deprecated: use show_snapshot_metadata_item_v3 (8.2.4.3 查询云硬盘快照的单个元数据) instead.

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID
            key: path parameter 'key'. 待查询的元数据的键
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotMetadataItemV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_metadata_item_v2(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_metadata_item_v2_detailed(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotMetadataItemV2Response]:
        """Like show_snapshot_metadata_item_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_metadata_item_v2(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_metadata_item_v2(
        self,
        *,
        body: UpdateSnapshotMetadataItemV2RequestBody | Mapping[str, Any],
        key: str,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotMetadataItemV2Response:
        """更新云硬盘快照的单个元数据

        更新云硬盘快照的单个元数据。

        HTTP: PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}
        Source: manual section 8.2.4.9 更新云硬盘快照的单个元数据（废弃）, line 19334
        Deprecated: use update_snapshot_metadata_item_v3 (8.2.4.6 更新云硬盘快照的单个元数据) instead.

        Args:
            body: the request body (UpdateSnapshotMetadataItemV2RequestBody)
            key: path parameter 'key'. 需要更新的元数据的键
            snapshot_id: path parameter 'snapshot_id'. 快照ID
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotMetadataItemV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_metadata_item_v2(
            self.config,
            body=body,
            key=key,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_metadata_item_v2_detailed(
        self,
        *,
        body: UpdateSnapshotMetadataItemV2RequestBody | Mapping[str, Any],
        key: str,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotMetadataItemV2Response]:
        """Like update_snapshot_metadata_item_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_metadata_item_v2(
            self.config,
            body=body,
            key=key,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_snapshot_metadata_item_v2(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除云硬盘快照的单个元数据

        删除云硬盘快照的单个元数据。

        HTTP: DELETE /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}
        Source: manual section 8.2.4.12 删除云硬盘快照的单个元数据（废弃）, line 19639
        Deprecated: use delete_snapshot_metadata_item_v3 (8.2.4.1 删除云硬盘快照的单个元数据) instead.

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID
            key: path parameter 'key'. 待删除的元数据的键
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_snapshot_metadata_item_v2(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_snapshot_metadata_item_v2_detailed(
        self,
        *,
        snapshot_id: str,
        key: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_snapshot_metadata_item_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_snapshot_metadata_item_v2(
            self.config,
            snapshot_id=snapshot_id,
            key=key,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_snapshots_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSnapshotsV3Response:
        """查询快照列表

        查询快照列表。

        HTTP: GET /v3/{project_id}/snapshots
        Source: manual section 8.2.6.3 查询快照列表, line 20281

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            offset: query parameter 'offset', optional. 偏移量。 说明 说明： 分页查询快照时使用，与limit配合使用。假如共有30个快照，设置offset为11，limit为10，即为从第12个快照开始查询，一次最多可读取10个快照
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的快照数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/snapshots? limit=50，表示查询第1~50个快照。GET /v2/xxx/snapshots? offset=50&limit=50，表示查询第51~100个快照。
            name: query parameter 'name', optional. 快照名称，不支持模糊匹配。最大支持255个字符。
            status: query parameter 'status', optional. 快照状态，具体请参见云硬盘快照状态 。
            volume_id: query parameter 'volume_id', optional. 快照对应的云硬盘ID。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSnapshotsV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_snapshots_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            offset=offset,
            limit=limit,
            name=name,
            status=status,
            volume_id=volume_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_snapshots_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSnapshotsV3Response]:
        """Like list_snapshots_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_snapshots_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            offset=offset,
            limit=limit,
            name=name,
            status=status,
            volume_id=volume_id,
        ), headers, timeout, retry)

    def iter_list_snapshots_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[SnapshotSummary]:
        """Every item of list_snapshots_v3(), fetching page after page (by marker).

        The arguments are those of list_snapshots_v3(); limit is the page size.
        """
        _previous: list[SnapshotSummary] | None = None
        while True:
            _page = self.list_snapshots_v3(
                project_id=project_id,
                marker=marker,
                offset=offset,
                limit=limit,
                name=name,
                status=status,
                volume_id=volume_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.snapshots, Unset) else _page.snapshots
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def create_snapshot_v3(
        self,
        *,
        body: CreateSnapshotV3RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSnapshotV3Response:
        """创建快照

        创建快照。

        HTTP: POST /v3/{project_id}/snapshots
        Source: manual section 8.2.6.1 创建快照, line 20023

        Args:
            body: the request body (CreateSnapshotV3RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSnapshotV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_snapshot_v3(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_snapshot_v3_detailed(
        self,
        *,
        body: CreateSnapshotV3RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSnapshotV3Response]:
        """Like create_snapshot_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_snapshot_v3(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_v3(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotV3Response:
        """查询单个快照详细信息

        查询单个快照信息。

        HTTP: GET /v3/{project_id}/snapshots/{snapshot_id}
        Source: manual section 8.2.6.2 查询单个快照详细信息, line 20162

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_v3(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_v3_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotV3Response]:
        """Like show_snapshot_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_v3(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_v3(
        self,
        *,
        body: UpdateSnapshotV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotV3Response:
        """更新快照

        更新快照。

        HTTP: PUT /v3/{project_id}/snapshots/{snapshot_id}
        Source: manual section 8.2.6.5 更新快照, line 20604

        Args:
            body: the request body (UpdateSnapshotV3RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_v3_detailed(
        self,
        *,
        body: UpdateSnapshotV3RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotV3Response]:
        """Like update_snapshot_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_v3(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_snapshot_v3(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除快照

        删除快照。

        接口约束: 当快照状态为available、error状态时，才可以删除。

        HTTP: DELETE /v3/{project_id}/snapshots/{snapshot_id}
        Source: manual section 8.2.6.7 删除快照, line 20878

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
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
        _r = self._send(_ops.delete_snapshot_v3(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_snapshot_v3_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_snapshot_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_snapshot_v3(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_snapshot_details_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSnapshotDetailsV3Response:
        """查询快照详细信息列表

        查询快照详细列表信息。

        HTTP: GET /v3/{project_id}/snapshots/detail
        Source: manual section 8.2.6.4 查询快照详细信息列表, line 20446

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            volume_id: query parameter 'volume_id', optional. 快照对应的云硬盘ID。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的快照数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/snapshots/detail?limit=50，表示查询第1~50个快照。 GET /v2/xxx/snapshots/detail?offset=50&limit=50，表示查询第51~100个快照。
            name: query parameter 'name', optional. 快照名称。最大支持255个字符。
            offset: query parameter 'offset', optional. 偏移量。 说明 说明： 分页查询快照时使用，与limit配合使用。假如共有30个快照，设置offset为11，limit为10，即为从第12个快照开始查询，一次最多可读取10个快照。
            status: query parameter 'status', optional. 快照状态，具体请参见云硬盘快照状态 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSnapshotDetailsV3Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_snapshot_details_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            volume_id=volume_id,
            limit=limit,
            name=name,
            offset=offset,
            status=status,
        ), headers, timeout, retry)
        return _r.parsed

    def list_snapshot_details_v3_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSnapshotDetailsV3Response]:
        """Like list_snapshot_details_v3(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_snapshot_details_v3(
            self.config,
            project_id=project_id,
            marker=marker,
            volume_id=volume_id,
            limit=limit,
            name=name,
            offset=offset,
            status=status,
        ), headers, timeout, retry)

    def iter_list_snapshot_details_v3(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[SnapshotDetail]:
        """Every item of list_snapshot_details_v3(), fetching page after page (by marker).

        The arguments are those of list_snapshot_details_v3(); limit is the page size.
        """
        _previous: list[SnapshotDetail] | None = None
        while True:
            _page = self.list_snapshot_details_v3(
                project_id=project_id,
                marker=marker,
                volume_id=volume_id,
                limit=limit,
                name=name,
                offset=offset,
                status=status,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.snapshots, Unset) else _page.snapshots
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def list_snapshots_v2(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSnapshotsV2Response:
        """查询快照列表

        查询快照列表。

        HTTP: GET /v2/{project_id}/snapshots
        Source: manual section 8.2.6.10 查询快照列表（废弃）, line 21175
        Deprecated: use list_snapshots_v3 (8.2.6.3 查询快照列表) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            offset: query parameter 'offset', optional. 偏移量。 说明 分页查询快照时使用，与limit配合使用。假如共有30个快照，设置offset为11，limit为10，即为从第12个快照开始查询，一次最多可读取10个快照
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的快照数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/snapshots? limit=50，表示查询第1~50个快照。GET /v2/xxx/snapshots? offset=50&limit=50，表示查询第51~100个快照。
            name: query parameter 'name', optional. 快照名称，不支持模糊匹配。最大支持255个字符。
            status: query parameter 'status', optional. 快照状态，具体请参见云硬盘快照状态 。
            volume_id: query parameter 'volume_id', optional. 快照对应的云硬盘ID。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSnapshotsV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_snapshots_v2(
            self.config,
            project_id=project_id,
            marker=marker,
            offset=offset,
            limit=limit,
            name=name,
            status=status,
            volume_id=volume_id,
        ), headers, timeout, retry)
        return _r.parsed

    def list_snapshots_v2_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSnapshotsV2Response]:
        """Like list_snapshots_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_snapshots_v2(
            self.config,
            project_id=project_id,
            marker=marker,
            offset=offset,
            limit=limit,
            name=name,
            status=status,
            volume_id=volume_id,
        ), headers, timeout, retry)

    def iter_list_snapshots_v2(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[SnapshotSummary]:
        """Every item of list_snapshots_v2(), fetching page after page (by marker).

        The arguments are those of list_snapshots_v2(); limit is the page size.
        """
        _previous: list[SnapshotSummary] | None = None
        while True:
            _page = self.list_snapshots_v2(
                project_id=project_id,
                marker=marker,
                offset=offset,
                limit=limit,
                name=name,
                status=status,
                volume_id=volume_id,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.snapshots, Unset) else _page.snapshots
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET

    def create_snapshot_v2(
        self,
        *,
        body: CreateSnapshotV2RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> CreateSnapshotV2Response:
        """创建快照

        创建快照。

        HTTP: POST /v2/{project_id}/snapshots
        Source: manual section 8.2.6.6 创建快照（废弃）, line 20736
        Deprecated: use create_snapshot_v3 (8.2.6.1 创建快照) instead.

        Args:
            body: the request body (CreateSnapshotV2RequestBody)
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            CreateSnapshotV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.create_snapshot_v2(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def create_snapshot_v2_detailed(
        self,
        *,
        body: CreateSnapshotV2RequestBody | Mapping[str, Any],
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[CreateSnapshotV2Response]:
        """Like create_snapshot_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.create_snapshot_v2(
            self.config,
            body=body,
            project_id=project_id,
        ), headers, timeout, retry)

    def show_snapshot_v2(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ShowSnapshotV2Response:
        """查询单个快照详情

        查询单个快照信息。

        HTTP: GET /v2/{project_id}/snapshots/{snapshot_id}
        Source: manual section 8.2.6.12 查询单个快照详情（废弃）, line 21495
        Deprecated.

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ShowSnapshotV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.show_snapshot_v2(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def show_snapshot_v2_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ShowSnapshotV2Response]:
        """Like show_snapshot_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.show_snapshot_v2(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def update_snapshot_v2(
        self,
        *,
        body: UpdateSnapshotV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> UpdateSnapshotV2Response:
        """更新快照

        更新快照。

        HTTP: PUT /v2/{project_id}/snapshots/{snapshot_id}
        Source: manual section 8.2.6.9 更新快照（废弃）, line 21042
        Deprecated: use update_snapshot_v3 (8.2.6.5 更新快照) instead.

        Args:
            body: the request body (UpdateSnapshotV2RequestBody)
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            UpdateSnapshotV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.update_snapshot_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def update_snapshot_v2_detailed(
        self,
        *,
        body: UpdateSnapshotV2RequestBody | Mapping[str, Any],
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[UpdateSnapshotV2Response]:
        """Like update_snapshot_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.update_snapshot_v2(
            self.config,
            body=body,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def delete_snapshot_v2(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> None:
        """删除快照

        删除快照。

        接口约束: 当快照状态为available、error状态时，才可以删除。

        HTTP: DELETE /v2/{project_id}/snapshots/{snapshot_id}
        Source: manual section 8.2.6.8 删除快照（废弃）, line 20961
        Deprecated: use delete_snapshot_v3 (8.2.6.7 删除快照) instead.

        Args:
            snapshot_id: path parameter 'snapshot_id'. 快照ID。
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见\" 获取项目ID \"。
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
        _r = self._send(_ops.delete_snapshot_v2(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)
        return _r.parsed

    def delete_snapshot_v2_detailed(
        self,
        *,
        snapshot_id: str,
        project_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[None]:
        """Like delete_snapshot_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.delete_snapshot_v2(
            self.config,
            snapshot_id=snapshot_id,
            project_id=project_id,
        ), headers, timeout, retry)

    def list_snapshot_details_v2(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> ListSnapshotDetailsV2Response:
        """查询快照详情列表

        查询快照详细列表信息。

        HTTP: GET /v2/{project_id}/snapshots/detail
        Source: manual section 8.2.6.11 查询快照详情列表（废弃）, line 21342
        Deprecated: use list_snapshot_details_v5 (7.1.4 查询快照详情列表) instead.

        Args:
            project_id: path parameter 'project_id' (default: the configured project id). 项目ID。
                取值范围: 获取方法请参见 \"获取项目ID\" 。
            marker: query parameter 'marker', optional. 分页查询的起始资源id，取值为上一页最后一条查询记录的资源id。
            volume_id: query parameter 'volume_id', optional. 快照对应的云硬盘ID。
            availability_zone: query parameter 'availability_zone', optional. 快照对应的云硬盘所在的可用区。
            limit: query parameter 'limit', optional. 返回结果个数限制。 最小值1，最大值1000，默认为1000。返回的结果中记录数不超过limit值。 当租户所有的快照数量大于50个时，为了提升您的查询效率，建议查询的时候使用limit参数，并且参数值最大设置为50。查询示例： GET /v2/xxx/snapshots/detail?limit=50，表示查询第1~50个快照。GET /v2/xxx/snapshots/detail?offset=50&limit=50，表示查询第51~100个快照。
            name: query parameter 'name', optional. 快照名称。最大支持255个字符。
            offset: query parameter 'offset', optional. 偏移量。 说明 分页查询快照时使用，与limit配合使用。假如共有30个快照，设置offset为11，limit为10，即为从第12个快照开始查询，一次最多可读取10个快照。
            status: query parameter 'status', optional. 快照状态，具体请参见云硬盘快照状态 。
            headers: extra HTTP headers for this call (they win over the configured ones)
            timeout: seconds to wait for this call (default: the configured timeout)
            retry: the retry policy for this call (default: the configured one)

        Returns:
            ListSnapshotDetailsV2Response

        Raises:
            ClientError: the service refused the request (HTTP 4xx).
            ServerError: the service failed (HTTP 5xx).
            TransportError: no response (connection failed or timed out).
        """
        _r = self._send(_ops.list_snapshot_details_v2(
            self.config,
            project_id=project_id,
            marker=marker,
            volume_id=volume_id,
            availability_zone=availability_zone,
            limit=limit,
            name=name,
            offset=offset,
            status=status,
        ), headers, timeout, retry)
        return _r.parsed

    def list_snapshot_details_v2_detailed(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> DetailedResponse[ListSnapshotDetailsV2Response]:
        """Like list_snapshot_details_v2(), but return the status code, headers and raw body too."""
        return self._send(_ops.list_snapshot_details_v2(
            self.config,
            project_id=project_id,
            marker=marker,
            volume_id=volume_id,
            availability_zone=availability_zone,
            limit=limit,
            name=name,
            offset=offset,
            status=status,
        ), headers, timeout, retry)

    def iter_list_snapshot_details_v2(
        self,
        *,
        project_id: str | None = None,
        marker: str | Unset = UNSET,
        volume_id: str | Unset = UNSET,
        availability_zone: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: SnapshotDetailStatus | str | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: Retry | None = None,
    ) -> Iterator[SnapshotDetail]:
        """Every item of list_snapshot_details_v2(), fetching page after page (by marker).

        The arguments are those of list_snapshot_details_v2(); limit is the page size.
        """
        _previous: list[SnapshotDetail] | None = None
        while True:
            _page = self.list_snapshot_details_v2(
                project_id=project_id,
                marker=marker,
                volume_id=volume_id,
                availability_zone=availability_zone,
                limit=limit,
                name=name,
                offset=offset,
                status=status,
                headers=headers,
                timeout=timeout,
                retry=retry,
            )
            _items = [] if isinstance(_page.snapshots, Unset) else _page.snapshots
            if not _items or _items == _previous:
                return
            yield from _items
            if not isinstance(limit, Unset) and len(_items) < limit:
                return
            _previous = _items
            _last = _items[-1].id
            if isinstance(_last, Unset) or _last == marker:
                return
            marker = _last
            offset = UNSET
