"""FpgaImage: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['FpgaImage']


@dataclass(kw_only=True)
class FpgaImage:
    """The FpgaImage object.

    Attributes:
        location, required: Specifies the OBS bucket path in which the logic FPGA file is stored. The format of the path is \"Bucket name:File name\", for example, \"obs-fpga:fpga.bin\".
            Bucket naming rules comply with the following OBS requirements:
            • Consists of lowercase letters, digits, and special characters . and -.
            • Must start and end with a digit or letter.
            • Contains 3 to 63 characters.
            • Cannot be an IP address.
            • Cannot contain .., .-, or -..
            A file name must conform to the following rules:
            • Consists of uppercase and lowercase letters, digits, hyphens (-), underscores (_), slashes (/), and periods (.).
            • Must end with .bin or xclbin.
            • Contains 4 to 64 characters.
        name, required: Specifies the name of the FPGA image.
            Value range:
            • Contains only letters, digits, underscores, and hyphens.
            • Contains 1 to 64 characters.
        metadata, required: Specifies the FPGA image metadata, which must be a valid JavaScript Object Notation (JSON) object.
            The number of characters in metadata after JSON serialization cannot exceed 1024.
        description: Describes an FPGA image. The value consists of uppercase and lowercase letters, digits, hyphens (-), underscores (_), periods (.), commas, and spaces. The value consists of 0 to 255 characters.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 fpga_image
    """

    location: str
    name: str
    metadata: dict[str, Any]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('location', self.location),
            ('name', self.name),
            ('metadata', self.metadata),
            ('description', self.description),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FpgaImage:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            location=_S.take(_d, 'location', 'FpgaImage'),
            name=_S.take(_d, 'name', 'FpgaImage'),
            metadata=_S.take(_d, 'metadata', 'FpgaImage'),
            description=_d.pop('description', UNSET),
            additional_properties=_d,
        )
