"""CreateVolumeV3RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .cinder_create_volume_option_v3 import CinderCreateVolumeOptionV3
    from .cinder_create_volume_scheduler_hints import CinderCreateVolumeSchedulerHints

__all__ = ['CreateVolumeV3RequestBody']


@dataclass(kw_only=True)
class CreateVolumeV3RequestBody:
    """The CreateVolumeV3RequestBody object.

    Attributes:
        volume, required: 待创建的云硬盘信息说明： 不支持同时使用“source_volid”、“snapshot_id”和“imageRef”这三个字段中的任意两个。
        os_sch_hnt_scheduler_hints (JSON 'OS-SCH-HNT:scheduler_hints'): 调度参数。调度参数，当前支持dedicated_storage_id字段，表明将云硬盘创建在DSS存储池中。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.3 创建云硬盘 (line 11660)
    """

    volume: CinderCreateVolumeOptionV3
    os_sch_hnt_scheduler_hints: CinderCreateVolumeSchedulerHints | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
            ('OS-SCH-HNT:scheduler_hints', self.os_sch_hnt_scheduler_hints),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeV3RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_create_volume_option_v3 import CinderCreateVolumeOptionV3
        from .cinder_create_volume_scheduler_hints import CinderCreateVolumeSchedulerHints

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'CreateVolumeV3RequestBody'), lambda x: _S.model(CinderCreateVolumeOptionV3.from_dict, x)),
            os_sch_hnt_scheduler_hints=_S.opt(_d.pop('OS-SCH-HNT:scheduler_hints', UNSET), lambda x: _S.model(CinderCreateVolumeSchedulerHints.from_dict, x)),
            additional_properties=_d,
        )
