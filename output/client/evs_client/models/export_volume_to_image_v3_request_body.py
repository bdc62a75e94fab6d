"""ExportVolumeToImageV3RequestBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .cinder_export_to_image_option import CinderExportToImageOption

__all__ = ['ExportVolumeToImageV3RequestBody']


@dataclass(kw_only=True)
class ExportVolumeToImageV3RequestBody:
    """The ExportVolumeToImageV3RequestBody object.

    Attributes:
        os_volume_upload_image (JSON 'os-volume_upload_image'), required: 标记将云硬盘导出为镜像的操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.23 将云硬盘导出为镜像 (line 14854)
    """

    os_volume_upload_image: CinderExportToImageOption
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-volume_upload_image', self.os_volume_upload_image),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportVolumeToImageV3RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .cinder_export_to_image_option import CinderExportToImageOption

        _d = dict(data)
        return cls(
            os_volume_upload_image=_S.opt(_S.take(_d, 'os-volume_upload_image', 'ExportVolumeToImageV3RequestBody'), lambda x: _S.model(CinderExportToImageOption.from_dict, x)),
            additional_properties=_d,
        )
