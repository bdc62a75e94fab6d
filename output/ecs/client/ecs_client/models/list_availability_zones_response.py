"""ListAvailabilityZonesResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .availability_zone_info import AvailabilityZoneInfo

__all__ = ['ListAvailabilityZonesResponse']


@dataclass(kw_only=True)
class ListAvailabilityZonesResponse:
    """The ListAvailabilityZonesResponse object.

    Attributes:
        availability_zone_info (JSON 'availabilityZoneInfo'): Specifies the AZ information. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.15.1 Querying AZs
    """

    availability_zone_info: list[AvailabilityZoneInfo] | Unset = UNSET
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
        from .availability_zone_info import AvailabilityZoneInfo

        _d = dict(data)
        return cls(
            availability_zone_info=_S.opt(_d.pop('availabilityZoneInfo', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(AvailabilityZoneInfo.from_dict, x))),
            additional_properties=_d,
        )
