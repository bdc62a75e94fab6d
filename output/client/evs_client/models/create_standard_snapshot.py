"""CreateStandardSnapshot: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateStandardSnapshot']


@dataclass(kw_only=True)
class CreateStandardSnapshot:
    """The CreateStandardSnapshot object.

    Attributes:
        volume_id: 云硬盘id。
        name: 云硬盘快照名称。
            约束限制: 最大支持64个字符。
        description: 云硬盘快照描述。
            约束限制: 最大支持85个字符。
        tags: 云硬盘快照的标签。
        enterprise_project_id: 云硬盘快照的企业项目id。
        instant_access: 是否开启快速可用功能。
            默认取值: 默认为false，表示不开启。
        incremental: 是否创建增量快照。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.1.1 CreateStandardSnapshot (line 9722)
    """

    volume_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: dict[str, str] | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    instant_access: bool | Unset = UNSET
    incremental: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('volume_id', self.volume_id),
            ('name', self.name),
            ('description', self.description),
            ('tags', self.tags),
            ('enterprise_project_id', self.enterprise_project_id),
            ('instant_access', self.instant_access),
            ('incremental', self.incremental),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateStandardSnapshot:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            volume_id=_d.pop('volume_id', UNSET),
            name=_d.pop('name', UNSET),
            description=_d.pop('description', UNSET),
            tags=_d.pop('tags', UNSET),
            enterprise_project_id=_d.pop('enterprise_project_id', UNSET),
            instant_access=_d.pop('instant_access', UNSET),
            incremental=_d.pop('incremental', UNSET),
            additional_properties=_d,
        )
