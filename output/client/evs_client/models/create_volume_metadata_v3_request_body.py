"""CreateVolumeMetadataV3RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .metadata import Metadata

__all__ = ['CreateVolumeMetadataV3RequestBody']


@dataclass(kw_only=True)
class CreateVolumeMetadataV3RequestBody:
    """The CreateVolumeMetadataV3RequestBody object.

    Attributes:
        metadata, required: 需要更新的元数据信息，请参见 metadata参数说明 。 metadata中的key和value长度不大于255个字节。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.3.2 添加云硬盘的元数据 (line 17530)
    """

    metadata: Metadata
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVolumeMetadataV3RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .metadata import Metadata

        _d = dict(data)
        return cls(
            metadata=_S.opt(_S.take(_d, 'metadata', 'CreateVolumeMetadataV3RequestBody'), lambda x: _S.model(Metadata.from_dict, x)),
            additional_properties=_d,
        )
