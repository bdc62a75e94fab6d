"""Match: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .key import Key

__all__ = ['Match']


@dataclass(kw_only=True)
class Match:
    """The Match object.

    Attributes:
        key, required: 键。
            取值范围: resource_name: 资源名称。 service_type: 服务类型。
        value, required: 值。最大长度255个字符。 key为“resource_name”时， value为模糊匹配。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.5 Match (line 9008)
    """

    key: Key
    value: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('key', self.key),
            ('value', self.value),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Match:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.opt(_S.take(_d, 'key', 'Match'), lambda x: _S.enum_of(Key, x)),
            value=_S.take(_d, 'value', 'Match'),
            additional_properties=_d,
        )
