"""CreateVolumeV2CloudvolumesRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .create_disk_option import CreateDiskOption
    from .create_volume_scheduler_hints import CreateVolumeSchedulerHints

__all__ = ['CreateVolumeV2CloudvolumesRequestBody']


@dataclass(kw_only=True)
class CreateVolumeV2CloudvolumesRequestBody:
    """The CreateVolumeV2CloudvolumesRequestBody object.

    Attributes:
        volume, required: 待创建的云硬盘信息。
        os_sch_hnt_scheduler_hints (JSON 'OS-SCH-HNT:scheduler_hints'): 云硬盘调度参数，可用于指定云硬盘创建到某个专属存储池中

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.9 创建云硬盘(废弃) (line 3750)
    """

    volume: CreateDiskOption
    os_sch_hnt_scheduler_hints: CreateVolumeSchedulerHints | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
            ('OS-SCH-HNT:scheduler_hints', self.os_sch_hnt_scheduler_hints),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeV2CloudvolumesRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .create_disk_option import CreateDiskOption
        from .create_volume_scheduler_hints import CreateVolumeSchedulerHints

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'CreateVolumeV2CloudvolumesRequestBody'), lambda x: _S.model(CreateDiskOption.from_dict, x)),
            os_sch_hnt_scheduler_hints=_S.opt(_d.pop('OS-SCH-HNT:scheduler_hints', UNSET), lambda x: _S.model(CreateVolumeSchedulerHints.from_dict, x)),
            additional_properties=_d,
        )
