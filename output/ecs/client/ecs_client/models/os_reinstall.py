"""OsReinstall: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .metadata import Metadata

__all__ = ['OsReinstall']


@dataclass(kw_only=True)
class OsReinstall:
    """The OsReinstall object.

    Attributes:
        keyname, required: Specifies the key pair name.
        userid, required: Specifies the user ID. This parameter is mandatory when keyname is used.
        metadata: Specifies metadata of the reinstalled ECS.
            For more information, see Table 4.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.1 os-reinstall
    """

    keyname: str
    userid: str
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('keyname', self.keyname),
            ('userid', self.userid),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OsReinstall:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .metadata import Metadata

        _d = dict(data)
        return cls(
            keyname=_S.take(_d, 'keyname', 'OsReinstall'),
            userid=_S.take(_d, 'userid', 'OsReinstall'),
            metadata=_S.opt(_d.pop('metadata', UNSET), lambda x: _S.model(Metadata.from_dict, x)),
            additional_properties=_d,
        )
