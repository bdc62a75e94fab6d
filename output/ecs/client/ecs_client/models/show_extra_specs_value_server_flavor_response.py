"""ShowExtraSpecsValueServerFlavorResponse: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ShowExtraSpecsValueServerFlavorResponse']


@dataclass(kw_only=True)
class ShowExtraSpecsValueServerFlavorResponse:
    """The ShowExtraSpecsValueServerFlavorResponse object.

    Attributes:
        extra_specs: Specifies the key-value pair of an ECS flavor.
            For details about the returned fields, see the os_extra_specs field description in \"Querying Details About Flavors and Extended Flavor Information\".

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.6.4 Querying the extra_specs Value for an ECS Flavor
    """

    extra_specs: dict[str, str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('extra_specs', self.extra_specs),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowExtraSpecsValueServerFlavorResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            extra_specs=_d.pop('extra_specs', UNSET),
            additional_properties=_d,
        )
