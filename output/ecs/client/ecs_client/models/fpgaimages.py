"""Fpgaimages: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .fpgaimages_status import FpgaimagesStatus

__all__ = ['Fpgaimages']


@dataclass(kw_only=True)
class Fpgaimages:
    """The Fpgaimages object.

    Attributes:
        id: Specifies the FPGA image ID.
        name: Specifies the FPGA image name.
        description: Describes the FPGA image.
        status: Specifies the FPGA image status. Options:
            • initialing: indicates that the task of creating an FPGA image is being initialized.
            • scheduling: indicates that the task of creating an FPGA image is waiting for scheduling.
            • creating: indicates that the FPGA image is being created.
            • saving: indicates that the FPGA image file is being uploaded to the backend storage.
            • deleting: indicates that the FPGA image is being deleted.
            • error: indicates that creating the FPGA image failed.
            • active: indicates that the FPGA image is available for use.
        size: Specifies the size (MB) of the FPGA image file.
        created_at (JSON 'createdAt'): Specifies the time when the FPGA image was created.
            Coordinated Universal Time (UTC) time is used.
        protected: Specifies whether an FPGA image is protected.
            If an FPGA image is protected, it is associated with an image used to create ECSs and cannot be deleted.
        message: Specifies the FPGA image supplementation.
        metadata: Specifies the FPGA image metadata.
        log_directory: Specifies the directory, in the format of \"Bucket name:Directory\", in which the log file for constructing the FPGA image is stored in OBS, for example, \"obs-fpga:vu9p/log\".

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.3 fpgaimages
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: FpgaimagesStatus | Unset = UNSET
    size: int | Unset = UNSET
    created_at: str | Unset = UNSET
    protected: bool | Unset = UNSET
    message: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    log_directory: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('description', self.description),
            ('status', self.status),
            ('size', self.size),
            ('createdAt', self.created_at),
            ('protected', self.protected),
            ('message', self.message),
            ('metadata', self.metadata),
            ('log_directory', self.log_directory),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fpgaimages:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(FpgaimagesStatus, x)),
            size=_d.pop('size', UNSET),
            created_at=_d.pop('createdAt', UNSET),
            protected=_d.pop('protected', UNSET),
            message=_d.pop('message', UNSET),
            metadata=_d.pop('metadata', UNSET),
            log_directory=_d.pop('log_directory', UNSET),
            additional_properties=_d,
        )
