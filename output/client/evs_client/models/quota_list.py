"""QuotaList: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
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

__all__ = ['QuotaList']


@dataclass(kw_only=True)
class QuotaList:
    """The QuotaList object.

    Attributes:
        backup_gigabytes, required: 备份容量，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        backups, required: 备份个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes, required: 总容量，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        id, required: 项目ID。
        snapshots, required: 快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes, required: 云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_sata (JSON 'gigabytes_SATA'), required: SATA云硬盘类型预留的容量大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_sata (JSON 'snapshots_SATA'), required: SATA云硬盘类型预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_sata (JSON 'volumes_SATA'), required: SATA云硬盘类型预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_sas (JSON 'gigabytes_SAS'), required: SAS类型云硬盘预留的size大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_sas (JSON 'snapshots_SAS'), required: SAS类型云硬盘预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_sas (JSON 'volumes_SAS'), required: SAS类型云硬盘预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_ssd (JSON 'gigabytes_SSD'), required: SSD类型云硬盘预留的size大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_ssd (JSON 'snapshots_SSD'), required: SSD类型云硬盘预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_ssd (JSON 'volumes_SSD'), required: SSD类型云硬盘预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_essd (JSON 'gigabytes_ESSD'): ESSD类型云硬盘预留的size大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_essd (JSON 'snapshots_ESSD'): ESSD类型云硬盘预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_essd (JSON 'volumes_ESSD'): ESSD类型云硬盘预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_gpssd (JSON 'gigabytes_GPSSD'): GPSSD类型云硬盘预留的size大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_gpssd (JSON 'snapshots_GPSSD'): GPSSD类型云硬盘预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_gpssd (JSON 'volumes_GPSSD'): GPSSD类型云硬盘预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_gpssd2 (JSON 'gigabytes_GPSSD2'): GPSSD2类型云硬盘预留的size大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_gpssd2 (JSON 'snapshots_GPSSD2'): GPSSD2类型云硬盘预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_gpssd2 (JSON 'volumes_GPSSD2'): GPSSD2类型云硬盘预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        gigabytes_essd2 (JSON 'gigabytes_ESSD2'): ESSD2类型云硬盘预留的size大小，单位为GiB，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        snapshots_essd2 (JSON 'snapshots_ESSD2'): ESSD2类型云硬盘预留快照个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        volumes_essd2 (JSON 'volumes_ESSD2'): ESSD2类型云硬盘预留的云硬盘个数，键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。
        per_volume_gigabytes: 每个云硬盘的容量配额限制。键值对，包含：reserved（预留）、limit（最大）和in_use（已使用）。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.3.1 QuotaList (line 7331)
    """

    backup_gigabytes: QuotaDetailBackupGigabytes
    backups: QuotaDetailBackups
    gigabytes: QuotaDetailGigabytes
    id: str
    snapshots: QuotaDetailSnapshots
    volumes: QuotaDetailVolumes
    gigabytes_sata: QuotaDetailGigabytesSATA
    snapshots_sata: QuotaDetailSnapshotsSATA
    volumes_sata: QuotaDetailVolumesSATA
    gigabytes_sas: QuotaDetailGigabytesSAS
    snapshots_sas: QuotaDetailSnapshotsSAS
    volumes_sas: QuotaDetailVolumesSAS
    gigabytes_ssd: QuotaDetailGigabytesSSD
    snapshots_ssd: QuotaDetailSnapshotsSSD
    volumes_ssd: QuotaDetailVolumesSSD
    gigabytes_essd: QuotaDetailGigabytesESSD | Unset = UNSET
    snapshots_essd: QuotaDetailSnapshotsESSD | Unset = UNSET
    volumes_essd: QuotaDetailVolumesESSD | Unset = UNSET
    gigabytes_gpssd: QuotaDetailGigabytesGPSSD | Unset = UNSET
    snapshots_gpssd: QuotaDetailSnapshotsGPSSD | Unset = UNSET
    volumes_gpssd: QuotaDetailVolumesGPSSD | Unset = UNSET
    gigabytes_gpssd2: QuotaDetailGigabytesGPSSD2 | Unset = UNSET
    snapshots_gpssd2: QuotaDetailSnapshotsGPSSD2 | Unset = UNSET
    volumes_gpssd2: QuotaDetailVolumesGPSSD2 | Unset = UNSET
    gigabytes_essd2: QuotaDetailGigabytesESSD2 | Unset = UNSET
    snapshots_essd2: QuotaDetailSnapshotsESSD2 | Unset = UNSET
    volumes_essd2: QuotaDetailVolumesESSD2 | Unset = UNSET
    per_volume_gigabytes: QuotaDetailPerVolumeGigabytes | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('backup_gigabytes', self.backup_gigabytes),
            ('backups', self.backups),
            ('gigabytes', self.gigabytes),
            ('id', self.id),
            ('snapshots', self.snapshots),
            ('volumes', self.volumes),
            ('gigabytes_SATA', self.gigabytes_sata),
            ('snapshots_SATA', self.snapshots_sata),
            ('volumes_SATA', self.volumes_sata),
            ('gigabytes_SAS', self.gigabytes_sas),
            ('snapshots_SAS', self.snapshots_sas),
            ('volumes_SAS', self.volumes_sas),
            ('gigabytes_SSD', self.gigabytes_ssd),
            ('snapshots_SSD', self.snapshots_ssd),
            ('volumes_SSD', self.volumes_ssd),
            ('gigabytes_ESSD', self.gigabytes_essd),
            ('snapshots_ESSD', self.snapshots_essd),
            ('volumes_ESSD', self.volumes_essd),
            ('gigabytes_GPSSD', self.gigabytes_gpssd),
            ('snapshots_GPSSD', self.snapshots_gpssd),
            ('volumes_GPSSD', self.volumes_gpssd),
            ('gigabytes_GPSSD2', self.gigabytes_gpssd2),
            ('snapshots_GPSSD2', self.snapshots_gpssd2),
            ('volumes_GPSSD2', self.volumes_gpssd2),
            ('gigabytes_ESSD2', self.gigabytes_essd2),
            ('snapshots_ESSD2', self.snapshots_essd2),
            ('volumes_ESSD2', self.volumes_essd2),
            ('per_volume_gigabytes', self.per_volume_gigabytes),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuotaList:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
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

        _d = dict(data)
        return cls(
            backup_gigabytes=_S.opt(_S.take(_d, 'backup_gigabytes', 'QuotaList'), lambda x: _S.model(QuotaDetailBackupGigabytes.from_dict, x)),
            backups=_S.opt(_S.take(_d, 'backups', 'QuotaList'), lambda x: _S.model(QuotaDetailBackups.from_dict, x)),
            gigabytes=_S.opt(_S.take(_d, 'gigabytes', 'QuotaList'), lambda x: _S.model(QuotaDetailGigabytes.from_dict, x)),
            id=_S.take(_d, 'id', 'QuotaList'),
            snapshots=_S.opt(_S.take(_d, 'snapshots', 'QuotaList'), lambda x: _S.model(QuotaDetailSnapshots.from_dict, x)),
            volumes=_S.opt(_S.take(_d, 'volumes', 'QuotaList'), lambda x: _S.model(QuotaDetailVolumes.from_dict, x)),
            gigabytes_sata=_S.opt(_S.take(_d, 'gigabytes_SATA', 'QuotaList'), lambda x: _S.model(QuotaDetailGigabytesSATA.from_dict, x)),
            snapshots_sata=_S.opt(_S.take(_d, 'snapshots_SATA', 'QuotaList'), lambda x: _S.model(QuotaDetailSnapshotsSATA.from_dict, x)),
            volumes_sata=_S.opt(_S.take(_d, 'volumes_SATA', 'QuotaList'), lambda x: _S.model(QuotaDetailVolumesSATA.from_dict, x)),
            gigabytes_sas=_S.opt(_S.take(_d, 'gigabytes_SAS', 'QuotaList'), lambda x: _S.model(QuotaDetailGigabytesSAS.from_dict, x)),
            snapshots_sas=_S.opt(_S.take(_d, 'snapshots_SAS', 'QuotaList'), lambda x: _S.model(QuotaDetailSnapshotsSAS.from_dict, x)),
            volumes_sas=_S.opt(_S.take(_d, 'volumes_SAS', 'QuotaList'), lambda x: _S.model(QuotaDetailVolumesSAS.from_dict, x)),
            gigabytes_ssd=_S.opt(_S.take(_d, 'gigabytes_SSD', 'QuotaList'), lambda x: _S.model(QuotaDetailGigabytesSSD.from_dict, x)),
            snapshots_ssd=_S.opt(_S.take(_d, 'snapshots_SSD', 'QuotaList'), lambda x: _S.model(QuotaDetailSnapshotsSSD.from_dict, x)),
            volumes_ssd=_S.opt(_S.take(_d, 'volumes_SSD', 'QuotaList'), lambda x: _S.model(QuotaDetailVolumesSSD.from_dict, x)),
            gigabytes_essd=_S.opt(_d.pop('gigabytes_ESSD', UNSET), lambda x: _S.model(QuotaDetailGigabytesESSD.from_dict, x)),
            snapshots_essd=_S.opt(_d.pop('snapshots_ESSD', UNSET), lambda x: _S.model(QuotaDetailSnapshotsESSD.from_dict, x)),
            volumes_essd=_S.opt(_d.pop('volumes_ESSD', UNSET), lambda x: _S.model(QuotaDetailVolumesESSD.from_dict, x)),
            gigabytes_gpssd=_S.opt(_d.pop('gigabytes_GPSSD', UNSET), lambda x: _S.model(QuotaDetailGigabytesGPSSD.from_dict, x)),
            snapshots_gpssd=_S.opt(_d.pop('snapshots_GPSSD', UNSET), lambda x: _S.model(QuotaDetailSnapshotsGPSSD.from_dict, x)),
            volumes_gpssd=_S.opt(_d.pop('volumes_GPSSD', UNSET), lambda x: _S.model(QuotaDetailVolumesGPSSD.from_dict, x)),
            gigabytes_gpssd2=_S.opt(_d.pop('gigabytes_GPSSD2', UNSET), lambda x: _S.model(QuotaDetailGigabytesGPSSD2.from_dict, x)),
            snapshots_gpssd2=_S.opt(_d.pop('snapshots_GPSSD2', UNSET), lambda x: _S.model(QuotaDetailSnapshotsGPSSD2.from_dict, x)),
            volumes_gpssd2=_S.opt(_d.pop('volumes_GPSSD2', UNSET), lambda x: _S.model(QuotaDetailVolumesGPSSD2.from_dict, x)),
            gigabytes_essd2=_S.opt(_d.pop('gigabytes_ESSD2', UNSET), lambda x: _S.model(QuotaDetailGigabytesESSD2.from_dict, x)),
            snapshots_essd2=_S.opt(_d.pop('snapshots_ESSD2', UNSET), lambda x: _S.model(QuotaDetailSnapshotsESSD2.from_dict, x)),
            volumes_essd2=_S.opt(_d.pop('volumes_ESSD2', UNSET), lambda x: _S.model(QuotaDetailVolumesESSD2.from_dict, x)),
            per_volume_gigabytes=_S.opt(_d.pop('per_volume_gigabytes', UNSET), lambda x: _S.model(QuotaDetailPerVolumeGigabytes.from_dict, x)),
            additional_properties=_d,
        )
