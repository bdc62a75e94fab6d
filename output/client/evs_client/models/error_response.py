"""ErrorResponse: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _serde as _S

if TYPE_CHECKING:
    from .error_info import ErrorInfo

__all__ = ['ErrorResponse']


@dataclass(kw_only=True)
class ErrorResponse:
    """The ErrorResponse object.

    Attributes:
        error, required: 出现错误时，返回的错误信息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.5.2 查询接口版本信息列表 (line 19901)
    """

    error: ErrorInfo
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('error', self.error),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorResponse:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        from .error_info import ErrorInfo

        _d = dict(data)
        return cls(
            error=_S.opt(_S.take(_d, 'error', 'ErrorResponse'), lambda x: _S.model(ErrorInfo.from_dict, x)),
            additional_properties=_d,
        )
