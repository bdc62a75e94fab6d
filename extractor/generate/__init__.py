"""OpenAPI document -> view models -> Jinja templates -> output/.

Generators read only the spec (and its `x-` extensions), never the manual or the
API model, so they run on any compatible spec.
"""
