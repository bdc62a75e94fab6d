"""ShowTagsServerV21Response: a model of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['ShowTagsServerV21Response']


@dataclass(kw_only=True)
class ShowTagsServerV21Response:
    """The ShowTagsServerV21Response object.

    Attributes:
        tags: Specifies ECS tags.
            Tag functions have been upgraded on the public cloud. After the upgrade, the tag values returned by the system comply with the following rules:
            • The key and value of a tag are connected using an equal sign (=), for example, key=value.
            • If the value is empty, only the key is returned.
            For more details about upgraded tag functions, see Tag Types.

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 3.16.2 Querying Tags of an ECS
    """

    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('tags', self.tags),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowTagsServerV21Response:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            tags=_d.pop('tags', UNSET),
            additional_properties=_d,
        )
