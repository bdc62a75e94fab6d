"""VersionsForShowApiVersion: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .versions_status import VersionsStatus

if TYPE_CHECKING:
    from .links_for_list_all_api_versions import LinksForListAllApiVersions
    from .media_types import MediaTypes

__all__ = ['VersionsForShowApiVersion']


@dataclass(kw_only=True)
class VersionsForShowApiVersion:
    """The VersionsForShowApiVersion object.

    Attributes:
        id: Specifies the version ID.
        links: Specifies the links to resources. For more information, see the OpenStack Documentation.
            For details, see Table 4.
        media_types (JSON 'media-types'): Specifies the media types. For details, see Table 5.
        min_version: • Specifies the microversion. If the APIs of this version support microversions, set this parameter to the supported minimum microversion.
            • If the microversion is not supported, leave this parameter blank.
        status: Specifies the API version status. Possible values are as follows:
            • CURRENT: This is the preferred API version.
            • SUPPORTED: This is the old API version that is still supported.
            • DEPRECATED: This is the deprecated API version that will be removed.
        updated: The value of this parameter varies by API version. If the API version is 2.0, the value is 2011-01-21T11:33:21Z. If the API version is 2.1, the value is 2013-07-23T11:33:21Z.
        version: • Specifies the microversion. If the APIs of this version support microversions, set this parameter to the supported maximum microversion.
            • If the microversion is not supported, leave this parameter blank.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.1.2 versions
    """

    id: str | Unset = UNSET
    links: LinksForListAllApiVersions | Unset = UNSET
    media_types: MediaTypes | Unset = UNSET
    min_version: str | Unset = UNSET
    status: VersionsStatus | Unset = UNSET
    updated: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('media-types', self.media_types),
            ('min_version', self.min_version),
            ('status', self.status),
            ('updated', self.updated),
            ('version', self.version),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VersionsForShowApiVersion:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links_for_list_all_api_versions import LinksForListAllApiVersions
        from .media_types import MediaTypes

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.model(LinksForListAllApiVersions.from_dict, x)),
            media_types=_S.opt(_d.pop('media-types', UNSET), lambda x: _S.model(MediaTypes.from_dict, x)),
            min_version=_d.pop('min_version', UNSET),
            status=_S.opt(_d.pop('status', UNSET), lambda x: _S.enum_of(VersionsStatus, x)),
            updated=_d.pop('updated', UNSET),
            version=_d.pop('version', UNSET),
            additional_properties=_d,
        )
