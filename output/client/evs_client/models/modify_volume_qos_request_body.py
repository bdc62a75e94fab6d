"""ModifyVolumeQosRequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .modify_volume_qo_s_option import ModifyVolumeQoSOption

__all__ = ['ModifyVolumeQosRequestBody']


@dataclass(kw_only=True)
class ModifyVolumeQosRequestBody:
    """The ModifyVolumeQosRequestBody object.

    Attributes:
        qos_modify, required: 标记修改云硬盘QoS操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.15 修改云硬盘 QoS (line 5095)
    """

    qos_modify: ModifyVolumeQoSOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('qos_modify', self.qos_modify),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyVolumeQosRequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .modify_volume_qo_s_option import ModifyVolumeQoSOption

        _d = dict(data)
        return cls(
            qos_modify=_S.opt(_S.take(_d, 'qos_modify', 'ModifyVolumeQosRequestBody'), lambda x: _S.model(ModifyVolumeQoSOption.from_dict, x)),
            additional_properties=_d,
        )
