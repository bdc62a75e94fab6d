"""doc2spec: API reference manual -> OpenAPI 3 spec -> client, server stub, site."""

__version__ = "0.1.0"
