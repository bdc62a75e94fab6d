"""LinksV2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .rel import Rel

__all__ = ['LinksV2']


@dataclass(kw_only=True)
class LinksV2:
    """The LinksV2 object.

    Attributes:
        href, required: Specifies the link of the corresponding resource.
        rel, required: The value can be:
            • self: A self link contains a version link to the resource. Use these links when the link is followed immediately.
            • bookmark: A bookmark link provides a permanent link to a resource, which is suitable for long term storage.
            • alternate: An alternate link can contain an alternate representation of the resource. For example, an OpenStack Compute image may have an alternate representation in the OpenStack image service.
        type: The type attribute provides a hint as to the type of representation to expect when following the link.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.3.2 links
    """

    href: str
    rel: Rel
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('href', self.href),
            ('rel', self.rel),
            ('type', self.type),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinksV2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            href=_S.take(_d, 'href', 'LinksV2'),
            rel=_S.opt(_S.take(_d, 'rel', 'LinksV2'), lambda x: _S.enum_of(Rel, x)),
            type=_d.pop('type', UNSET),
            additional_properties=_d,
        )
