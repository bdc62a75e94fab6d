"""MigrateColdServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .migrate import Migrate

__all__ = ['MigrateColdServerRequestBody']


@dataclass(kw_only=True)
class MigrateColdServerRequestBody:
    """The MigrateColdServerRequestBody object.

    Attributes:
        migrate, required: Specifies the ECS to be migrated. For details, see Table 3.
            When migrating an ECS from a DeH to a public resource pool, the migrate value is null.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.4 Cold Migrating an ECS
    """

    migrate: Migrate
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('migrate', self.migrate),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MigrateColdServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .migrate import Migrate

        _d = dict(data)
        return cls(
            migrate=_S.opt(_S.take(_d, 'migrate', 'MigrateColdServerRequestBody'), lambda x: _S.model(Migrate.from_dict, x)),
            additional_properties=_d,
        )
