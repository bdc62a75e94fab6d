"""ListApiVersionsResponse300: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .versions import Versions

__all__ = ['ListApiVersionsResponse300']


@dataclass(kw_only=True)
class ListApiVersionsResponse300:
    """The ListApiVersionsResponse300 object.

    Attributes:
        versions, required: 接口版本信息列表，请参见 •versions参数说明 。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 5.1 查询接口版本信息列表 (line 675)
    """

    versions: list[Versions]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('versions', self.versions),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListApiVersionsResponse300:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .versions import Versions

        _d = dict(data)
        return cls(
            versions=_S.opt(_S.take(_d, 'versions', 'ListApiVersionsResponse300'), lambda x: _S.list_of(x, lambda x: _S.model(Versions.from_dict, x))),
            additional_properties=_d,
        )
