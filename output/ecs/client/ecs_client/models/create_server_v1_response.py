"""CreateServerV1Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateServerV1Response']


@dataclass(kw_only=True)
class CreateServerV1Response:
    """The CreateServerV1Response object.

    Attributes:
        job_id: Specifies the returned task ID after delivering the task. You can query the task progress using this ID. For details about how to query the task execution status based on job_id, see Task Status Management.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 Creating an ECS
    """

    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('job_id', self.job_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateServerV1Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            job_id=_d.pop('job_id', UNSET),
            additional_properties=_d,
        )
