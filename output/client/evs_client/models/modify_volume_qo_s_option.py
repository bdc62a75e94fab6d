"""ModifyVolumeQoSOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ModifyVolumeQoSOption']


@dataclass(kw_only=True)
class ModifyVolumeQoSOption:
    """The ModifyVolumeQoSOption object.

    Attributes:
        iops, required: 修改后的云硬盘iops。
            约束限制: 只支持GPSSD2、ESSD2类型的云硬盘。 了解GPSSD2、ESSD2类型的iops大小范围，请参见云硬盘类型及性能介绍里面的云硬盘性能数据表。
        throughput, unit: MiB/s: 修改后的云硬盘吞吐量，单位是 MiB/s。
            约束限制: GPSSD2类型云盘必须填写，其他类型不能填写。 了解GPSSD2类型的吞吐量大小范围，请参见云硬盘类型及性能介绍里面的云硬盘性能数据表 。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.15 ModifyVolumeQoSOption (line 5098)
    """

    iops: int
    throughput: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('iops', self.iops),
            ('throughput', self.throughput),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyVolumeQoSOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            iops=_S.take(_d, 'iops', 'ModifyVolumeQoSOption'),
            throughput=_d.pop('throughput', UNSET),
            additional_properties=_d,
        )
