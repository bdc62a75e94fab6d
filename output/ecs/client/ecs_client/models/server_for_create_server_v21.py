"""ServerForCreateServerV21: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .rebuild_server_response_osdcf_disk_config import RebuildServerResponseOSDCFDiskConfig

if TYPE_CHECKING:
    from .links_for_create_server_v21 import LinksForCreateServerV21
    from .security_groups_v21 import SecurityGroupsV21

__all__ = ['ServerForCreateServerV21']


@dataclass(kw_only=True)
class ServerForCreateServerV21:
    """The ServerForCreateServerV21 object.

    Attributes:
        id: Specifies the ECS ID in UUID format.
        links: Specifies the URI of the ECS. For details, see Table 11.
        security_groups: Specifies the security groups to which the ECS belongs. For details, see Table 12.
        os_dcf_disk_config (JSON 'OS-DCF:diskConfig'): Specifies the disk configuration mode.
            • MANUAL: indicates that the image space of the system disk cannot be expanded.
            • AUTO: indicates that the image space of the system disk can be automatically expanded to a value same as that specified in flavor.
        reservation_id: Specifies a filtering criteria to query the created ECSs.
            When you create ECSs in a batch, this parameter is available.
        admin_pass (JSON 'adminPass'): Specifies the password of user Administrator for logging in to a Windows ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.1 server
    """

    id: str | Unset = UNSET
    links: list[LinksForCreateServerV21] | Unset = UNSET
    security_groups: list[SecurityGroupsV21] | Unset = UNSET
    os_dcf_disk_config: RebuildServerResponseOSDCFDiskConfig | Unset = UNSET
    reservation_id: str | Unset = UNSET
    admin_pass: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('id', self.id),
            ('links', self.links),
            ('security_groups', self.security_groups),
            ('OS-DCF:diskConfig', self.os_dcf_disk_config),
            ('reservation_id', self.reservation_id),
            ('adminPass', self.admin_pass),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServerForCreateServerV21:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .links_for_create_server_v21 import LinksForCreateServerV21
        from .security_groups_v21 import SecurityGroupsV21

        _d = dict(data)
        return cls(
            id=_d.pop('id', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinksForCreateServerV21.from_dict, x))),
            security_groups=_S.opt(_d.pop('security_groups', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(SecurityGroupsV21.from_dict, x))),
            os_dcf_disk_config=_S.opt(_d.pop('OS-DCF:diskConfig', UNSET), lambda x: _S.enum_of(RebuildServerResponseOSDCFDiskConfig, x)),
            reservation_id=_d.pop('reservation_id', UNSET),
            admin_pass=_d.pop('adminPass', UNSET),
            additional_properties=_d,
        )
