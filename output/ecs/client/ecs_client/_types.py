"""Shared types: the UNSET sentinel, open enums and detailed responses."""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, Literal, TypeVar

__all__ = ["UNSET", "DetailedResponse", "HeadedResponse", "OpenEnum", "Unset"]

T = TypeVar("T")
H = TypeVar("H")


class Unset(enum.Enum):
    """Type of :data:`UNSET`: a field or argument that was not given (never sent)."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


class OpenEnum(str, enum.Enum):
    """A string enum that also accepts values the manual did not list.

    ``Status("new-value")`` gives a pseudo-member (a ``str`` equal to the value)
    instead of raising, so a newer server never breaks an older client.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @property
    def known(self) -> bool:
        """Whether the value is one the manual lists."""
        return self._value_ in type(self)._value2member_map_


@dataclass(frozen=True)
class DetailedResponse(Generic[T]):
    """A response: HTTP status, headers, raw body and the parsed body."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes
    parsed: T

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` response header, if any."""
        return self.headers.get("X-Request-Id") or self.headers.get("X-Openstack-Request-Id")


@dataclass(frozen=True)
class HeadedResponse(DetailedResponse[T], Generic[T, H]):
    """A detailed response of an operation that documents response headers: those
    headers read into a typed object (``response_headers``), beside the raw ``headers``."""

    response_headers: H
