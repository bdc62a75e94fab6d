"""CreateServerV1RequestBody: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from .parametersforcreatingan_ecs import ParametersforcreatinganECS

__all__ = ['CreateServerV1RequestBody']


@dataclass(kw_only=True)
class CreateServerV1RequestBody:
    """The CreateServerV1RequestBody object.

    Attributes:
        server, required: Specifies the ECS information. For details, see Table 3.
        dry_run: Specifies whether to check the request and create the ECS.
            • true: indicates that only the request is sent, but the ECS will not be created. Check items include mandatory parameters and request format.
            • If the check fails, the system returns an error.
            • If the check is successful, the system returns status code 202.
            • false: indicates that the request is sent and the ECS will be created if the check result is as expected.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.1.1 Creating an ECS
    """

    server: ParametersforcreatinganECS
    dry_run: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('server', self.server),
            ('dry_run', self.dry_run),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateServerV1RequestBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .parametersforcreatingan_ecs import ParametersforcreatinganECS

        _d = dict(data)
        return cls(
            server=_S.opt(_S.take(_d, 'server', 'CreateServerV1RequestBody'), lambda x: _S.model(ParametersforcreatinganECS.from_dict, x)),
            dry_run=_d.pop('dry_run', UNSET),
            additional_properties=_d,
        )
