"""ImagesLinks: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ImagesLinks']


@dataclass(kw_only=True)
class ImagesLinks:
    """The ImagesLinks object.

    Attributes:
        href, required: Specifies the URL of the next page when you query images in pages.
        rel, required: Specifies the query direction when you query images in pages.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.3.1 images_links
    """

    href: str
    rel: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('href', self.href),
            ('rel', self.rel),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImagesLinks:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            href=_S.take(_d, 'href', 'ImagesLinks'),
            rel=_S.take(_d, 'rel', 'ImagesLinks'),
            additional_properties=_d,
        )
