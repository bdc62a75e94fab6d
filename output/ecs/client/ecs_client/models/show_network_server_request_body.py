"""ShowNetworkServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ShowNetworkServerRequestBody']


@dataclass(kw_only=True)
class ShowNetworkServerRequestBody:
    """The ShowNetworkServerRequestBody object.

    Attributes:
        server_id, required: Specifies the ECS ID.
        network_name (JSON 'networkName'), required: Specifies the ECS network name.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.4.3 Querying the Specified Network of an ECS
    """

    server_id: str
    network_name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server_id', self.server_id),
            ('networkName', self.network_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowNetworkServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            server_id=_S.take(_d, 'server_id', 'ShowNetworkServerRequestBody'),
            network_name=_S.take(_d, 'networkName', 'ShowNetworkServerRequestBody'),
            additional_properties=_d,
        )
