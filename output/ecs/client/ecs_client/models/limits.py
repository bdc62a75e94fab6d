"""Limits: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .absolute_v21 import AbsoluteV21

__all__ = ['Limits']


@dataclass(kw_only=True)
class Limits:
    """The Limits object.

    Attributes:
        rate: The value is empty.
        absolute: Specifies tenant quota limits. For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.10.1 limits
    """

    rate: dict[str, Any] | Unset = UNSET
    absolute: AbsoluteV21 | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('rate', self.rate),
            ('absolute', self.absolute),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Limits:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .absolute_v21 import AbsoluteV21

        _d = dict(data)
        return cls(
            rate=_d.pop('rate', UNSET),
            absolute=_S.opt(_d.pop('absolute', UNSET), lambda x: _S.model(AbsoluteV21.from_dict, x)),
            additional_properties=_d,
        )
