"""JobEntities: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .sub_job import SubJob

__all__ = ['JobEntities']


@dataclass(kw_only=True)
class JobEntities:
    """The JobEntities object.

    Attributes:
        volume_type: 云硬盘的类型。
        size, unit: GiB: 云硬盘的容量，单位为GiB。
        volume_id, required: 云硬盘的ID。
        name: 云硬盘的名称。
        sub_jobs: 子Job的信息。当存在子Job信息时，entities中的其他字段将不会返回。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.5.1 JobEntities (line 9591)
    """

    volume_id: str
    volume_type: str | Unset = UNSET
    size: int | Unset = UNSET
    name: str | Unset = UNSET
    sub_jobs: list[SubJob] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
            ('volume_type', self.volume_type),
            ('size', self.size),
            ('name', self.name),
            ('sub_jobs', self.sub_jobs),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobEntities:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .sub_job import SubJob

        _d = dict(data)
        return cls(
            volume_id=_S.take(_d, 'volume_id', 'JobEntities'),
            volume_type=_d.pop('volume_type', UNSET),
            size=_d.pop('size', UNSET),
            name=_d.pop('name', UNSET),
            sub_jobs=_S.opt(_d.pop('sub_jobs', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SubJob.from_dict, x))),
            additional_properties=_d,
        )
