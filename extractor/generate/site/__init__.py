"""OpenAPI spec (+ findings, + changelog) -> a static, offline, searchable reference site.

Reads only the spec and its `x-` extensions. Every page is rendered by Jinja with
autoescaping, so text from the manual is always data. The output works from `file://`:
relative links only, no fetch(), the search index is a script file.

build.py: the Site view model; operations.py, reference.py, schema.py: its parts;
search.py: the search index; render.py: templates -> files -> folder.

The view models are dataclasses without a generated __repr__ (nothing prints them) and
without __eq__ except Link, Source and PermissionRow (reference.py lists each once by
value): every generated method is compiled from source when the module is imported.
"""
from .build import Site, build_model
from .render import GENERATOR, build_site, render_site, write_site

__all__ = ["GENERATOR", "Site", "build_model", "build_site", "render_site", "write_site"]
