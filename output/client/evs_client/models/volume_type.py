"""VolumeType: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .volume_type_extra_specs import VolumeTypeExtraSpecs

__all__ = ['VolumeType']


@dataclass(kw_only=True)
class VolumeType:
    """The VolumeType object.

    Attributes:
        id, required: 云硬盘类型的ID。
        name, required: 云硬盘类型名称。
        extra_specs, required: 云硬盘类型的规格。
        description, required: 云硬盘类型的描述信息。
        qos_specs_id: 预留属性。
        is_public, required: 预留属性。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.9 VolumeType (line 12695)
    """

    id: str
    name: str
    extra_specs: VolumeTypeExtraSpecs
    description: str | None
    is_public: bool
    qos_specs_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('name', self.name),
            ('extra_specs', self.extra_specs),
            ('description', self.description),
            ('is_public', self.is_public),
            ('qos_specs_id', self.qos_specs_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VolumeType:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .volume_type_extra_specs import VolumeTypeExtraSpecs

        _d = dict(data)
        return cls(
            id=_S.take(_d, 'id', 'VolumeType'),
            name=_S.take(_d, 'name', 'VolumeType'),
            extra_specs=_S.opt(_S.take(_d, 'extra_specs', 'VolumeType'), lambda x: _S.model(VolumeTypeExtraSpecs.from_dict, x)),
            description=_S.take(_d, 'description', 'VolumeType'),
            is_public=_S.take(_d, 'is_public', 'VolumeType'),
            qos_specs_id=_d.pop('qos_specs_id', UNSET),
            additional_properties=_d,
        )
