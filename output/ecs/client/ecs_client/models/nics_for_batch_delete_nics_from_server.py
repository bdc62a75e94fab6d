"""NicsForBatchDeleteNicsFromServer: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['NicsForBatchDeleteNicsFromServer']


@dataclass(kw_only=True)
class NicsForBatchDeleteNicsFromServer:
    """The NicsForBatchDeleteNicsFromServer object.

    Attributes:
        id, required: Specifies the port ID of the NIC.
            When the ID is the same as the ECS primary NIC ID, the system will return error code 403.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.5.2 nics
    """

    id: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NicsForBatchDeleteNicsFromServer:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'NicsForBatchDeleteNicsFromServer'),
            additional_properties=_d,
        )
