"""LinksForListAllApiVersions: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .rel import Rel

__all__ = ['LinksForListAllApiVersions']


@dataclass(kw_only=True)
class LinksForListAllApiVersions:
    """The LinksForListAllApiVersions object.

    Attributes:
        href: Specifies the links of the corresponding resources.
        rel: • self: A self link contains a versioned link to the resource. Use these links when the link is followed immediately.
            • bookmark: A bookmark link provides a permanent link to a resource that is appropriate for long term storage.
            • alternate: An alternate link can contain an alternate representation of the resource.
            For example, an OpenStack Compute image might have an alternate representation in the OpenStack Image service.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.1.1 links
    """

    href: str | Unset = UNSET
    rel: Rel | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('href', self.href),
            ('rel', self.rel),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinksForListAllApiVersions:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            href=_d.pop('href', UNSET),
            rel=_S.opt(_d.pop('rel', UNSET), lambda x: _S.enum_of(Rel, x)),
            additional_properties=_d,
        )
