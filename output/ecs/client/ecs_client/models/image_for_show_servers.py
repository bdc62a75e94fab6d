"""ImageForShowServers: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .links_for_create_server_v21 import LinksForCreateServerV21

__all__ = ['ImageForShowServers']


@dataclass(kw_only=True)
class ImageForShowServers:
    """The ImageForShowServers object.

    Attributes:
        id: Specifies the image ID.
        links: Specifies shortcut links for ECS images. For details, see Table 6.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.6 image
    """

    id: str | Unset = UNSET
    links: list[LinksForCreateServerV21] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageForShowServers:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links_for_create_server_v21 import LinksForCreateServerV21

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinksForCreateServerV21.from_dict, x))),
            additional_properties=_d,
        )
