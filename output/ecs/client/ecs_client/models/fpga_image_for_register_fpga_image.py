"""FpgaImageForRegisterFpgaImage: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .fpga_image_for_register_fpga_image_status import FpgaImageForRegisterFpgaImageStatus

__all__ = ['FpgaImageForRegisterFpgaImage']


@dataclass(kw_only=True)
class FpgaImageForRegisterFpgaImage:
    """The FpgaImageForRegisterFpgaImage object.

    Attributes:
        id: ID of an FPGA image
        status: Specifies the FPGA image status. Options:
            • saving: indicates that the FPGA image file is being uploaded to the backend storage.
            • deleting: indicates that the FPGA image is being deleted.
            • error: indicates that creating the FPGA image failed.
            • active: indicates that the FPGA image is available for use.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 fpga_image
    """

    id: str | Unset = UNSET
    status: FpgaImageForRegisterFpgaImageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('status', self.status),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FpgaImageForRegisterFpgaImage:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(FpgaImageForRegisterFpgaImageStatus, x)),
            additional_properties=_d,
        )
