"""ExtraDhcpOpts: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ExtraDhcpOpts']


@dataclass(kw_only=True)
class ExtraDhcpOpts:
    """The ExtraDhcpOpts object.

    Attributes:
        opt_value, required: Specifies the NIC MTU, which ranges from 1280 to 8888.
        opt_name, required: Set the parameter value to 26.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 extra_dhcp_opts
    """

    opt_value: int
    opt_name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('opt_value', self.opt_value),
            ('opt_name', self.opt_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtraDhcpOpts:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            opt_value=_S.take(_d, 'opt_value', 'ExtraDhcpOpts'),
            opt_name=_S.take(_d, 'opt_name', 'ExtraDhcpOpts'),
            additional_properties=_d,
        )
