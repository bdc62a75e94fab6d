"""RebuildServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .rebuild_server_response_osdcf_disk_config import RebuildServerResponseOSDCFDiskConfig

__all__ = ['RebuildServerResponse']


@dataclass(kw_only=True)
class RebuildServerResponse:
    """The RebuildServerResponse object.

    Attributes:
        status: Specifies the ECS status.
            Values:
            • ACTIVE
            • REBOOT
            • HARD_REBOOT
            • REBUILD
            • MIGRATING
            • BUILD
            • SHUTOFF
            • RESIZE
            • VERIFY_RESIZE
            • ERROR
            • DELETED
            For details, see ECS Statuses.
        updated: Specifies the time when the ECS was updated last time.
        host_id (JSON 'hostId'): Specifies the ID of the host on which the ECS is deployed.
        addresses: Specifies the network attribute of the ECS.
        links: Describes the ECS.
        image: Specifies the ECS image information. For the ECS that boots from a volume, the value is left blank.
        flavor: Specifies the ECS flavor.
        id: Specifies the ECS ID in UUID format.
        user_id: Specifies the user UUID of the ECS.
        name: Specifies the ECS name.
        tenant_id: Specifies the UUID of the tenant who owns the ECS.
        os_dcf_disk_config (JSON 'OS-DCF:diskConfig'): Specifies the diskConfig type. It is an extended attributed.
            • MANUAL: The image space cannot be expanded.
            • AUTO: The image space on the system disk will be automatically expanded to keep the same as that set in the flavor.
        access_i_pv4 (JSON 'accessIPv4'): Discarded
        access_i_pv6 (JSON 'accessIPv6'): Discarded
        progress: Specifies the ECS creation progress.
        metadata: Specifies the ECS metadata.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.3.6 Rebuilding an ECS
    """

    status: str | Unset = UNSET
    updated: str | Unset = UNSET
    host_id: str | Unset = UNSET
    addresses: list[dict[str, Any]] | Unset = UNSET
    links: list[dict[str, Any]] | Unset = UNSET
    image: dict[str, Any] | Unset = UNSET
    flavor: dict[str, Any] | Unset = UNSET
    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    os_dcf_disk_config: RebuildServerResponseOSDCFDiskConfig | Unset = UNSET
    access_i_pv4: str | Unset = UNSET
    access_i_pv6: str | Unset = UNSET
    progress: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('status', self.status),
            ('updated', self.updated),
            ('hostId', self.host_id),
            ('addresses', self.addresses),
            ('links', self.links),
            ('image', self.image),
            ('flavor', self.flavor),
            ('id', self.id),
            ('user_id', self.user_id),
            ('name', self.name),
            ('tenant_id', self.tenant_id),
            ('OS-DCF:diskConfig', self.os_dcf_disk_config),
            ('accessIPv4', self.access_i_pv4),
            ('accessIPv6', self.access_i_pv6),
            ('progress', self.progress),
            ('metadata', self.metadata),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RebuildServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            status=_d.pop('status', UNSET),
            updated=_d.pop('updated', UNSET),
            host_id=_d.pop('hostId', UNSET),
            addresses=_d.pop('addresses', UNSET),
            links=_d.pop('links', UNSET),
            image=_d.pop('image', UNSET),
            flavor=_d.pop('flavor', UNSET),
            id=_d.pop('id', UNSET),
            user_id=_d.pop('user_id', UNSET),
            name=_d.pop('name', UNSET),
            tenant_id=_d.pop('tenant_id', UNSET),
            os_dcf_disk_config=_S.opt(_d.pop('OS-DCF:diskConfig', UNSET), lambda x: _S.enum_of(RebuildServerResponseOSDCFDiskConfig, x)),
            access_i_pv4=_d.pop('accessIPv4', UNSET),
            access_i_pv6=_d.pop('accessIPv6', UNSET),
            progress=_d.pop('progress', UNSET),
            metadata=_d.pop('metadata', UNSET),
            additional_properties=_d,
        )
