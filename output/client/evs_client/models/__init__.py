"""The models of the evs_client client, imported on first use (generated; do not edit)."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_volume_transfer_v2_request_body import AcceptVolumeTransferV2RequestBody
    from .accept_volume_transfer_v2_response import AcceptVolumeTransferV2Response
    from .accept_volume_transfer_v3_request_body import AcceptVolumeTransferV3RequestBody
    from .accept_volume_transfer_v3_response import AcceptVolumeTransferV3Response
    from .api_version import ApiVersion
    from .attach_volume_request_body import AttachVolumeRequestBody
    from .attachment import Attachment
    from .attachment_v3 import AttachmentV3
    from .az_info import AzInfo
    from .batch_create_volume_tags_request_body import BatchCreateVolumeTagsRequestBody
    from .batch_create_volume_tags_request_body_action import BatchCreateVolumeTagsRequestBodyAction
    from .batch_delete_volume_tags_request_body import BatchDeleteVolumeTagsRequestBody
    from .batch_delete_volume_tags_request_body_action import BatchDeleteVolumeTagsRequestBodyAction
    from .batch_resize_volumes_request_body import BatchResizeVolumesRequestBody
    from .batch_resize_volumes_response import BatchResizeVolumesResponse
    from .bootable import Bootable
    from .bss_param_for_create_volume import BssParamForCreateVolume
    from .bss_param_for_resize_volume import BssParamForResizeVolume
    from .bss_param_for_retype_volume import BssParamForRetypeVolume
    from .category import Category
    from .charging_mode import ChargingMode
    from .cinder_accept_volume_transfer_option import CinderAcceptVolumeTransferOption
    from .cinder_attach_volume_option import CinderAttachVolumeOption
    from .cinder_create_snapshot_option import CinderCreateSnapshotOption
    from .cinder_create_volume_option import CinderCreateVolumeOption
    from .cinder_create_volume_option_v3 import CinderCreateVolumeOptionV3
    from .cinder_create_volume_option_volume_type import CinderCreateVolumeOptionVolumeType
    from .cinder_create_volume_scheduler_hints import CinderCreateVolumeSchedulerHints
    from .cinder_detach_volume_option import CinderDetachVolumeOption
    from .cinder_export_to_image_option import CinderExportToImageOption
    from .cinder_list_quotas_response import CinderListQuotasResponse
    from .cinder_resize_volume_option import CinderResizeVolumeOption
    from .cinder_update_snapshot_option import CinderUpdateSnapshotOption
    from .cinder_update_snapshot_option_v5 import CinderUpdateSnapshotOptionV5
    from .cinder_update_volume_bootable_option import CinderUpdateVolumeBootableOption
    from .cinder_update_volume_option import CinderUpdateVolumeOption
    from .cinder_update_volume_read_only_option import CinderUpdateVolumeReadOnlyOption
    from .cinder_volume_detail import CinderVolumeDetail
    from .cinder_volume_detail_status import CinderVolumeDetailStatus
    from .cinder_volume_detail_v3 import CinderVolumeDetailV3
    from .container_format import ContainerFormat
    from .create_disk_option import CreateDiskOption
    from .create_snapshot_metadata_v2_request_body import CreateSnapshotMetadataV2RequestBody
    from .create_snapshot_metadata_v2_response import CreateSnapshotMetadataV2Response
    from .create_snapshot_metadata_v3_request_body import CreateSnapshotMetadataV3RequestBody
    from .create_snapshot_metadata_v3_response import CreateSnapshotMetadataV3Response
    from .create_snapshot_option import CreateSnapshotOption
    from .create_snapshot_request_body import CreateSnapshotRequestBody
    from .create_snapshot_response import CreateSnapshotResponse
    from .create_snapshot_v2_request_body import CreateSnapshotV2RequestBody
    from .create_snapshot_v2_response import CreateSnapshotV2Response
    from .create_snapshot_v3_request_body import CreateSnapshotV3RequestBody
    from .create_snapshot_v3_response import CreateSnapshotV3Response
    from .create_snapshot_v5_request_body import CreateSnapshotV5RequestBody
    from .create_snapshot_v5_response import CreateSnapshotV5Response
    from .create_standard_snapshot import CreateStandardSnapshot
    from .create_volume_detail import CreateVolumeDetail
    from .create_volume_metadata_v2_request_body import CreateVolumeMetadataV2RequestBody
    from .create_volume_metadata_v2_response import CreateVolumeMetadataV2Response
    from .create_volume_metadata_v3_request_body import CreateVolumeMetadataV3RequestBody
    from .create_volume_metadata_v3_response import CreateVolumeMetadataV3Response
    from .create_volume_option import CreateVolumeOption
    from .create_volume_option_v3 import CreateVolumeOptionV3
    from .create_volume_option_v3_volume_type import CreateVolumeOptionV3VolumeType
    from .create_volume_request_body import CreateVolumeRequestBody
    from .create_volume_response import CreateVolumeResponse
    from .create_volume_scheduler_hints import CreateVolumeSchedulerHints
    from .create_volume_transfer_detail import CreateVolumeTransferDetail
    from .create_volume_transfer_option import CreateVolumeTransferOption
    from .create_volume_transfer_v2_request_body import CreateVolumeTransferV2RequestBody
    from .create_volume_transfer_v2_response import CreateVolumeTransferV2Response
    from .create_volume_transfer_v3_request_body import CreateVolumeTransferV3RequestBody
    from .create_volume_transfer_v3_response import CreateVolumeTransferV3Response
    from .create_volume_v2_cloudvolumes_request_body import CreateVolumeV2CloudvolumesRequestBody
    from .create_volume_v2_cloudvolumes_response import CreateVolumeV2CloudvolumesResponse
    from .create_volume_v2_volumes_request_body import CreateVolumeV2VolumesRequestBody
    from .create_volume_v2_volumes_response import CreateVolumeV2VolumesResponse
    from .create_volume_v3_cloudvolumes_request_body import CreateVolumeV3CloudvolumesRequestBody
    from .create_volume_v3_cloudvolumes_response import CreateVolumeV3CloudvolumesResponse
    from .create_volume_v3_request_body import CreateVolumeV3RequestBody
    from .create_volume_v3_response import CreateVolumeV3Response
    from .delete_snapshot_v5_response import DeleteSnapshotV5Response
    from .delete_tags_option import DeleteTagsOption
    from .delete_volume_response import DeleteVolumeResponse
    from .detach_volume_request_body import DetachVolumeRequestBody
    from .disk_attachment import DiskAttachment
    from .disk_detail import DiskDetail
    from .disk_detail_for_show_volume_v2_os_vendor_volumes import DiskDetailForShowVolumeV2OsVendorVolumes
    from .disk_format import DiskFormat
    from .disk_metadata import DiskMetadata
    from .disk_rollback_option import DiskRollbackOption
    from .disk_summary import DiskSummary
    from .error_info import ErrorInfo
    from .error_response import ErrorResponse
    from .export_volume_to_image_v2_request_body import ExportVolumeToImageV2RequestBody
    from .export_volume_to_image_v2_response import ExportVolumeToImageV2Response
    from .export_volume_to_image_v3_request_body import ExportVolumeToImageV3RequestBody
    from .export_volume_to_image_v3_response import ExportVolumeToImageV3Response
    from .extension import Extension
    from .hw_passthrough import HwPassthrough
    from .image import Image
    from .iops import Iops
    from .iops_v1 import IopsV1
    from .is_auto_pay import IsAutoPay
    from .is_auto_renew import IsAutoRenew
    from .job_entities import JobEntities
    from .job_type import JobType
    from .key import Key
    from .legacy_cinder_list_api_versions_response300 import LegacyCinderListApiVersionsResponse300
    from .legacy_cinder_show_api_version_response import LegacyCinderShowApiVersionResponse
    from .link import Link
    from .link_v3 import LinkV3
    from .links import Links
    from .list_api_versions_response300 import ListApiVersionsResponse300
    from .list_availability_zones_response import ListAvailabilityZonesResponse
    from .list_extensions_v2_response import ListExtensionsV2Response
    from .list_extensions_v3_response import ListExtensionsV3Response
    from .list_snapshot_details_v2_response import ListSnapshotDetailsV2Response
    from .list_snapshot_details_v3_response import ListSnapshotDetailsV3Response
    from .list_snapshot_details_v5_response import ListSnapshotDetailsV5Response
    from .list_snapshots_response import ListSnapshotsResponse
    from .list_snapshots_v2_response import ListSnapshotsV2Response
    from .list_snapshots_v3_response import ListSnapshotsV3Response
    from .list_volume_details_v2_os_vendor_volumes_response import ListVolumeDetailsV2OsVendorVolumesResponse
    from .list_volume_details_v2_volumes_response import ListVolumeDetailsV2VolumesResponse
    from .list_volume_details_v3_os_vendor_volumes_response import ListVolumeDetailsV3OsVendorVolumesResponse
    from .list_volume_details_v3_response import ListVolumeDetailsV3Response
    from .list_volume_tags_response import ListVolumeTagsResponse
    from .list_volume_transfer_details_v2_response import ListVolumeTransferDetailsV2Response
    from .list_volume_transfer_details_v3_response import ListVolumeTransferDetailsV3Response
    from .list_volume_transfers_v2_response import ListVolumeTransfersV2Response
    from .list_volume_transfers_v3_response import ListVolumeTransfersV3Response
    from .list_volume_types_v2_response import ListVolumeTypesV2Response
    from .list_volume_types_v3_response import ListVolumeTypesV3Response
    from .list_volumes_by_tags_request_body import ListVolumesByTagsRequestBody
    from .list_volumes_by_tags_response import ListVolumesByTagsResponse
    from .list_volumes_response import ListVolumesResponse
    from .list_volumes_v2_cloudvolumes_response import ListVolumesV2CloudvolumesResponse
    from .list_volumes_v2_volumes_response import ListVolumesV2VolumesResponse
    from .list_volumes_v3_response import ListVolumesV3Response
    from .match import Match
    from .media_types import MediaTypes
    from .metadata import Metadata
    from .modify_volume_qo_s_option import ModifyVolumeQoSOption
    from .modify_volume_qos_request_body import ModifyVolumeQosRequestBody
    from .modify_volume_qos_response import ModifyVolumeQosResponse
    from .new_type import NewType
    from .os_extend import OsExtend
    from .os_type import OsType
    from .os_vendor_extended_lock_scene import OsVendorExtendedLockScene
    from .period_type import PeriodType
    from .prepaid_param_for_batch_resize_volume import PrepaidParamForBatchResizeVolume
    from .quota_detail_backup_gigabytes import QuotaDetailBackupGigabytes
    from .quota_detail_backups import QuotaDetailBackups
    from .quota_detail_gigabytes import QuotaDetailGigabytes
    from .quota_detail_gigabytes_essd import QuotaDetailGigabytesESSD
    from .quota_detail_gigabytes_essd2 import QuotaDetailGigabytesESSD2
    from .quota_detail_gigabytes_gpssd import QuotaDetailGigabytesGPSSD
    from .quota_detail_gigabytes_gpssd2 import QuotaDetailGigabytesGPSSD2
    from .quota_detail_gigabytes_sas import QuotaDetailGigabytesSAS
    from .quota_detail_gigabytes_sata import QuotaDetailGigabytesSATA
    from .quota_detail_gigabytes_ssd import QuotaDetailGigabytesSSD
    from .quota_detail_per_volume_gigabytes import QuotaDetailPerVolumeGigabytes
    from .quota_detail_snapshots import QuotaDetailSnapshots
    from .quota_detail_snapshots_essd import QuotaDetailSnapshotsESSD
    from .quota_detail_snapshots_essd2 import QuotaDetailSnapshotsESSD2
    from .quota_detail_snapshots_gpssd import QuotaDetailSnapshotsGPSSD
    from .quota_detail_snapshots_gpssd2 import QuotaDetailSnapshotsGPSSD2
    from .quota_detail_snapshots_sas import QuotaDetailSnapshotsSAS
    from .quota_detail_snapshots_sata import QuotaDetailSnapshotsSATA
    from .quota_detail_snapshots_ssd import QuotaDetailSnapshotsSSD
    from .quota_detail_volumes import QuotaDetailVolumes
    from .quota_detail_volumes_essd import QuotaDetailVolumesESSD
    from .quota_detail_volumes_essd2 import QuotaDetailVolumesESSD2
    from .quota_detail_volumes_gpssd import QuotaDetailVolumesGPSSD
    from .quota_detail_volumes_gpssd2 import QuotaDetailVolumesGPSSD2
    from .quota_detail_volumes_sas import QuotaDetailVolumesSAS
    from .quota_detail_volumes_sata import QuotaDetailVolumesSATA
    from .quota_detail_volumes_ssd import QuotaDetailVolumesSSD
    from .quota_list import QuotaList
    from .reserve_volume_request_body import ReserveVolumeRequestBody
    from .resize_disk_option import ResizeDiskOption
    from .resize_volume_request_body import ResizeVolumeRequestBody
    from .resize_volume_response import ResizeVolumeResponse
    from .resize_volume_v2_cloudvolumes_request_body import ResizeVolumeV2CloudvolumesRequestBody
    from .resize_volume_v2_cloudvolumes_response import ResizeVolumeV2CloudvolumesResponse
    from .resize_volume_v2_volumes_request_body import ResizeVolumeV2VolumesRequestBody
    from .resize_volume_v3_request_body import ResizeVolumeV3RequestBody
    from .resource import Resource
    from .result import Result
    from .retype_volume import RetypeVolume
    from .retype_volume_request_body import RetypeVolumeRequestBody
    from .retype_volume_response import RetypeVolumeResponse
    from .rollback_body import RollbackBody
    from .rollback_disk_snapshot_option import RollbackDiskSnapshotOption
    from .rollback_info import RollbackInfo
    from .rollback_snapshot_option import RollbackSnapshotOption
    from .rollback_snapshot_option_v3 import RollbackSnapshotOptionV3
    from .rollback_snapshot_request_body import RollbackSnapshotRequestBody
    from .rollback_snapshot_response import RollbackSnapshotResponse
    from .rollback_snapshot_to_volume_v2_request_body import RollbackSnapshotToVolumeV2RequestBody
    from .rollback_snapshot_to_volume_v2_response import RollbackSnapshotToVolumeV2Response
    from .rollback_snapshot_to_volume_v3_request_body import RollbackSnapshotToVolumeV3RequestBody
    from .rollback_snapshot_to_volume_v3_response import RollbackSnapshotToVolumeV3Response
    from .service_type import ServiceType
    from .set_volume_bootable_flag_v2_request_body import SetVolumeBootableFlagV2RequestBody
    from .set_volume_bootable_flag_v3_request_body import SetVolumeBootableFlagV3RequestBody
    from .set_volume_readonly_flag_v2_request_body import SetVolumeReadonlyFlagV2RequestBody
    from .set_volume_readonly_flag_v3_request_body import SetVolumeReadonlyFlagV3RequestBody
    from .show_api_version_response import ShowApiVersionResponse
    from .show_job_status_response import ShowJobStatusResponse
    from .show_snapshot_metadata_item_v2_response import ShowSnapshotMetadataItemV2Response
    from .show_snapshot_metadata_item_v3_response import ShowSnapshotMetadataItemV3Response
    from .show_snapshot_metadata_v2_response import ShowSnapshotMetadataV2Response
    from .show_snapshot_metadata_v3_response import ShowSnapshotMetadataV3Response
    from .show_snapshot_response import ShowSnapshotResponse
    from .show_snapshot_v2_response import ShowSnapshotV2Response
    from .show_snapshot_v3_response import ShowSnapshotV3Response
    from .show_snapshot_v5_response import ShowSnapshotV5Response
    from .show_volume_metadata_item_v2_response import ShowVolumeMetadataItemV2Response
    from .show_volume_metadata_item_v3_response import ShowVolumeMetadataItemV3Response
    from .show_volume_metadata_v2_response import ShowVolumeMetadataV2Response
    from .show_volume_metadata_v3_response import ShowVolumeMetadataV3Response
    from .show_volume_response import ShowVolumeResponse
    from .show_volume_tags_response import ShowVolumeTagsResponse
    from .show_volume_transfer_v2_response import ShowVolumeTransferV2Response
    from .show_volume_transfer_v3_response import ShowVolumeTransferV3Response
    from .show_volume_type_v2_response import ShowVolumeTypeV2Response
    from .show_volume_type_v3_response import ShowVolumeTypeV3Response
    from .show_volume_v1_response import ShowVolumeV1Response
    from .show_volume_v2_os_vendor_volumes_response import ShowVolumeV2OsVendorVolumesResponse
    from .show_volume_v2_volumes_response import ShowVolumeV2VolumesResponse
    from .show_volume_v3_os_vendor_volumes_response import ShowVolumeV3OsVendorVolumesResponse
    from .show_volume_v3_response import ShowVolumeV3Response
    from .snapshot_chains import SnapshotChains
    from .snapshot_detail import SnapshotDetail
    from .snapshot_detail_status import SnapshotDetailStatus
    from .snapshot_detail_v5 import SnapshotDetailV5
    from .snapshot_details import SnapshotDetails
    from .snapshot_list import SnapshotList
    from .snapshot_summary import SnapshotSummary
    from .snapshot_type import SnapshotType
    from .sort_dir import SortDir
    from .sub_job import SubJob
    from .sub_job_entities import SubJobEntities
    from .system_encrypted import SystemEncrypted
    from .tag import Tag
    from .tag_for_show_volume_tags import TagForShowVolumeTags
    from .tags_for_list_volumes import TagsForListVolumes
    from .throughput import Throughput
    from .throughput_v1 import ThroughputV1
    from .unreserve_volume_request_body import UnreserveVolumeRequestBody
    from .unsubscribe_postpaid_volume_request_body import UnsubscribePostpaidVolumeRequestBody
    from .unsubscribe_volume import UnsubscribeVolume
    from .unsubscribe_volume_response_body import UnsubscribeVolumeResponseBody
    from .update_snapshot_metadata_item_v2_request_body import UpdateSnapshotMetadataItemV2RequestBody
    from .update_snapshot_metadata_item_v2_response import UpdateSnapshotMetadataItemV2Response
    from .update_snapshot_metadata_item_v3_request_body import UpdateSnapshotMetadataItemV3RequestBody
    from .update_snapshot_metadata_item_v3_response import UpdateSnapshotMetadataItemV3Response
    from .update_snapshot_metadata_v2_request_body import UpdateSnapshotMetadataV2RequestBody
    from .update_snapshot_metadata_v2_response import UpdateSnapshotMetadataV2Response
    from .update_snapshot_metadata_v3_request_body import UpdateSnapshotMetadataV3RequestBody
    from .update_snapshot_metadata_v3_response import UpdateSnapshotMetadataV3Response
    from .update_snapshot_option import UpdateSnapshotOption
    from .update_snapshot_request_body import UpdateSnapshotRequestBody
    from .update_snapshot_response import UpdateSnapshotResponse
    from .update_snapshot_v2_request_body import UpdateSnapshotV2RequestBody
    from .update_snapshot_v2_response import UpdateSnapshotV2Response
    from .update_snapshot_v3_request_body import UpdateSnapshotV3RequestBody
    from .update_snapshot_v3_response import UpdateSnapshotV3Response
    from .update_snapshot_v5_request_body import UpdateSnapshotV5RequestBody
    from .update_snapshot_v5_response import UpdateSnapshotV5Response
    from .update_snapshot_v5_response_snapshot import UpdateSnapshotV5ResponseSnapshot
    from .update_volume_metadata_item_v2_request_body import UpdateVolumeMetadataItemV2RequestBody
    from .update_volume_metadata_item_v2_response import UpdateVolumeMetadataItemV2Response
    from .update_volume_metadata_item_v3_request_body import UpdateVolumeMetadataItemV3RequestBody
    from .update_volume_metadata_item_v3_response import UpdateVolumeMetadataItemV3Response
    from .update_volume_metadata_v2_request_body import UpdateVolumeMetadataV2RequestBody
    from .update_volume_metadata_v2_response import UpdateVolumeMetadataV2Response
    from .update_volume_metadata_v3_request_body import UpdateVolumeMetadataV3RequestBody
    from .update_volume_metadata_v3_response import UpdateVolumeMetadataV3Response
    from .update_volume_option import UpdateVolumeOption
    from .update_volume_request_body import UpdateVolumeRequestBody
    from .update_volume_response import UpdateVolumeResponse
    from .update_volume_v2_request_body import UpdateVolumeV2RequestBody
    from .update_volume_v2_response import UpdateVolumeV2Response
    from .update_volume_v3_request_body import UpdateVolumeV3RequestBody
    from .update_volume_v3_response import UpdateVolumeV3Response
    from .update_volume_v3_response_volume import UpdateVolumeV3ResponseVolume
    from .versions import Versions
    from .versions_for_legacy_cinder_list_api_versions import VersionsForLegacyCinderListApiVersions
    from .versions_status import VersionsStatus
    from .volume_attachment import VolumeAttachment
    from .volume_body import VolumeBody
    from .volume_detail import VolumeDetail
    from .volume_detail_for_list_volume_details_v3 import VolumeDetailForListVolumeDetailsV3
    from .volume_detail_for_show_volume import VolumeDetailForShowVolume
    from .volume_detail_for_tag import VolumeDetailForTag
    from .volume_detail_for_tag_volume_type import VolumeDetailForTagVolumeType
    from .volume_detail_v3 import VolumeDetailV3
    from .volume_metadata import VolumeMetadata
    from .volume_metadata_for_create_volume_v2_volumes import VolumeMetadataForCreateVolumeV2Volumes
    from .volume_metadata_for_list_volumes_by_tags import VolumeMetadataForListVolumesByTags
    from .volume_metadata_v1 import VolumeMetadataV1
    from .volume_metadata_v3 import VolumeMetadataV3
    from .volume_transfer import VolumeTransfer
    from .volume_transfer_summary import VolumeTransferSummary
    from .volume_type import VolumeType
    from .volume_type_extra_specs import VolumeTypeExtraSpecs
    from .volume_type_extra_specs_v3 import VolumeTypeExtraSpecsV3
    from .volume_type_v3 import VolumeTypeV3
    from .volumes_for_batch_resize_volume import VolumesForBatchResizeVolume
    from .zone_state import ZoneState

_MODULES: dict[str, str] = {
    'AcceptVolumeTransferV2RequestBody': 'accept_volume_transfer_v2_request_body',
    'AcceptVolumeTransferV2Response': 'accept_volume_transfer_v2_response',
    'AcceptVolumeTransferV3RequestBody': 'accept_volume_transfer_v3_request_body',
    'AcceptVolumeTransferV3Response': 'accept_volume_transfer_v3_response',
    'AttachVolumeRequestBody': 'attach_volume_request_body',
    'Attachment': 'attachment',
    'AttachmentV3': 'attachment_v3',
    'AzInfo': 'az_info',
    'BatchCreateVolumeTagsRequestBody': 'batch_create_volume_tags_request_body',
    'BatchDeleteVolumeTagsRequestBody': 'batch_delete_volume_tags_request_body',
    'BatchResizeVolumesRequestBody': 'batch_resize_volumes_request_body',
    'BatchResizeVolumesResponse': 'batch_resize_volumes_response',
    'BssParamForCreateVolume': 'bss_param_for_create_volume',
    'BssParamForResizeVolume': 'bss_param_for_resize_volume',
    'BssParamForRetypeVolume': 'bss_param_for_retype_volume',
    'CinderAcceptVolumeTransferOption': 'cinder_accept_volume_transfer_option',
    'CinderAttachVolumeOption': 'cinder_attach_volume_option',
    'CinderCreateSnapshotOption': 'cinder_create_snapshot_option',
    'CinderCreateVolumeOption': 'cinder_create_volume_option',
    'CinderCreateVolumeOptionV3': 'cinder_create_volume_option_v3',
    'CinderCreateVolumeSchedulerHints': 'cinder_create_volume_scheduler_hints',
    'CinderDetachVolumeOption': 'cinder_detach_volume_option',
    'CinderExportToImageOption': 'cinder_export_to_image_option',
    'CinderListQuotasResponse': 'cinder_list_quotas_response',
    'CinderResizeVolumeOption': 'cinder_resize_volume_option',
    'CinderUpdateSnapshotOption': 'cinder_update_snapshot_option',
    'CinderUpdateSnapshotOptionV5': 'cinder_update_snapshot_option_v5',
    'CinderUpdateVolumeBootableOption': 'cinder_update_volume_bootable_option',
    'CinderUpdateVolumeOption': 'cinder_update_volume_option',
    'CinderUpdateVolumeReadOnlyOption': 'cinder_update_volume_read_only_option',
    'CinderVolumeDetail': 'cinder_volume_detail',
    'CinderVolumeDetailV3': 'cinder_volume_detail_v3',
    'CreateDiskOption': 'create_disk_option',
    'CreateSnapshotMetadataV2RequestBody': 'create_snapshot_metadata_v2_request_body',
    'CreateSnapshotMetadataV2Response': 'create_snapshot_metadata_v2_response',
    'CreateSnapshotMetadataV3RequestBody': 'create_snapshot_metadata_v3_request_body',
    'CreateSnapshotMetadataV3Response': 'create_snapshot_metadata_v3_response',
    'CreateSnapshotOption': 'create_snapshot_option',
    'CreateSnapshotRequestBody': 'create_snapshot_request_body',
    'CreateSnapshotResponse': 'create_snapshot_response',
    'CreateSnapshotV2RequestBody': 'create_snapshot_v2_request_body',
    'CreateSnapshotV2Response': 'create_snapshot_v2_response',
    'CreateSnapshotV3RequestBody': 'create_snapshot_v3_request_body',
    'CreateSnapshotV3Response': 'create_snapshot_v3_response',
    'CreateSnapshotV5RequestBody': 'create_snapshot_v5_request_body',
    'CreateSnapshotV5Response': 'create_snapshot_v5_response',
    'CreateStandardSnapshot': 'create_standard_snapshot',
    'CreateVolumeDetail': 'create_volume_detail',
    'CreateVolumeMetadataV2RequestBody': 'create_volume_metadata_v2_request_body',
    'CreateVolumeMetadataV2Response': 'create_volume_metadata_v2_response',
    'CreateVolumeMetadataV3RequestBody': 'create_volume_metadata_v3_request_body',
    'CreateVolumeMetadataV3Response': 'create_volume_metadata_v3_response',
    'CreateVolumeOption': 'create_volume_option',
    'CreateVolumeOptionV3': 'create_volume_option_v3',
    'CreateVolumeRequestBody': 'create_volume_request_body',
    'CreateVolumeResponse': 'create_volume_response',
    'CreateVolumeSchedulerHints': 'create_volume_scheduler_hints',
    'CreateVolumeTransferDetail': 'create_volume_transfer_detail',
    'CreateVolumeTransferOption': 'create_volume_transfer_option',
    'CreateVolumeTransferV2RequestBody': 'create_volume_transfer_v2_request_body',
    'CreateVolumeTransferV2Response': 'create_volume_transfer_v2_response',
    'CreateVolumeTransferV3RequestBody': 'create_volume_transfer_v3_request_body',
    'CreateVolumeTransferV3Response': 'create_volume_transfer_v3_response',
    'CreateVolumeV2CloudvolumesRequestBody': 'create_volume_v2_cloudvolumes_request_body',
    'CreateVolumeV2CloudvolumesResponse': 'create_volume_v2_cloudvolumes_response',
    'CreateVolumeV2VolumesRequestBody': 'create_volume_v2_volumes_request_body',
    'CreateVolumeV2VolumesResponse': 'create_volume_v2_volumes_response',
    'CreateVolumeV3CloudvolumesRequestBody': 'create_volume_v3_cloudvolumes_request_body',
    'CreateVolumeV3CloudvolumesResponse': 'create_volume_v3_cloudvolumes_response',
    'CreateVolumeV3RequestBody': 'create_volume_v3_request_body',
    'CreateVolumeV3Response': 'create_volume_v3_response',
    'DeleteSnapshotV5Response': 'delete_snapshot_v5_response',
    'DeleteTagsOption': 'delete_tags_option',
    'DeleteVolumeResponse': 'delete_volume_response',
    'DetachVolumeRequestBody': 'detach_volume_request_body',
    'DiskAttachment': 'disk_attachment',
    'DiskDetail': 'disk_detail',
    'DiskDetailForShowVolumeV2OsVendorVolumes': 'disk_detail_for_show_volume_v2_os_vendor_volumes',
    'DiskMetadata': 'disk_metadata',
    'DiskRollbackOption': 'disk_rollback_option',
    'DiskSummary': 'disk_summary',
    'ErrorInfo': 'error_info',
    'ErrorResponse': 'error_response',
    'ExportVolumeToImageV2RequestBody': 'export_volume_to_image_v2_request_body',
    'ExportVolumeToImageV2Response': 'export_volume_to_image_v2_response',
    'ExportVolumeToImageV3RequestBody': 'export_volume_to_image_v3_request_body',
    'ExportVolumeToImageV3Response': 'export_volume_to_image_v3_response',
    'Extension': 'extension',
    'Image': 'image',
    'Iops': 'iops',
    'IopsV1': 'iops_v1',
    'JobEntities': 'job_entities',
    'LegacyCinderListApiVersionsResponse300': 'legacy_cinder_list_api_versions_response300',
    'LegacyCinderShowApiVersionResponse': 'legacy_cinder_show_api_version_response',
    'Link': 'link',
    'LinkV3': 'link_v3',
    'Links': 'links',
    'ListApiVersionsResponse300': 'list_api_versions_response300',
    'ListAvailabilityZonesResponse': 'list_availability_zones_response',
    'ListExtensionsV2Response': 'list_extensions_v2_response',
    'ListExtensionsV3Response': 'list_extensions_v3_response',
    'ListSnapshotDetailsV2Response': 'list_snapshot_details_v2_response',
    'ListSnapshotDetailsV3Response': 'list_snapshot_details_v3_response',
    'ListSnapshotDetailsV5Response': 'list_snapshot_details_v5_response',
    'ListSnapshotsResponse': 'list_snapshots_response',
    'ListSnapshotsV2Response': 'list_snapshots_v2_response',
    'ListSnapshotsV3Response': 'list_snapshots_v3_response',
    'ListVolumeDetailsV2OsVendorVolumesResponse': 'list_volume_details_v2_os_vendor_volumes_response',
    'ListVolumeDetailsV2VolumesResponse': 'list_volume_details_v2_volumes_response',
    'ListVolumeDetailsV3OsVendorVolumesResponse': 'list_volume_details_v3_os_vendor_volumes_response',
    'ListVolumeDetailsV3Response': 'list_volume_details_v3_response',
    'ListVolumeTagsResponse': 'list_volume_tags_response',
    'ListVolumeTransferDetailsV2Response': 'list_volume_transfer_details_v2_response',
    'ListVolumeTransferDetailsV3Response': 'list_volume_transfer_details_v3_response',
    'ListVolumeTransfersV2Response': 'list_volume_transfers_v2_response',
    'ListVolumeTransfersV3Response': 'list_volume_transfers_v3_response',
    'ListVolumeTypesV2Response': 'list_volume_types_v2_response',
    'ListVolumeTypesV3Response': 'list_volume_types_v3_response',
    'ListVolumesByTagsRequestBody': 'list_volumes_by_tags_request_body',
    'ListVolumesByTagsResponse': 'list_volumes_by_tags_response',
    'ListVolumesResponse': 'list_volumes_response',
    'ListVolumesV2CloudvolumesResponse': 'list_volumes_v2_cloudvolumes_response',
    'ListVolumesV2VolumesResponse': 'list_volumes_v2_volumes_response',
    'ListVolumesV3Response': 'list_volumes_v3_response',
    'Match': 'match',
    'MediaTypes': 'media_types',
    'Metadata': 'metadata',
    'ModifyVolumeQoSOption': 'modify_volume_qo_s_option',
    'ModifyVolumeQosRequestBody': 'modify_volume_qos_request_body',
    'ModifyVolumeQosResponse': 'modify_volume_qos_response',
    'OsExtend': 'os_extend',
    'PrepaidParamForBatchResizeVolume': 'prepaid_param_for_batch_resize_volume',
    'QuotaDetailBackupGigabytes': 'quota_detail_backup_gigabytes',
    'QuotaDetailBackups': 'quota_detail_backups',
    'QuotaDetailGigabytes': 'quota_detail_gigabytes',
    'QuotaDetailGigabytesESSD': 'quota_detail_gigabytes_essd',
    'QuotaDetailGigabytesESSD2': 'quota_detail_gigabytes_essd2',
    'QuotaDetailGigabytesGPSSD': 'quota_detail_gigabytes_gpssd',
    'QuotaDetailGigabytesGPSSD2': 'quota_detail_gigabytes_gpssd2',
    'QuotaDetailGigabytesSAS': 'quota_detail_gigabytes_sas',
    'QuotaDetailGigabytesSATA': 'quota_detail_gigabytes_sata',
    'QuotaDetailGigabytesSSD': 'quota_detail_gigabytes_ssd',
    'QuotaDetailPerVolumeGigabytes': 'quota_detail_per_volume_gigabytes',
    'QuotaDetailSnapshots': 'quota_detail_snapshots',
    'QuotaDetailSnapshotsESSD': 'quota_detail_snapshots_essd',
    'QuotaDetailSnapshotsESSD2': 'quota_detail_snapshots_essd2',
    'QuotaDetailSnapshotsGPSSD': 'quota_detail_snapshots_gpssd',
    'QuotaDetailSnapshotsGPSSD2': 'quota_detail_snapshots_gpssd2',
    'QuotaDetailSnapshotsSAS': 'quota_detail_snapshots_sas',
    'QuotaDetailSnapshotsSATA': 'quota_detail_snapshots_sata',
    'QuotaDetailSnapshotsSSD': 'quota_detail_snapshots_ssd',
    'QuotaDetailVolumes': 'quota_detail_volumes',
    'QuotaDetailVolumesESSD': 'quota_detail_volumes_essd',
    'QuotaDetailVolumesESSD2': 'quota_detail_volumes_essd2',
    'QuotaDetailVolumesGPSSD': 'quota_detail_volumes_gpssd',
    'QuotaDetailVolumesGPSSD2': 'quota_detail_volumes_gpssd2',
    'QuotaDetailVolumesSAS': 'quota_detail_volumes_sas',
    'QuotaDetailVolumesSATA': 'quota_detail_volumes_sata',
    'QuotaDetailVolumesSSD': 'quota_detail_volumes_ssd',
    'QuotaList': 'quota_list',
    'ReserveVolumeRequestBody': 'reserve_volume_request_body',
    'ResizeDiskOption': 'resize_disk_option',
    'ResizeVolumeRequestBody': 'resize_volume_request_body',
    'ResizeVolumeResponse': 'resize_volume_response',
    'ResizeVolumeV2CloudvolumesRequestBody': 'resize_volume_v2_cloudvolumes_request_body',
    'ResizeVolumeV2CloudvolumesResponse': 'resize_volume_v2_cloudvolumes_response',
    'ResizeVolumeV2VolumesRequestBody': 'resize_volume_v2_volumes_request_body',
    'ResizeVolumeV3RequestBody': 'resize_volume_v3_request_body',
    'Resource': 'resource',
    'RetypeVolume': 'retype_volume',
    'RetypeVolumeRequestBody': 'retype_volume_request_body',
    'RetypeVolumeResponse': 'retype_volume_response',
    'RollbackBody': 'rollback_body',
    'RollbackDiskSnapshotOption': 'rollback_disk_snapshot_option',
    'RollbackInfo': 'rollback_info',
    'RollbackSnapshotOption': 'rollback_snapshot_option',
    'RollbackSnapshotOptionV3': 'rollback_snapshot_option_v3',
    'RollbackSnapshotRequestBody': 'rollback_snapshot_request_body',
    'RollbackSnapshotResponse': 'rollback_snapshot_response',
    'RollbackSnapshotToVolumeV2RequestBody': 'rollback_snapshot_to_volume_v2_request_body',
    'RollbackSnapshotToVolumeV2Response': 'rollback_snapshot_to_volume_v2_response',
    'RollbackSnapshotToVolumeV3RequestBody': 'rollback_snapshot_to_volume_v3_request_body',
    'RollbackSnapshotToVolumeV3Response': 'rollback_snapshot_to_volume_v3_response',
    'SetVolumeBootableFlagV2RequestBody': 'set_volume_bootable_flag_v2_request_body',
    'SetVolumeBootableFlagV3RequestBody': 'set_volume_bootable_flag_v3_request_body',
    'SetVolumeReadonlyFlagV2RequestBody': 'set_volume_readonly_flag_v2_request_body',
    'SetVolumeReadonlyFlagV3RequestBody': 'set_volume_readonly_flag_v3_request_body',
    'ShowApiVersionResponse': 'show_api_version_response',
    'ShowJobStatusResponse': 'show_job_status_response',
    'ShowSnapshotMetadataItemV2Response': 'show_snapshot_metadata_item_v2_response',
    'ShowSnapshotMetadataItemV3Response': 'show_snapshot_metadata_item_v3_response',
    'ShowSnapshotMetadataV2Response': 'show_snapshot_metadata_v2_response',
    'ShowSnapshotMetadataV3Response': 'show_snapshot_metadata_v3_response',
    'ShowSnapshotResponse': 'show_snapshot_response',
    'ShowSnapshotV2Response': 'show_snapshot_v2_response',
    'ShowSnapshotV3Response': 'show_snapshot_v3_response',
    'ShowSnapshotV5Response': 'show_snapshot_v5_response',
    'ShowVolumeMetadataItemV2Response': 'show_volume_metadata_item_v2_response',
    'ShowVolumeMetadataItemV3Response': 'show_volume_metadata_item_v3_response',
    'ShowVolumeMetadataV2Response': 'show_volume_metadata_v2_response',
    'ShowVolumeMetadataV3Response': 'show_volume_metadata_v3_response',
    'ShowVolumeResponse': 'show_volume_response',
    'ShowVolumeTagsResponse': 'show_volume_tags_response',
    'ShowVolumeTransferV2Response': 'show_volume_transfer_v2_response',
    'ShowVolumeTransferV3Response': 'show_volume_transfer_v3_response',
    'ShowVolumeTypeV2Response': 'show_volume_type_v2_response',
    'ShowVolumeTypeV3Response': 'show_volume_type_v3_response',
    'ShowVolumeV1Response': 'show_volume_v1_response',
    'ShowVolumeV2OsVendorVolumesResponse': 'show_volume_v2_os_vendor_volumes_response',
    'ShowVolumeV2VolumesResponse': 'show_volume_v2_volumes_response',
    'ShowVolumeV3OsVendorVolumesResponse': 'show_volume_v3_os_vendor_volumes_response',
    'ShowVolumeV3Response': 'show_volume_v3_response',
    'SnapshotChains': 'snapshot_chains',
    'SnapshotDetail': 'snapshot_detail',
    'SnapshotDetailV5': 'snapshot_detail_v5',
    'SnapshotDetails': 'snapshot_details',
    'SnapshotList': 'snapshot_list',
    'SnapshotSummary': 'snapshot_summary',
    'SubJob': 'sub_job',
    'SubJobEntities': 'sub_job_entities',
    'Tag': 'tag',
    'TagForShowVolumeTags': 'tag_for_show_volume_tags',
    'TagsForListVolumes': 'tags_for_list_volumes',
    'Throughput': 'throughput',
    'ThroughputV1': 'throughput_v1',
    'UnreserveVolumeRequestBody': 'unreserve_volume_request_body',
    'UnsubscribePostpaidVolumeRequestBody': 'unsubscribe_postpaid_volume_request_body',
    'UnsubscribeVolume': 'unsubscribe_volume',
    'UnsubscribeVolumeResponseBody': 'unsubscribe_volume_response_body',
    'UpdateSnapshotMetadataItemV2RequestBody': 'update_snapshot_metadata_item_v2_request_body',
    'UpdateSnapshotMetadataItemV2Response': 'update_snapshot_metadata_item_v2_response',
    'UpdateSnapshotMetadataItemV3RequestBody': 'update_snapshot_metadata_item_v3_request_body',
    'UpdateSnapshotMetadataItemV3Response': 'update_snapshot_metadata_item_v3_response',
    'UpdateSnapshotMetadataV2RequestBody': 'update_snapshot_metadata_v2_request_body',
    'UpdateSnapshotMetadataV2Response': 'update_snapshot_metadata_v2_response',
    'UpdateSnapshotMetadataV3RequestBody': 'update_snapshot_metadata_v3_request_body',
    'UpdateSnapshotMetadataV3Response': 'update_snapshot_metadata_v3_response',
    'UpdateSnapshotOption': 'update_snapshot_option',
    'UpdateSnapshotRequestBody': 'update_snapshot_request_body',
    'UpdateSnapshotResponse': 'update_snapshot_response',
    'UpdateSnapshotV2RequestBody': 'update_snapshot_v2_request_body',
    'UpdateSnapshotV2Response': 'update_snapshot_v2_response',
    'UpdateSnapshotV3RequestBody': 'update_snapshot_v3_request_body',
    'UpdateSnapshotV3Response': 'update_snapshot_v3_response',
    'UpdateSnapshotV5RequestBody': 'update_snapshot_v5_request_body',
    'UpdateSnapshotV5Response': 'update_snapshot_v5_response',
    'UpdateVolumeMetadataItemV2RequestBody': 'update_volume_metadata_item_v2_request_body',
    'UpdateVolumeMetadataItemV2Response': 'update_volume_metadata_item_v2_response',
    'UpdateVolumeMetadataItemV3RequestBody': 'update_volume_metadata_item_v3_request_body',
    'UpdateVolumeMetadataItemV3Response': 'update_volume_metadata_item_v3_response',
    'UpdateVolumeMetadataV2RequestBody': 'update_volume_metadata_v2_request_body',
    'UpdateVolumeMetadataV2Response': 'update_volume_metadata_v2_response',
    'UpdateVolumeMetadataV3RequestBody': 'update_volume_metadata_v3_request_body',
    'UpdateVolumeMetadataV3Response': 'update_volume_metadata_v3_response',
    'UpdateVolumeOption': 'update_volume_option',
    'UpdateVolumeRequestBody': 'update_volume_request_body',
    'UpdateVolumeResponse': 'update_volume_response',
    'UpdateVolumeV2RequestBody': 'update_volume_v2_request_body',
    'UpdateVolumeV2Response': 'update_volume_v2_response',
    'UpdateVolumeV3RequestBody': 'update_volume_v3_request_body',
    'UpdateVolumeV3Response': 'update_volume_v3_response',
    'Versions': 'versions',
    'VersionsForLegacyCinderListApiVersions': 'versions_for_legacy_cinder_list_api_versions',
    'VolumeAttachment': 'volume_attachment',
    'VolumeBody': 'volume_body',
    'VolumeDetail': 'volume_detail',
    'VolumeDetailForListVolumeDetailsV3': 'volume_detail_for_list_volume_details_v3',
    'VolumeDetailForShowVolume': 'volume_detail_for_show_volume',
    'VolumeDetailForTag': 'volume_detail_for_tag',
    'VolumeDetailV3': 'volume_detail_v3',
    'VolumeMetadata': 'volume_metadata',
    'VolumeMetadataForCreateVolumeV2Volumes': 'volume_metadata_for_create_volume_v2_volumes',
    'VolumeMetadataForListVolumesByTags': 'volume_metadata_for_list_volumes_by_tags',
    'VolumeMetadataV1': 'volume_metadata_v1',
    'VolumeMetadataV3': 'volume_metadata_v3',
    'VolumeTransfer': 'volume_transfer',
    'VolumeTransferSummary': 'volume_transfer_summary',
    'VolumeType': 'volume_type',
    'VolumeTypeExtraSpecs': 'volume_type_extra_specs',
    'VolumeTypeExtraSpecsV3': 'volume_type_extra_specs_v3',
    'VolumeTypeV3': 'volume_type_v3',
    'VolumesForBatchResizeVolume': 'volumes_for_batch_resize_volume',
    'ZoneState': 'zone_state',
    'UpdateSnapshotV5ResponseSnapshot': 'update_snapshot_v5_response_snapshot',
    'UpdateVolumeV3ResponseVolume': 'update_volume_v3_response_volume',
    'BatchCreateVolumeTagsRequestBodyAction': 'batch_create_volume_tags_request_body_action',
    'BatchDeleteVolumeTagsRequestBodyAction': 'batch_delete_volume_tags_request_body_action',
    'ChargingMode': 'charging_mode',
    'IsAutoPay': 'is_auto_pay',
    'IsAutoRenew': 'is_auto_renew',
    'PeriodType': 'period_type',
    'CinderCreateVolumeOptionVolumeType': 'cinder_create_volume_option_volume_type',
    'ContainerFormat': 'container_format',
    'DiskFormat': 'disk_format',
    'OsType': 'os_type',
    'CinderVolumeDetailStatus': 'cinder_volume_detail_status',
    'CreateVolumeOptionV3VolumeType': 'create_volume_option_v3_volume_type',
    'OsVendorExtendedLockScene': 'os_vendor_extended_lock_scene',
    'ServiceType': 'service_type',
    'HwPassthrough': 'hw_passthrough',
    'Key': 'key',
    'NewType': 'new_type',
    'JobType': 'job_type',
    'SnapshotDetailStatus': 'snapshot_detail_status',
    'Category': 'category',
    'SnapshotType': 'snapshot_type',
    'Result': 'result',
    'VersionsStatus': 'versions_status',
    'Bootable': 'bootable',
    'VolumeDetailForTagVolumeType': 'volume_detail_for_tag_volume_type',
    'SystemEncrypted': 'system_encrypted',
    'ApiVersion': 'api_version',
    'SortDir': 'sort_dir',
}

__all__: list[str] = [
    'AcceptVolumeTransferV2RequestBody',
    'AcceptVolumeTransferV2Response',
    'AcceptVolumeTransferV3RequestBody',
    'AcceptVolumeTransferV3Response',
    'ApiVersion',
    'Attachment',
    'AttachmentV3',
    'AttachVolumeRequestBody',
    'AzInfo',
    'BatchCreateVolumeTagsRequestBody',
    'BatchCreateVolumeTagsRequestBodyAction',
    'BatchDeleteVolumeTagsRequestBody',
    'BatchDeleteVolumeTagsRequestBodyAction',
    'BatchResizeVolumesRequestBody',
    'BatchResizeVolumesResponse',
    'Bootable',
    'BssParamForCreateVolume',
    'BssParamForResizeVolume',
    'BssParamForRetypeVolume',
    'Category',
    'ChargingMode',
    'CinderAcceptVolumeTransferOption',
    'CinderAttachVolumeOption',
    'CinderCreateSnapshotOption',
    'CinderCreateVolumeOption',
    'CinderCreateVolumeOptionV3',
    'CinderCreateVolumeOptionVolumeType',
    'CinderCreateVolumeSchedulerHints',
    'CinderDetachVolumeOption',
    'CinderExportToImageOption',
    'CinderListQuotasResponse',
    'CinderResizeVolumeOption',
    'CinderUpdateSnapshotOption',
    'CinderUpdateSnapshotOptionV5',
    'CinderUpdateVolumeBootableOption',
    'CinderUpdateVolumeOption',
    'CinderUpdateVolumeReadOnlyOption',
    'CinderVolumeDetail',
    'CinderVolumeDetailStatus',
    'CinderVolumeDetailV3',
    'ContainerFormat',
    'CreateDiskOption',
    'CreateSnapshotMetadataV2RequestBody',
    'CreateSnapshotMetadataV2Response',
    'CreateSnapshotMetadataV3RequestBody',
    'CreateSnapshotMetadataV3Response',
    'CreateSnapshotOption',
    'CreateSnapshotRequestBody',
    'CreateSnapshotResponse',
    'CreateSnapshotV2RequestBody',
    'CreateSnapshotV2Response',
    'CreateSnapshotV3RequestBody',
    'CreateSnapshotV3Response',
    'CreateSnapshotV5RequestBody',
    'CreateSnapshotV5Response',
    'CreateStandardSnapshot',
    'CreateVolumeDetail',
    'CreateVolumeMetadataV2RequestBody',
    'CreateVolumeMetadataV2Response',
    'CreateVolumeMetadataV3RequestBody',
    'CreateVolumeMetadataV3Response',
    'CreateVolumeOption',
    'CreateVolumeOptionV3',
    'CreateVolumeOptionV3VolumeType',
    'CreateVolumeRequestBody',
    'CreateVolumeResponse',
    'CreateVolumeSchedulerHints',
    'CreateVolumeTransferDetail',
    'CreateVolumeTransferOption',
    'CreateVolumeTransferV2RequestBody',
    'CreateVolumeTransferV2Response',
    'CreateVolumeTransferV3RequestBody',
    'CreateVolumeTransferV3Response',
    'CreateVolumeV2CloudvolumesRequestBody',
    'CreateVolumeV2CloudvolumesResponse',
    'CreateVolumeV2VolumesRequestBody',
    'CreateVolumeV2VolumesResponse',
    'CreateVolumeV3CloudvolumesRequestBody',
    'CreateVolumeV3CloudvolumesResponse',
    'CreateVolumeV3RequestBody',
    'CreateVolumeV3Response',
    'DeleteSnapshotV5Response',
    'DeleteTagsOption',
    'DeleteVolumeResponse',
    'DetachVolumeRequestBody',
    'DiskAttachment',
    'DiskDetail',
    'DiskDetailForShowVolumeV2OsVendorVolumes',
    'DiskFormat',
    'DiskMetadata',
    'DiskRollbackOption',
    'DiskSummary',
    'ErrorInfo',
    'ErrorResponse',
    'ExportVolumeToImageV2RequestBody',
    'ExportVolumeToImageV2Response',
    'ExportVolumeToImageV3RequestBody',
    'ExportVolumeToImageV3Response',
    'Extension',
    'HwPassthrough',
    'Image',
    'Iops',
    'IopsV1',
    'IsAutoPay',
    'IsAutoRenew',
    'JobEntities',
    'JobType',
    'Key',
    'LegacyCinderListApiVersionsResponse300',
    'LegacyCinderShowApiVersionResponse',
    'Link',
    'Links',
    'LinkV3',
    'ListApiVersionsResponse300',
    'ListAvailabilityZonesResponse',
    'ListExtensionsV2Response',
    'ListExtensionsV3Response',
    'ListSnapshotDetailsV2Response',
    'ListSnapshotDetailsV3Response',
    'ListSnapshotDetailsV5Response',
    'ListSnapshotsResponse',
    'ListSnapshotsV2Response',
    'ListSnapshotsV3Response',
    'ListVolumeDetailsV2OsVendorVolumesResponse',
    'ListVolumeDetailsV2VolumesResponse',
    'ListVolumeDetailsV3OsVendorVolumesResponse',
    'ListVolumeDetailsV3Response',
    'ListVolumesByTagsRequestBody',
    'ListVolumesByTagsResponse',
    'ListVolumesResponse',
    'ListVolumesV2CloudvolumesResponse',
    'ListVolumesV2VolumesResponse',
    'ListVolumesV3Response',
    'ListVolumeTagsResponse',
    'ListVolumeTransferDetailsV2Response',
    'ListVolumeTransferDetailsV3Response',
    'ListVolumeTransfersV2Response',
    'ListVolumeTransfersV3Response',
    'ListVolumeTypesV2Response',
    'ListVolumeTypesV3Response',
    'Match',
    'MediaTypes',
    'Metadata',
    'ModifyVolumeQoSOption',
    'ModifyVolumeQosRequestBody',
    'ModifyVolumeQosResponse',
    'NewType',
    'OsExtend',
    'OsType',
    'OsVendorExtendedLockScene',
    'PeriodType',
    'PrepaidParamForBatchResizeVolume',
    'QuotaDetailBackupGigabytes',
    'QuotaDetailBackups',
    'QuotaDetailGigabytes',
    'QuotaDetailGigabytesESSD',
    'QuotaDetailGigabytesESSD2',
    'QuotaDetailGigabytesGPSSD',
    'QuotaDetailGigabytesGPSSD2',
    'QuotaDetailGigabytesSAS',
    'QuotaDetailGigabytesSATA',
    'QuotaDetailGigabytesSSD',
    'QuotaDetailPerVolumeGigabytes',
    'QuotaDetailSnapshots',
    'QuotaDetailSnapshotsESSD',
    'QuotaDetailSnapshotsESSD2',
    'QuotaDetailSnapshotsGPSSD',
    'QuotaDetailSnapshotsGPSSD2',
    'QuotaDetailSnapshotsSAS',
    'QuotaDetailSnapshotsSATA',
    'QuotaDetailSnapshotsSSD',
    'QuotaDetailVolumes',
    'QuotaDetailVolumesESSD',
    'QuotaDetailVolumesESSD2',
    'QuotaDetailVolumesGPSSD',
    'QuotaDetailVolumesGPSSD2',
    'QuotaDetailVolumesSAS',
    'QuotaDetailVolumesSATA',
    'QuotaDetailVolumesSSD',
    'QuotaList',
    'ReserveVolumeRequestBody',
    'ResizeDiskOption',
    'ResizeVolumeRequestBody',
    'ResizeVolumeResponse',
    'ResizeVolumeV2CloudvolumesRequestBody',
    'ResizeVolumeV2CloudvolumesResponse',
    'ResizeVolumeV2VolumesRequestBody',
    'ResizeVolumeV3RequestBody',
    'Resource',
    'Result',
    'RetypeVolume',
    'RetypeVolumeRequestBody',
    'RetypeVolumeResponse',
    'RollbackBody',
    'RollbackDiskSnapshotOption',
    'RollbackInfo',
    'RollbackSnapshotOption',
    'RollbackSnapshotOptionV3',
    'RollbackSnapshotRequestBody',
    'RollbackSnapshotResponse',
    'RollbackSnapshotToVolumeV2RequestBody',
    'RollbackSnapshotToVolumeV2Response',
    'RollbackSnapshotToVolumeV3RequestBody',
    'RollbackSnapshotToVolumeV3Response',
    'ServiceType',
    'SetVolumeBootableFlagV2RequestBody',
    'SetVolumeBootableFlagV3RequestBody',
    'SetVolumeReadonlyFlagV2RequestBody',
    'SetVolumeReadonlyFlagV3RequestBody',
    'ShowApiVersionResponse',
    'ShowJobStatusResponse',
    'ShowSnapshotMetadataItemV2Response',
    'ShowSnapshotMetadataItemV3Response',
    'ShowSnapshotMetadataV2Response',
    'ShowSnapshotMetadataV3Response',
    'ShowSnapshotResponse',
    'ShowSnapshotV2Response',
    'ShowSnapshotV3Response',
    'ShowSnapshotV5Response',
    'ShowVolumeMetadataItemV2Response',
    'ShowVolumeMetadataItemV3Response',
    'ShowVolumeMetadataV2Response',
    'ShowVolumeMetadataV3Response',
    'ShowVolumeResponse',
    'ShowVolumeTagsResponse',
    'ShowVolumeTransferV2Response',
    'ShowVolumeTransferV3Response',
    'ShowVolumeTypeV2Response',
    'ShowVolumeTypeV3Response',
    'ShowVolumeV1Response',
    'ShowVolumeV2OsVendorVolumesResponse',
    'ShowVolumeV2VolumesResponse',
    'ShowVolumeV3OsVendorVolumesResponse',
    'ShowVolumeV3Response',
    'SnapshotChains',
    'SnapshotDetail',
    'SnapshotDetails',
    'SnapshotDetailStatus',
    'SnapshotDetailV5',
    'SnapshotList',
    'SnapshotSummary',
    'SnapshotType',
    'SortDir',
    'SubJob',
    'SubJobEntities',
    'SystemEncrypted',
    'Tag',
    'TagForShowVolumeTags',
    'TagsForListVolumes',
    'Throughput',
    'ThroughputV1',
    'UnreserveVolumeRequestBody',
    'UnsubscribePostpaidVolumeRequestBody',
    'UnsubscribeVolume',
    'UnsubscribeVolumeResponseBody',
    'UpdateSnapshotMetadataItemV2RequestBody',
    'UpdateSnapshotMetadataItemV2Response',
    'UpdateSnapshotMetadataItemV3RequestBody',
    'UpdateSnapshotMetadataItemV3Response',
    'UpdateSnapshotMetadataV2RequestBody',
    'UpdateSnapshotMetadataV2Response',
    'UpdateSnapshotMetadataV3RequestBody',
    'UpdateSnapshotMetadataV3Response',
    'UpdateSnapshotOption',
    'UpdateSnapshotRequestBody',
    'UpdateSnapshotResponse',
    'UpdateSnapshotV2RequestBody',
    'UpdateSnapshotV2Response',
    'UpdateSnapshotV3RequestBody',
    'UpdateSnapshotV3Response',
    'UpdateSnapshotV5RequestBody',
    'UpdateSnapshotV5Response',
    'UpdateSnapshotV5ResponseSnapshot',
    'UpdateVolumeMetadataItemV2RequestBody',
    'UpdateVolumeMetadataItemV2Response',
    'UpdateVolumeMetadataItemV3RequestBody',
    'UpdateVolumeMetadataItemV3Response',
    'UpdateVolumeMetadataV2RequestBody',
    'UpdateVolumeMetadataV2Response',
    'UpdateVolumeMetadataV3RequestBody',
    'UpdateVolumeMetadataV3Response',
    'UpdateVolumeOption',
    'UpdateVolumeRequestBody',
    'UpdateVolumeResponse',
    'UpdateVolumeV2RequestBody',
    'UpdateVolumeV2Response',
    'UpdateVolumeV3RequestBody',
    'UpdateVolumeV3Response',
    'UpdateVolumeV3ResponseVolume',
    'Versions',
    'VersionsForLegacyCinderListApiVersions',
    'VersionsStatus',
    'VolumeAttachment',
    'VolumeBody',
    'VolumeDetail',
    'VolumeDetailForListVolumeDetailsV3',
    'VolumeDetailForShowVolume',
    'VolumeDetailForTag',
    'VolumeDetailForTagVolumeType',
    'VolumeDetailV3',
    'VolumeMetadata',
    'VolumeMetadataForCreateVolumeV2Volumes',
    'VolumeMetadataForListVolumesByTags',
    'VolumeMetadataV1',
    'VolumeMetadataV3',
    'VolumesForBatchResizeVolume',
    'VolumeTransfer',
    'VolumeTransferSummary',
    'VolumeType',
    'VolumeTypeExtraSpecs',
    'VolumeTypeExtraSpecsV3',
    'VolumeTypeV3',
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
