"""BatchResizeVolumesRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .prepaid_param_for_batch_resize_volume import PrepaidParamForBatchResizeVolume
    from .volumes_for_batch_resize_volume import VolumesForBatchResizeVolume

__all__ = ['BatchResizeVolumesRequestBody']


@dataclass(kw_only=True)
class BatchResizeVolumesRequestBody:
    """The BatchResizeVolumesRequestBody object.

    Attributes:
        volumes, required: 扩容云硬盘列表。
        bss_param: 包周期的扩展参数。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.4 批量扩容云硬盘 (line 2410)
    """

    volumes: list[VolumesForBatchResizeVolume]
    bss_param: PrepaidParamForBatchResizeVolume | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volumes', self.volumes),
            ('bss_param', self.bss_param),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchResizeVolumesRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .prepaid_param_for_batch_resize_volume import PrepaidParamForBatchResizeVolume
        from .volumes_for_batch_resize_volume import VolumesForBatchResizeVolume

        _d = dict(data)
        return cls(
            volumes=_S.opt(_S.take(_d, 'volumes', 'BatchResizeVolumesRequestBody'), lambda x: _S.list_of(x, lambda x: _S.model(VolumesForBatchResizeVolume.from_dict, x))),
            bss_param=_S.opt(_d.pop('bss_param', UNSET), lambda x: _S.model(PrepaidParamForBatchResizeVolume.from_dict, x)),
            additional_properties=_d,
        )
