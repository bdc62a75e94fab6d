"""Eip: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .bandwidth import Bandwidth

__all__ = ['Eip']


@dataclass(kw_only=True)
class Eip:
    """The Eip object.

    Attributes:
        iptype, required: Specifies the EIP type.
            For details about the enumerated values, see the publicip field in \"Assigning an EIP\" in Virtual Private Cloud API Reference.
        bandwidth, required: Specifies the EIP bandwidth.
            For details, see bandwidth Field Description.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 eip
    """

    iptype: str
    bandwidth: Bandwidth
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('iptype', self.iptype),
            ('bandwidth', self.bandwidth),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Eip:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .bandwidth import Bandwidth

        _d = dict(data)
        return cls(
            iptype=_S.take(_d, 'iptype', 'Eip'),
            bandwidth=_S.opt(_S.take(_d, 'bandwidth', 'Eip'), lambda x: _S.model(Bandwidth.from_dict, x)),
            additional_properties=_d,
        )
