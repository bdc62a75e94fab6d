"""Operation ids from titles + method/path: readable, unique, stable, glossary-driven."""
import json
import keyword
import random
import re
from collections import defaultdict

import pytest

from extractor.blocks import Paragraph
from extractor.manual import strip_deprecation
from extractor.naming import (GLOSSARY_PATH, Glossary, assign_operation_ids, chapter_words,
                              operation_id, sdk_method, snake_case, tokenize, uncovered)

REQUEST_RE = re.compile(r"^(GET|POST|PUT|DELETE) (/.*)$")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def request_line(section) -> tuple[str, str]:
    """The first `METHOD /path` paragraph after the URI label (5.1/5.2: `- URI格式`)."""
    seen_label = False
    for b in section.blocks:
        if not isinstance(b, Paragraph):
            continue
        if b.text.strip() in ("URI", "- URI格式"):
            seen_label = True
            continue
        if seen_label:
            m = REQUEST_RE.match(b.text.strip())
            if m:
                return m.group(1), re.sub(r"\s+", "", m.group(2))
    raise AssertionError(f"{section.number}: no request line")


@pytest.fixture(scope="module")
def items(manual):
    out = []
    for s in manual.api_sections:
        method, path = request_line(s)
        base, deprecated = strip_deprecation(s.title)
        out.append((s.number, base, method, path, deprecated))
    return out


@pytest.fixture(scope="module")
def sdk_items(api, items):
    """The items with what the API model adds: each section's SDK method and chapter words."""
    by_number = {s.number: s for s in api.sections}
    out = []
    for key, *rest in items:
        s = by_number[key]
        out.append((key, *rest, sdk_method((c.language, c.source) for c in s.code_samples),
                    chapter_words(api.tag_ancestors(s.tag_number))))
    return out


@pytest.fixture(scope="module")
def ids(items):
    return assign_operation_ids(items)


@pytest.fixture(scope="module")
def sdk_ids(sdk_items):
    return assign_operation_ids(sdk_items)


@pytest.fixture(scope="module")
def by_title(items, ids):
    """(title, method, path) -> id, for spot checks that do not name sections."""
    return {(t, m, p): ids[k] for k, t, m, p, _ in items}


# ------------------------------------------------------------------- the whole manual

def test_every_section_gets_a_unique_id(items, ids):
    assert len(items) == 122
    assert set(ids) == {k for k, *_ in items}
    assert len(set(ids.values())) == 122


def test_ids_are_ascii_lower_camel_identifiers_and_unique_in_snake_case(ids):
    for oid in ids.values():
        assert re.fullmatch(r"[a-z][A-Za-z0-9]*", oid), oid
        assert oid.isidentifier() and not keyword.iskeyword(oid)
        assert not keyword.iskeyword(snake_case(oid))
    assert len({snake_case(i) for i in ids.values()}) == 122


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_ids_do_not_depend_on_input_order(items, ids, seed):
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    assert assign_operation_ids(shuffled) == ids
    assert assign_operation_ids(list(reversed(items))) == ids


def test_ids_never_carry_section_numbers(items, ids):
    # Relabelling the keys (keeping their order) changes nothing: keys only break ties.
    opaque = {k: f"k{i:03d}" for i, (k, *_) in enumerate(items)}
    relabelled = assign_operation_ids([(opaque[k], *rest) for k, *rest in items])
    assert {k: relabelled[opaque[k]] for k in ids} == ids


def test_variants_on_one_method_and_path_differ_by_title(items):
    groups = defaultdict(set)
    for _, title, method, path, _ in items:
        groups[method, path].add(title)
    action = groups["POST", "/v2/{project_id}/volumes/{volume_id}/action"]
    assert len(action) == 8
    assert len(groups["POST", "/v3/{project_id}/volumes/{volume_id}/action"]) == 4
    for (method, path), titles in groups.items():
        base = {operation_id(t, method, path) for t in titles}
        assert len(base) == len(titles), (method, path, titles)


# ------------------------------------------------------------------- readability

def test_spot_checks_read_right(by_title):
    v21 = by_title["创建云硬盘", "POST", "/v2.1/{project_id}/cloudvolumes"]
    v3 = by_title["创建云硬盘", "POST", "/v3/{project_id}/volumes"]
    assert v21.startswith("createVolume") and v3.startswith("createVolume")
    assert (v21, v3) == ("createVolumeV21", "createVolumeV3")
    extend = by_title["扩容云硬盘", "POST", "/v2.1/{project_id}/cloudvolumes/{volume_id}/action"]
    assert "extend" in extend.lower() or "resize" in extend.lower()
    assert by_title["批量扩容云硬盘", "POST", "/v5/{project_id}/volumes/batch-extend"] \
        == "batchResizeVolumes"
    assert by_title["查询所有云硬盘详情", "GET", "/v3/{project_id}/volumes/detail"] \
        .startswith("listVolumeDetails")
    assert by_title["查询单个云硬盘详情", "GET", "/v3/{project_id}/volumes/{volume_id}"] \
        .startswith("showVolume")
    assert by_title["查询云硬盘列表", "GET", "/v3/{project_id}/volumes"].startswith("listVolumes")
    assert by_title["删除云硬盘快照的单个元数据", "DELETE",
                    "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}"] \
        .startswith("deleteSnapshotMetadataItem")
    assert by_title["查询所有的可用分区信息", "GET", "/v2/{project_id}/os-availability-zone"] \
        == "listAvailabilityZones"
    assert by_title["修改云硬盘 QoS", "PUT", "/v5/{project_id}/cloudvolumes/{volume_id}/qos"] \
        == "modifyVolumeQos"
    assert by_title["查询 job 的状态", "GET", "/v1/{project_id}/jobs/{job_id}"] == "showJobStatus"
    assert by_title["查询接口版本信息列表", "GET", "/"].startswith("listApiVersions")


def test_list_or_show_by_rule():
    assert operation_id("查询云硬盘标签", "GET", "/v2/{project_id}/cloudvolumes/{volume_id}/tags") \
        == "showVolumeTags"
    assert operation_id("获取所有云硬盘资源的标签", "GET", "/v2/{project_id}/cloudvolumes/tags") \
        == "listVolumeResourceTags"
    assert operation_id("查询扩展接口", "GET", "/v2/{project_id}/extensions") == "listExtensions"
    assert operation_id("查询云硬盘", "GET", "/v2/{project_id}/volumes") == "listVolumes"
    assert operation_id("查询云硬盘", "GET", "/v2/{project_id}/volumes/{volume_id}") == "showVolume"


def test_verb_order_prepositions_and_marker():
    assert operation_id("云硬盘类型变更", "POST", "/v2/{p}/volumes/{v}/retype") == "changeVolumeType"
    assert operation_id("将云硬盘导出为镜像", "POST", "/v3/{p}/volumes/{v}/action") \
        == "exportVolumeToImage"
    assert operation_id("通过标签查询云硬盘资源实例详情", "POST",
                        "/v2/{project_id}/cloudvolumes/resource_instances/action") \
        == "listVolumeResourceDetailsByTags"
    assert operation_id("创建云硬盘（废弃）", "POST", "/v2/{p}/volumes") == "createVolume"


def test_without_a_verb_the_method_decides_and_ids_stay_identifiers():
    assert operation_id("云硬盘", "DELETE", "/v2/{p}/volumes/{volume_id}") == "deleteVolume"
    assert operation_id("云硬盘", "GET", "/v2/{p}/volumes") == "listVolumes"
    assert operation_id("", "GET", "/v2/{p}/volumes/{volume_id}") == "showVolumes"
    oid = operation_id("导入", "POST", "/")
    assert oid.isidentifier() and not keyword.iskeyword(oid) and oid.isascii()


# ------------------------------------------------------------------- disambiguation

def test_version_then_collection_then_ordinal():
    items = [
        ("a", "创建云硬盘", "POST", "/v2/{project_id}/cloudvolumes", True),
        ("b", "创建云硬盘", "POST", "/v2/{project_id}/volumes", True),
        ("c", "创建云硬盘", "POST", "/v3/{project_id}/volumes", False),
        ("d", "创建云硬盘", "POST", "/v3/{project_id}/cloudvolumes", True),
        ("e", "删除云硬盘", "DELETE", "/v3/{project_id}/volumes/{volume_id}", False),
        ("f", "查询接口版本信息列表", "GET", "/", False),
        ("g", "查询接口版本信息列表", "GET", "/", False),
    ]
    assert assign_operation_ids(items) == {
        "a": "createVolumeV2Cloudvolumes", "b": "createVolumeV2Volumes",
        "c": "createVolumeV3", "d": "createVolumeV3Cloudvolumes",
        "e": "deleteVolume",  # no clash, no suffix
        "f": "listApiVersions", "g": "listApiVersions2",
    }
    assert assign_operation_ids(items[::-1]) == assign_operation_ids(items)


def test_snake_case():
    assert snake_case("createVolumeV3") == "create_volume_v3"
    assert snake_case("createVolumeV21") == "create_volume_v21"
    assert snake_case("showVolumeV2OsVendorVolumes") == "show_volume_v2_os_vendor_volumes"
    assert snake_case("listApiVersions2") == "list_api_versions2"
    assert snake_case("modifyVolumeQos") == "modify_volume_qos"


# ------------------------------------------------------------------- the glossary

def greedy_uncovered(title: str, keys: set[str]) -> list[str]:
    """CJK characters left over after greedy longest match of the title against keys."""
    longest = max(len(k) for k in keys)
    left, i = [], 0
    while i < len(title):
        for n in range(min(longest, len(title) - i), 0, -1):
            if title[i:i + n] in keys:
                i += n
                break
        else:
            if CJK_RE.match(title[i]):
                left.append(title[i])
            i += 1
    return left


def test_glossary_covers_every_cjk_character_of_every_title(items):
    data = json.loads(GLOSSARY_PATH.read_text(encoding="utf-8"))
    keys = set()
    for value in data.values():
        keys.update(value if isinstance(value, list) else value.keys())
    keys = {k for k in keys if CJK_RE.search(k)}
    for key, title, *_ in items:
        assert greedy_uncovered(title, keys) == [], (key, title)
        assert uncovered(title) == [], (key, title)


def test_ascii_words_in_titles_are_glossary_terms(items):
    terms = {k.lower() for k in json.loads(GLOSSARY_PATH.read_text(encoding="utf-8"))["terms"]}
    words = {w for _, t, *_ in items for w in re.findall(r"[A-Za-z]+", t)}
    assert words == {"API", "QoS", "job"}
    assert all(w.lower() in terms for w in words)


def test_glossary_shape_and_english_values():
    data = json.loads(GLOSSARY_PATH.read_text(encoding="utf-8"))
    assert {"verbs", "terms", "stopwords"} <= set(data)
    for section in ("verbs", "modifiers", "prepositions", "terms", "method_verbs"):
        for key, english in data[section].items():
            assert re.fullmatch(r"@query|[a-z]+( [a-z]+)*", english), (section, key, english)
    assert data["verbs"]["创建"] == "create" and data["terms"]["云硬盘"] == "volume"


def test_uncovered_text_is_reported_and_left_out():
    assert uncovered("创建云硬盘备份") == ["备份"]
    assert [t.kind for t in tokenize("创建云硬盘备份")] == ["verb", "term", "unknown"]
    assert operation_id("创建云硬盘备份", "POST", "/v2/{p}/backups") == "createVolume"


def test_another_manual_works_given_its_glossary():
    g = Glossary.from_dict({
        "verbs": {"查询": "@query", "创建": "create", "重启": "reboot"},
        "modifiers": {"批量": "batch"},
        "terms": {"云服务器": "server", "网卡": "nic"},
        "stopwords": ["的"],
        "list_markers": ["列表"],
    })
    items = [
        ("1", "查询云服务器列表", "GET", "/v1/{project_id}/cloudservers", False),
        ("2", "批量重启云服务器", "POST", "/v1/{project_id}/cloudservers/action", False),
        ("3", "查询云服务器的网卡", "GET", "/v1/{project_id}/cloudservers/{server_id}/nics", False),
        ("4", "创建云服务器", "POST", "/v1/{project_id}/cloudservers", False),
        ("5", "创建云服务器", "POST", "/v1.1/{project_id}/cloudservers", False),
    ]
    assert assign_operation_ids(items, glossary=g) == {
        "1": "listServers", "2": "batchRebootServers", "3": "showServerNic",
        "4": "createServerV1", "5": "createServerV11",
    }


# ------------------------------------------------------------------- SDK method names

PY_CALL_RE = re.compile(r"client\.([a-z_][a-z0-9_]*)\(")


def manual_python_calls(api) -> dict[str, str]:
    """Section -> the one method its Python samples call, read here with a plain regex."""
    out = {}
    for s in api.sections:
        calls = {m for c in s.code_samples if c.language == "Python"
                 for m in PY_CALL_RE.findall(c.source)}
        if calls:
            assert len(calls) == 1, (s.number, calls)
            out[s.number] = calls.pop()
    return out


def test_sections_with_sdk_samples_take_the_sdk_method_name(api, sdk_ids):
    calls = manual_python_calls(api)
    assert len(set(calls.values())) == 21
    for number, method in calls.items():
        assert snake_case(sdk_ids[number]) == method, (number, sdk_ids[number], method)


def test_sdk_names_are_pinned_and_others_stay_unique_and_order_free(sdk_items, sdk_ids, api):
    calls = manual_python_calls(api)
    assert len({snake_case(i) for i in sdk_ids.values()}) == len(sdk_ids) == 122
    for seed in (0, 1):
        shuffled = list(sdk_items)
        random.Random(seed).shuffle(shuffled)
        assert assign_operation_ids(shuffled) == sdk_ids
    # a glossary-named section whose base name an SDK method took gets a qualifier instead
    taken = {sdk_ids[n] for n in calls}
    for key, title, method, path, *_ in sdk_items:
        if key not in calls and operation_id(title, method, path) in taken:
            assert sdk_ids[key] != operation_id(title, method, path)


def test_sdk_method_from_python_else_java_else_go():
    py = ("Python", "request = X()\nresponse = client.modify_volume_qos(request)")
    java = ("Java", "ModifyVolumeQoSResponse r = client.modifyVolumeQoS(request);")
    go = ("Go", "response, err := client.ModifyVolumeQoS(request)")
    assert sdk_method([java, py, go]) == "modifyVolumeQos"
    assert sdk_method([java, go]) == "modifyVolumeQos"
    assert sdk_method([go]) == "modifyVolumeQos"
    assert snake_case(sdk_method([("Go", "client.CinderListQuotas(r)")])) == "cinder_list_quotas"
    assert sdk_method([("Python", "client.a(x)\nclient.b(y)")]) == ""     # not one method
    assert sdk_method([("Python", "print(x)")]) == ""


def test_glossary_verbs_follow_the_sdk_where_the_manual_shows_both(sdk_items, api):
    calls = manual_python_calls(api)
    for key, title, method, path, *_ in sdk_items:
        if key in calls and ("添加" in title or "扩容" in title):
            derived = snake_case(operation_id(title, method, path)).split("_")
            assert derived[:2] == calls[key].split("_")[:2], (title, derived, calls[key])


def test_chapter_words_tell_chapters_apart(api, sdk_ids, sdk_items):
    assert chapter_words(["历史 API", "Cinder API"]) == ("legacy", "cinder")
    assert chapter_words(["API"]) == ()
    root = sorted((k, sdk_ids[k]) for k, t, m, p, *_ in sdk_items if (m, p) == ("GET", "/"))
    chapters = {k: c for k, *_, c in sdk_items}
    assert len(root) == 2
    for key, oid in root:       # the same call in two chapters: the legacy one says so
        expected = "listApiVersions" if not chapters[key] else "legacyCinderListApiVersions"
        assert oid == expected, (key, oid)


def test_pinned_clash_qualifies_only_the_others():
    items = [
        ("a", "创建快照", "POST", "/v2/{project_id}/cloudsnapshots", False, "createSnapshot", ()),
        ("b", "创建快照", "POST", "/v5/{project_id}/snapshots", False, "", ("cinder",)),
        ("c", "创建快照", "POST", "/v2/{project_id}/snapshots", False, "",
         ("legacy", "cinder")),
    ]
    ids = assign_operation_ids(items)
    assert ids["a"] == "createSnapshot"
    assert ids["b"] == "createSnapshotV5"
    assert ids["c"] not in ("createSnapshot", ids["b"]) and ids["c"].startswith("createSnapshot")


# ------------------------------------------------------------------- components and tags

def test_pascal_component_names():
    from extractor.spec_names import fold, pascal_name
    assert pascal_name("media-types") == "MediaTypes"
    assert pascal_name("iops") == "Iops"
    assert pascal_name("ModifyVolumeQoSOption") == "ModifyVolumeQoSOption"
    assert pascal_name("os-vol-host-attr:host") == "OsVolHostAttrHost"
    for reserved in ("Error", "Object", "List", "Type", "Map", "String", "error"):
        assert pascal_name(reserved).lower() != reserved.lower()
        assert pascal_name(reserved).isascii() and pascal_name(reserved)[0].isupper()
    assert pascal_name("2fa") != "2fa" and pascal_name("2fa")[0].isalpha()
    assert fold("CinderUpdateVolumeReadOnlyOption") == fold("cinder_update-volume_readonly option")


def test_tag_names_from_the_glossary_qualified_by_chapter(api):
    from extractor.spec_names import tag_groups, tag_names, title_words
    assert title_words("云硬盘管理") == ["Volume", "Management"]
    assert title_words("Job 任务管理") == ["Job", "Management"]     # job + 任务: one word
    names = tag_names(api.tags, api.tag_ancestors)
    assert all(n.isascii() for n in names.values())
    assert len(set(names.values())) == len(names) == len(api.tags)
    same_title = [n for n, t in api.tags if t == "云硬盘管理"]
    assert len(same_title) == 3
    plain = [n for n in same_title if names[n] == "Volume Management"]
    assert len(plain) == 1 and not [w for w in api.tag_ancestors(plain[0]) if "历史" in w]
    for n in same_title:                            # the others say which chapter
        if n not in plain:
            assert names[n].startswith("Legacy") and names[n].endswith("Volume Management")
    groups = tag_groups(api.tags, names, api.tag_ancestors)
    assert [t for g in groups for t in g["tags"]] == [names[n] for n, _ in api.tags]


def test_tag_names_for_another_manual():
    from extractor.spec_names import tag_names
    g = Glossary.from_dict({"terms": {"云服务器": "server", "管理": "management",
                                      "历史": "legacy"},
                            "generic_chapter_words": ["api"]})
    tags = [("5.1", "云服务器管理"), ("6.1", "云服务器管理")]
    chapters = {"5": "API", "6": "历史 API"}
    names = tag_names(tags, lambda n: [chapters[n.split(".")[0]]], g)
    assert names == {"5.1": "Server Management", "6.1": "Legacy Server Management"}
