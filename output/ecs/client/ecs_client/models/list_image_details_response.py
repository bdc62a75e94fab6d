"""ListImageDetailsResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .links_v2 import LinksV2

__all__ = ['ListImageDetailsResponse']


@dataclass(kw_only=True)
class ListImageDetailsResponse:
    """The ListImageDetailsResponse object.

    Attributes:
        id: Specifies the image ID in UUID format.
        links: Specifies the shortcut link of the image.
        name: Specifies the image name.
        metadata: Specifies the key pair of the metadata.
        os_ext_img_size_size (JSON 'OS-EXT-IMG-SIZE:size'): Specifies the image size.
            The value must be greater than zero.
        min_disk (JSON 'minDisk'): Specifies the minimum disk size in GB required by the image.
            The value must be greater than zero.
        min_ram (JSON 'minRam'): Specifies the minimum memory size in GB required by the image.
            The value must be greater than zero.
        progress: Specifies the image upload progress.
            The value must be greater than zero.
        status: Specifies the image status.
        created: Specifies the image creation time.
            The value is in ISO8601 format, such as 2013-06-09T06:42:18Z.
        updated: Specifies the image update time.
            The value is in ISO8601 format, such as 2013-06-09T06:42:18Z.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 7.3.2 Querying Image Details (Discarded)
    """

    id: str | Unset = UNSET
    links: list[LinksV2] | Unset = UNSET
    name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    os_ext_img_size_size: int | Unset = UNSET
    min_disk: int | Unset = UNSET
    min_ram: int | Unset = UNSET
    progress: int | Unset = UNSET
    status: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('name', self.name),
            ('metadata', self.metadata),
            ('OS-EXT-IMG-SIZE:size', self.os_ext_img_size_size),
            ('minDisk', self.min_disk),
            ('minRam', self.min_ram),
            ('progress', self.progress),
            ('status', self.status),
            ('created', self.created),
            ('updated', self.updated),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListImageDetailsResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links_v2 import LinksV2

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinksV2.from_dict, x))),
            name=_d.pop('name', UNSET),
            metadata=_d.pop('metadata', UNSET),
            os_ext_img_size_size=_d.pop('OS-EXT-IMG-SIZE:size', UNSET),
            min_disk=_d.pop('minDisk', UNSET),
            min_ram=_d.pop('minRam', UNSET),
            progress=_d.pop('progress', UNSET),
            status=_d.pop('status', UNSET),
            created=_d.pop('created', UNSET),
            updated=_d.pop('updated', UNSET),
            additional_properties=_d,
        )
