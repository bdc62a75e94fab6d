"""Attachment: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Attachment']


@dataclass(kw_only=True)
class Attachment:
    """The Attachment object.

    Attributes:
        attached_at, required: 挂载的时间信息。 时间格式: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        attachment_id, required: 挂载信息对应的ID。
        device, required: 挂载点。
        host_name: 云硬盘挂载到的云服务器对应的物理主机的名称。
        id, required: 挂载的资源ID。
        server_id, required: 云硬盘挂载到的云服务器的 ID。
        volume_id, required: 云硬盘ID。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.2 Attachment (line 1670)
    """

    attached_at: str
    attachment_id: str
    device: str
    id: str
    server_id: str
    volume_id: str
    host_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attached_at', self.attached_at),
            ('attachment_id', self.attachment_id),
            ('device', self.device),
            ('id', self.id),
            ('server_id', self.server_id),
            ('volume_id', self.volume_id),
            ('host_name', self.host_name),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attachment:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            attached_at=_S.take(_d, 'attached_at', 'Attachment'),
            attachment_id=_S.take(_d, 'attachment_id', 'Attachment'),
            device=_S.take(_d, 'device', 'Attachment'),
            id=_S.take(_d, 'id', 'Attachment'),
            server_id=_S.take(_d, 'server_id', 'Attachment'),
            volume_id=_S.take(_d, 'volume_id', 'Attachment'),
            host_name=_d.pop('host_name', UNSET),
            additional_properties=_d,
        )
