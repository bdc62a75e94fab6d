"""End to end: the committed client (output/client) against the committed server stub
(output/server), over real sockets on 127.0.0.1.

One stub process (uvicorn, a free port) serves the whole module and is stopped by its
PID at the end. Every operation and every variant of a shared method+path is called
through the generated sync ``Client`` with the manual's request example (the request
line's path and query, the requestBody example it names) or, where the manual has no
valid one, a body built from the client's models; a representative subset goes through
``AsyncClient`` too. Each call must get the documented success status and decode into
the declared model. Calls are made with a token, some with an AK/SK signature.
Every success response example of the manual (``Prefer: example=NAME``) decodes into
the models too. Invalid requests, a missing credential and ``Prefer: code=400`` come
back as ``ApiError`` with the stub's error code and the manual's description and remedy;
deprecated methods warn, naming their replacement. Known generator/extractor bugs are
strict xfails (their reasons say where).
"""
from __future__ import annotations

import asyncio
import inspect
import json
import re
import warnings
from collections import Counter
from dataclasses import is_dataclass
from pathlib import Path

import pytest
from e2e_support import (
    CLIENT_ROOT,
    SERVER_ROOT,
    Case,
    cases,
    coerce,
    conforms,
    error_rows,
    expected_method_count,
    hints,
    method_name,
    import_client,
    members,
    namespace,
    parameters,
    path_values,
    placeholder,
    plain,
    required_chain,
    resolve,
    section,
    signature_names,
    snake,
    targets,
)
from e2e_support import build as build_value
from test_server_support import SchemaCheck, load_spec, run_stub

DOC = load_spec()
# client methods the error tests call, named from the spec by method and path
SHOW_API_VERSION = method_name(DOC, "GET", "/{api_version}")
LIST_VOLUMES_V2 = method_name(DOC, "GET", "/v2/{project_id}/cloudvolumes/detail")
LIST_SNAPSHOTS_V2 = method_name(DOC, "GET", "/v2/{project_id}/cloudsnapshots/detail")
LIST_VOLUMES_V3 = method_name(DOC, "GET", "/v3/{project_id}/volumes")
LIST_TYPES_V3 = method_name(DOC, "GET", "/v3/{project_id}/types")
CHECK = SchemaCheck(DOC)
CASES = cases(DOC)
PROJECT = "0123456789abcdef0123456789abcdef"
TOKEN = "e2e-token"
AK, SK = "E2EACCESSKEY0001", "e2e/secret+key="

# every 4th case (and every other async one) is signed with AK/SK instead of a token
AUTH = {i: ("aksk" if i % 4 == 1 else "token") for i in range(len(CASES))}

EXERCISED: set[str] = set()  # client methods called with the manual's request (sync)
EXERCISED_ASYNC: set[str] = set()


def case_params():
    seen: dict[str, int] = {}
    for i, case in enumerate(CASES):
        n = seen[case.id] = seen.get(case.id, 0) + 1
        yield pytest.param(i, case, id=case.id if n == 1 else f"{case.id}#{n}")


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def pkg():
    module, restore = import_client()
    try:
        assert Path(module.__file__).resolve().is_relative_to(CLIENT_ROOT)
        yield module
    finally:
        restore()


@pytest.fixture(scope="module")
def ns(pkg):
    return namespace(pkg)


@pytest.fixture(scope="module")
def unset(pkg):
    return pkg.Unset


@pytest.fixture(scope="module")
def stub():
    """The committed stub, ``python -m evs_stub --port N`` from output/server."""
    with run_stub(SERVER_ROOT) as running:
        pid = running.process.pid
        yield running
    # run_stub terminated the process by its PID: it must be gone now
    assert running.process.poll() is not None, f"stub pid {pid} still running"


@pytest.fixture(scope="module")
def config(pkg, stub):
    """Settings shared by every client here; a Config is used as it is (no environment)."""
    def make(auth: str = "token", **extra):
        creds = {"ak": AK, "sk": SK} if auth == "aksk" else (
            {"token": TOKEN} if auth == "token" else {})
        return pkg.Config(endpoint=f"http://127.0.0.1:{stub.port}", project_id=PROJECT,
                          timeout=10, retry=pkg.Retry(attempts=1), **creds, **extra)
    return make


@pytest.fixture(scope="module")
def clients(pkg, config):
    made = {auth: pkg.Client(config(auth)) for auth in ("token", "aksk")}
    yield made
    for client in made.values():
        client.close()


# --------------------------------------------------------------------------- requests
def prepare(case: Case, pkg, ns, unset) -> dict:
    """Keyword arguments for the case's client method: path parameters from the request
    line where concrete (else placeholders; project_id from the config), its query, and
    the body example as the client's model (or a model built field by field)."""
    t = case.target
    method = getattr(pkg.Client, t.name)
    types = hints(method, ns)
    params = parameters(method)
    kwargs: dict = {}
    concrete = path_values(t.path, (case.line or {}).get("path"))
    for (where, wire), arg in params.items():
        if where == "path" and wire != "project_id":
            kwargs[arg] = (coerce([concrete[wire]], types[arg], unset) if wire in concrete
                           else placeholder(wire, types[arg], unset))
    query: dict[str, list[str]] = {}
    for wire, value in (case.line or {}).get("query") or []:
        query.setdefault(wire, []).append(value)
    for wire, values in query.items():
        assert ("query", wire) in params, f"{t.name}: the request line's {wire!r} is no argument"
        kwargs[params[("query", wire)]] = coerce(values, types[params[("query", wire)]], unset)
    if t.has_body:
        model = next(m for m in members(types["body"]) if is_dataclass(m))
        if case.example is not None:
            value = case.body_value()
            body = model.from_dict(value)
            assert plain(body) == value, f"{t.name}: the body model does not round-trip"
        else:
            body = build_value(types["body"], ns, unset, "body")
            assert isinstance(body, model)
            problems = CHECK.errors(t.body_pointer, plain(body))
            assert not problems, f"{t.name}: built body is not schema-valid: {problems}"
        kwargs["body"] = body
    # any other required argument the manual's request line leaves out
    for name in signature_names(method):
        param = inspect.signature(method).parameters[name]
        if name not in kwargs and param.default is param.empty:
            kwargs[name] = placeholder(name, types[name], unset)
    return kwargs


def check_warnings(case: Case, caught, calls: int = 1) -> None:
    """A deprecated method warns once per call, naming its replacement; others never."""
    t = case.target
    mine = [w for w in caught if issubclass(w.category, DeprecationWarning)
            and str(w.message).startswith(f"{t.name} is deprecated")]
    if not t.deprecated:
        assert not mine, f"{t.name} is not deprecated but warned: {mine[0].message}"
        return
    assert len(mine) == calls, f"{t.name}: {len(mine)} DeprecationWarnings for {calls} calls"
    text = str(mine[0].message)
    if t.replaced_by:
        replacement = snake(t.replaced_by["operationId"])
        assert f"use {replacement}" in text, text
        assert str(t.replaced_by.get("section", "")) in text, text


def check_response(case: Case, pkg, ns, response) -> None:
    t = case.target
    assert isinstance(response, pkg.DetailedResponse)
    assert response.status_code == t.success_status(), (
        f"{t.name}: HTTP {response.status_code}, documented {t.success_status()}: "
        f"{response.content[:300]!r}")
    declared = hints(getattr(pkg.Client, t.name), ns)["return"]
    detailed = hints(getattr(pkg.Client, t.name + "_detailed"), ns)["return"]
    assert detailed == pkg.DetailedResponse[declared]
    assert conforms(response.parsed, declared), (
        f"{t.name}: decoded {type(response.parsed).__name__}, declared {declared}")
    if declared is type(None):
        assert response.parsed is None
    elif response.content.strip():
        assert plain(response.parsed) == json.loads(response.content), (
            f"{t.name}: the decoded models do not give back the body")


@pytest.mark.parametrize("index, case", list(case_params()))
def test_every_operation_through_the_sync_client(index, case, pkg, ns, unset, clients):
    client = clients[AUTH[index]]
    kwargs = prepare(case, pkg, ns, unset)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        response = getattr(client, case.target.name + "_detailed")(**kwargs)
    EXERCISED.add(case.target.name)
    check_warnings(case, caught)
    check_response(case, pkg, ns, response)


def async_subset() -> list[int]:
    """Case indexes for AsyncClient: every 7th case, plus (where that misses them) a
    second variant of a shared method+path, a deprecated operation with a replacement,
    a body built from the models, a DELETE and a PUT."""
    picked = list(range(0, len(CASES), 7))
    wanted = [
        lambda c: c.target.variant is not None and c.target.index and c.target.index > 0,
        lambda c: c.target.deprecated and c.target.replaced_by,
        lambda c: c.how == "models",
        lambda c: c.target.http == "delete",
        lambda c: c.target.http == "put",
    ]
    for want in wanted:
        if not any(want(CASES[i]) for i in picked):
            picked.append(next(i for i, c in enumerate(CASES) if want(c)))
    return sorted(picked)


def test_a_representative_subset_through_the_async_client(pkg, ns, unset, config):
    subset = async_subset()

    async def run():
        async with pkg.AsyncClient(config("token")) as token_client, \
                pkg.AsyncClient(config("aksk")) as aksk_client:
            async def one(n: int, i: int):
                case = CASES[i]
                client = aksk_client if n % 2 else token_client
                call = getattr(client, case.target.name + "_detailed")
                return case, await call(**prepare(case, pkg, ns, unset))
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                done = await asyncio.gather(*(one(n, i) for n, i in enumerate(subset)))
            return done, caught

    done, caught = asyncio.run(run())
    assert len(done) == len(subset) >= 10
    calls = Counter(case.target.name for case, _ in done)
    for case, response in done:
        EXERCISED_ASYNC.add(case.target.name)
        check_warnings(case, caught, calls[case.target.name])
        check_response(case, pkg, ns, response)
    assert any(CASES[i].target.variant is not None for i in subset)
    assert any(CASES[i].target.deprecated for i in subset)


# A `[数组元素]` (top-level array) table whose examples are objects that are not its items
# stays an array (the table stands); the client then rejects such an example.
ARRAY_BODY = (
    "a `[数组元素]` table whose example is an object of another shape keeps its array "
    "schema (DESIGN: the table stands where the example is not its item); the client "
    "rejects the manual's example (UnexpectedResponseError: expected a JSON array)")


def response_example_params():
    """Every success response example of the manual that has a value, per target."""
    first = {}
    for case in CASES:
        first.setdefault(case.target.name, case)
    for t in targets(DOC):
        for status, response in (t.op.get("responses") or {}).items():
            if not (status.isdigit() and 200 <= int(status) < 400):
                continue
            media = (response.get("content") or {}).get("application/json") or {}
            schema = media.get("schema") or {}
            shape = resolve(DOC, schema["$ref"][1:]) if "$ref" in schema else schema
            for name, example in (media.get("examples") or {}).items():
                if "value" not in example:
                    continue  # the manual's text could not be read as JSON (x-raw)
                if t.variant is not None and section(example) != section(t.variant):
                    continue
                marks = [pytest.mark.xfail(strict=True, raises=AssertionError,
                                           reason=ARRAY_BODY)] if (
                    shape.get("type") == "array" and isinstance(example["value"], dict)) else []
                yield pytest.param(first[t.name], int(status), name, example["value"],
                                   id=f"{t.name}:{name}", marks=marks)


@pytest.mark.parametrize("case, status, name, value", list(response_example_params()))
def test_every_response_example_decodes_into_the_models(case, status, name, value, pkg, ns,
                                                        unset, config):
    """``Prefer: example=NAME`` (sent through Config.headers) makes the stub answer with
    the manual's response example; the client decodes it into the declared model."""
    with pkg.Client(config("token", headers={"Prefer": f"example={name}"})) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            try:
                response = getattr(client, case.target.name + "_detailed")(
                    **prepare(case, pkg, ns, unset))
            except pkg.UnexpectedResponseError as exc:
                raise AssertionError(str(exc)) from exc
    assert response.status_code == status
    assert json.loads(response.content) == value
    declared = hints(getattr(pkg.Client, case.target.name), ns)["return"]
    assert conforms(response.parsed, declared), (
        f"{case.target.name}: decoded {type(response.parsed).__name__}, declared {declared}")
    assert plain(response.parsed) == value


# --------------------------------------------------------------------------- errors
def assert_api_error(pkg, exc, status: int, *, manual: bool = True):
    """The ApiError carries the status, the stub's error code and message, and the
    manual's description and remedy for that code (of the row the message names)."""
    assert isinstance(exc, pkg.ApiError), repr(exc)
    assert exc.status_code == status, str(exc)
    assert exc.error_code is not None, f"no error code read from {exc.content[:200]!r}"
    error = exc.body["error"]
    assert exc.error_code == error["code"] and exc.error_msg == error["message"]
    if not manual:
        return None
    rows = error_rows(DOC, exc.error_code)
    assert rows, f"{exc.error_code} is not in x-error-codes"
    assert {r.code for r in exc.known} == {exc.error_code}
    named = [r for r in rows if exc.error_msg.lower().startswith(
        r["message"].strip().rstrip(".").lower())] or rows
    row = named[0]
    assert exc.description and row["description"] in exc.description, exc.description
    assert exc.remedy and row["remedy"] in exc.remedy, exc.remedy
    # str() is one short line: the code, the message and the row's remedy
    assert exc.error_code in str(exc) and "\n" not in str(exc)
    assert " ".join(row["remedy"].split())[:100] in str(exc)
    assert isinstance(exc, pkg.ClientError if status < 500 else pkg.ServerError)
    return row


ARRAY_400 = (
    "the manual's 6.1.6 400 table says `[数组元素] Array of strings` while its example is "
    "{'error': {...}}; no table describes the example's shape, so the table stands (a "
    "finding records it), the stub fits its error to the array "
    "(['EVS.5400: Malformed request body. ...']) and ApiError.error_code is None")


def error_shape(t) -> dict | None:
    """The schema the operation documents for HTTP 400, resolved."""
    content = ((t.op.get("responses") or {}).get("400") or {}).get("content") or {}
    media = content.get("application/json") or {}
    if "schema" not in media:
        return None
    schema = media["schema"]
    return resolve(DOC, schema["$ref"][1:]) if "$ref" in schema else schema


def body_cases() -> list:
    """One case per target with a body whose schema requires a top-level key."""
    out, seen = [], set()
    for case in CASES:
        t = case.target
        if not t.has_body or t.name in seen:
            continue
        schema = resolve(DOC, t.body_pointer)
        if schema.get("required"):
            seen.add(t.name)
            shape = error_shape(t)
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=ARRAY_400)] if (
                shape or {}).get("type") == "array" else []
            out.append(pytest.param(case, id=t.name, marks=marks))
    return out


@pytest.mark.parametrize("case", body_cases())
def test_a_body_missing_a_required_key_is_an_api_error(case, pkg, ns, unset, clients):
    """The manual's body (or the built one) without its innermost required key, sent as
    a plain mapping (which the client's signature allows)."""
    kwargs = prepare(case, pkg, ns, unset)
    body = plain(kwargs["body"])
    chain = required_chain(DOC, resolve(DOC, case.target.body_pointer), body)
    assert chain
    holder = body
    for key in chain[:-1]:
        holder = holder[key]
    del holder[chain[-1]]
    kwargs["body"] = body
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(pkg.ApiError) as info:
            getattr(clients["token"], case.target.name + "_detailed")(**kwargs)
    row = assert_api_error(pkg, info.value, 400)
    assert "body" in row["message"].lower()
    assert repr(chain[-1]) in info.value.error_msg or len(chain) == 1, info.value.error_msg


def test_the_manuals_invalid_body_examples_are_api_errors(pkg, ns, unset, clients):
    """Examples the spec marks x-valid: false are rejected by the stub's validation."""
    seen = 0
    for t in targets(DOC):
        for line in t.request_examples:
            ex = t.body_examples.get(line.get("body"))
            if ex is None or ex.get("x-valid") is not False:
                continue
            kwargs = prepare(Case(t, line, None, "models"), pkg, ns, unset)
            kwargs["body"] = ex["value"]
            with pytest.raises(pkg.ApiError) as info:
                getattr(clients["token"], t.name)(**kwargs)
            assert_api_error(pkg, info.value, 400)
            seen += 1
    assert seen >= 1


def test_a_path_parameter_outside_its_enum_is_an_api_error(pkg, clients):
    # api_version is typed ApiVersion | str: a string the manual does not list is allowed
    with pytest.raises(pkg.ApiError) as info:
        getattr(clients["token"], SHOW_API_VERSION + "_detailed")(api_version="v9")
    row = assert_api_error(pkg, info.value, 400)
    assert "url" in row["message"].lower()


def test_a_query_parameter_outside_its_enum_is_an_api_error(pkg, clients):
    # sort_dir is typed SortDir | str; service_type ServiceType | str
    with pytest.raises(pkg.ApiError) as info:
        getattr(clients["aksk"], LIST_VOLUMES_V2)(sort_dir="sideways")
    assert_api_error(pkg, info.value, 400)
    with pytest.raises(pkg.ApiError) as info:
        getattr(clients["token"], LIST_SNAPSHOTS_V2 + "_detailed")(service_type="NOPE")
    assert_api_error(pkg, info.value, 400)


def test_an_integer_out_of_range_is_an_api_error(pkg, clients):
    with pytest.raises(pkg.ApiError) as info:
        getattr(clients["token"], LIST_VOLUMES_V3)(limit=1001)  # documented maximum: 1000
    assert_api_error(pkg, info.value, 400)


def test_no_credentials_is_401_with_the_manuals_text(pkg, config):
    """401 where the operation documents it (else the stub's documented substitute, 400),
    with the manual's 401 row either way."""
    with pkg.Client(config("none")) as client:
        with pytest.raises(pkg.ApiError) as info:
            getattr(client, LIST_TYPES_V3)()
    row = assert_api_error(pkg, info.value, 401)
    assert info.value.description == row["description"]
    assert info.value.remedy == row["remedy"]


def test_the_error_names_one_row_of_a_repeated_code(pkg, clients):
    with pytest.raises(pkg.ApiError) as info:
        getattr(clients["token"], SHOW_API_VERSION)(api_version="v9")
    exc = info.value
    rows = error_rows(DOC, exc.error_code)
    named = [r for r in rows if exc.error_msg.startswith(r["message"])]
    if len(rows) < 2 or len(named) != 1:
        pytest.fail("precondition: a repeated code and a message naming one of its rows",
                    pytrace=False)
    row = named[0]
    assert (exc.description, exc.remedy) == (row["description"], row["remedy"])


def test_prefer_code_400_is_an_api_error(pkg, ns, unset, config):
    """Prefer goes out through Config.headers; the stub answers the documented 400."""
    picked = {}
    for case in CASES:
        documented = "400" in (case.target.op.get("responses") or {})
        if documented and case.target.http not in picked:
            picked[case.target.http] = case
    assert len(picked) >= 4
    with pkg.Client(config("token", headers={"Prefer": "code=400"})) as client:
        for case in picked.values():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                with pytest.raises(pkg.ApiError) as info:
                    getattr(client, case.target.name)(**prepare(case, pkg, ns, unset))
            assert_api_error(pkg, info.value, 400, manual=False)
            assert info.value.headers.get("Preference-Applied") == "code=400"


def test_a_deprecated_operation_names_its_replacement(pkg, clients, config):
    t = next(t for t in targets(DOC) if t.deprecated and t.replaced_by
             and not t.has_body and "{" not in t.path.replace("{project_id}", ""))
    replacement = snake(t.replaced_by["operationId"])
    assert hasattr(pkg.Client, replacement)
    pattern = rf"^{re.escape(t.name)} is deprecated; use {re.escape(replacement)}\b"
    with pytest.warns(DeprecationWarning, match=pattern):
        getattr(clients["token"], t.name)()

    async def run():
        async with pkg.AsyncClient(config("aksk")) as client:
            return await getattr(client, t.name)()

    with pytest.warns(DeprecationWarning, match=pattern):
        asyncio.run(run())


# --------------------------------------------------------------------------- coverage
def test_every_method_was_exercised(request, pkg):
    """Runs last: the sync calls covered one client method per operation and variant."""
    wanted = expected_method_count(DOC)
    names = {t.name for t in targets(DOC)}
    assert len(names) == wanted == len(targets(DOC))
    public = {n for n in dir(pkg.Client) if not n.startswith("_") and callable(
        getattr(pkg.Client, n)) and not n.endswith("_detailed") and not n.startswith("iter_")
        and n not in ("close", "with_options")}
    assert public == names
    ran = {item.name for item in request.session.items
           if item.name.startswith("test_every_operation_through_the_sync_client[")}
    if len(ran) < len(CASES):
        pytest.skip("run the whole module to count the methods exercised")
    assert len(EXERCISED) == wanted, sorted(names - EXERCISED)
    assert EXERCISED == names
    assert EXERCISED_ASYNC and EXERCISED_ASYNC <= names
