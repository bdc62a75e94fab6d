"""The stateful mode's inference for a spec, as the generated README states it.

The inference itself is runtime code (``templates/server/runtime/resources.py``,
shipped in every stub); this loads that package from the templates, under a private
name, so the README and the running stub can never disagree.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys

from .render import TEMPLATES

RUNTIME = "_doc2spec_stub_runtime"


def _runtime():
    if RUNTIME not in sys.modules:
        folder = TEMPLATES / "runtime"
        spec = importlib.util.spec_from_file_location(
            RUNTIME, folder / "__init__.py", submodule_search_locations=[str(folder)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[RUNTIME] = module
        spec.loader.exec_module(module)
    return (importlib.import_module(f"{RUNTIME}.resources"),
            importlib.import_module(f"{RUNTIME}.spec"))


def stateful_report(doc: dict) -> list[str]:
    """One line per stateful resource, per resource left stateless, and the operations
    answered by the mock in the stateful mode."""
    resources, spec = _runtime()
    return resources.Inference(doc, spec.SpecIndex(doc)).report()
