"""The stub's runtime: generic code that serves any OpenAPI 3 document.

Copied verbatim by doc2spec into every generated stub and regenerated on every run;
nothing in here is specific to one API. Implementations belong in ``handlers/``.
"""
