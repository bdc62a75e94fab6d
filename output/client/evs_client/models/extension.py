"""Extension: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .link import Link

__all__ = ['Extension']


@dataclass(kw_only=True)
class Extension:
    """The Extension object.

    Attributes:
        alias, required: 扩展的别名。
        description, required: 描述。
        links, required: 云硬盘传递的链接。
        name, required: 云硬盘传递的名称。
        updated, required: 最后的更新时间。 时间格式: UTC YYYY-MM-DDTHH:MM:SS.+XX.XX, 其中+XX.XX表示时区。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.18 Extension (line 14164)
    """

    alias: str
    description: str
    links: list[Link]
    name: str
    updated: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('alias', self.alias),
            ('description', self.description),
            ('links', self.links),
            ('name', self.name),
            ('updated', self.updated),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extension:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .link import Link

        _d = dict(data)
        return cls(
            alias=_S.take(_d, 'alias', 'Extension'),
            description=_S.take(_d, 'description', 'Extension'),
            links=_S.opt(_S.take(_d, 'links', 'Extension'), lambda x: _S.list_of(x, lambda x: _S.model(Link.from_dict, x))),
            name=_S.take(_d, 'name', 'Extension'),
            updated=_S.take(_d, 'updated', 'Extension'),
            additional_properties=_d,
        )
