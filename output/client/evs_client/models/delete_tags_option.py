"""DeleteTagsOption: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['DeleteTagsOption']


@dataclass(kw_only=True)
class DeleteTagsOption:
    """The DeleteTagsOption object.

    Attributes:
        key, required: 标签键。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.4.2 DeleteTagsOption (line 8200)
    """

    key: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('key', self.key),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteTagsOption:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            key=_S.take(_d, 'key', 'DeleteTagsOption'),
            additional_properties=_d,
        )
