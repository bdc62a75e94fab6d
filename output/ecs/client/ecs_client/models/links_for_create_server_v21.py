"""LinksForCreateServerV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['LinksForCreateServerV21']


@dataclass(kw_only=True)
class LinksForCreateServerV21:
    """The LinksForCreateServerV21 object.

    Attributes:
        rel: Specifies the shortcut link marker name.
        href: Provides the corresponding shortcut link.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 links
    """

    rel: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('rel', self.rel),
            ('href', self.href),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinksForCreateServerV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            rel=_d.pop('rel', UNSET),
            href=_d.pop('href', UNSET),
            additional_properties=_d,
        )
