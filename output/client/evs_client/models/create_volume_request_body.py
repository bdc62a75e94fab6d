"""CreateVolumeRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .bss_param_for_create_volume import BssParamForCreateVolume
    from .create_volume_option import CreateVolumeOption
    from .create_volume_scheduler_hints import CreateVolumeSchedulerHints

__all__ = ['CreateVolumeRequestBody']


@dataclass(kw_only=True)
class CreateVolumeRequestBody:
    """The CreateVolumeRequestBody object.

    Attributes:
        bss_param (JSON 'bssParam'): 按需和包周期的扩展参数
        volume, required: 待创建的云硬盘信息。
        server_id: 创建云硬盘并挂载到目标虚拟机。
            约束限制: 创建的云硬盘的计费模式会与虚拟机的计费模式保持一致。 目前只支持ECS服务的虚拟机，暂不支持BMS的裸金属服务器。
        os_sch_hnt_scheduler_hints (JSON 'OS-SCH-HNT:scheduler_hints'): 云硬盘调度参数，可用于指定云硬盘创建到某个专属存储池中。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.1 创建云硬盘 (line 943)
    """

    volume: CreateVolumeOption
    bss_param: BssParamForCreateVolume | Unset = UNSET
    server_id: str | Unset = UNSET
    os_sch_hnt_scheduler_hints: CreateVolumeSchedulerHints | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume', self.volume),
            ('bssParam', self.bss_param),
            ('server_id', self.server_id),
            ('OS-SCH-HNT:scheduler_hints', self.os_sch_hnt_scheduler_hints),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .bss_param_for_create_volume import BssParamForCreateVolume
        from .create_volume_option import CreateVolumeOption
        from .create_volume_scheduler_hints import CreateVolumeSchedulerHints

        _d = dict(data)
        return cls(
            volume=_S.opt(_S.take(_d, 'volume', 'CreateVolumeRequestBody'), lambda x: _S.model(CreateVolumeOption.from_dict, x)),
            bss_param=_S.opt(_d.pop('bssParam', UNSET), lambda x: _S.model(BssParamForCreateVolume.from_dict, x)),
            server_id=_d.pop('server_id', UNSET),
            os_sch_hnt_scheduler_hints=_S.opt(_d.pop('OS-SCH-HNT:scheduler_hints', UNSET), lambda x: _S.model(CreateVolumeSchedulerHints.from_dict, x)),
            additional_properties=_d,
        )
