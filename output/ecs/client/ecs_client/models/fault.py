"""Fault: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['Fault']


@dataclass(kw_only=True)
class Fault:
    """The Fault object.

    Attributes:
        code: Specifies the error code.
        created: Specifies the time when an error occurred.
        message: Describes an error.
        details: Specifies details about an error. This parameter is optional and is returned only when it is not empty.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.2.5 fault
    """

    code: int | Unset = UNSET
    created: str | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('code', self.code),
            ('created', self.created),
            ('message', self.message),
            ('details', self.details),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            code=_d.pop('code', UNSET),
            created=_d.pop('created', UNSET),
            message=_d.pop('message', UNSET),
            details=_d.pop('details', UNSET),
            additional_properties=_d,
        )
