"""ServerForUpdateServer2: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .datastructureofthenetworkwhichan_ec_saccesses import DatastructureofthenetworkwhichanECSaccesses
    from .flavor import Flavor
    from .links_for_create_server_v21 import LinksForCreateServerV21

__all__ = ['ServerForUpdateServer2']


@dataclass(kw_only=True)
class ServerForUpdateServer2:
    """The ServerForUpdateServer2 object.

    Attributes:
        tenant_id: Specifies the tenant or project ID.
        image: Specifies the image ID.
        access_i_pv4 (JSON 'accessIPv4'): Reserved
        addresses: Specifies the attributed network information of the ECS.
            The structure is Map<String, Object>.
            For details, see Table 6.
        metadata: Specifies the ECS metadata.
        access_i_pv6 (JSON 'accessIPv6'): Reserved
        created: Specifies the time when the ECS was created. The time is in the format of \"2019-05-22T03:19:19Z\".
        host_id (JSON 'hostId'): Specifies the host ID of the ECS.
        flavor: Specifies the ECS flavor. For details, see Table 7.
        os_dcf_disk_config (JSON 'OS-DCF:diskConfig'): Specifies the disk configuration mode. This is an extended attribute. This field is valid for the ECS started using an image.
        user_id: Specifies the ID of the user to which an ECS belongs.
        name: Specifies the modified name of the ECS.
        progress: Reserved
        links: Specifies ECS shortcut links. For details, see Table 8.
        id: Specifies the unique ID of an ECS.
        updated: Specifies the time when the ECS was updated last time.
            The time is in the format of \"2019-05-22T03:19:19Z\".
        locked: Specifies the ECS lock status, which is True when the ECS is locked and False when the ECS is unlocked.
            This parameter is supported in microversion 2.9 and later.
        description: Describes the ECS.
            This parameter is supported in microversion 2.19 and later.
        tags: Specifies ECS tags.
            This parameter is supported in microversion 2.26 and later. If the microversion is not used for query, the response does not contain the tags field.
            Tag functions have been upgraded on the public cloud. After the upgrade, the tag values returned by the system comply with the following rules:
            • The key and value of a tag are connected using an equal sign (=), for example, key=value.
            • If the value is empty, only the key is returned.
            • The key and value of a tag are connected using an equal sign (=), for example, key=value.
            • If the value is empty, only the key is returned.
            For more details about upgraded tag functions, see Tag Types.
        status: Specifies the ECS status.
            Options:
            ACTIVE, BUILD, ERROR, HARD_REBOOT, MIGRATING, REBOOT, RESIZE, REVERT_RESIZE, SHELVED, SHELVED_OFFLOADED, SHUTOFF, UNKNOWN, and VERIFY_RESIZE
            For details, see ECS Statuses.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.2 server
    """

    tenant_id: str | Unset = UNSET
    image: str | Unset = UNSET
    access_i_pv4: str | Unset = UNSET
    addresses: DatastructureofthenetworkwhichanECSaccesses | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    access_i_pv6: str | Unset = UNSET
    created: str | Unset = UNSET
    host_id: str | Unset = UNSET
    flavor: Flavor | Unset = UNSET
    os_dcf_disk_config: str | Unset = UNSET
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    progress: int | Unset = UNSET
    links: list[LinksForCreateServerV21] | Unset = UNSET
    id: str | Unset = UNSET
    updated: str | Unset = UNSET
    locked: bool | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tenant_id', self.tenant_id),
            ('image', self.image),
            ('accessIPv4', self.access_i_pv4),
            ('addresses', self.addresses),
            ('metadata', self.metadata),
            ('accessIPv6', self.access_i_pv6),
            ('created', self.created),
            ('hostId', self.host_id),
            ('flavor', self.flavor),
            ('OS-DCF:diskConfig', self.os_dcf_disk_config),
            ('user_id', self.user_id),
            ('name', self.name),
            ('progress', self.progress),
            ('links', self.links),
            ('id', self.id),
            ('updated', self.updated),
            ('locked', self.locked),
            ('description', self.description),
            ('tags', self.tags),
            ('status', self.status),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServerForUpdateServer2:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .datastructureofthenetworkwhichan_ec_saccesses import DatastructureofthenetworkwhichanECSaccesses
        from .flavor import Flavor
        from .links_for_create_server_v21 import LinksForCreateServerV21

        _d = dict(data)
        return cls(
            tenant_id=_d.pop('tenant_id', UNSET),
            image=_d.pop('image', UNSET),
            access_i_pv4=_d.pop('accessIPv4', UNSET),
            addresses=_S.opt(_d.pop('addresses', UNSET), lambda x: _S.model(DatastructureofthenetworkwhichanECSaccesses.from_dict, x)),
            metadata=_d.pop('metadata', UNSET),
            access_i_pv6=_d.pop('accessIPv6', UNSET),
            created=_d.pop('created', UNSET),
            host_id=_d.pop('hostId', UNSET),
            flavor=_S.opt(_d.pop('flavor', UNSET), lambda x: _S.model(Flavor.from_dict, x)),
            os_dcf_disk_config=_d.pop('OS-DCF:diskConfig', UNSET),
            user_id=_d.pop('user_id', UNSET),
            name=_d.pop('name', UNSET),
            progress=_d.pop('progress', UNSET),
            links=_S.opt(_d.pop('links', UNSET), lambda x: _S.list_of(x, lambda x: _S.model(LinksForCreateServerV21.from_dict, x))),
            id=_d.pop('id', UNSET),
            updated=_d.pop('updated', UNSET),
            locked=_d.pop('locked', UNSET),
            description=_d.pop('description', UNSET),
            tags=_d.pop('tags', UNSET),
            status=_d.pop('status', UNSET),
            additional_properties=_d,
        )
