"""AttachmentV3: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['AttachmentV3']


@dataclass(kw_only=True)
class AttachmentV3:
    """The AttachmentV3 object.

    Attributes:
        attached_at: 挂载的时间信息。 时间格式：UTC YYYY-MM-DDTHH:MM:SS.XXXXXX
        attachment_id: 挂载信息对应的ID。
        device: 挂载点。
        host_name: 云硬盘挂载到的云服务器对应的物理主机的名称。
        id: 挂载的资源ID。
        server_id: 云硬盘挂载到的云服务器云主机的 ID。
        volume_id: 云硬盘ID

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.1.1.1 AttachmentV3 (line 10658)
    """

    attached_at: str | Unset = UNSET
    attachment_id: str | Unset = UNSET
    device: str | Unset = UNSET
    host_name: str | Unset = UNSET
    id: str | Unset = UNSET
    server_id: str | Unset = UNSET
    volume_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('attached_at', self.attached_at),
            ('attachment_id', self.attachment_id),
            ('device', self.device),
            ('host_name', self.host_name),
            ('id', self.id),
            ('server_id', self.server_id),
            ('volume_id', self.volume_id),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachmentV3:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            attached_at=_d.pop('attached_at', UNSET),
            attachment_id=_d.pop('attachment_id', UNSET),
            device=_d.pop('device', UNSET),
            host_name=_d.pop('host_name', UNSET),
            id=_d.pop('id', UNSET),
            server_id=_d.pop('server_id', UNSET),
            volume_id=_d.pop('volume_id', UNSET),
            additional_properties=_d,
        )
