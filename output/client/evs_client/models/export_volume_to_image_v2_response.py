"""ExportVolumeToImageV2Response: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .image import Image

__all__ = ['ExportVolumeToImageV2Response']


@dataclass(kw_only=True)
class ExportVolumeToImageV2Response:
    """The ExportVolumeToImageV2Response object.

    Attributes:
        os_volume_upload_image (JSON 'os-volume_upload_image'): 标记将云硬盘导出为镜像的操作。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.1.27 将云硬盘导出为镜像（废弃） (line 15343)
    """

    os_volume_upload_image: Image | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('os-volume_upload_image', self.os_volume_upload_image),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportVolumeToImageV2Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .image import Image

        _d = dict(data)
        return cls(
            os_volume_upload_image=_S.opt(_d.pop('os-volume_upload_image', UNSET), lambda x: _S.model(Image.from_dict, x)),
            additional_properties=_d,
        )
