"""Request plans of the evs_client client, one function per operation (generated; do not edit).

Shared by Client and AsyncClient: each function checks nothing on the network; it
turns the method's arguments into a Plan (method, encoded path, query, headers,
JSON body and the response parser).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import _serde as _S
from . import _transport as _tr
from ._config import Config
from ._transport import Plan
from ._types import UNSET, Unset

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
    from .models.snapshot_detail_status import SnapshotDetailStatus
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


def _parse_list_api_versions(status: int, data: Any) -> ListApiVersionsResponse300:
    from .models.list_api_versions_response300 import ListApiVersionsResponse300
    return ListApiVersionsResponse300.from_dict(_S.obj(data))


def list_api_versions(
    _cfg: Config,
) -> Plan[ListApiVersionsResponse300]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_api_versions',
        'GET',
        '/',
        _query,
        _headers,
        UNSET,
        _parse_list_api_versions,
        frozenset([300]),
    )


def _parse_legacy_cinder_list_api_versions(status: int, data: Any) -> LegacyCinderListApiVersionsResponse300:
    from .models.legacy_cinder_list_api_versions_response300 import LegacyCinderListApiVersionsResponse300
    return LegacyCinderListApiVersionsResponse300.from_dict(_S.obj(data))


def legacy_cinder_list_api_versions(
    _cfg: Config,
) -> Plan[LegacyCinderListApiVersionsResponse300]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'legacy_cinder_list_api_versions',
        'GET',
        '/',
        _query,
        _headers,
        UNSET,
        _parse_legacy_cinder_list_api_versions,
        frozenset([300]),
    )


def _parse_show_api_version(status: int, data: Any) -> ShowApiVersionResponse:
    from .models.show_api_version_response import ShowApiVersionResponse
    return ShowApiVersionResponse.from_dict(_S.obj(data))


def show_api_version(
    _cfg: Config,
    *,
    api_version: ApiVersion | str,
) -> Plan[ShowApiVersionResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_api_version',
        'GET',
        '/' + _tr.segment(api_version, 'api_version'),
        _query,
        _headers,
        UNSET,
        _parse_show_api_version,
        frozenset([200]),
    )


def _parse_legacy_cinder_show_api_version(status: int, data: Any) -> LegacyCinderShowApiVersionResponse:
    from .models.legacy_cinder_show_api_version_response import LegacyCinderShowApiVersionResponse
    return LegacyCinderShowApiVersionResponse.from_dict(_S.obj(data))


def legacy_cinder_show_api_version(
    _cfg: Config,
    *,
    api_version: ApiVersion | str,
) -> Plan[LegacyCinderShowApiVersionResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'legacy_cinder_show_api_version',
        'GET',
        '/' + _tr.segment(api_version, 'api_version'),
        _query,
        _headers,
        UNSET,
        _parse_legacy_cinder_show_api_version,
        frozenset([200]),
    )


def _parse_create_volume(status: int, data: Any) -> CreateVolumeResponse:
    from .models.create_volume_response import CreateVolumeResponse
    return CreateVolumeResponse.from_dict(_S.obj(data))


def create_volume(
    _cfg: Config,
    *,
    body: CreateVolumeRequestBody | Mapping[str, Any],
    project_id: str | None = None,
    x_client_token: str | Unset = UNSET,
) -> Plan[CreateVolumeResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-Client-Token', x_client_token)
    return Plan(
        'create_volume',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume,
        frozenset([202]),
    )


def _parse_show_volume(status: int, data: Any) -> ShowVolumeResponse:
    from .models.show_volume_response import ShowVolumeResponse
    return ShowVolumeResponse.from_dict(_S.obj(data))


def show_volume(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume,
        frozenset([200]),
    )


def _parse_update_volume(status: int, data: Any) -> UpdateVolumeResponse:
    from .models.update_volume_response import UpdateVolumeResponse
    return UpdateVolumeResponse.from_dict(_S.obj(data))


def update_volume(
    _cfg: Config,
    *,
    body: UpdateVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume,
        frozenset([200]),
    )


def _parse_delete_volume(status: int, data: Any) -> DeleteVolumeResponse:
    from .models.delete_volume_response import DeleteVolumeResponse
    return DeleteVolumeResponse.from_dict(_S.obj(data))


def delete_volume(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[DeleteVolumeResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume,
        frozenset([200]),
    )


def _parse_list_volumes(status: int, data: Any) -> ListVolumesResponse:
    from .models.list_volumes_response import ListVolumesResponse
    return ListVolumesResponse.from_dict(_S.obj(data))


def list_volumes(
    _cfg: Config,
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
) -> Plan[ListVolumesResponse]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'multiattach', multiattach)
    _tr.add(_query, 'service_type', service_type)
    _tr.add(_query, 'dedicated_storage_id', dedicated_storage_id)
    _tr.add(_query, 'dedicated_storage_name', dedicated_storage_name)
    _tr.add(_query, 'volume_type_id', volume_type_id)
    _tr.add(_query, 'id', id)
    _tr.add(_query, 'ids', ids)
    _tr.add(_query, 'enterprise_project_id', enterprise_project_id)
    _tr.add(_query, 'server_id', server_id)
    _tr.add(_query, 'bootable', bootable)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volumes,
        frozenset([200]),
    )


def _parse_batch_resize_volumes(status: int, data: Any) -> BatchResizeVolumesResponse:
    from .models.batch_resize_volumes_response import BatchResizeVolumesResponse
    return BatchResizeVolumesResponse.from_dict(_S.obj(data))


def batch_resize_volumes(
    _cfg: Config,
    *,
    body: BatchResizeVolumesRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[BatchResizeVolumesResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_resize_volumes',
        'POST',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/batch-extend',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_resize_volumes,
        frozenset([202]),
    )


def _parse_unsubscribe_postpaid_volume(status: int, data: Any) -> UnsubscribeVolumeResponseBody:
    from .models.unsubscribe_volume_response_body import UnsubscribeVolumeResponseBody
    return UnsubscribeVolumeResponseBody.from_dict(_S.obj(data))


def unsubscribe_postpaid_volume(
    _cfg: Config,
    *,
    body: UnsubscribePostpaidVolumeRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[UnsubscribeVolumeResponseBody]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'unsubscribe_postpaid_volume',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/unsubscribe',
        _query,
        _headers,
        _S.dump(body),
        _parse_unsubscribe_postpaid_volume,
        frozenset([202]),
    )


def _parse_resize_volume(status: int, data: Any) -> ResizeVolumeResponse:
    from .models.resize_volume_response import ResizeVolumeResponse
    return ResizeVolumeResponse.from_dict(_S.obj(data))


def resize_volume(
    _cfg: Config,
    *,
    body: ResizeVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ResizeVolumeResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'resize_volume',
        'POST',
        '/v2.1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_resize_volume,
        frozenset([202]),
    )


def _parse_list_volumes_v2_cloudvolumes(status: int, data: Any) -> ListVolumesV2CloudvolumesResponse:
    from .models.list_volumes_v2_cloudvolumes_response import ListVolumesV2CloudvolumesResponse
    return ListVolumesV2CloudvolumesResponse.from_dict(_S.obj(data))


def list_volumes_v2_cloudvolumes(
    _cfg: Config,
    *,
    project_id: str | None = None,
    marker: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    availability_zone: str | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    sort_dir: str | Unset = UNSET,
) -> Plan[ListVolumesV2CloudvolumesResponse]:
    _tr.deprecated('list_volumes_v2_cloudvolumes', 'list_volumes_v3 (8.2.1.14 查询云硬盘列表)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volumes_v2_cloudvolumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes',
        _query,
        _headers,
        UNSET,
        _parse_list_volumes_v2_cloudvolumes,
        frozenset([200]),
    )


def _parse_create_volume_v2_cloudvolumes(status: int, data: Any) -> CreateVolumeV2CloudvolumesResponse:
    from .models.create_volume_v2_cloudvolumes_response import CreateVolumeV2CloudvolumesResponse
    return CreateVolumeV2CloudvolumesResponse.from_dict(_S.obj(data))


def create_volume_v2_cloudvolumes(
    _cfg: Config,
    *,
    body: CreateVolumeV2CloudvolumesRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateVolumeV2CloudvolumesResponse]:
    _tr.deprecated('create_volume_v2_cloudvolumes', 'create_volume (6.1.1 创建云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_v2_cloudvolumes',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_v2_cloudvolumes,
        frozenset([202]),
    )


def _parse_resize_volume_v2_cloudvolumes(status: int, data: Any) -> ResizeVolumeV2CloudvolumesResponse:
    from .models.resize_volume_v2_cloudvolumes_response import ResizeVolumeV2CloudvolumesResponse
    return ResizeVolumeV2CloudvolumesResponse.from_dict(_S.obj(data))


def resize_volume_v2_cloudvolumes(
    _cfg: Config,
    *,
    body: ResizeVolumeV2CloudvolumesRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ResizeVolumeV2CloudvolumesResponse]:
    _tr.deprecated('resize_volume_v2_cloudvolumes', 'resize_volume (6.1.7 扩容云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'resize_volume_v2_cloudvolumes',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_resize_volume_v2_cloudvolumes,
        frozenset([200]),
    )


def _parse_list_volume_details_v2_os_vendor_volumes(status: int, data: Any) -> ListVolumeDetailsV2OsVendorVolumesResponse:
    from .models.list_volume_details_v2_os_vendor_volumes_response import ListVolumeDetailsV2OsVendorVolumesResponse
    return ListVolumeDetailsV2OsVendorVolumesResponse.from_dict(_S.obj(data))


def list_volume_details_v2_os_vendor_volumes(
    _cfg: Config,
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
) -> Plan[ListVolumeDetailsV2OsVendorVolumesResponse]:
    _tr.deprecated('list_volume_details_v2_os_vendor_volumes', 'list_volumes (6.1.3 查询所有云硬盘详情)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'dedicated_storage_id', dedicated_storage_id)
    _tr.add(_query, 'dedicated_storage_name', dedicated_storage_name)
    _tr.add(_query, 'id', id)
    _tr.add(_query, 'ids', ids)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'multiattach', multiattach)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'service_type', service_type)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'volume_type_id', volume_type_id)
    _tr.add(_query, 'snapshot_policy_id', snapshot_policy_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_details_v2_os_vendor_volumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-vendor-volumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_details_v2_os_vendor_volumes,
        frozenset([200]),
    )


def _parse_show_volume_v2_os_vendor_volumes(status: int, data: Any) -> ShowVolumeV2OsVendorVolumesResponse:
    from .models.show_volume_v2_os_vendor_volumes_response import ShowVolumeV2OsVendorVolumesResponse
    return ShowVolumeV2OsVendorVolumesResponse.from_dict(_S.obj(data))


def show_volume_v2_os_vendor_volumes(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeV2OsVendorVolumesResponse]:
    _tr.deprecated('show_volume_v2_os_vendor_volumes', 'show_volume (6.1.5 查询单个云硬盘详情)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_v2_os_vendor_volumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-vendor-volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_v2_os_vendor_volumes,
        frozenset([200]),
    )


def _parse_retype_volume(status: int, data: Any) -> RetypeVolumeResponse:
    from .models.retype_volume_response import RetypeVolumeResponse
    return RetypeVolumeResponse.from_dict(_S.obj(data))


def retype_volume(
    _cfg: Config,
    *,
    body: RetypeVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[RetypeVolumeResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'retype_volume',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/retype',
        _query,
        _headers,
        _S.dump(body),
        _parse_retype_volume,
        frozenset([202]),
    )


def _parse_modify_volume_qos(status: int, data: Any) -> ModifyVolumeQosResponse:
    from .models.modify_volume_qos_response import ModifyVolumeQosResponse
    return ModifyVolumeQosResponse.from_dict(_S.obj(data))


def modify_volume_qos(
    _cfg: Config,
    *,
    body: ModifyVolumeQosRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ModifyVolumeQosResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'modify_volume_qos',
        'PUT',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id') + '/qos',
        _query,
        _headers,
        _S.dump(body),
        _parse_modify_volume_qos,
        frozenset([202]),
    )


def _parse_create_snapshot(status: int, data: Any) -> CreateSnapshotResponse:
    from .models.create_snapshot_response import CreateSnapshotResponse
    return CreateSnapshotResponse.from_dict(_S.obj(data))


def create_snapshot(
    _cfg: Config,
    *,
    body: CreateSnapshotRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateSnapshotResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_snapshot',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudsnapshots',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_snapshot,
        frozenset([202]),
    )


def _parse_show_snapshot(status: int, data: Any) -> ShowSnapshotResponse:
    from .models.show_snapshot_response import ShowSnapshotResponse
    return ShowSnapshotResponse.from_dict(_S.obj(data))


def show_snapshot(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudsnapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot,
        frozenset([200]),
    )


def _parse_update_snapshot(status: int, data: Any) -> UpdateSnapshotResponse:
    from .models.update_snapshot_response import UpdateSnapshotResponse
    return UpdateSnapshotResponse.from_dict(_S.obj(data))


def update_snapshot(
    _cfg: Config,
    *,
    body: UpdateSnapshotRequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudsnapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot,
        frozenset([200]),
    )


def _parse_delete_snapshot(status: int, data: Any) -> None:
    return None


def delete_snapshot(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_snapshot',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudsnapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_snapshot,
        frozenset([202]),
    )


def _parse_list_snapshots(status: int, data: Any) -> ListSnapshotsResponse:
    from .models.list_snapshots_response import ListSnapshotsResponse
    return ListSnapshotsResponse.from_dict(_S.obj(data))


def list_snapshots(
    _cfg: Config,
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
) -> Plan[ListSnapshotsResponse]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'volume_id', volume_id)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'id', id)
    _tr.add(_query, 'dedicated_storage_name', dedicated_storage_name)
    _tr.add(_query, 'dedicated_storage_id', dedicated_storage_id)
    _tr.add(_query, 'service_type', service_type)
    _tr.add(_query, 'enterprise_project_id', enterprise_project_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_snapshots',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudsnapshots/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_snapshots,
        frozenset([200]),
    )


def _parse_rollback_snapshot(status: int, data: Any) -> RollbackSnapshotResponse:
    from .models.rollback_snapshot_response import RollbackSnapshotResponse
    return RollbackSnapshotResponse.from_dict(_S.obj(data))


def rollback_snapshot(
    _cfg: Config,
    *,
    body: RollbackSnapshotRequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[RollbackSnapshotResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'rollback_snapshot',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudsnapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/rollback',
        _query,
        _headers,
        _S.dump(body),
        _parse_rollback_snapshot,
        frozenset([202]),
    )


def _parse_rollback_snapshot_to_volume_v2(status: int, data: Any) -> RollbackSnapshotToVolumeV2Response:
    from .models.rollback_snapshot_to_volume_v2_response import RollbackSnapshotToVolumeV2Response
    return RollbackSnapshotToVolumeV2Response.from_dict(_S.obj(data))


def rollback_snapshot_to_volume_v2(
    _cfg: Config,
    *,
    body: RollbackSnapshotToVolumeV2RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[RollbackSnapshotToVolumeV2Response]:
    _tr.deprecated('rollback_snapshot_to_volume_v2', 'rollback_snapshot (6.2.6 回滚快照到云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'rollback_snapshot_to_volume_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-vendor-snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/rollback',
        _query,
        _headers,
        _S.dump(body),
        _parse_rollback_snapshot_to_volume_v2,
        frozenset([202]),
    )


def _parse_cinder_list_quotas(status: int, data: Any) -> CinderListQuotasResponse:
    from .models.cinder_list_quotas_response import CinderListQuotasResponse
    return CinderListQuotasResponse.from_dict(_S.obj(data))


def cinder_list_quotas(
    _cfg: Config,
    *,
    target_project_id: str,
    usage: str,
    project_id: str | None = None,
) -> Plan[CinderListQuotasResponse]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'usage', usage)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'cinder_list_quotas',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-quota-sets/' + _tr.segment(target_project_id, 'target_project_id'),
        _query,
        _headers,
        UNSET,
        _parse_cinder_list_quotas,
        frozenset([200]),
    )


def _parse_batch_create_volume_tags(status: int, data: Any) -> None:
    return None


def batch_create_volume_tags(
    _cfg: Config,
    *,
    body: BatchCreateVolumeTagsRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_create_volume_tags',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_create_volume_tags,
        frozenset([204]),
    )


def _parse_batch_delete_volume_tags(status: int, data: Any) -> None:
    return None


def batch_delete_volume_tags(
    _cfg: Config,
    *,
    body: BatchDeleteVolumeTagsRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'batch_delete_volume_tags',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id') + '/tags/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_batch_delete_volume_tags,
        frozenset([204]),
    )


def _parse_list_volume_tags(status: int, data: Any) -> ListVolumeTagsResponse:
    from .models.list_volume_tags_response import ListVolumeTagsResponse
    return ListVolumeTagsResponse.from_dict(_S.obj(data))


def list_volume_tags(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListVolumeTagsResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_tags',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/tags',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_tags,
        frozenset([200]),
    )


def _parse_show_volume_tags(status: int, data: Any) -> ShowVolumeTagsResponse:
    from .models.show_volume_tags_response import ShowVolumeTagsResponse
    return ShowVolumeTagsResponse.from_dict(_S.obj(data))


def show_volume_tags(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeTagsResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_tags',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/' + _tr.segment(volume_id, 'volume_id') + '/tags',
        _query,
        _headers,
        UNSET,
        _parse_show_volume_tags,
        frozenset([200]),
    )


def _parse_list_volumes_by_tags(status: int, data: Any) -> ListVolumesByTagsResponse:
    from .models.list_volumes_by_tags_response import ListVolumesByTagsResponse
    return ListVolumesByTagsResponse.from_dict(_S.obj(data))


def list_volumes_by_tags(
    _cfg: Config,
    *,
    body: ListVolumesByTagsRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[ListVolumesByTagsResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volumes_by_tags',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes/resource_instances/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_list_volumes_by_tags,
        frozenset([200]),
    )


def _parse_show_job_status(status: int, data: Any) -> ShowJobStatusResponse:
    from .models.show_job_status_response import ShowJobStatusResponse
    return ShowJobStatusResponse.from_dict(_S.obj(data))


def show_job_status(
    _cfg: Config,
    *,
    job_id: str,
    project_id: str | None = None,
) -> Plan[ShowJobStatusResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_job_status',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/jobs/' + _tr.segment(job_id, 'job_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_job_status,
        frozenset([200]),
    )


def _parse_create_snapshot_v5(status: int, data: Any) -> CreateSnapshotV5Response:
    from .models.create_snapshot_v5_response import CreateSnapshotV5Response
    return CreateSnapshotV5Response.from_dict(_S.obj(data))


def create_snapshot_v5(
    _cfg: Config,
    *,
    body: CreateSnapshotV5RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateSnapshotV5Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_snapshot_v5',
        'POST',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_snapshot_v5,
        frozenset([202]),
    )


def _parse_show_snapshot_v5(status: int, data: Any) -> ShowSnapshotV5Response:
    from .models.show_snapshot_v5_response import ShowSnapshotV5Response
    return ShowSnapshotV5Response.from_dict(_S.obj(data))


def show_snapshot_v5(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotV5Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_v5',
        'GET',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_v5,
        frozenset([200]),
    )


def _parse_update_snapshot_v5(status: int, data: Any) -> UpdateSnapshotV5Response:
    from .models.update_snapshot_v5_response import UpdateSnapshotV5Response
    return UpdateSnapshotV5Response.from_dict(_S.obj(data))


def update_snapshot_v5(
    _cfg: Config,
    *,
    body: UpdateSnapshotV5RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotV5Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_v5',
        'PUT',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_v5,
        frozenset([200]),
    )


def _parse_delete_snapshot_v5(status: int, data: Any) -> DeleteSnapshotV5Response:
    from .models.delete_snapshot_v5_response import DeleteSnapshotV5Response
    return DeleteSnapshotV5Response.from_dict(_S.obj(data))


def delete_snapshot_v5(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[DeleteSnapshotV5Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_snapshot_v5',
        'DELETE',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_snapshot_v5,
        frozenset([202]),
    )


def _parse_list_snapshot_details_v5(status: int, data: Any) -> ListSnapshotDetailsV5Response:
    from .models.list_snapshot_details_v5_response import ListSnapshotDetailsV5Response
    return ListSnapshotDetailsV5Response.from_dict(_S.obj(data))


def list_snapshot_details_v5(
    _cfg: Config,
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
) -> Plan[ListSnapshotDetailsV5Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'volume_id', volume_id)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'id', id)
    _tr.add(_query, 'ids', ids)
    _tr.add(_query, 'snapshot_type', snapshot_type)
    _tr.add(_query, 'enterprise_project_id', enterprise_project_id)
    _tr.add(_query, 'tag_key', tag_key)
    _tr.add(_query, 'tags', tags)
    _tr.add(_query, 'snapshot_chain_id', snapshot_chain_id)
    _tr.add(_query, 'snapshot_group_id', snapshot_group_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_snapshot_details_v5',
        'GET',
        '/v5/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_snapshot_details_v5,
        frozenset([200]),
    )


def _parse_list_availability_zones(status: int, data: Any) -> ListAvailabilityZonesResponse:
    from .models.list_availability_zones_response import ListAvailabilityZonesResponse
    return ListAvailabilityZonesResponse.from_dict(_S.obj(data))


def list_availability_zones(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListAvailabilityZonesResponse]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_availability_zones',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-availability-zone',
        _query,
        _headers,
        UNSET,
        _parse_list_availability_zones,
        frozenset([200]),
    )


def _parse_list_volume_details_v3_os_vendor_volumes(status: int, data: Any) -> ListVolumeDetailsV3OsVendorVolumesResponse:
    from .models.list_volume_details_v3_os_vendor_volumes_response import ListVolumeDetailsV3OsVendorVolumesResponse
    return ListVolumeDetailsV3OsVendorVolumesResponse.from_dict(_S.obj(data))


def list_volume_details_v3_os_vendor_volumes(
    _cfg: Config,
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
) -> Plan[ListVolumeDetailsV3OsVendorVolumesResponse]:
    _tr.deprecated('list_volume_details_v3_os_vendor_volumes', None)
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'dedicated_storage_id', dedicated_storage_id)
    _tr.add(_query, 'dedicated_storage_name', dedicated_storage_name)
    _tr.add(_query, 'id', id)
    _tr.add(_query, 'ids', ids)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'multiattach', multiattach)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'service_type', service_type)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'volume_type_id', volume_type_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_details_v3_os_vendor_volumes',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-vendor-volumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_details_v3_os_vendor_volumes,
        frozenset([200]),
    )


def _parse_create_volume_v3_cloudvolumes(status: int, data: Any) -> CreateVolumeV3CloudvolumesResponse:
    from .models.create_volume_v3_cloudvolumes_response import CreateVolumeV3CloudvolumesResponse
    return CreateVolumeV3CloudvolumesResponse.from_dict(_S.obj(data))


def create_volume_v3_cloudvolumes(
    _cfg: Config,
    *,
    body: CreateVolumeV3CloudvolumesRequestBody | Mapping[str, Any],
    project_id: str | None = None,
    x_client_token: str | Unset = UNSET,
) -> Plan[CreateVolumeV3CloudvolumesResponse]:
    _tr.deprecated('create_volume_v3_cloudvolumes', 'create_volume (6.1.1 创建云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    _tr.add(_headers, 'X-Client-Token', x_client_token)
    return Plan(
        'create_volume_v3_cloudvolumes',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/cloudvolumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_v3_cloudvolumes,
        frozenset([200]),
    )


def _parse_show_volume_v3_os_vendor_volumes(status: int, data: Any) -> ShowVolumeV3OsVendorVolumesResponse:
    from .models.show_volume_v3_os_vendor_volumes_response import ShowVolumeV3OsVendorVolumesResponse
    return ShowVolumeV3OsVendorVolumesResponse.from_dict(_S.obj(data))


def show_volume_v3_os_vendor_volumes(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeV3OsVendorVolumesResponse]:
    _tr.deprecated('show_volume_v3_os_vendor_volumes', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_v3_os_vendor_volumes',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-vendor-volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_v3_os_vendor_volumes,
        frozenset([200]),
    )


def _parse_rollback_snapshot_to_volume_v3(status: int, data: Any) -> RollbackSnapshotToVolumeV3Response:
    from .models.rollback_snapshot_to_volume_v3_response import RollbackSnapshotToVolumeV3Response
    return RollbackSnapshotToVolumeV3Response.from_dict(_S.obj(data))


def rollback_snapshot_to_volume_v3(
    _cfg: Config,
    *,
    body: RollbackSnapshotToVolumeV3RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[RollbackSnapshotToVolumeV3Response]:
    _tr.deprecated('rollback_snapshot_to_volume_v3', 'rollback_snapshot (6.2.6 回滚快照到云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'rollback_snapshot_to_volume_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-vendor-snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/rollback',
        _query,
        _headers,
        _S.dump(body),
        _parse_rollback_snapshot_to_volume_v3,
        frozenset([202]),
    )


def _parse_show_volume_v1(status: int, data: Any) -> ShowVolumeV1Response:
    from .models.show_volume_v1_response import ShowVolumeV1Response
    return ShowVolumeV1Response.from_dict(_S.obj(data))


def show_volume_v1(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeV1Response]:
    _tr.deprecated('show_volume_v1', 'show_volume_v3 (8.2.1.16 查询单个云硬盘详情)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_v1',
        'GET',
        '/v1/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_v1,
        frozenset([200]),
    )


def _parse_list_volumes_v2_volumes(status: int, data: Any) -> ListVolumesV2VolumesResponse:
    from .models.list_volumes_v2_volumes_response import ListVolumesV2VolumesResponse
    return ListVolumesV2VolumesResponse.from_dict(_S.obj(data))


def list_volumes_v2_volumes(
    _cfg: Config,
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
) -> Plan[ListVolumesV2VolumesResponse]:
    _tr.deprecated('list_volumes_v2_volumes', 'list_volumes_v3 (8.2.1.14 查询云硬盘列表)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'snapshot_policy_id', snapshot_policy_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volumes_v2_volumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes',
        _query,
        _headers,
        UNSET,
        _parse_list_volumes_v2_volumes,
        frozenset([200]),
    )


def _parse_create_volume_v2_volumes(status: int, data: Any) -> CreateVolumeV2VolumesResponse:
    from .models.create_volume_v2_volumes_response import CreateVolumeV2VolumesResponse
    return CreateVolumeV2VolumesResponse.from_dict(_S.obj(data))


def create_volume_v2_volumes(
    _cfg: Config,
    *,
    body: CreateVolumeV2VolumesRequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateVolumeV2VolumesResponse]:
    _tr.deprecated('create_volume_v2_volumes', 'create_volume_v3 (8.2.1.3 创建云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_v2_volumes',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_v2_volumes,
        frozenset([202]),
    )


def _parse_list_volumes_v3(status: int, data: Any) -> ListVolumesV3Response:
    from .models.list_volumes_v3_response import ListVolumesV3Response
    return ListVolumesV3Response.from_dict(_S.obj(data))


def list_volumes_v3(
    _cfg: Config,
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
) -> Plan[ListVolumesV3Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'availability_zone', availability_zone)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volumes_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes',
        _query,
        _headers,
        UNSET,
        _parse_list_volumes_v3,
        frozenset([200]),
    )


def _parse_create_volume_v3(status: int, data: Any) -> CreateVolumeV3Response:
    from .models.create_volume_v3_response import CreateVolumeV3Response
    return CreateVolumeV3Response.from_dict(_S.obj(data))


def create_volume_v3(
    _cfg: Config,
    *,
    body: CreateVolumeV3RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateVolumeV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_v3,
        frozenset([202]),
    )


def _parse_list_volume_details_v3(status: int, data: Any) -> ListVolumeDetailsV3Response:
    from .models.list_volume_details_v3_response import ListVolumeDetailsV3Response
    return ListVolumeDetailsV3Response.from_dict(_S.obj(data))


def list_volume_details_v3(
    _cfg: Config,
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
) -> Plan[ListVolumeDetailsV3Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'availability_zone', availability_zone)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_details_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_details_v3,
        frozenset([200]),
    )


def _parse_show_volume_v2_volumes(status: int, data: Any) -> ShowVolumeV2VolumesResponse:
    from .models.show_volume_v2_volumes_response import ShowVolumeV2VolumesResponse
    return ShowVolumeV2VolumesResponse.from_dict(_S.obj(data))


def show_volume_v2_volumes(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeV2VolumesResponse]:
    _tr.deprecated('show_volume_v2_volumes', 'show_volume_v3 (8.2.1.16 查询单个云硬盘详情)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_v2_volumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_v2_volumes,
        frozenset([200]),
    )


def _parse_update_volume_v2(status: int, data: Any) -> UpdateVolumeV2Response:
    from .models.update_volume_v2_response import UpdateVolumeV2Response
    return UpdateVolumeV2Response.from_dict(_S.obj(data))


def update_volume_v2(
    _cfg: Config,
    *,
    body: UpdateVolumeV2RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeV2Response]:
    _tr.deprecated('update_volume_v2', 'update_volume_v3 (8.2.1.8 更新云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume_v2',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume_v2,
        frozenset([200]),
    )


def _parse_delete_volume_v2(status: int, data: Any) -> None:
    return None


def delete_volume_v2(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
    cascade: bool | Unset = UNSET,
) -> Plan[None]:
    _tr.deprecated('delete_volume_v2', 'delete_volume_v3 (8.2.1.6 删除云硬盘)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'cascade', cascade)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume_v2',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume_v2,
        frozenset([202]),
    )


def _parse_show_volume_v3(status: int, data: Any) -> ShowVolumeV3Response:
    from .models.show_volume_v3_response import ShowVolumeV3Response
    return ShowVolumeV3Response.from_dict(_S.obj(data))


def show_volume_v3(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_v3,
        frozenset([200]),
    )


def _parse_update_volume_v3(status: int, data: Any) -> UpdateVolumeV3Response:
    from .models.update_volume_v3_response import UpdateVolumeV3Response
    return UpdateVolumeV3Response.from_dict(_S.obj(data))


def update_volume_v3(
    _cfg: Config,
    *,
    body: UpdateVolumeV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume_v3',
        'PUT',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume_v3,
        frozenset([200]),
    )


def _parse_delete_volume_v3(status: int, data: Any) -> None:
    return None


def delete_volume_v3(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
    cascade: bool | Unset = UNSET,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'cascade', cascade)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume_v3',
        'DELETE',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume_v3,
        frozenset([202]),
    )


def _parse_list_volume_types_v2(status: int, data: Any) -> ListVolumeTypesV2Response:
    from .models.list_volume_types_v2_response import ListVolumeTypesV2Response
    return ListVolumeTypesV2Response.from_dict(_S.obj(data))


def list_volume_types_v2(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListVolumeTypesV2Response]:
    _tr.deprecated('list_volume_types_v2', 'list_volume_types_v3 (8.2.1.10 查询云硬盘类型列表)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_types_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/types',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_types_v2,
        frozenset([200]),
    )


def _parse_list_volume_types_v3(status: int, data: Any) -> ListVolumeTypesV3Response:
    from .models.list_volume_types_v3_response import ListVolumeTypesV3Response
    return ListVolumeTypesV3Response.from_dict(_S.obj(data))


def list_volume_types_v3(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListVolumeTypesV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_types_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/types',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_types_v3,
        frozenset([200]),
    )


def _parse_show_volume_type_v2(status: int, data: Any) -> ShowVolumeTypeV2Response:
    from .models.show_volume_type_v2_response import ShowVolumeTypeV2Response
    return ShowVolumeTypeV2Response.from_dict(_S.obj(data))


def show_volume_type_v2(
    _cfg: Config,
    *,
    type_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeTypeV2Response]:
    _tr.deprecated('show_volume_type_v2', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_type_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/types/' + _tr.segment(type_id, 'type_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_type_v2,
        frozenset([200]),
    )


def _parse_show_volume_type_v3(status: int, data: Any) -> ShowVolumeTypeV3Response:
    from .models.show_volume_type_v3_response import ShowVolumeTypeV3Response
    return ShowVolumeTypeV3Response.from_dict(_S.obj(data))


def show_volume_type_v3(
    _cfg: Config,
    *,
    type_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeTypeV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_type_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/types/' + _tr.segment(type_id, 'type_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_type_v3,
        frozenset([200]),
    )


def _parse_list_volume_details_v2_volumes(status: int, data: Any) -> ListVolumeDetailsV2VolumesResponse:
    from .models.list_volume_details_v2_volumes_response import ListVolumeDetailsV2VolumesResponse
    return ListVolumeDetailsV2VolumesResponse.from_dict(_S.obj(data))


def list_volume_details_v2_volumes(
    _cfg: Config,
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
) -> Plan[ListVolumeDetailsV2VolumesResponse]:
    _tr.deprecated('list_volume_details_v2_volumes', 'list_volume_details_v3 (8.2.1.4 查询所有云硬盘详情)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'sort_key', sort_key)
    _tr.add(_query, 'sort_dir', sort_dir)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'metadata', metadata)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'snapshot_policy_id', snapshot_policy_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_details_v2_volumes',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_details_v2_volumes,
        frozenset([200]),
    )


def _parse_list_extensions_v2(status: int, data: Any) -> ListExtensionsV2Response:
    from .models.list_extensions_v2_response import ListExtensionsV2Response
    return ListExtensionsV2Response.from_dict(_S.obj(data))


def list_extensions_v2(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListExtensionsV2Response]:
    _tr.deprecated('list_extensions_v2', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_extensions_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/extensions',
        _query,
        _headers,
        UNSET,
        _parse_list_extensions_v2,
        frozenset([200]),
    )


def _parse_list_extensions_v3(status: int, data: Any) -> ListExtensionsV3Response:
    from .models.list_extensions_v3_response import ListExtensionsV3Response
    return ListExtensionsV3Response.from_dict(_S.obj(data))


def list_extensions_v3(
    _cfg: Config,
    *,
    project_id: str | None = None,
) -> Plan[ListExtensionsV3Response]:
    _tr.deprecated('list_extensions_v3', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_extensions_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/extensions',
        _query,
        _headers,
        UNSET,
        _parse_list_extensions_v3,
        frozenset([200]),
    )


def _parse_resize_volume_v3(status: int, data: Any) -> None:
    return None


def resize_volume_v3(
    _cfg: Config,
    *,
    body: ResizeVolumeV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'resize_volume_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_resize_volume_v3,
        frozenset([200, 202]),
    )


def _parse_set_volume_bootable_flag_v3(status: int, data: Any) -> None:
    return None


def set_volume_bootable_flag_v3(
    _cfg: Config,
    *,
    body: SetVolumeBootableFlagV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'set_volume_bootable_flag_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_set_volume_bootable_flag_v3,
        frozenset([200, 202]),
    )


def _parse_export_volume_to_image_v3(status: int, data: Any) -> ExportVolumeToImageV3Response | None:
    from .models.export_volume_to_image_v3_response import ExportVolumeToImageV3Response
    if status in (202,):
        return ExportVolumeToImageV3Response.from_dict(_S.obj(data))
    return None


def export_volume_to_image_v3(
    _cfg: Config,
    *,
    body: ExportVolumeToImageV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ExportVolumeToImageV3Response | None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'export_volume_to_image_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_export_volume_to_image_v3,
        frozenset([200, 202]),
    )


def _parse_set_volume_readonly_flag_v3(status: int, data: Any) -> None:
    return None


def set_volume_readonly_flag_v3(
    _cfg: Config,
    *,
    body: SetVolumeReadonlyFlagV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'set_volume_readonly_flag_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_set_volume_readonly_flag_v3,
        frozenset([200, 202]),
    )


def _parse_resize_volume_v2_volumes(status: int, data: Any) -> None:
    return None


def resize_volume_v2_volumes(
    _cfg: Config,
    *,
    body: ResizeVolumeV2VolumesRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('resize_volume_v2_volumes', 'resize_volume_v3 (8.2.1.20 扩容云硬盘)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'resize_volume_v2_volumes',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_resize_volume_v2_volumes,
        frozenset([200, 202]),
    )


def _parse_set_volume_bootable_flag_v2(status: int, data: Any) -> None:
    return None


def set_volume_bootable_flag_v2(
    _cfg: Config,
    *,
    body: SetVolumeBootableFlagV2RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('set_volume_bootable_flag_v2', 'set_volume_bootable_flag_v3 (8.2.1.22 设置云硬盘启动盘标识)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'set_volume_bootable_flag_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_set_volume_bootable_flag_v2,
        frozenset([200, 202]),
    )


def _parse_set_volume_readonly_flag_v2(status: int, data: Any) -> None:
    return None


def set_volume_readonly_flag_v2(
    _cfg: Config,
    *,
    body: SetVolumeReadonlyFlagV2RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('set_volume_readonly_flag_v2', 'set_volume_readonly_flag_v3 (8.2.1.25 设置云硬盘只读标识)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'set_volume_readonly_flag_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_set_volume_readonly_flag_v2,
        frozenset([200, 202]),
    )


def _parse_export_volume_to_image_v2(status: int, data: Any) -> ExportVolumeToImageV2Response | None:
    from .models.export_volume_to_image_v2_response import ExportVolumeToImageV2Response
    if status in (202,):
        return ExportVolumeToImageV2Response.from_dict(_S.obj(data))
    return None


def export_volume_to_image_v2(
    _cfg: Config,
    *,
    body: ExportVolumeToImageV2RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ExportVolumeToImageV2Response | None]:
    _tr.deprecated('export_volume_to_image_v2', 'export_volume_to_image_v3 (8.2.1.23 将云硬盘导出为镜像)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'export_volume_to_image_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_export_volume_to_image_v2,
        frozenset([200, 202]),
    )


def _parse_attach_volume(status: int, data: Any) -> None:
    return None


def attach_volume(
    _cfg: Config,
    *,
    body: AttachVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('attach_volume', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'attach_volume',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_attach_volume,
        frozenset([200, 202]),
    )


def _parse_detach_volume(status: int, data: Any) -> None:
    return None


def detach_volume(
    _cfg: Config,
    *,
    body: DetachVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('detach_volume', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'detach_volume',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_detach_volume,
        frozenset([200, 202]),
    )


def _parse_reserve_volume(status: int, data: Any) -> None:
    return None


def reserve_volume(
    _cfg: Config,
    *,
    body: ReserveVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('reserve_volume', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'reserve_volume',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_reserve_volume,
        frozenset([200, 202]),
    )


def _parse_unreserve_volume(status: int, data: Any) -> None:
    return None


def unreserve_volume(
    _cfg: Config,
    *,
    body: UnreserveVolumeRequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('unreserve_volume', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'unreserve_volume',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/action',
        _query,
        _headers,
        _S.dump(body),
        _parse_unreserve_volume,
        frozenset([200, 202]),
    )


def _parse_list_volume_transfers_v3(status: int, data: Any) -> ListVolumeTransfersV3Response:
    from .models.list_volume_transfers_v3_response import ListVolumeTransfersV3Response
    return ListVolumeTransfersV3Response.from_dict(_S.obj(data))


def list_volume_transfers_v3(
    _cfg: Config,
    *,
    project_id: str | None = None,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Plan[ListVolumeTransfersV3Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'offset', offset)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_transfers_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_transfers_v3,
        frozenset([200]),
    )


def _parse_create_volume_transfer_v3(status: int, data: Any) -> CreateVolumeTransferV3Response:
    from .models.create_volume_transfer_v3_response import CreateVolumeTransferV3Response
    return CreateVolumeTransferV3Response.from_dict(_S.obj(data))


def create_volume_transfer_v3(
    _cfg: Config,
    *,
    body: CreateVolumeTransferV3RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateVolumeTransferV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_transfer_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_transfer_v3,
        frozenset([202]),
    )


def _parse_show_volume_transfer_v3(status: int, data: Any) -> ShowVolumeTransferV3Response:
    from .models.show_volume_transfer_v3_response import ShowVolumeTransferV3Response
    return ShowVolumeTransferV3Response.from_dict(_S.obj(data))


def show_volume_transfer_v3(
    _cfg: Config,
    *,
    transfer_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeTransferV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_transfer_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/' + _tr.segment(transfer_id, 'transfer_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_transfer_v3,
        frozenset([200]),
    )


def _parse_delete_volume_transfer_v3(status: int, data: Any) -> None:
    return None


def delete_volume_transfer_v3(
    _cfg: Config,
    *,
    transfer_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume_transfer_v3',
        'DELETE',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/' + _tr.segment(transfer_id, 'transfer_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume_transfer_v3,
        frozenset([202]),
    )


def _parse_accept_volume_transfer_v3(status: int, data: Any) -> AcceptVolumeTransferV3Response:
    from .models.accept_volume_transfer_v3_response import AcceptVolumeTransferV3Response
    return AcceptVolumeTransferV3Response.from_dict(_S.obj(data))


def accept_volume_transfer_v3(
    _cfg: Config,
    *,
    body: AcceptVolumeTransferV3RequestBody | Mapping[str, Any],
    transfer_id: str,
    project_id: str | None = None,
) -> Plan[AcceptVolumeTransferV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'accept_volume_transfer_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/' + _tr.segment(transfer_id, 'transfer_id') + '/accept',
        _query,
        _headers,
        _S.dump(body),
        _parse_accept_volume_transfer_v3,
        frozenset([202]),
    )


def _parse_list_volume_transfer_details_v3(status: int, data: Any) -> ListVolumeTransferDetailsV3Response:
    from .models.list_volume_transfer_details_v3_response import ListVolumeTransferDetailsV3Response
    return ListVolumeTransferDetailsV3Response.from_dict(_S.obj(data))


def list_volume_transfer_details_v3(
    _cfg: Config,
    *,
    project_id: str | None = None,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Plan[ListVolumeTransferDetailsV3Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'offset', offset)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_transfer_details_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_transfer_details_v3,
        frozenset([200]),
    )


def _parse_list_volume_transfers_v2(status: int, data: Any) -> ListVolumeTransfersV2Response:
    from .models.list_volume_transfers_v2_response import ListVolumeTransfersV2Response
    return ListVolumeTransfersV2Response.from_dict(_S.obj(data))


def list_volume_transfers_v2(
    _cfg: Config,
    *,
    project_id: str | None = None,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Plan[ListVolumeTransfersV2Response]:
    _tr.deprecated('list_volume_transfers_v2', 'list_volume_transfers_v3 (8.2.2.1 查询云硬盘过户记录列表概要)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'offset', offset)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_transfers_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_transfers_v2,
        frozenset([200]),
    )


def _parse_create_volume_transfer_v2(status: int, data: Any) -> CreateVolumeTransferV2Response:
    from .models.create_volume_transfer_v2_response import CreateVolumeTransferV2Response
    return CreateVolumeTransferV2Response.from_dict(_S.obj(data))


def create_volume_transfer_v2(
    _cfg: Config,
    *,
    body: CreateVolumeTransferV2RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateVolumeTransferV2Response]:
    _tr.deprecated('create_volume_transfer_v2', 'create_volume_transfer_v3 (8.2.2.4 创建云硬盘过户)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_transfer_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_transfer_v2,
        frozenset([202]),
    )


def _parse_accept_volume_transfer_v2(status: int, data: Any) -> AcceptVolumeTransferV2Response:
    from .models.accept_volume_transfer_v2_response import AcceptVolumeTransferV2Response
    return AcceptVolumeTransferV2Response.from_dict(_S.obj(data))


def accept_volume_transfer_v2(
    _cfg: Config,
    *,
    body: AcceptVolumeTransferV2RequestBody | Mapping[str, Any],
    transfer_id: str,
    project_id: str | None = None,
) -> Plan[AcceptVolumeTransferV2Response]:
    _tr.deprecated('accept_volume_transfer_v2', 'accept_volume_transfer_v3 (8.2.2.3 接受云硬盘过户)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'accept_volume_transfer_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/' + _tr.segment(transfer_id, 'transfer_id') + '/accept',
        _query,
        _headers,
        _S.dump(body),
        _parse_accept_volume_transfer_v2,
        frozenset([202]),
    )


def _parse_show_volume_transfer_v2(status: int, data: Any) -> ShowVolumeTransferV2Response:
    from .models.show_volume_transfer_v2_response import ShowVolumeTransferV2Response
    return ShowVolumeTransferV2Response.from_dict(_S.obj(data))


def show_volume_transfer_v2(
    _cfg: Config,
    *,
    transfer_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeTransferV2Response]:
    _tr.deprecated('show_volume_transfer_v2', 'show_volume_transfer_v3 (8.2.2.2 查询单个云硬盘过户记录详情)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_transfer_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/' + _tr.segment(transfer_id, 'transfer_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_transfer_v2,
        frozenset([200]),
    )


def _parse_delete_volume_transfer_v2(status: int, data: Any) -> None:
    return None


def delete_volume_transfer_v2(
    _cfg: Config,
    *,
    transfer_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_volume_transfer_v2', 'delete_volume_transfer_v3 (8.2.2.6 删除云硬盘过户)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume_transfer_v2',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/' + _tr.segment(transfer_id, 'transfer_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume_transfer_v2,
        frozenset([202]),
    )


def _parse_list_volume_transfer_details_v2(status: int, data: Any) -> ListVolumeTransferDetailsV2Response:
    from .models.list_volume_transfer_details_v2_response import ListVolumeTransferDetailsV2Response
    return ListVolumeTransferDetailsV2Response.from_dict(_S.obj(data))


def list_volume_transfer_details_v2(
    _cfg: Config,
    *,
    project_id: str | None = None,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Plan[ListVolumeTransferDetailsV2Response]:
    _tr.deprecated('list_volume_transfer_details_v2', 'list_volume_transfer_details_v3 (8.2.2.5 查询云硬盘过户记录列表详情)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'offset', offset)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_volume_transfer_details_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/os-volume-transfer/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_volume_transfer_details_v2,
        frozenset([200]),
    )


def _parse_show_volume_metadata_v2(status: int, data: Any) -> ShowVolumeMetadataV2Response:
    from .models.show_volume_metadata_v2_response import ShowVolumeMetadataV2Response
    return ShowVolumeMetadataV2Response.from_dict(_S.obj(data))


def show_volume_metadata_v2(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeMetadataV2Response]:
    _tr.deprecated('show_volume_metadata_v2', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_metadata_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_volume_metadata_v2,
        frozenset([200]),
    )


def _parse_update_volume_metadata_v2(status: int, data: Any) -> UpdateVolumeMetadataV2Response:
    from .models.update_volume_metadata_v2_response import UpdateVolumeMetadataV2Response
    return UpdateVolumeMetadataV2Response.from_dict(_S.obj(data))


def update_volume_metadata_v2(
    _cfg: Config,
    *,
    body: UpdateVolumeMetadataV2RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeMetadataV2Response]:
    _tr.deprecated('update_volume_metadata_v2', 'update_volume_metadata_v3 (8.2.3.8 更新云硬盘的元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume_metadata_v2',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume_metadata_v2,
        frozenset([200]),
    )


def _parse_create_volume_metadata_v2(status: int, data: Any) -> CreateVolumeMetadataV2Response:
    from .models.create_volume_metadata_v2_response import CreateVolumeMetadataV2Response
    return CreateVolumeMetadataV2Response.from_dict(_S.obj(data))


def create_volume_metadata_v2(
    _cfg: Config,
    *,
    body: CreateVolumeMetadataV2RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[CreateVolumeMetadataV2Response]:
    _tr.deprecated('create_volume_metadata_v2', 'create_volume_metadata_v3 (8.2.3.2 添加云硬盘的元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_metadata_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_metadata_v2,
        frozenset([200]),
    )


def _parse_show_volume_metadata_v3(status: int, data: Any) -> ShowVolumeMetadataV3Response:
    from .models.show_volume_metadata_v3_response import ShowVolumeMetadataV3Response
    return ShowVolumeMetadataV3Response.from_dict(_S.obj(data))


def show_volume_metadata_v3(
    _cfg: Config,
    *,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeMetadataV3Response]:
    _tr.deprecated('show_volume_metadata_v3', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_metadata_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_volume_metadata_v3,
        frozenset([200]),
    )


def _parse_update_volume_metadata_v3(status: int, data: Any) -> UpdateVolumeMetadataV3Response:
    from .models.update_volume_metadata_v3_response import UpdateVolumeMetadataV3Response
    return UpdateVolumeMetadataV3Response.from_dict(_S.obj(data))


def update_volume_metadata_v3(
    _cfg: Config,
    *,
    body: UpdateVolumeMetadataV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeMetadataV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume_metadata_v3',
        'PUT',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume_metadata_v3,
        frozenset([200]),
    )


def _parse_create_volume_metadata_v3(status: int, data: Any) -> CreateVolumeMetadataV3Response:
    from .models.create_volume_metadata_v3_response import CreateVolumeMetadataV3Response
    return CreateVolumeMetadataV3Response.from_dict(_S.obj(data))


def create_volume_metadata_v3(
    _cfg: Config,
    *,
    body: CreateVolumeMetadataV3RequestBody | Mapping[str, Any],
    volume_id: str,
    project_id: str | None = None,
) -> Plan[CreateVolumeMetadataV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_volume_metadata_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_volume_metadata_v3,
        frozenset([200]),
    )


def _parse_show_volume_metadata_item_v2(status: int, data: Any) -> ShowVolumeMetadataItemV2Response:
    from .models.show_volume_metadata_item_v2_response import ShowVolumeMetadataItemV2Response
    return ShowVolumeMetadataItemV2Response.from_dict(_S.obj(data))


def show_volume_metadata_item_v2(
    _cfg: Config,
    *,
    volume_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeMetadataItemV2Response]:
    _tr.deprecated('show_volume_metadata_item_v2', 'show_volume_metadata_item_v3 (8.2.3.4 查询云硬盘的单个元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_metadata_item_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_metadata_item_v2,
        frozenset([200]),
    )


def _parse_update_volume_metadata_item_v2(status: int, data: Any) -> UpdateVolumeMetadataItemV2Response:
    from .models.update_volume_metadata_item_v2_response import UpdateVolumeMetadataItemV2Response
    return UpdateVolumeMetadataItemV2Response.from_dict(_S.obj(data))


def update_volume_metadata_item_v2(
    _cfg: Config,
    *,
    body: UpdateVolumeMetadataItemV2RequestBody | Mapping[str, Any],
    key: str,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeMetadataItemV2Response]:
    _tr.deprecated('update_volume_metadata_item_v2', 'update_volume_metadata_item_v3 (8.2.3.6 更新云硬盘的单个元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume_metadata_item_v2',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume_metadata_item_v2,
        frozenset([200]),
    )


def _parse_delete_volume_metadata_item_v2(status: int, data: Any) -> None:
    return None


def delete_volume_metadata_item_v2(
    _cfg: Config,
    *,
    volume_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_volume_metadata_item_v2', 'delete_volume_metadata_item_v3 (8.2.3.12 删除云硬盘的单个元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume_metadata_item_v2',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume_metadata_item_v2,
        frozenset([200]),
    )


def _parse_show_volume_metadata_item_v3(status: int, data: Any) -> ShowVolumeMetadataItemV3Response:
    from .models.show_volume_metadata_item_v3_response import ShowVolumeMetadataItemV3Response
    return ShowVolumeMetadataItemV3Response.from_dict(_S.obj(data))


def show_volume_metadata_item_v3(
    _cfg: Config,
    *,
    volume_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[ShowVolumeMetadataItemV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_volume_metadata_item_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_show_volume_metadata_item_v3,
        frozenset([200]),
    )


def _parse_update_volume_metadata_item_v3(status: int, data: Any) -> UpdateVolumeMetadataItemV3Response:
    from .models.update_volume_metadata_item_v3_response import UpdateVolumeMetadataItemV3Response
    return UpdateVolumeMetadataItemV3Response.from_dict(_S.obj(data))


def update_volume_metadata_item_v3(
    _cfg: Config,
    *,
    body: UpdateVolumeMetadataItemV3RequestBody | Mapping[str, Any],
    key: str,
    volume_id: str,
    project_id: str | None = None,
) -> Plan[UpdateVolumeMetadataItemV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_volume_metadata_item_v3',
        'PUT',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_volume_metadata_item_v3,
        frozenset([200]),
    )


def _parse_delete_volume_metadata_item_v3(status: int, data: Any) -> None:
    return None


def delete_volume_metadata_item_v3(
    _cfg: Config,
    *,
    volume_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_volume_metadata_item_v3',
        'DELETE',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/volumes/' + _tr.segment(volume_id, 'volume_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_delete_volume_metadata_item_v3,
        frozenset([200]),
    )


def _parse_show_snapshot_metadata_item_v3(status: int, data: Any) -> ShowSnapshotMetadataItemV3Response:
    from .models.show_snapshot_metadata_item_v3_response import ShowSnapshotMetadataItemV3Response
    return ShowSnapshotMetadataItemV3Response.from_dict(_S.obj(data))


def show_snapshot_metadata_item_v3(
    _cfg: Config,
    *,
    snapshot_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotMetadataItemV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_metadata_item_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_metadata_item_v3,
        frozenset([200]),
    )


def _parse_update_snapshot_metadata_item_v3(status: int, data: Any) -> UpdateSnapshotMetadataItemV3Response:
    from .models.update_snapshot_metadata_item_v3_response import UpdateSnapshotMetadataItemV3Response
    return UpdateSnapshotMetadataItemV3Response.from_dict(_S.obj(data))


def update_snapshot_metadata_item_v3(
    _cfg: Config,
    *,
    body: UpdateSnapshotMetadataItemV3RequestBody | Mapping[str, Any],
    key: str,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotMetadataItemV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_metadata_item_v3',
        'PUT',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_metadata_item_v3,
        frozenset([200]),
    )


def _parse_delete_snapshot_metadata_item_v3(status: int, data: Any) -> None:
    return None


def delete_snapshot_metadata_item_v3(
    _cfg: Config,
    *,
    snapshot_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_snapshot_metadata_item_v3',
        'DELETE',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_delete_snapshot_metadata_item_v3,
        frozenset([200]),
    )


def _parse_show_snapshot_metadata_v3(status: int, data: Any) -> ShowSnapshotMetadataV3Response:
    from .models.show_snapshot_metadata_v3_response import ShowSnapshotMetadataV3Response
    return ShowSnapshotMetadataV3Response.from_dict(_S.obj(data))


def show_snapshot_metadata_v3(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotMetadataV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_metadata_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_metadata_v3,
        frozenset([200]),
    )


def _parse_update_snapshot_metadata_v3(status: int, data: Any) -> UpdateSnapshotMetadataV3Response:
    from .models.update_snapshot_metadata_v3_response import UpdateSnapshotMetadataV3Response
    return UpdateSnapshotMetadataV3Response.from_dict(_S.obj(data))


def update_snapshot_metadata_v3(
    _cfg: Config,
    *,
    body: UpdateSnapshotMetadataV3RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotMetadataV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_metadata_v3',
        'PUT',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_metadata_v3,
        frozenset([200]),
    )


def _parse_create_snapshot_metadata_v3(status: int, data: Any) -> CreateSnapshotMetadataV3Response:
    from .models.create_snapshot_metadata_v3_response import CreateSnapshotMetadataV3Response
    return CreateSnapshotMetadataV3Response.from_dict(_S.obj(data))


def create_snapshot_metadata_v3(
    _cfg: Config,
    *,
    body: CreateSnapshotMetadataV3RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[CreateSnapshotMetadataV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_snapshot_metadata_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_snapshot_metadata_v3,
        frozenset([200]),
    )


def _parse_show_snapshot_metadata_v2(status: int, data: Any) -> ShowSnapshotMetadataV2Response:
    from .models.show_snapshot_metadata_v2_response import ShowSnapshotMetadataV2Response
    return ShowSnapshotMetadataV2Response.from_dict(_S.obj(data))


def show_snapshot_metadata_v2(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotMetadataV2Response]:
    _tr.deprecated('show_snapshot_metadata_v2', 'show_snapshot_metadata_v3 (8.2.4.4 查询云硬盘快照的元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_metadata_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata',
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_metadata_v2,
        frozenset([200]),
    )


def _parse_update_snapshot_metadata_v2(status: int, data: Any) -> UpdateSnapshotMetadataV2Response:
    from .models.update_snapshot_metadata_v2_response import UpdateSnapshotMetadataV2Response
    return UpdateSnapshotMetadataV2Response.from_dict(_S.obj(data))


def update_snapshot_metadata_v2(
    _cfg: Config,
    *,
    body: UpdateSnapshotMetadataV2RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotMetadataV2Response]:
    _tr.deprecated('update_snapshot_metadata_v2', 'update_snapshot_metadata_v3 (8.2.4.5 更新云硬盘快照的元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_metadata_v2',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_metadata_v2,
        frozenset([200]),
    )


def _parse_create_snapshot_metadata_v2(status: int, data: Any) -> CreateSnapshotMetadataV2Response:
    from .models.create_snapshot_metadata_v2_response import CreateSnapshotMetadataV2Response
    return CreateSnapshotMetadataV2Response.from_dict(_S.obj(data))


def create_snapshot_metadata_v2(
    _cfg: Config,
    *,
    body: CreateSnapshotMetadataV2RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[CreateSnapshotMetadataV2Response]:
    _tr.deprecated('create_snapshot_metadata_v2', 'create_snapshot_metadata_v3 (8.2.4.2 添加云硬盘快照的元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_snapshot_metadata_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_snapshot_metadata_v2,
        frozenset([200]),
    )


def _parse_show_snapshot_metadata_item_v2(status: int, data: Any) -> ShowSnapshotMetadataItemV2Response:
    from .models.show_snapshot_metadata_item_v2_response import ShowSnapshotMetadataItemV2Response
    return ShowSnapshotMetadataItemV2Response.from_dict(_S.obj(data))


def show_snapshot_metadata_item_v2(
    _cfg: Config,
    *,
    snapshot_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotMetadataItemV2Response]:
    _tr.deprecated('show_snapshot_metadata_item_v2', 'show_snapshot_metadata_item_v3 (8.2.4.3 查询云硬盘快照的单个元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_metadata_item_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_metadata_item_v2,
        frozenset([200]),
    )


def _parse_update_snapshot_metadata_item_v2(status: int, data: Any) -> UpdateSnapshotMetadataItemV2Response:
    from .models.update_snapshot_metadata_item_v2_response import UpdateSnapshotMetadataItemV2Response
    return UpdateSnapshotMetadataItemV2Response.from_dict(_S.obj(data))


def update_snapshot_metadata_item_v2(
    _cfg: Config,
    *,
    body: UpdateSnapshotMetadataItemV2RequestBody | Mapping[str, Any],
    key: str,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotMetadataItemV2Response]:
    _tr.deprecated('update_snapshot_metadata_item_v2', 'update_snapshot_metadata_item_v3 (8.2.4.6 更新云硬盘快照的单个元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_metadata_item_v2',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_metadata_item_v2,
        frozenset([200]),
    )


def _parse_delete_snapshot_metadata_item_v2(status: int, data: Any) -> None:
    return None


def delete_snapshot_metadata_item_v2(
    _cfg: Config,
    *,
    snapshot_id: str,
    key: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_snapshot_metadata_item_v2', 'delete_snapshot_metadata_item_v3 (8.2.4.1 删除云硬盘快照的单个元数据)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_snapshot_metadata_item_v2',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id') + '/metadata/' + _tr.segment(key, 'key'),
        _query,
        _headers,
        UNSET,
        _parse_delete_snapshot_metadata_item_v2,
        frozenset([200]),
    )


def _parse_list_snapshots_v3(status: int, data: Any) -> ListSnapshotsV3Response:
    from .models.list_snapshots_v3_response import ListSnapshotsV3Response
    return ListSnapshotsV3Response.from_dict(_S.obj(data))


def list_snapshots_v3(
    _cfg: Config,
    *,
    project_id: str | None = None,
    marker: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: SnapshotDetailStatus | str | Unset = UNSET,
    volume_id: str | Unset = UNSET,
) -> Plan[ListSnapshotsV3Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'volume_id', volume_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_snapshots_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots',
        _query,
        _headers,
        UNSET,
        _parse_list_snapshots_v3,
        frozenset([200]),
    )


def _parse_create_snapshot_v3(status: int, data: Any) -> CreateSnapshotV3Response:
    from .models.create_snapshot_v3_response import CreateSnapshotV3Response
    return CreateSnapshotV3Response.from_dict(_S.obj(data))


def create_snapshot_v3(
    _cfg: Config,
    *,
    body: CreateSnapshotV3RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateSnapshotV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_snapshot_v3',
        'POST',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_snapshot_v3,
        frozenset([202]),
    )


def _parse_show_snapshot_v3(status: int, data: Any) -> ShowSnapshotV3Response:
    from .models.show_snapshot_v3_response import ShowSnapshotV3Response
    return ShowSnapshotV3Response.from_dict(_S.obj(data))


def show_snapshot_v3(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_v3,
        frozenset([200]),
    )


def _parse_update_snapshot_v3(status: int, data: Any) -> UpdateSnapshotV3Response:
    from .models.update_snapshot_v3_response import UpdateSnapshotV3Response
    return UpdateSnapshotV3Response.from_dict(_S.obj(data))


def update_snapshot_v3(
    _cfg: Config,
    *,
    body: UpdateSnapshotV3RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotV3Response]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_v3',
        'PUT',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_v3,
        frozenset([200]),
    )


def _parse_delete_snapshot_v3(status: int, data: Any) -> None:
    return None


def delete_snapshot_v3(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_snapshot_v3',
        'DELETE',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_snapshot_v3,
        frozenset([202]),
    )


def _parse_list_snapshot_details_v3(status: int, data: Any) -> ListSnapshotDetailsV3Response:
    from .models.list_snapshot_details_v3_response import ListSnapshotDetailsV3Response
    return ListSnapshotDetailsV3Response.from_dict(_S.obj(data))


def list_snapshot_details_v3(
    _cfg: Config,
    *,
    project_id: str | None = None,
    marker: str | Unset = UNSET,
    volume_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: SnapshotDetailStatus | str | Unset = UNSET,
) -> Plan[ListSnapshotDetailsV3Response]:
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'volume_id', volume_id)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_snapshot_details_v3',
        'GET',
        '/v3/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_snapshot_details_v3,
        frozenset([200]),
    )


def _parse_list_snapshots_v2(status: int, data: Any) -> ListSnapshotsV2Response:
    from .models.list_snapshots_v2_response import ListSnapshotsV2Response
    return ListSnapshotsV2Response.from_dict(_S.obj(data))


def list_snapshots_v2(
    _cfg: Config,
    *,
    project_id: str | None = None,
    marker: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: SnapshotDetailStatus | str | Unset = UNSET,
    volume_id: str | Unset = UNSET,
) -> Plan[ListSnapshotsV2Response]:
    _tr.deprecated('list_snapshots_v2', 'list_snapshots_v3 (8.2.6.3 查询快照列表)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'status', status)
    _tr.add(_query, 'volume_id', volume_id)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_snapshots_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots',
        _query,
        _headers,
        UNSET,
        _parse_list_snapshots_v2,
        frozenset([200]),
    )


def _parse_create_snapshot_v2(status: int, data: Any) -> CreateSnapshotV2Response:
    from .models.create_snapshot_v2_response import CreateSnapshotV2Response
    return CreateSnapshotV2Response.from_dict(_S.obj(data))


def create_snapshot_v2(
    _cfg: Config,
    *,
    body: CreateSnapshotV2RequestBody | Mapping[str, Any],
    project_id: str | None = None,
) -> Plan[CreateSnapshotV2Response]:
    _tr.deprecated('create_snapshot_v2', 'create_snapshot_v3 (8.2.6.1 创建快照)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'create_snapshot_v2',
        'POST',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots',
        _query,
        _headers,
        _S.dump(body),
        _parse_create_snapshot_v2,
        frozenset([202]),
    )


def _parse_show_snapshot_v2(status: int, data: Any) -> ShowSnapshotV2Response:
    from .models.show_snapshot_v2_response import ShowSnapshotV2Response
    return ShowSnapshotV2Response.from_dict(_S.obj(data))


def show_snapshot_v2(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[ShowSnapshotV2Response]:
    _tr.deprecated('show_snapshot_v2', None)
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'show_snapshot_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_show_snapshot_v2,
        frozenset([200]),
    )


def _parse_update_snapshot_v2(status: int, data: Any) -> UpdateSnapshotV2Response:
    from .models.update_snapshot_v2_response import UpdateSnapshotV2Response
    return UpdateSnapshotV2Response.from_dict(_S.obj(data))


def update_snapshot_v2(
    _cfg: Config,
    *,
    body: UpdateSnapshotV2RequestBody | Mapping[str, Any],
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[UpdateSnapshotV2Response]:
    _tr.deprecated('update_snapshot_v2', 'update_snapshot_v3 (8.2.6.5 更新快照)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'update_snapshot_v2',
        'PUT',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        _S.dump(body),
        _parse_update_snapshot_v2,
        frozenset([200]),
    )


def _parse_delete_snapshot_v2(status: int, data: Any) -> None:
    return None


def delete_snapshot_v2(
    _cfg: Config,
    *,
    snapshot_id: str,
    project_id: str | None = None,
) -> Plan[None]:
    _tr.deprecated('delete_snapshot_v2', 'delete_snapshot_v3 (8.2.6.7 删除快照)')
    _query: list[tuple[str, str]] = []
    _headers: list[tuple[str, str]] = []
    return Plan(
        'delete_snapshot_v2',
        'DELETE',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/' + _tr.segment(snapshot_id, 'snapshot_id'),
        _query,
        _headers,
        UNSET,
        _parse_delete_snapshot_v2,
        frozenset([202]),
    )


def _parse_list_snapshot_details_v2(status: int, data: Any) -> ListSnapshotDetailsV2Response:
    from .models.list_snapshot_details_v2_response import ListSnapshotDetailsV2Response
    return ListSnapshotDetailsV2Response.from_dict(_S.obj(data))


def list_snapshot_details_v2(
    _cfg: Config,
    *,
    project_id: str | None = None,
    marker: str | Unset = UNSET,
    volume_id: str | Unset = UNSET,
    availability_zone: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: SnapshotDetailStatus | str | Unset = UNSET,
) -> Plan[ListSnapshotDetailsV2Response]:
    _tr.deprecated('list_snapshot_details_v2', 'list_snapshot_details_v5 (7.1.4 查询快照详情列表)')
    _query: list[tuple[str, str]] = []
    _tr.add(_query, 'marker', marker)
    _tr.add(_query, 'volume_id', volume_id)
    _tr.add(_query, 'availability_zone', availability_zone)
    _tr.add(_query, 'limit', limit)
    _tr.add(_query, 'name', name)
    _tr.add(_query, 'offset', offset)
    _tr.add(_query, 'status', status)
    _headers: list[tuple[str, str]] = []
    return Plan(
        'list_snapshot_details_v2',
        'GET',
        '/v2/' + _tr.segment(_cfg.project(project_id), 'project_id') + '/snapshots/detail',
        _query,
        _headers,
        UNSET,
        _parse_list_snapshot_details_v2,
        frozenset([200]),
    )
