"""VolumeTypeV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .volume_type_extra_specs_v3 import VolumeTypeExtraSpecsV3

__all__ = ['VolumeTypeV3']


@dataclass(kw_only=True)
class VolumeTypeV3:
    """The VolumeTypeV3 object.

    Attributes:
        id: 云硬盘类型的ID。
        name: 云硬盘类型名称。
        extra_specs: 云硬盘类型的规格。
        description: 云硬盘类型的描述信息。
        qos_specs_id: 预留属性。
        is_public: 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.23 VolumeType (line 14893)
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    extra_specs: VolumeTypeExtraSpecsV3 | Unset = UNSET
    description: str | Unset = UNSET
    qos_specs_id: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('extra_specs', self.extra_specs),
            ('description', self.description),
            ('qos_specs_id', self.qos_specs_id),
            ('is_public', self.is_public),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeTypeV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_type_extra_specs_v3 import VolumeTypeExtraSpecsV3

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            name=_d.pop('name', UNSET),
            extra_specs=_S.opt(_d.pop('extra_specs', UNSET), lambda x: _S.model(VolumeTypeExtraSpecsV3.from_dict, x)),
            description=_d.pop('description', UNSET),
            qos_specs_id=_d.pop('qos_specs_id', UNSET),
            is_public=_d.pop('is_public', UNSET),
            additional_properties=_d,
        )
