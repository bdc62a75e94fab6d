"""DeleteVolumeResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['DeleteVolumeResponse']


@dataclass(kw_only=True)
class DeleteVolumeResponse:
    """The DeleteVolumeResponse object.

    Attributes:
        job_id, required: 正常返回时返回的任务ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.8 删除云硬盘 (line 3511)
    """

    job_id: str
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
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteVolumeResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            job_id=_S.take(_d, 'job_id', 'DeleteVolumeResponse'),
            additional_properties=_d,
        )
