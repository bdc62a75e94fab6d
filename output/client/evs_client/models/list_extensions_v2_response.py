"""ListExtensionsV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .extension import Extension

__all__ = ['ListExtensionsV2Response']


@dataclass(kw_only=True)
class ListExtensionsV2Response:
    """The ListExtensionsV2Response object.

    Attributes:
        extensions, required: 扩展接口列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.18 查询扩展接口（废弃） (line 14161)
    """

    extensions: list[Extension]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('extensions', self.extensions),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListExtensionsV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .extension import Extension

        _d = dict(data)
        return cls(
            extensions=_S.opt(_S.take(_d, 'extensions', 'ListExtensionsV2Response'), lambda x: _S.list_of(x, lambda x: _S.model(Extension.from_dict, x))),
            additional_properties=_d,
        )
