"""Metadatareserved: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .byol import BYOL

__all__ = ['Metadatareserved']


@dataclass(kw_only=True)
class Metadatareserved:
    """The Metadatareserved object.

    Attributes:
        admin_pass: Specifies the password of user Administrator for logging in to a Windows ECS. For details, see Function.
            This parameter is mandatory when a Windows ECS using password authentication is created.
        op_svc_userid: Specifies the user ID.
        agency_name: Specifies the IAM agency name.
            An agency is created by a tenant administrator on Identity and Access Management (IAM) to provide temporary credentials for ECSs to access cloud services.
        byol (JSON 'BYOL'): If you have an OS or a software license (a license certified based on the number of physical servers and cores), you can migrate your services to the cloud platform in BYOL mode to continue using your existing licenses.
            • True: Use your existing licenses.
            • False: System licenses are used.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 metadatareserved
    """

    admin_pass: str | Unset = UNSET
    op_svc_userid: str | Unset = UNSET
    agency_name: str | Unset = UNSET
    byol: BYOL | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('admin_pass', self.admin_pass),
            ('op_svc_userid', self.op_svc_userid),
            ('agency_name', self.agency_name),
            ('BYOL', self.byol),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadatareserved:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            admin_pass=_d.pop('admin_pass', UNSET),
            op_svc_userid=_d.pop('op_svc_userid', UNSET),
            agency_name=_d.pop('agency_name', UNSET),
            byol=_S.opt(_d.pop('BYOL', UNSET), lambda x: _S.enum_of(BYOL, x)),
            additional_properties=_d,
        )
