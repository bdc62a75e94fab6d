"""Manual -> API model: plain dataclasses describing operations, schemas and reference tables."""
