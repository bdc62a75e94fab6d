"""The endpoint pattern a manual documents, from its own example hosts.

Manuals of this family explain the endpoint (终端节点) in their chapter on calling APIs
with an example host of another service, e.g. ``iam.ap-southeast-1.myhuaweicloud.com``:
``<service>.<region>.<domain>``. That shape, with this manual's service, is the server
URL a client needs for a region. Hosts whose labels are placeholders (``xxx``,
``example``, a region spelled ``region``) say nothing and are skipped; a manual with no
such host keeps a bare ``{endpoint}`` server.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..blocks import Code, Loc, Paragraph, Table

# service . region (letters-digits with at least one hyphen: ap-southeast-1, eu-de) . domain
HOST = re.compile(r"(?<![\w.-])([a-z][a-z0-9-]*)\.([a-z]{2,}(?:-[a-z0-9]+)+)\."
                  r"((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])")
PLACEHOLDERS = frozenset({"xxx", "xx", "example", "region", "domain", "service", "endpoint"})


@dataclass(frozen=True, slots=True, repr=False, eq=False)   # never printed or compared
class EndpointPattern:
    """``https://{service}.{region}.<domain>`` with the example it was read from."""

    example: str          # the host as the manual writes it
    service: str          # the example's service label (not this manual's)
    region: str
    domain: str
    loc: Loc
    count: int            # how often the manual shows hosts of this shape

    @property
    def url(self) -> str:
        return f"https://{{service}}.{{region}}.{self.domain}"


def _texts(blocks) -> list[tuple[str, Loc]]:
    out: list[tuple[str, Loc]] = []
    for b in blocks:
        if isinstance(b, (Paragraph, Code)):
            out.append((b.text, b.loc))
        elif isinstance(b, Table):
            out.extend((cell, row.loc) for row in b.rows for cell in row.cells)
    return out


def find_endpoint_pattern(sections) -> EndpointPattern | None:
    """The most shown ``<service>.<region>.<domain>`` host outside the API sections
    (ties: the first shown), or None."""
    seen: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], tuple[str, str, str, Loc]] = {}
    for sec in sections:
        if sec.is_api():
            continue
        for text, loc in _texts(sec.blocks):
            if "-" not in text or "." not in text:      # a host holds both (most texts neither)
                continue
            for m in HOST.finditer(text.lower()):
                service, region, domain = m.groups()
                labels = {service, region, *domain.split(".")}
                if labels & PLACEHOLDERS:
                    continue
                key = (region, domain)
                seen[key] += 1
                first.setdefault(key, (m.group(0), service, region, loc))
    if not seen:
        return None
    order = list(first)
    (region, domain), count = max(seen.items(), key=lambda kv: (kv[1], -order.index(kv[0])))
    example, service, _, loc = first[(region, domain)]
    return EndpointPattern(example, service, region, domain, loc, count)
