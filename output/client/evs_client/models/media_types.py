"""MediaTypes: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['MediaTypes']


@dataclass(kw_only=True)
class MediaTypes:
    """The MediaTypes object.

    Attributes:
        type, required: 返回类型
        base, required: 文本类型

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 5.1 media-types (line 693)
    """

    type: str
    base: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('type', self.type),
            ('base', self.base),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaTypes:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            type=_S.take(_d, 'type', 'MediaTypes'),
            base=_S.take(_d, 'base', 'MediaTypes'),
            additional_properties=_d,
        )
