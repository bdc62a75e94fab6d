"""Conversions between JSON values and the generated models (used by generated code)."""
from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from ._types import UNSET, OpenEnum, Unset

T = TypeVar("T")
E = TypeVar("E", bound=OpenEnum)


def take(data: dict[str, Any], key: str, owner: str) -> Any:
    """Pop a required key, with a clear error when it is missing."""
    try:
        return data.pop(key)
    except KeyError:
        raise ValueError(f"{owner}: required key {key!r} is missing") from None


def opt(value: Any, parse: Callable[[Any], T]) -> Any:
    """Parse ``value`` unless it is UNSET or null."""
    if value is UNSET or value is None:
        return value
    return parse(value)


def model(parse: Callable[[Mapping[str, Any]], T], value: Any) -> T:
    """A model from a JSON object; any other value is kept as it is."""
    if isinstance(value, Mapping):
        return parse(value)
    return cast(T, value)


def enum_of(cls: type[E], value: Any) -> E:
    """An enum member (or pseudo-member, for a value the manual did not list)."""
    if isinstance(value, str):
        return cls(value)
    return cast(E, value)


def list_of(value: Any, parse: Callable[[Any], T]) -> list[T]:
    """Parse each item of a JSON array; any other value is kept as it is."""
    if isinstance(value, list):
        return [parse(item) for item in value]
    return cast("list[T]", value)


def map_of(value: Any, parse: Callable[[Any], T]) -> dict[str, T]:
    """Parse each value of a JSON object; any other value is kept as it is."""
    if isinstance(value, Mapping):
        return {str(key): parse(item) for key, item in value.items()}
    return cast("dict[str, T]", value)


def dump(value: Any) -> Any:
    """A model, enum, list or mapping as a plain JSON value (UNSET members dropped)."""
    if value is UNSET:
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): dump(item) for key, item in value.items() if item is not UNSET}
    if isinstance(value, (list, tuple)):
        return [dump(item) for item in value]
    return value


def obj(data: Any) -> Mapping[str, Any]:
    """A response body that must be a JSON object."""
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return data


def arr(data: Any) -> list[Any]:
    """A response body that must be a JSON array."""
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return data


def pack(extra: Mapping[str, Any], *pairs: tuple[str, Any]) -> dict[str, Any]:
    """A JSON object from (key, value) pairs, skipping UNSET, then the extra keys."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if value is not UNSET:
            out[key] = dump(value)
    for key, value in extra.items():
        if key not in out and value is not UNSET:
            out[key] = dump(value)
    return out


def header(headers: Mapping[str, str], name: str, parse: Callable[[str], T]) -> T | Unset:
    """A documented response header's value, parsed; UNSET when the response lacks it."""
    value = headers.get(name)
    return UNSET if value is None else parse(value)


def required_header(headers: Mapping[str, str], name: str, parse: Callable[[str], T]) -> T:
    """A response header the spec requires, parsed, with a clear error when it is missing."""
    value = headers.get(name)
    if value is None:
        raise ValueError(f"required response header {name!r} is missing")
    return parse(value)


def boolean(text: str) -> bool:
    """A header's ``true``/``false``."""
    value = text.strip().lower()
    if value not in ("true", "false"):
        raise ValueError(f"not a boolean: {text!r}")
    return value == "true"
