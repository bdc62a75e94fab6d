"""OsChange: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .metadata import Metadata

__all__ = ['OsChange']


@dataclass(kw_only=True)
class OsChange:
    """The OsChange object.

    Attributes:
        keyname, required: Specifies the key pair name.
        userid: Specifies the user ID. When the keyname parameter is being specified, the value of this parameter is used preferentially. If this parameter is left blank, the user ID in the token is used by default.
        imageid, required: Specifies the ID of the new image in UUID format.
            You can obtain the image ID from the console or by following the instructions provided in \"Querying Images\" in Image Management Service API Reference.
        metadata: Specifies the metadata of the ECS for which the OS is to be changed.
            For more information, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.2 os-change
    """

    keyname: str
    imageid: str
    userid: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keyname', self.keyname),
            ('imageid', self.imageid),
            ('userid', self.userid),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsChange:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .metadata import Metadata

        _d = dict(data)
        return cls(
            keyname=_S.take(_d, 'keyname', 'OsChange'),
            imageid=_S.take(_d, 'imageid', 'OsChange'),
            userid=_d.pop('userid', UNSET),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(Metadata.from_dict, x)),
            additional_properties=_d,
        )
