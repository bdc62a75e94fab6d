"""CreateImageServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .create_image import CreateImage

__all__ = ['CreateImageServerRequestBody']


@dataclass(kw_only=True)
class CreateImageServerRequestBody:
    """The CreateImageServerRequestBody object.

    Attributes:
        create_image (JSON 'createImage'), required: Specifies the image created using ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.7 Creating an Image Using an ECS
    """

    create_image: CreateImage
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('createImage', self.create_image),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateImageServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_image import CreateImage

        _d = dict(data)
        return cls(
            create_image=_S.opt(_S.take(_d, 'createImage', 'CreateImageServerRequestBody'), lambda x: _S.model(CreateImage.from_dict, x)),
            additional_properties=_d,
        )
