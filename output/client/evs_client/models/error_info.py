"""ErrorInfo: a model of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import _serde as _S

__all__ = ['ErrorInfo']


@dataclass(kw_only=True)
class ErrorInfo:
    """The ErrorInfo object.

    Attributes:
        code, required: 出现错误时，返回的错误码。
            取值范围: 错误码和其对应的含义请参考错误码说明 。
        message, required: 出现错误时，返回的错误消息。

    additional_properties: keys the spec does not list, kept as received.

    Source: manual section 8.2.5.2 Error (line 19904)
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: UNSET fields left out, unknown keys kept."""
        return _S.pack(
            self.additional_properties,
            ('code', self.code),
            ('message', self.message),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorInfo:
        """Read a JSON object; keys the spec does not list go to additional_properties."""
        _d = dict(data)
        return cls(
            code=_S.take(_d, 'code', 'ErrorInfo'),
            message=_S.take(_d, 'message', 'ErrorInfo'),
            additional_properties=_d,
        )
