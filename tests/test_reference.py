"""Reference tables: permissions (ch9 / A.5), error codes (A.1), HTTP statuses (A.2),
resource statuses (A.3, A.4). Counts are checks on the shipped manual, never parser inputs."""
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from extractor.api.reference import (cross_check_permissions, read_error_codes,
                                     read_http_statuses, read_permissions, read_status_sets)
from extractor.blocks import Code, Loc, Paragraph, Row, Table
from extractor.findings import Findings
from extractor.manual import Manual, Section, build_manual
from extractor.sources.text import read_text

MANUAL = Path(__file__).resolve().parents[1] / "manuals" / "evs-api-reference.txt"
LINES = MANUAL.read_text(encoding="utf-8").split("\n")


@dataclass
class Read:
    primary: list
    appendix: list
    errors: list
    http: list
    sets: list
    findings: Findings

    def kind(self, kind):
        return [f for f in self.findings if f.kind == kind]


def read_all(manual) -> Read:
    findings = Findings()
    primary, appendix = read_permissions(manual, findings)
    cross_check_permissions(primary, appendix, findings)
    return Read(primary, appendix, read_error_codes(manual, findings),
                read_http_statuses(manual, findings), read_status_sets(manual, findings),
                findings)


@pytest.fixture(scope="module")
def ref():
    return read_all(build_manual(read_text(MANUAL)))


def at(rows, line):
    [row] = [r for r in rows if r.loc.line == line]
    return row


# ---------------------------------------------------------------- permissions

def test_permission_counts(ref):
    assert len(ref.primary) == 64 and len(ref.appendix) == 64
    assert Counter(p.source for p in ref.primary) == {
        "9.2": 2, "9.3": 30, "9.4": 8, "9.5": 13, "9.6": 5, "9.7": 6}
    assert {p.source for p in ref.appendix} == {"A.5"}


def test_groups_are_section_titles_and_appendix_group_lines(ref):
    assert [p.group for p in ref.primary[:3]] == ["API 版本信息查询"] * 2 + ["云硬盘"]
    assert Counter(p.group for p in ref.appendix) == Counter(p.group for p in ref.primary)
    assert at(ref.appendix, 22104).group == "云硬盘 Actions"
    assert at(ref.appendix, 22056).group == "API 版本信息查询"


def test_several_actions_and_none(ref):
    assert sum(len(p.actions) > 1 for p in ref.primary) == 19
    no_action = [p.loc.line for p in ref.primary if not p.actions]
    assert no_action == [21653, 21654, 21692, 21695]
    assert all(LINES[n - 1].split("\t")[2].strip() == "无" for n in no_action)


def test_wrap_spaces_in_name_path_and_action(ref):
    p = at(ref.primary, 21665)
    assert "evs:volumes:cr eate" in LINES[21664]
    assert (p.name, p.method, p.path, p.actions) == (
        "创建云硬盘", "POST", "/v2/{project_id}/cloudvolumes", ["evs:volumes:create"])
    assert (p.iam_project, p.enterprise_project) == (True, True)
    assert p.raw_api == "POST /v2/ {project_id}/ cloudvolumes"
    assert at(ref.primary, 21691).path == "/v2/{project_id}/os-quota-sets/{project_id}"
    assert at(ref.primary, 21668).name == "查询云硬盘列表"
    assert at(ref.primary, 21669).name == "查询云硬盘列表 (Cinder)"
    assert at(ref.primary, 21681).name == "更新云硬盘的单个元数据 (Cinder)"
    assert at(ref.primary, 21654).path == "/{api_version}"
    assert at(ref.primary, 21653).path == "/"
    assert at(ref.appendix, 22095).actions == ["evs:volumes:changeChargeMode"]
    assert at(ref.appendix, 22096).actions == ["evs:recycle_policy:get"]
    assert at(ref.primary, 21734).actions == [
        "evs:snapshots:delete", "evs:snapshots:get", "evs:volumes:get"]
    wrapped = [f for f in ref.kind("cell-wrap-space") if f.section and f.section[0] in "9A"
               and "permission table" in f.message]
    assert sum(int(f.message.split(" rows")[0].split()[-1]) for f in wrapped
               if f.section.startswith("9")) == 27
    assert sum(int(f.message.split(" rows")[0].split()[-1]) for f in wrapped
               if f.section == "A.5") == 35


def test_ul_cells_collect_actions_in_order_without_duplicates(ref):
    assert at(ref.primary, 21666).actions == [
        "evs:volumes:create", "evs:volumes:get", "ims:images:get", "evs:snaphots:get"]
    assert at(ref.appendix, 22065).actions == [
        "evs:volumes:create", "evs:volumes:get", "ims:images:get", "evs:snapshots:get"]
    assert at(ref.primary, 21750).actions == ["evs:volumeTags:list", "evs:backupTags:list"]
    cases = [f for f in ref.kind("permission-action-cases") if f.loc.line == 21666]
    assert len(cases) == 1 and "通过快照创建云硬盘: evs:volumes:create, evs:snaphots:get" \
        in cases[0].message
    assert not ref.kind("permission-action-unreadable")


def test_double_slash_collapsed(ref):
    assert "cloudvolumes/ /detail" in LINES[22068]
    assert at(ref.appendix, 22069).path == "/v2/{project_id}/cloudvolumes/detail"
    [f] = ref.kind("permission-path-repaired")
    assert f.loc.line == 22069


def test_qualifier_split_from_path(ref):
    for line in (21711, 22104):
        p = at(ref.primary + ref.appendix, line)
        assert (p.method, p.path, p.qualifier) == (
            "POST", "/v2/{project_id}/volumes/{volume_id}/action", 'action="os-extend"')
    assert at(ref.appendix, 22113).qualifier == 'action="os-update_readonly_flag"'
    assert sum(bool(p.qualifier) for p in ref.primary) == 8


def test_cross_check_finds_only_the_typo(ref):
    [f] = ref.kind("permission-table-mismatch")
    assert f.severity == "warning" and f.loc.line == 21666 and f.section == "9.3"
    assert "21666" in f.message and "22065" in f.message
    assert "evs:snaphots:get" in f.message and "evs:snapshots:get" in f.message


def test_cross_check_reports_flags_and_rows_in_one_table_only(ref):
    findings = Findings()
    primary = list(ref.primary)
    appendix = list(ref.appendix[:-1])          # the last appendix row is missing
    changed = at(appendix, 22062)
    appendix[appendix.index(changed)] = replace(changed, enterprise_project=False)
    cross_check_permissions(primary, appendix, findings)
    messages = sorted(f.message for f in findings)
    assert len(messages) == 3                   # typo, flag, row only in chapter 9
    assert any("enterprise project support differs" in m and "22062" in m for m in messages)
    assert any("primary table only" in m and "21770" in m for m in messages)


# ---------------------------------------------------------------- error codes

def test_error_code_counts(ref):
    assert len(ref.errors) == 168
    assert len({e.code for e in ref.errors}) == 158
    assert Counter(e.status for e in ref.errors) == {
        400: 125, 401: 2, 403: 6, 404: 2, 409: 1, 413: 1, 429: 1, 500: 29, 503: 1}


def test_wrapped_code_joined(ref):
    assert "Common.001 1" in LINES[21802]
    e = at(ref.errors, 21803)
    assert (e.status, e.code, e.message) == (400, "Common.0011", "query job fail.")
    assert e.description == "租户ID错误。租户ID就是项目ID。"
    wraps = [f for f in ref.kind("cell-wrap-space") if f.loc.line in (21803, 21804)]
    assert len(wraps) == 2 and all(f.severity == "info" for f in wraps)


def test_duplicates_kept_with_one_finding_each(ref):
    counts = Counter(e.code for e in ref.errors)
    assert {c: n for c, n in counts.items() if n > 1} == {
        "EVS.5400": 8, "Common.0011": 3, "EVS.5403": 2}
    dups = ref.kind("duplicate-error-code")
    assert sorted(f.message.split()[3] for f in dups) == ["Common.0011", "EVS.5400", "EVS.5403"]
    assert all(f.severity == "warning" for f in dups)


def test_identifier_wrap_joined_in_message_only_where_the_manual_spells_it_whole(ref):
    assert "__system__cm kid" in LINES[21977]
    assert "__system__cmkid is not exist" in at(ref.errors, 21978).message
    # an identifier followed by an ordinary word stays apart
    assert "error_rollbacking when" in at(ref.errors, 21857).message


def test_spelled_identifiers_are_the_manuals_underscore_runs():
    """The lazy search gives what collecting every `[A-Za-z0-9_]+` run holding `_` gives,
    for the manual's own identifiers and for near misses (joined pairs, cut ends)."""
    import re

    from extractor.api.reference.error_codes import SpelledIdentifiers
    manual = build_manual(read_text(MANUAL))
    texts = []
    for sec in manual.sections:
        for b in sec.blocks:
            if isinstance(b, Table):
                texts += list(b.header) + [c for r in b.rows for c in r.cells]
            elif isinstance(b, (Paragraph, Code)):
                texts.append(b.text)
    runs = set(re.findall(r"[A-Za-z0-9_]+", "\n".join(texts)))
    reference = {w for w in runs if "_" in w}
    spelled = SpelledIdentifiers(manual)
    assert len(reference) > 200
    assert all(w in spelled for w in reference)
    near = ({w[1:] for w in reference} | {w[:-1] for w in reference} | {w + "x" for w in reference}
            | {"x" + w for w in reference} | {a + b for a, b in zip(sorted(reference), sorted(runs))})
    assert near - reference
    for w in near:
        assert (w in spelled) == (w in reference), w


def test_two_messages_in_one_cell_kept(ref):
    e = at(ref.errors, 21793)
    assert e.code == "EVS.2231"
    assert e.message == LINES[21792].split("\t")[2].strip()
    assert "iops must between" in e.message and "throughput must between" in e.message


# ---------------------------------------------------------------- statuses

def test_http_statuses(ref):
    groups = Counter(h.group for h in ref.http)
    assert groups == {"正常": 4, "异常": 16}
    assert (ref.http[0].status, ref.http[0].description) == (200, "OK")
    assert [h.status for h in ref.http if h.group == "正常"] == [200, 201, 202, 204]
    assert ref.http[-1].status == 504


def test_status_sets(ref):
    assert [(s.number, s.title, len(s.values)) for s in ref.sets] == [
        ("A.3", "云硬盘状态", 18), ("A.4", "云硬盘快照状态", 7)]
    a3, a4 = ref.sets
    assert all(v.label for v in a3.values) and not any(v.label for v in a4.values)
    assert (a3.values[0].value, a3.values[0].label) == ("creating", "正在创建")


def test_repeated_header_is_not_a_status(ref):
    a3 = ref.sets[0]
    assert LINES[22029].startswith("云硬盘状态(API)")
    assert "云硬盘状态(API)" not in [v.value for v in a3.values]
    assert at(a3.values, 22031).value == "error_extending"


def test_status_note_list_cleaned(ref):
    v = at(ref.sets[0].values, 22034)
    assert v.value == "rollbacking"
    assert "<" not in v.description
    assert v.description.split("\n") == [
        "云硬盘处于正在从快照回滚数据的过程中。",
        "说明",
        "• 只支持快照回滚到源云硬盘，不支持快照恢复到其它指定云硬盘。",
        "• 只有当云硬盘的状态处于“可用”或“回滚数据失败”状态才允许快照回滚到源云硬盘。",
    ]
    assert "<ul" not in at(ref.sets[1].values, 22046).description


# ---------------------------------------------------------------- completeness

def test_every_row_is_read_on_the_shipped_manual(ref):
    assert not ref.kind("table-row-shape") and not ref.kind("table-unreadable")
    assert all(f.severity != "error" for f in ref.findings)


def test_deterministic():
    a = read_all(build_manual(read_text(MANUAL)))
    b = read_all(build_manual(read_text(MANUAL)))
    assert [f.as_dict() for f in a.findings] == [f.as_dict() for f in b.findings]
    assert a.primary == b.primary and a.errors == b.errors and a.sets == b.sets


# ---------------------------------------------------------------- synthetic manuals

PERM_HEADER = ("权限", "对应API接口", "授权项 (Action)", "IAM项目 (Project)",
               "企业项目 (Enterprise Project)")


def synthetic(*sections: tuple[str, str, list]) -> Manual:
    secs = [Section(number, title, Loc(line=1), blocks) for number, title, blocks in sections]
    return Manual("服务", "API 参考", "01", "2025-01-01", [], secs, Findings())


def table(header, *rows, line=100):
    return Table(tuple(header), tuple(Row(tuple(r), Loc(line=line + 1 + k))
                                      for k, r in enumerate(rows)), Loc(line=line))


def test_generic_service_actions_and_bad_rows():
    m = synthetic(("7.1", "服务器", [table(
        PERM_HEADER,
        ("创建服 务器", "POST /v1/ {project_id}/ servers", "ecs:servers:cr eate ecs:ser vers:get",
         "√", "?"),
        ("短行", "GET /v1/x"),
        ("删除", "DELETE /v1/x", "无需授权", "×", "×"),
    )]))
    findings = Findings()
    primary, appendix = read_permissions(m, findings)
    assert appendix == []
    [p, q] = primary
    assert (p.name, p.path, p.actions) == (
        "创建服务器", "/v1/{project_id}/servers", ["ecs:servers:create", "ecs:servers:get"])
    assert (p.iam_project, p.enterprise_project) == (True, None)
    assert q.actions == []
    kinds = Counter(f.kind for f in findings)
    assert kinds["table-row-shape"] == 1          # the two-cell row, not dropped silently
    assert kinds["permission-flag-unreadable"] == 1
    assert kinds["permission-action-unreadable"] == 1


def test_tables_recognised_by_header_not_section_number():
    m = synthetic(
        ("9", "权限", []),
        ("C.2", "错误码", [table(("状态码", "错误码", "错误信息", "描述", "处理措施"),
                               ("400", "X.1", "bad_va lue here", "描述", "措施"),
                               ("4xx", "X.2", "m", "d", "r"))]),
        ("C.3", "磁盘状态", [Paragraph("- 正常", Loc(line=5)),
                          table(("磁盘状态", "说明"), ("ok", "好"), ("bad", "说明 <ul>● 一 ● 二"))]),
    )
    findings = Findings()
    errors = read_error_codes(m, findings)
    assert [(e.status, e.code, e.message) for e in errors] == [(400, "X.1", "bad_va lue here")]
    assert [f.kind for f in findings] == ["error-code-unreadable"]
    [s] = read_status_sets(m, findings)
    assert (s.number, s.title, [v.value for v in s.values]) == ("C.3", "磁盘状态", ["ok", "bad"])
    assert s.values[1].description == "说明\n• 一\n• 二"
    assert read_http_statuses(m, findings) == []
