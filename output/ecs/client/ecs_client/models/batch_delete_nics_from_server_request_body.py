"""BatchDeleteNicsFromServerRequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .nics_for_batch_delete_nics_from_server import NicsForBatchDeleteNicsFromServer

__all__ = ['BatchDeleteNicsFromServerRequestBody']


@dataclass(kw_only=True)
class BatchDeleteNicsFromServerRequestBody:
    """The BatchDeleteNicsFromServerRequestBody object.

    Attributes:
        nics, required: Specifies the NICs to be deleted. For details, see Table 3.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.5.2 Deleting NICs from an ECS in a Batch
    """

    nics: list[NicsForBatchDeleteNicsFromServer]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('nics', self.nics),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchDeleteNicsFromServerRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .nics_for_batch_delete_nics_from_server import NicsForBatchDeleteNicsFromServer

        _d = dict(data)
        return cls(
            nics=_S.opt(_S.take(_d, 'nics', 'BatchDeleteNicsFromServerRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(NicsForBatchDeleteNicsFromServer.from_dict, x))),
            additional_properties=_d,
        )
