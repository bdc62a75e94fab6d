"""RegisterFpgaImageRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .fpga_image import FpgaImage

__all__ = ['RegisterFpgaImageRequestBody']


@dataclass(kw_only=True)
class RegisterFpgaImageRequestBody:
    """The RegisterFpgaImageRequestBody object.

    Attributes:
        fpga_image, required: Indicates details about an FPGA image.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 Registering an FPGA Image
    """

    fpga_image: FpgaImage
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('fpga_image', self.fpga_image),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisterFpgaImageRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .fpga_image import FpgaImage

        _d = dict(data)
        return cls(
            fpga_image=_S.opt(_S.take(_d, 'fpga_image', 'RegisterFpgaImageRequestBody'), lambda x: _S.model(FpgaImage.from_dict, x)),
            additional_properties=_d,
        )
