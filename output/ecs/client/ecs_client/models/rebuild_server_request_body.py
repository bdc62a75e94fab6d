"""RebuildServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .rebuild import Rebuild

__all__ = ['RebuildServerRequestBody']


@dataclass(kw_only=True)
class RebuildServerRequestBody:
    """The RebuildServerRequestBody object.

    Attributes:
        rebuild, required: Rebuilds an ECS. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.6 Rebuilding an ECS
    """

    rebuild: Rebuild
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('rebuild', self.rebuild),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RebuildServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .rebuild import Rebuild

        _d = dict(data)
        return cls(
            rebuild=_S.opt(_S.take(_d, 'rebuild', 'RebuildServerRequestBody'), lambda x: _S.model(Rebuild.from_dict, x)),
            additional_properties=_d,
        )
