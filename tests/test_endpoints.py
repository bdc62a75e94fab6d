"""The server URL follows the endpoint shape the manual itself shows (issue 12)."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.api.endpoints import find_endpoint_pattern
from extractor.blocks import Loc, Paragraph
from extractor.manual import Section

ROOT = Path(__file__).resolve().parents[1]


def _section(number: str, *texts: str) -> Section:
    return Section(number, "t", Loc(line=1),
                   [Paragraph(t, Loc(line=i + 1)) for i, t in enumerate(texts)])


def test_the_shipped_spec_takes_the_manuals_endpoint_shape():
    manual = (ROOT / "manuals" / "evs-api-reference.txt").read_text(encoding="utf-8")
    spec = json.loads((ROOT / "specs" / "evs.openapi.json").read_text(encoding="utf-8"))
    findings = json.loads((ROOT / "specs" / "evs.findings.json").read_text(encoding="utf-8"))
    server = spec["servers"][0]
    host = server["url"].removeprefix("https://")
    service, region, domain = host.split(".", 2)
    assert (service, region) == ("{service}", "{region}")
    # the domain and the default region are the ones of the manual's own example host
    example = f"{server['variables']['region']['default']}.{domain}"
    assert f".{example}" in manual
    # the service is this manual's own abbreviation, as the cover line states it (`云硬盘（EVS）`)
    assert f"（{server['variables']['service']['default'].upper()}）" in manual
    rows = findings["findings"] if isinstance(findings, dict) else findings
    assert any(f["kind"] == "endpoint-pattern-inferred" for f in rows)


def test_a_manual_with_only_placeholder_hosts_keeps_a_bare_endpoint():
    spec = json.loads((ROOT / "specs" / "ecs" / "ecs.openapi.json").read_text(encoding="utf-8"))
    assert spec["servers"][0]["url"] == "https://{endpoint}"


def test_placeholders_api_sections_and_ties():
    found = find_endpoint_pattern([
        _section("1", "例如 compute.region.xxx.com 或 ecs.eu-de.example.com"),
        _section("2", "Endpoint: iam.cn-north-4.cloud.test, then obs.cn-north-4.cloud.test",
                 "also vpc.eu-west-0.other.test"),
    ])
    assert (found.region, found.domain, found.example, found.count) == \
        ("cn-north-4", "cloud.test", "iam.cn-north-4.cloud.test", 2)
    assert found.url == "https://{service}.{region}.cloud.test"
    api = _section("3", "URI", "x.ap-southeast-1.only-in-api.test")
    assert find_endpoint_pattern([api]) is None
    assert find_endpoint_pattern([_section("4", "no hosts here")]) is None
