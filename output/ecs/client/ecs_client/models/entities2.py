"""Entities2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Entities2']


@dataclass(kw_only=True)
class Entities2:
    """The Entities2 object.

    Attributes:
        server_id: If the task is an ECS-related operation, the value is server_id.
        nic_id: If the task is a NIC-related operation, the value is nic_id.
        errorcode_message: Indicates the cause of a subtask execution failure.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.8.1 entities2
    """

    server_id: str | Unset = UNSET
    nic_id: str | Unset = UNSET
    errorcode_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server_id', self.server_id),
            ('nic_id', self.nic_id),
            ('errorcode_message', self.errorcode_message),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entities2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            server_id=_d.pop('server_id', UNSET),
            nic_id=_d.pop('nic_id', UNSET),
            errorcode_message=_d.pop('errorcode_message', UNSET),
            additional_properties=_d,
        )
