"""Cell clean-up, type strings and description parsing, checked on the shipped manual's own cells."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extractor.api.cells import (
    clean_action, clean_cell, clean_identifier, clean_path, clean_type_string,
    parse_description, parse_type,
)

MANUAL = Path(__file__).resolve().parents[1] / "manuals" / "evs-api-reference.txt"


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    return MANUAL.read_text(encoding="utf-8").split("\n")


def line(n: int) -> str:
    """Line n (1-based) of the shipped manual."""
    return _lines()[n - 1]


def cells(n: int) -> list[str]:
    return line(n).split("\t")


def desc_cell(n: int) -> str:
    """The raw description cell (last column) of the table row on line n."""
    return cells(n)[-1]


def type_cell(n: int) -> str:
    """The raw type cell (last but one column) of the table row on line n."""
    return cells(n)[-2]


def described(n: int, kind: str | None = None):
    """parse_description of row n, typed by the row's own type column unless told."""
    if kind is None:
        t = parse_type(type_cell(n))
        while t.kind == "array" and t.items is not None:
            t = t.items
        kind = t.kind
    return parse_description(clean_cell(desc_cell(n)), kind)


@lru_cache(maxsize=1)
def table_rows() -> list[tuple[int, str, str]]:
    """(line, raw type, raw description) of every row under a `参数 … 参数类型 描述` header."""
    rows = []
    ncols = None
    for i, text in enumerate(_lines(), 1):
        if "\t" not in text:
            if text.strip():
                ncols = None                     # a table ends at the first non-row line
            continue
        c = text.split("\t")
        if c[0].strip() == "参数" and len(c) in (3, 4):
            ncols = len(c) if "类型" in c[-2] else None
            continue
        if ncols and len(c) == ncols:
            rows.append((i, c[-2], c[-1]))
    return rows


# -- clean_cell -----------------------------------------------------------------------

def test_inline_labels_start_lines_931():
    text = clean_cell(desc_cell(931))
    assert text.split("\n") == [
        '参数解释 项目ID。 获取方法请参见 "获取项目ID" 。',
        "约束限制 不涉及。", "取值范围 不涉及。", "默认取值 不涉及。"]


def test_p_wrapped_labels_971():
    text = clean_cell(desc_cell(971))
    assert "<p>" not in text and "</p>" not in text
    assert text.split("\n")[1:] == ["约束限制 不涉及。", "取值范围 不涉及。", "默认取值 不涉及。"]
    d = parse_description(text)
    assert d.explanation.startswith("企业项目ID。创建云硬盘时")
    assert (d.constraints, d.value_range, d.default_text) == ("", "", "")


def test_labels_in_own_paragraphs_and_ordered_list_4594():
    text = clean_cell(desc_cell(4594))
    assert "<" not in text
    d = parse_description(text)
    assert d.explanation.startswith("变更至指定的云硬盘类型")
    assert d.constraints.split("\n") == [
        "1. 当指定的云硬盘类型在availability_zone内不存在时，则变更云硬盘类型失败;",
        "2. 原类型为SAS时，可以变更到上述的其他任意类型;",
        "3. 原类型包含SSD时，可以retype到其他包含SSD的类型，但不能retype到SAS;"]
    assert d.default_text == ""
    assert d.enum == ["SAS", "GPSSD", "SSD", "ESSD", "GPSSD2", "ESSD2"]
    assert d.enum_descriptions["ESSD2"] == "极速型SSD V2云硬盘"


def test_unclosed_ul_with_bullets_952():
    text = clean_cell(desc_cell(952))
    assert text.split("\n") == [
        "参数解释 计费模式。", "约束限制 不涉及。", "取值范围",
        "• prePaid: 包年包月", "• postPaid: 按需", "默认取值 postPaid。"]


def test_black_circle_bullets_3771():
    text = clean_cell(desc_cell(3771))
    lines = text.split("\n")
    assert lines[0] == "云硬盘大小，单位为GiB，其限制如下："
    assert lines[1:3] == ["• 系统盘：1GiB-1024GiB", "• 数据盘：10GiB-32768GiB"]
    assert len(lines) == 5 and all(x.startswith("• ") for x in lines[1:])


def test_code_tags_and_nested_dash_list_2565():
    text = clean_cell(desc_cell(2565))
    assert "<code>" not in text and "<ul" not in text
    lines = text.split("\n")
    assert "• __system__cmkid metadata中的加密cmkid字段，与 __system__encrypted配合表示需要加密，" \
           "cmkid长度固定为36个字节。 请求获取密钥ID的方法请参考：\"查询密钥列表\"。" in lines
    assert "• hw:passthrough" in lines
    assert any(x.startswith("• true表示云硬盘的设备类型为SCSI类型") for x in lines)
    assert any(x.startswith("• false表示云硬盘的设备类型为VBD") for x in lines)
    assert lines[-1].startswith("• orderID metadata中的表示云硬盘计费类型的字段。")


def test_space_dash_bullet_2389():
    assert clean_cell(line(2389)) == "• 不支持共享云硬盘，即multiattach参数值必须为false。"


def test_wingdings_bullet_14526():
    assert clean_cell(line(14526)) == "• 扩容状态为available的云硬盘时，没有约束限制。"


def test_stray_rule_dropped_2383():
    assert clean_cell(line(2383)) == "对按需或者包周期云硬盘进行批量扩容。"


def test_wrap_space_between_ideographs_4571():
    d = parse_description(clean_cell(desc_cell(4571)))
    assert d.explanation == "云硬盘ID。 可通过EVS控制台的云硬盘列表页面获取云硬盘ID。"


def test_wrap_spaces_inside_words_5392():
    d = described(5392)
    assert "云硬盘处于挂载状态时，不能强制创建快照。" in d.constraints
    assert "即使云硬盘处于挂载状态时" in d.constraints


def test_note_word_keeps_its_space_10828():
    assert "\n说明 从快照创建云硬盘时" in clean_cell(desc_cell(10828))


def test_dash_glued_to_cjk_outside_list_982():
    d = described(982)
    assert d.constraints.split("\n")[:2] == ["• 系统盘：1GiB-1024GiB", "• 数据盘：10GiB-32768GiB"]
    assert len(d.constraints.split("\n")) == 4


def test_markerless_list_recovered_958():
    d = described(958)
    assert d.value_range.split("\n") == ["• month：月", "• year：年"]
    assert d.enum == ["month", "year"]
    assert d.enum_descriptions == {"month": "月", "year": "年"}


def test_markerless_list_of_cjk_keys_4045():
    lines = clean_cell(desc_cell(4045)).split("\n")
    assert lines[-2:] == ["• 数据盘：32768GiB", "• 系统盘：1024GiB"]


def test_markerless_list_of_sentences_stays_one_item_1006():
    lines = clean_cell(desc_cell(1006)).split("\n")
    assert lines[1].startswith("• 直接在包周期云服务器上新增云硬盘")
    assert lines[2] == "取值范围 不涉及。"


def test_partly_marked_list_10828():
    lines = clean_cell(desc_cell(10828)).split("\n")
    assert lines[1:5] == ['• "SATA"为普通IO云硬盘(已售罄)', '• "SAS"为高IO云硬盘',
                          '• "GPSSD"为通用型SSD云硬盘',
                          '• "SSD"为超高IO云硬盘当指定的云硬盘类型在 availability_zone内不存在时, '
                          '则创建云硬盘失败。']


def test_tag_like_text_is_not_a_tag():
    assert clean_cell(desc_cell(10953)) == "云硬盘的标签。 如果云硬盘有标签, 则会有该字段, 否则该字段为空。"
    assert clean_cell("类型为Map<String,String>，见<YOUR REGION>") == \
        "类型为Map<String,String>，见<YOUR REGION>"


def test_li_and_br():
    assert clean_cell("<ul><li>a</li><li>b</li></ul>after") == "• a\n• b\nafter"
    assert clean_cell("<ol><li>one</li><li>two</li></ol>") == "1. one\n2. two"
    assert clean_cell("a<br>b<br/>c") == "a\nb\nc"


def test_link_remnant_bullet_inside_prose_is_kept_676():
    assert clean_cell(desc_cell(676)) == "接口版本信息列表，请参见 •versions参数说明 。"


def test_clean_cell_keeps_every_character_and_is_idempotent():
    for i, text in enumerate(_lines(), 1):
        if "\t" not in text:
            continue
        for cell in text.split("\t"):
            once = clean_cell(cell)
            assert clean_cell(once) == once, i


# -- identifiers, paths, actions ----------------------------------------------------------

def test_type_wrap_space_in_x_object_5386():
    assert clean_identifier(type_cell(5386)) == "CreateSnapshotOption object"
    t = parse_type(type_cell(5386))
    assert (t.kind, t.name, t.raw) == ("ref", "CreateSnapshotOption", "CreateSnaps hotOption object")


def test_type_wrap_space_before_suffix_10943():
    assert clean_type_string(type_cell(10943)) == "VolumeMetadataV3 object"
    assert parse_type(type_cell(10943)).name == "VolumeMetadataV3"


def test_map_with_space_10953():
    assert clean_identifier(type_cell(10953)) == "Map<String,String>"
    t = parse_type(type_cell(10953))
    assert t.kind == "map" and t.values.kind == "string" and t.raw == "Map<String,String >"


@pytest.mark.parametrize("n", [12845, 13118])
def test_type_wrap_space_inside_name(n):
    assert clean_identifier(type_cell(n)) == "VolumeTypeExtraSpecs object"
    assert parse_type(type_cell(n)).name == "VolumeTypeExtraSpecs"


def test_map_space_after_comma_2556():
    assert clean_identifier(type_cell(2556)) == "Map<String,Object>"
    assert parse_type(type_cell(2556)).values.kind == "object"


def test_permission_cells_21665():
    _, api, action, *_ = cells(21665)
    assert clean_action(action) == "evs:volumes:create"
    assert clean_identifier(action) == "evs:volumes:create"
    assert clean_identifier(api) == "POST /v2/{project_id}/cloudvolumes"
    assert clean_path(api.split(" ", 1)[1]) == "/v2/{project_id}/cloudvolumes"


def test_path_double_slash_22069():
    assert clean_path(cells(22069)[1]) == "GET /v2/{project_id}/cloudvolumes/detail"
    assert clean_path("https://host//v2/ {project_id}") == "https://host/v2/{project_id}"


def test_field_names_lose_wrap_spaces():
    assert clean_identifier("os-vendor-extended: lock_scene") == "os-vendor-extended:lock_scene"
    assert clean_identifier("[数组元素]") == "[数组元素]"


# -- parse_type -------------------------------------------------------------------------

def test_every_type_string_of_the_manual_is_known():
    raw = {t for _, t, _ in table_rows()}
    assert len(raw) == 137                       # MANUAL-FORMAT.md §4
    unknown = sorted(t for t in raw if parse_type(t).kind == "unknown")
    assert unknown == []


@pytest.mark.parametrize("raw, kind", [
    ("String", "string"), ("Integer", "integer"), ("Boolean", "boolean"), ("Object", "object"),
    ("Number", "number"), ("Float", "number"), ("Double", "number"), ("Long", "integer"),
    ("-", "body"), ("", "unknown"), ("Foo bar baz", "unknown"), ("Map<String", "unknown"),
])
def test_primitive_and_odd_types(raw, kind):
    assert parse_type(raw).kind == kind
    assert parse_type(raw).raw == raw


def test_lower_case_model_name_2091():
    t = parse_type(type_cell(2091))
    assert (t.kind, t.name) == ("ref", "iops")


def test_arrays():
    t = parse_type("Array of Link objects")
    assert (t.kind, t.items.kind, t.items.name) == ("array", "ref", "Link")
    assert parse_type("Array of strings").items.kind == "string"
    assert parse_type("Array of String").items.kind == "string"
    assert parse_type("Array of integers").items.kind == "integer"
    assert parse_type("Array of objects").items.kind == "object"
    t = parse_type(type_cell(9038))               # Array of Map<String,String> objects
    assert (t.kind, t.items.kind, t.items.values.kind) == ("array", "map", "string")


def test_nested_map_8503():
    t = parse_type(type_cell(8503))               # Map<String,Array<String>>
    assert (t.kind, t.values.kind, t.values.items.kind) == ("map", "array", "string")


def test_whole_body_pseudo_row_4578():
    name, _, raw_type, _ = cells(4578)
    assert parse_type(raw_type).kind == "object"  # the type cell alone is just `Object`
    assert parse_type(raw_type, field_name=name).kind == "body"


def test_parse_type_is_total():
    for raw in (None, 3, "<<>>", "Array of", "Map<,>", "Array of 中文 objects", "x" * 5000):
        assert parse_type(raw).kind == "unknown"


# -- parse_description: parts ---------------------------------------------------------------

def test_inline_labels_931():
    d = described(931)
    assert d.explanation == '项目ID。 获取方法请参见 "获取项目ID" 。'
    assert (d.constraints, d.value_range, d.default_text) == ("", "", "")
    assert d.enum == [] and d.default is None


def test_prose_cell_3757():
    d = described(3757)
    assert d.explanation == d.text == "指定要创建云硬盘的可用区。"
    assert (d.constraints, d.value_range, d.default_text, d.enum) == ("", "", "", [])


def test_response_row_1005():
    d = described(1005)
    assert d.explanation.startswith("任务ID，云硬盘为按需计费时返回该参数。")
    assert (d.constraints, d.value_range, d.default_text) == ("", "", "")


def test_function_prefix_dropped_953():
    d = described(953)
    assert d.explanation == "是否立即支付。"
    assert d.constraints == "chargingMode为PrePaid时该参数会生效。"


def test_unlabelled_range_with_colon_label_2423():
    d = described(2423)
    assert d.explanation == "是否立即支付。该参数只有在云硬盘为包周期的情况下有意义。默认值为false"
    assert d.enum == ["true", "false"]
    assert d.default == "false"                   # String column: the default stays a string


def test_prose_range_label_4200():
    d = described(4200)
    assert d.explanation == "云硬盘的加锁类型。"
    assert d.enum == ["TO_PERIOD_LOCK", "SPEC_CHG_LOCK", "OTHER_SVC_LOCK"]
    assert d.enum_descriptions["SPEC_CHG_LOCK"] == "规格变更"


# -- parse_description: enums -----------------------------------------------------------

def test_bullet_enum_with_default_952():
    d = described(952)
    assert d.enum == ["prePaid", "postPaid"]
    assert d.enum_descriptions == {"prePaid": "包年包月", "postPaid": "按需"}
    assert d.default == "postPaid"


def test_quoted_list_with_wrap_space_11448():
    d = described(11448)
    assert d.enum == ["SATA", "SAS", "GPSSD", "SSD", "ESSD", "GPSSD2", "ESSD2"]
    assert d.enum_descriptions["SATA"] == "普通IO云硬盘"


def test_quoted_list_and_bullets_in_range_986():
    d = described(986)
    assert d.enum == ["SATA", "SAS", "GPSSD", "SSD", "ESSD", "GPSSD2", "ESSD2"]
    assert d.enum_descriptions["SATA"] == "普通IO云硬盘(已售罄)"


def test_reversed_pairs_2001():
    d = described(2001)
    assert d.enum == ["desc", "asc"]
    assert d.enum_descriptions == {"desc": "降序", "asc": "升序"}
    assert d.default == "desc"


def test_non_exhaustive_list_is_no_enum_1999():
    d = described(1999)
    assert d.enum == []
    assert d.default == "created_at"


def test_conditional_ranges_give_nothing_957():
    d = described(957)
    assert d.value_range.split("\n") == ["• periodType为month时，为[1-9]", "• periodType为year时，为[1-1]"]
    assert (d.enum, d.minimum, d.maximum) == ([], None, None)


def test_count_word_list_2916():
    assert described(2916).enum == ["SUCCESS", "FAIL"]


def test_enum_keyword_list_9875():
    assert described(9875).enum == ["standard", "flash"]


def test_unquoted_list_after_value_label_829():
    d = described(829)
    assert d.explanation == "查询的目标版本号。"
    assert d.enum == ["v1", "v2"]


def test_single_supported_value_7882():
    d = described(7882)
    assert d.enum == ["create"]
    assert d.enum_descriptions == {"create": "添加标签"}


def test_inline_value_pairs_1693_9884():
    d = described(1693)
    assert d.enum == ["0", "1"]
    assert d.enum_descriptions == {"0": "不加密", "1": "加密"}
    assert described(9884).enum == ["auto", "user", "copy"]


def test_value_pairs_after_cjk_without_the_space_4594():
    """A line break between CJK text and a quoted value drops the space (a PDF wrap):
    `…超高IO云硬盘"ESSD"为…` still starts a value."""
    cell = clean_cell(desc_cell(4594))
    assert '云硬盘 "ESSD"为' in cell
    d = parse_description(cell.replace('云硬盘 "ESSD"为', '云硬盘"ESSD"为'), "string")
    assert d.enum == ["SAS", "GPSSD", "SSD", "ESSD", "GPSSD2", "ESSD2"]
    assert d.enum_descriptions["SSD"] == "超高IO云硬盘"
    d = parse_description(clean_cell(desc_cell(2001)).replace("desc 升序", "desc升序"), "string")
    assert d.enum == ["desc", "asc"]


_SQUASH = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u2027"


def test_enums_do_not_depend_on_white_space_beside_cjk():
    """Drop any one space beside a CJK character of any description cell (as a line
    break there does; a label keeps its own, which the PDF reader settles): the enum and
    its value texts stay (modulo that white space)."""
    import re
    one = re.compile(rf"(?<!参数解释|约束限制|取值范围|默认取值)(?: (?=[{_SQUASH}])|(?<=[{_SQUASH}]) )")
    squash = re.compile(rf"\s+(?=[{_SQUASH}])|(?<=[{_SQUASH}])\s+")

    def key(d):
        return d.enum, {v: squash.sub("", t) for v, t in d.enum_descriptions.items()}

    checked = 0
    for n, typ, desc in table_rows():
        t = parse_type(typ)
        while t.kind == "array" and t.items is not None:
            t = t.items
        cell = clean_cell(desc)
        want = key(parse_description(cell, t.kind))
        if not want[0]:
            continue
        for m in one.finditer(cell):
            got = key(parse_description(cell[:m.start()] + cell[m.end():], t.kind))
            assert got == want, (n, cell[max(0, m.start() - 20):m.end() + 20])
            checked += 1
    assert checked > 100


def test_bullet_enum_ignores_a_trailing_note_1696():
    d = described(1696)
    assert d.enum == ["true", "false"]


def test_prose_bullet_enum_9585():
    d = described(9585)
    assert d.enum[:2] == ["createVolume", "batchCreateVolume"] and len(d.enum) == 7


def test_prose_lists_with_default_14866_14860():
    d = described(14866)
    assert (d.enum, d.default) == (["windows", "linux"], "linux")
    d = described(14860)
    assert (d.enum, d.default) == (["ami", "ari", "aki", "ovf", "bare"], "bare")


def test_no_enum_for_boolean_978():
    d = described(978)
    assert d.value_range == "true为共享盘，false为普通云硬盘。" and d.enum == []


def test_no_enum_from_map_description_2565():
    d = described(2565)
    assert d.enum == [] and d.max_length is None


def test_no_enum_from_prose_references():
    for n in (939, 1021, 5412, 5415, 11426):
        assert described(n).enum == [], n


def test_unsupported_values_are_no_enum():
    assert parse_description("参数解释 x 取值范围 不支持A、B。").enum == []


# -- parse_description: defaults, ranges, lengths, units -------------------------------------

def test_default_typed_by_column_1996_9734_5392():
    assert described(1996).default == 1000
    assert described(9734).default is False
    assert described(5392).default is False
    assert described(1996, "string").default == "1000"


def test_prose_default_12123():
    assert described(12123).default is False


def test_minimum_from_greater_than_6286():
    d = described(6286)
    assert (d.minimum, d.maximum, d.default) == (1, None, 1000)


def test_min_max_words_9001_9005():
    d = described(9001)
    assert (d.minimum, d.maximum, d.default) == (1, 1000, 1000)
    assert (described(9005).minimum, described(9005).default) == (0, 0)


def test_bounds_only_for_numbers_10178():
    d = described(10178)                          # limit typed String in the table
    assert (d.minimum, d.maximum) == (None, None)
    assert d.default == "1000"


def test_range_expressions():
    text = clean_cell("参数解释 数量。 约束限制 不涉及。 取值范围 [1-9] 默认取值 不涉及。")
    d = parse_description(text, "integer")
    assert (d.minimum, d.maximum) == (1, 9)
    d = parse_description("参数解释 数量。 取值范围 1~100", "integer")
    assert (d.minimum, d.maximum) == (1, 100)
    d = parse_description("数量，取值范围为1-1000。", "integer")
    assert (d.minimum, d.maximum) == (1, 1000)
    d = parse_description("数量，最小值为1，最大值为1000", "integer")
    assert (d.minimum, d.maximum) == (1, 1000)


def test_ranges_in_prose_examples_are_ignored_11893():
    d = described(11893)                          # "表示查询第1~50个云硬盘" is an example
    assert (d.minimum, d.maximum) == (1, 1000)


def test_max_length_in_range_constraints_and_prose():
    assert described(5396).max_length == 85       # 取值范围 最大支持85个字符。
    assert described(968).max_length == 85        # 约束限制
    assert described(3760).max_length == 85       # prose
    assert described(7888).max_length == 36       # 最大长度36个字符
    assert parse_description("名称，长度不超过64").max_length == 64
    assert parse_description("名称，最大长度为255").max_length == 255


def test_length_range_14863():
    d = described(14863)
    assert (d.min_length, d.max_length) == (1, 128)


def test_fixed_length_4241():
    d = described(4241)
    assert (d.min_length, d.max_length) == (36, 36)


def test_ambiguous_lengths_give_nothing_10835():
    d = described(10835, "string")                # key 36, value 43: not one field's length
    assert d.max_length is None


def test_units_3771_11450():
    assert described(3771).unit == "GiB"
    assert described(11450).unit == "MiB/s"
    assert described(14663).unit == "GiB"         # `单位为 GiB`
    assert (described(3771).minimum, described(3771).maximum) == (None, None)


def test_description_fields_are_total():
    rows = table_rows()
    for _, raw_type, raw_desc in rows:
        t = parse_type(raw_type)
        parse_description(clean_cell(raw_desc), t.kind)
    for text in ("", "取值范围", "默认取值 ", "参数解释：", "•", "取值范围：", "<ul>", "<p></p>"):
        parse_description(clean_cell(text))


def test_status_table_options_of_the_one_cleaner():
    """The appendix status tables read prose lists otherwise: a short label before a list
    gets its own line and an unmarked list's sentences are its items (named options of
    clean_cell, not a second cleaner)."""
    cells = [line.split("\t")[-1] for line in _lines() if "\t" in line and "说明 <ul" in line
             and line.split("\t")[0] in ("rollbacking", "backing-up", "restoring")]
    cell = next(c for c in cells if "快照回滚" in c)
    calls = []
    text = clean_cell(cell, label_before_list=True, sentence_items=True,
                      on_unmarked_list=lambda: calls.append(1))
    lines = text.split("\n")
    assert lines[1] == "说明" and lines[0].endswith("。")
    assert len([ln for ln in lines if ln.startswith("• ")]) == 2 and calls == [1]
    plain = clean_cell(cell)
    assert "\n说明\n" not in plain and plain.count("• ") == 1
    assert clean_cell(text, label_before_list=True, sentence_items=True) == text


# ------------------------------------------------------------ memoized parses, own copies
def test_each_caller_gets_its_own_type_parse():
    """Type strings are parsed once per distinct text; a caller changing its result in
    place (as reconciling with the examples does) must not change the next caller's."""
    first = parse_type("Array of String")
    first.items.kind = "integer"
    first.kind = "map"
    again = parse_type("Array of String")
    assert (again.kind, again.items.kind) == ("array", "string")
    mapped = parse_type("Map<String,String>")
    mapped.values.kind = "integer"
    assert parse_type("Map<String,String>").values.kind == "string"


def test_each_caller_gets_its_own_description_parse():
    text = ("参数解释：\n磁盘类型。\n约束限制：\n不涉及。\n取值范围：\n• SATA：普通IO\n"
            "• SSD：超高IO\n默认取值：\n不涉及。")
    first = parse_description(text)
    assert first.enum == ["SATA", "SSD"] and first.enum_descriptions
    first.enum.append("GPSSD")
    first.enum_descriptions["GPSSD"] = "x"
    first.explanation = "changed"
    again = parse_description(text)
    assert again.enum == ["SATA", "SSD"] and "GPSSD" not in again.enum_descriptions
    assert again.explanation == "磁盘类型。"
