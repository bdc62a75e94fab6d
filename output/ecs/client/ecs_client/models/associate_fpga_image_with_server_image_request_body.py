"""AssociateFpgaImageWithServerImageRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .image_v1 import ImageV1

__all__ = ['AssociateFpgaImageWithServerImageRequestBody']


@dataclass(kw_only=True)
class AssociateFpgaImageWithServerImageRequestBody:
    """The AssociateFpgaImageWithServerImageRequestBody object.

    Attributes:
        image, required: Specifies the ECS image.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.4 Associating an FPGA Image with an ECS Image
    """

    image: ImageV1
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('image', self.image),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssociateFpgaImageWithServerImageRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .image_v1 import ImageV1

        _d = dict(data)
        return cls(
            image=_S.opt(_S.take(_d, 'image', 'AssociateFpgaImageWithServerImageRequestBody'), lambda x: _S.model(ImageV1.from_dict, x)),
            additional_properties=_d,
        )
