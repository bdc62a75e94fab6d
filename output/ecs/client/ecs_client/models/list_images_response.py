"""ListImagesResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .images_links import ImagesLinks

__all__ = ['ListImagesResponse']


@dataclass(kw_only=True)
class ListImagesResponse:
    """The ListImagesResponse object.

    Attributes:
        images, required: Specifies the image information.
        images_links: Specifies the information about the next page when you query images in pages.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.3.1 Querying Images (Discarded)
    """

    images: list[dict[str, Any]]
    images_links: list[ImagesLinks] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('images', self.images),
            ('images_links', self.images_links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListImagesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .images_links import ImagesLinks

        _d = dict(data)
        return cls(
            images=_S.take(_d, 'images', 'ListImagesResponse'),
            images_links=_S.opt(_d.pop('images_links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(ImagesLinks.from_dict, x))),
            additional_properties=_d,
        )
