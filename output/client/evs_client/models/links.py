"""Links: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Links']


@dataclass(kw_only=True)
class Links:
    """The Links object.

    Attributes:
        rel, required: 域名的描述
        href, required: 域名
        type: 返回类型

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 5.1 links (line 699)
    """

    rel: str
    href: str
    type: str | Unset = UNSET
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
    def from_dict(cls, data: Mapping[str, Any]) -> Links:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            rel=_S.take(_d, 'rel', 'Links'),
            href=_S.take(_d, 'href', 'Links'),
            type=_d.pop('type', UNSET),
            additional_properties=_d,
        )
