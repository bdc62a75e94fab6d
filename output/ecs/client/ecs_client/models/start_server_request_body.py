"""StartServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['StartServerRequestBody']


@dataclass(kw_only=True)
class StartServerRequestBody:
    """The StartServerRequestBody object.

    Attributes:
        os_start (JSON 'os-start'), required: Specifies the operation to start the ECS. The data structure is empty.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.1 Starting an ECS
    """

    os_start: dict[str, Any]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-start', self.os_start),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StartServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            os_start=_S.take(_d, 'os-start', 'StartServerRequestBody'),
            additional_properties=_d,
        )
