"""ShowAutomaticRecoveryServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset
from .support_auto_recovery import SupportAutoRecovery

__all__ = ['ShowAutomaticRecoveryServerResponse']


@dataclass(kw_only=True)
class ShowAutomaticRecoveryServerResponse:
    """The ShowAutomaticRecoveryServerResponse object.

    Attributes:
        support_auto_recovery: Queries automatic recovery configured for an ECS.
            • true: indicates that automatic recovery is configured for an ECS.
            • false: indicates that automatic recovery is not configured for an ECS.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 2.2.3 Querying Automatic Recovery of an ECS
    """

    support_auto_recovery: SupportAutoRecovery | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('support_auto_recovery', self.support_auto_recovery),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowAutomaticRecoveryServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            support_auto_recovery=_S.opt(_d.pop('support_auto_recovery', UNSET), lambda x: _S.enum_of(SupportAutoRecovery, x)),
            additional_properties=_d,
        )
