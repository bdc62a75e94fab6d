"""CreateImageServerHeaders: documented response headers of the ecs_client client (generated; do not edit)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import _serde as _S
from .._types import UNSET, Unset

__all__ = ['CreateImageServerHeaders']


@dataclass(frozen=True, kw_only=True)
class CreateImageServerHeaders:
    """Response headers of create_image_server() the spec documents (manual section 3.3.7)."""

    location: str | Unset = UNSET
    """Location: Specifies the local URL of the image, which is returned in the request header.
    This parameter is not supported in microversion 2.44 and later.
    """

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> CreateImageServerHeaders:
        """Read the documented headers of a response (names are case-insensitive there)."""
        return cls(
            location=_S.header(headers, 'Location', str),
        )
