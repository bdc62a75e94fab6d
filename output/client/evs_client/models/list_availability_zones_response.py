"""ListAvailabilityZonesResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .az_info import AzInfo

__all__ = ['ListAvailabilityZonesResponse']


@dataclass(kw_only=True)
class ListAvailabilityZonesResponse:
    """The ListAvailabilityZonesResponse object.

    Attributes:
        availability_zone_info (JSON 'availabilityZoneInfo'), required: 查询请求返回的可用分区列表。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.2.1 查询所有的可用分区信息 (line 10474)
    """

    availability_zone_info: list[AzInfo]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('availabilityZoneInfo', self.availability_zone_info),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListAvailabilityZonesResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .az_info import AzInfo

        _d = dict(data)
        return cls(
            availability_zone_info=_S.opt(_S.take(_d, 'availabilityZoneInfo', 'ListAvailabilityZonesResponse'), lambda x: _S.list_of(x, lambda x: _S.model(AzInfo.from_dict, x))),
            additional_properties=_d,
        )
