"""Entities: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .sub_jobs import SubJobs

__all__ = ['Entities']


@dataclass(kw_only=True)
class Entities:
    """The Entities object.

    Attributes:
        sub_jobs_total: Specifies the number of subtasks.
        sub_jobs: Specifies the execution information of a subtask.
            For details, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.8.1 entities
    """

    sub_jobs_total: int | Unset = UNSET
    sub_jobs: list[SubJobs] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('sub_jobs_total', self.sub_jobs_total),
            ('sub_jobs', self.sub_jobs),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entities:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .sub_jobs import SubJobs

        _d = dict(data)
        return cls(
            sub_jobs_total=_d.pop('sub_jobs_total', UNSET),
            sub_jobs=_S.opt(_d.pop('sub_jobs', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SubJobs.from_dict, x))),
            additional_properties=_d,
        )
