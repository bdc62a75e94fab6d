"""Extendparamfielddescriptionforcreatingdisks: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Extendparamfielddescriptionforcreatingdisks']


@dataclass(kw_only=True)
class Extendparamfielddescriptionforcreatingdisks:
    """The Extendparamfielddescriptionforcreatingdisks object.

    Attributes:
        snapshot_id (JSON 'snapshotId'): Specifies the snapshot ID or ID of the original data disk contained in the full-ECS image.
            Application scenarios:
            This parameter is used if an ECS is created using a full-ECS image, and the image contains one or more data disks.
            If you use a full-ECS image to create an ECS, the system automatically restores the data type and data from the data disks in the image. The snapshotId parameter allows you to specify the disk type for the original data disk after restoration.
            • You are advised to set snapshotId for each original data disk. Otherwise, the original data disks without snapshotId specified will use the default settings.
            • If you are required to change a disk size, ensure that the changed disk size is greater than or equal to the size of the original data disk. Otherwise, restoring data of the original data disk will fail.
            Working rules:
            snapshotId uniquely identifies an original data disk contained in a full-ECS image. You can use snapshotId to obtain the information of the original data disk for data restoration.
            Obtaining snapshotId through the management console:
            Log in to the management console, choose Elastic Volume Service > Snapshot. Then, use the name of the original data disk to find the snapshot ID or the original disk ID.
            Obtaining snapshotId through the API:
            If you have obtained the full-ECS image ID, obtain the Cloud Backup and Recovery (CBR) or Cloud Server Backup Service (CSBS) backup ID associated with the full-ECS image ID by following the instructions provided in the API for querying image details.
            • If CBR backup is used, use the CBR backup ID to obtain the backup. The resource_id or snapshot_id contained in the children field in the response is the desired snapshotId. For details, see the API for \"Querying a Specified Backup\" in Cloud Backup and Recovery User Guide.
            • If CSBS backup is used, use the CSBS backup ID to obtain the backup. The source_volume_id or snapshot_id contained in the volume_backups field in the response is the desired snapshotId. For details, see the API for \"Querying a Single Backup\" in Cloud Server Backup Service User Guide.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 extendparamfielddescriptionforcreatingdisks
    """

    snapshot_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('snapshotId', self.snapshot_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extendparamfielddescriptionforcreatingdisks:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            snapshot_id=_d.pop('snapshotId', UNSET),
            additional_properties=_d,
        )
