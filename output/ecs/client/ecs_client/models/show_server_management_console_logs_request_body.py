"""ShowServerManagementConsoleLogsRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .os_get_console_output import OsGetConsoleOutput

__all__ = ['ShowServerManagementConsoleLogsRequestBody']


@dataclass(kw_only=True)
class ShowServerManagementConsoleLogsRequestBody:
    """The ShowServerManagementConsoleLogsRequestBody object.

    Attributes:
        os_get_console_output (JSON 'os-getConsoleOutput'), required: Obtains ECS management console logs. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.14.1 Obtaining ECS Management Console Logs
    """

    os_get_console_output: OsGetConsoleOutput
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-getConsoleOutput', self.os_get_console_output),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowServerManagementConsoleLogsRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .os_get_console_output import OsGetConsoleOutput

        _d = dict(data)
        return cls(
            os_get_console_output=_S.opt(_S.take(_d, 'os-getConsoleOutput', 'ShowServerManagementConsoleLogsRequestBody'), lambda x: _S.model(OsGetConsoleOutput.from_dict, x)),
            additional_properties=_d,
        )
