"""CinderAttachVolumeOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CinderAttachVolumeOption']


@dataclass(kw_only=True)
class CinderAttachVolumeOption:
    """The CinderAttachVolumeOption object.

    Attributes:
        host_name: 挂载的主机名。最大支持64个字符。
        instance_uuid, required: 挂载的主机uuid。
        mode: 挂载模式，只支持可读可写rw模式和只读ro模式。
        mountpoint, required: 挂载点。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.28 CinderAttachVolumeOption (line 15514)
    """

    instance_uuid: str
    mountpoint: str
    host_name: str | Unset = UNSET
    mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('instance_uuid', self.instance_uuid),
            ('mountpoint', self.mountpoint),
            ('host_name', self.host_name),
            ('mode', self.mode),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CinderAttachVolumeOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            instance_uuid=_S.take(_d, 'instance_uuid', 'CinderAttachVolumeOption'),
            mountpoint=_S.take(_d, 'mountpoint', 'CinderAttachVolumeOption'),
            host_name=_d.pop('host_name', UNSET),
            mode=_d.pop('mode', UNSET),
            additional_properties=_d,
        )
