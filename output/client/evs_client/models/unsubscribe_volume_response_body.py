"""UnsubscribeVolumeResponseBody: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .unsubscribe_volume import UnsubscribeVolume

__all__ = ['UnsubscribeVolumeResponseBody']


@dataclass(kw_only=True)
class UnsubscribeVolumeResponseBody:
    """The UnsubscribeVolumeResponseBody object.

    Attributes:
        results, required: 退订包周期云硬盘的结果。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 6.1.6 UnsubscribeVolumeResponseBody (line 2906)
    """

    results: list[UnsubscribeVolume]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = field(default=None, compare=False, repr=False)
    """The X-Request-Id of the response this object came from (not part of the JSON)."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('results', self.results),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnsubscribeVolumeResponseBody:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .unsubscribe_volume import UnsubscribeVolume

        _d = dict(data)
        return cls(
            results=_S.opt(_S.take(_d, 'results', 'UnsubscribeVolumeResponseBody'), lambda x: _S.list_of(x, lambda x: _S.model(UnsubscribeVolume.from_dict, x))),
            additional_properties=_d,
        )
