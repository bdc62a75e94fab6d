"""RetypeVolume: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .new_type import NewType

__all__ = ['RetypeVolume']


@dataclass(kw_only=True)
class RetypeVolume:
    """The RetypeVolume object.

    Attributes:
        new_type, required: 变更至指定的云硬盘类型，目前支持\"SAS\"，\"GPSSD\"，\"SSD\"，\"ESSD\"，\"GPSSD2\"，\"ESSD2\"六种。
            了解不同云硬盘类型的详细信息，请参见云硬盘类型及性能介绍。
            约束限制: 1. 当指定的云硬盘类型在availability_zone内不存在时，则变更云硬盘类型失败;
            2. 原类型为SAS时，可以变更到上述的其他任意类型;
            3. 原类型包含SSD时，可以retype到其他包含SSD的类型，但不能retype到SAS;
            取值范围: \"SAS\"为高IO云硬盘 \"GPSSD\"为通用型SSD云硬盘 \"SSD\"为超高IO云硬盘 \"ESSD\"为极速型SSD云硬盘 \"GPSSD2\"为通用型SSD V2云硬盘 \"ESSD2\"为极速型SSD V2云硬盘
        iops: 云硬盘iops大小。
            约束限制: 只有GPSSD2或ESSD2两种类型才能使用该参数。
        throughput: 云硬盘的吞吐量大小。
            约束限制: 只有GPSSD2类型才能使用该参数。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.14 RetypeVolume (line 4591)
    """

    new_type: NewType
    iops: int | Unset = UNSET
    throughput: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('new_type', self.new_type),
            ('iops', self.iops),
            ('throughput', self.throughput),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RetypeVolume:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            new_type=_S.opt(_S.take(_d, 'new_type', 'RetypeVolume'), lambda x: _S.enum_of(NewType, x)),
            iops=_d.pop('iops', UNSET),
            throughput=_d.pop('throughput', UNSET),
            additional_properties=_d,
        )
