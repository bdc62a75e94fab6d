"""ShowServerManagementConsoleLogsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ShowServerManagementConsoleLogsResponse']


@dataclass(kw_only=True)
class ShowServerManagementConsoleLogsResponse:
    """The ShowServerManagementConsoleLogsResponse object.

    Attributes:
        output: Specifies the ECS console logs.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.1 Obtaining ECS Management Console Logs
    """

    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('output', self.output),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerManagementConsoleLogsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            output=_d.pop('output', UNSET),
            additional_properties=_d,
        )
