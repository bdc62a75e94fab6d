"""Where the Jinja templates are: `templates/` beside the package in a checkout, or
`extractor/templates/` inside an installed wheel."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def template_dir(name: str) -> Path:
    """The folder of one artifact's templates (`client`, `server`, `site`)."""
    for base in (PACKAGE.parent / "templates", PACKAGE / "templates"):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"templates for '{name}' not found beside or inside the package")
