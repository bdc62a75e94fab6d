"""Spec -> a pip-installable Python client package (sync and async, on httpx).

Parser -> view models -> templates, as openapi-python-client does: ``schema_types``
and ``operations`` turn the spec into view models, ``example`` picks the README's
example script, ``view`` gathers them; ``render`` fills the Jinja templates in
``templates/client/`` and copies the runtime (and ``signer.py``) verbatim.
Reads only the spec.
"""
from .render import ClientSummary, generate_client, render_client
from .view import default_package

__all__ = ["ClientSummary", "default_package", "generate_client", "render_client"]
