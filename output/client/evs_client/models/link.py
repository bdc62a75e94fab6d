"""Link: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['Link']


@dataclass(kw_only=True)
class Link:
    """The Link object.

    Attributes:
        href, required: 对应的快捷链接。
        rel, required: 快捷链接标记名称。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.5.2 Link (line 19885)
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
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            href=_S.take(_d, 'href', 'Link'),
            rel=_S.take(_d, 'rel', 'Link'),
            additional_properties=_d,
        )
