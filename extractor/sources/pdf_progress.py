"""A one-line progress bar on stderr (pages done, rate, ETA), only on a terminal."""
from __future__ import annotations

import sys
import time


class Progress:
    """Draws at most ~10 times a second; `close()` erases the line."""

    def __init__(self, total: int, label: str = "pages", enabled: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.total, self.label, self.done = total, label, 0
        self.enabled = enabled and total > 0 and _is_tty(self.stream)
        self.start = time.perf_counter()
        self._drawn = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._drawn < 0.1 and self.done < self.total:
            return
        self._drawn = now
        self.stream.write("\r" + self.render(now - self.start))
        self.stream.flush()

    def render(self, elapsed: float) -> str:
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        return (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                f"{self.label}  {rate:5.1f}/s  ETA {eta:4.0f}s ")

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
