"""ListVolumesV2CloudvolumesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .disk_summary import DiskSummary

__all__ = ['ListVolumesV2CloudvolumesResponse']


@dataclass(kw_only=True)
class ListVolumesV2CloudvolumesResponse:
    """The ListVolumesV2CloudvolumesResponse object.

    Attributes:
        volumes, required: 查询请求返回的云硬盘列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.10 查询云硬盘列表(废弃) (line 3905)
    """

    volumes: list[DiskSummary]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumes', self.volumes),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVolumesV2CloudvolumesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .disk_summary import DiskSummary

        _d = dict(data)
        return cls(
            volumes=_S.opt(_S.take(_d, 'volumes', 'ListVolumesV2CloudvolumesResponse'), lambda x: _S.list_of(x, lambda x: _S.model(DiskSummary.from_dict, x))),
            additional_properties=_d,
        )
