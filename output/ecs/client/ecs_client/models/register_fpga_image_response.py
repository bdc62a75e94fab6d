"""RegisterFpgaImageResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .fpga_image_for_register_fpga_image import FpgaImageForRegisterFpgaImage

__all__ = ['RegisterFpgaImageResponse']


@dataclass(kw_only=True)
class RegisterFpgaImageResponse:
    """The RegisterFpgaImageResponse object.

    Attributes:
        fpga_image: Indicates details about an FPGA image.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 Registering an FPGA Image
    """

    fpga_image: FpgaImageForRegisterFpgaImage | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('fpga_image', self.fpga_image),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisterFpgaImageResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .fpga_image_for_register_fpga_image import FpgaImageForRegisterFpgaImage

        _d = dict(data)
        return cls(
            fpga_image=_S.opt(_d.pop('fpga_image', UNSET), lambda x: _S.model(FpgaImageForRegisterFpgaImage.from_dict, x)),
            additional_properties=_d,
        )
