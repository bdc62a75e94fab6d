"""The stateful mode's memory: items by resource, scope (the path parameters before
the collection, e.g. the project) and id, in creation order; optionally persisted
to a JSON file, written atomically (a temporary sibling, then a rename) after every
change and read back at startup."""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path

from .values import make_uuid

LOG = logging.getLogger(__name__)
FORMAT = 1


class Store:
    """Items by (resource, scope, id); ids are UUIDs from the seed and a counter."""

    def __init__(self, *, seed: int = 0, path: str | os.PathLike | None = None):
        self.seed = seed
        self.path = Path(path) if path else None
        self.counter = 0
        self.items: dict[str, dict[str, dict[str, dict]]] = {}
        self._lock = threading.Lock()
        if self.path is not None and self.path.exists():
            self._load()

    @staticmethod
    def scope_key(scope: tuple[str, ...]) -> str:
        return "/".join(scope)

    def new_id(self, resource: str) -> str:
        self.counter += 1
        return make_uuid(self.seed, "item", resource, self.counter)

    def bucket(self, resource: str, scope: tuple[str, ...]) -> dict[str, dict]:
        return self.items.setdefault(resource, {}).setdefault(self.scope_key(scope), {})

    def get(self, resource: str, scope: tuple[str, ...], item_id: str) -> dict | None:
        return self.items.get(resource, {}).get(self.scope_key(scope), {}).get(item_id)

    def put(self, resource: str, scope: tuple[str, ...], item_id: str, record: dict) -> None:
        self.bucket(resource, scope)[item_id] = record

    def delete(self, resource: str, scope: tuple[str, ...], item_id: str) -> bool:
        return self.items.get(resource, {}).get(self.scope_key(scope), {}).pop(item_id, None) \
            is not None

    def listing(self, resource: str, scope: tuple[str, ...]) -> list[dict]:
        return list(self.items.get(resource, {}).get(self.scope_key(scope), {}).values())

    # -- persistence --------------------------------------------------------------------
    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SystemExit(f"cannot read the state file {self.path}: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise SystemExit(f"{self.path} is not a state file of this stub (format {FORMAT})")
        self.counter = int(data.get("counter") or 0)
        self.items = data.get("items") if isinstance(data.get("items"), dict) else {}

    def save(self) -> None:
        """Write the state file (if any) atomically."""
        if self.path is None:
            return
        text = json.dumps({"format": FORMAT, "seed": self.seed, "counter": self.counter,
                           "items": self.items}, ensure_ascii=False, indent=1)
        with self._lock:
            folder = self.path.parent
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(text)
                    out.flush()
                    os.fsync(out.fileno())
                os.chmod(tmp, 0o644 & ~_umask())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
