"""LinksV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['LinksV21']


@dataclass(kw_only=True)
class LinksV21:
    """The LinksV21 object.

    Attributes:
        rel, required: Specifies the shortcut link marker name.
        href, required: Specifies the shortcut link.
        type, required: Specifies the shortcut link type. This parameter has not been used. Its default value is null.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.4.2 links
    """

    rel: str
    href: str
    type: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('rel', self.rel),
            ('href', self.href),
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinksV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            rel=_S.take(_d, 'rel', 'LinksV21'),
            href=_S.take(_d, 'href', 'LinksV21'),
            type=_S.take(_d, 'type', 'LinksV21'),
            additional_properties=_d,
        )
