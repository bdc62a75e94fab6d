"""ShowPasswordLoggingToServerResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ShowPasswordLoggingToServerResponse']


@dataclass(kw_only=True)
class ShowPasswordLoggingToServerResponse:
    """The ShowPasswordLoggingToServerResponse object.

    Attributes:
        password: Specifies the password in ciphertext.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.11.5 Obtaining the Password for Logging In to an ECS
    """

    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('password', self.password),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowPasswordLoggingToServerResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            password=_d.pop('password', UNSET),
            additional_properties=_d,
        )
