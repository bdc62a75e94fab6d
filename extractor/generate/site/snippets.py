"""Ready-to-run calls for an operation: curl with token auth, the generated Python client's
method (named by the client generator itself), and the manual's SDK samples per language.

Both runnable snippets read the same environment variables as the generated client
(``EVS_ENDPOINT``, ``EVS_PROJECT_ID``, ``EVS_TOKEN`` for a spec whose client is
``evs_client``); other path parameters come from upper-case variables of their name.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..client.view import build_view, default_package


@dataclass(repr=False, eq=False)
class Snippet:
    key: str          # tab id part: curl, python, sdk-java ...
    label: str
    code: str
    parts: list[tuple[str, str]] = field(default_factory=list)   # SDK samples: (label, code)


@dataclass(repr=False, eq=False)
class ClientInfo:
    """What the generated client is called and reads: package, env prefix, methods."""

    package: str
    env_prefix: str
    methods: dict[str, Any]                     # operationId -> the client's OperationView
    token_header: str = ""

    @property
    def env(self) -> dict[str, str]:
        p = self.env_prefix
        return {"endpoint": f"{p}ENDPOINT", "project": f"{p}PROJECT_ID", "token": f"{p}TOKEN",
                "ak": f"{p}AK", "sk": f"{p}SK"}


def client_info(spec: dict) -> ClientInfo:
    view = build_view(spec, default_package(spec), texts=False)
    methods: dict[str, Any] = {}
    for op in view.ops:
        methods.setdefault(op.operation_id, op)
    token = ""
    for s in ((spec.get("components") or {}).get("securitySchemes") or {}).values():
        if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") == "header":
            token = token or str(s.get("name") or "")
    return ClientInfo(view.package, view.env_prefix, methods, token)


def env_name(wire: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", wire).strip("_").upper() or "VALUE"


def _placeholder(p) -> Any:
    """A value for a required query or header parameter: its default, first enum value,
    or a typed stand-in."""
    ann = p.type.annotation(loose=True) if getattr(p, "type", None) else "str"
    if "int" in ann:
        return 1
    if "bool" in ann:
        return True
    return f"<{p.wire}>"


def py_literal(value: Any, indent: int = 0) -> str:
    """A JSON value as Python source (True/False/None), indented 4 spaces per level."""
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(str(k), ensure_ascii=False)}: "
                 f"{py_literal(v, indent + 4)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + "\n".join(f"{inner}{py_literal(v, indent + 4)}," for v in value) \
            + f"\n{pad}]"
    if value is True or value is False or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def curl(info: ClientInfo, method: str, path: str, view, body: Any) -> str:
    """A curl command (bash) for one call, authenticated with a token."""
    env = info.env
    url = re.sub(r"\{([^}]+)\}", lambda m: "$" + (
        env["project"] if m.group(1) == "project_id" else env_name(m.group(1))), path)
    query = [p for p in view.params if p.location == "query" and p.required] if view else []
    if query:
        url += "?" + "&".join(f"{p.wire}={_placeholder(p)}" for p in query)
    lines = [f'curl -sS -X {method} "${env["endpoint"]}{url}"']
    if info.token_header:
        lines.append(f'-H "{info.token_header}: ${env["token"]}"')
    for p in view.params if view else []:
        if p.location == "header" and p.required:
            lines.append(f'-H "{p.wire}: {_placeholder(p)}"')
    if body is not None:
        lines.append('-H "Content-Type: application/json"')
        lines.append("-d " + _shell_quote(json.dumps(body, ensure_ascii=False, indent=2)))
    return " \\\n  ".join(lines)


def python_call(info: ClientInfo, view, body: Any, has_body: bool) -> str:
    """The generated client's method called with the example body (sync client)."""
    args: list[str] = []
    uses_os = False
    for p in view.params:
        if p.from_config or not p.required:
            continue
        if p.location == "path":
            args.append(f'{p.name}=os.environ["{env_name(p.wire)}"]')
            uses_os = True
        else:
            args.append(f"{p.name}={py_literal(_placeholder(p))}")
    if has_body:
        args.append(f"body={py_literal(body if body is not None else {}, 4)}")
    env = info.env
    head = ["import os", ""] if uses_os else []
    call = f"client.{view.name}(" + (
        "\n        " + ",\n        ".join(a.replace("\n", "\n    ") for a in args) + ",\n    )"
        if args else ")")
    return "\n".join(head + [
        f"from {info.package} import Client",
        "",
        f"# reads {env['endpoint']}, {env['project']} and {env['token']} "
        f"(or {env['ak']} and {env['sk']})",
        "with Client() as client:",
        f"    result = {call}",
        "    print(result)",
    ])


def sdk_samples(samples) -> list[Snippet]:
    """The manual's SDK code samples, one tab per language (several variants in one tab)."""
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for s in samples:
        by_lang.setdefault(s.lang or s.label or "code", []).append((s.label or s.lang, s.source))
    out = []
    for lang, parts in by_lang.items():
        key = "sdk-" + (re.sub(r"[^a-z0-9]+", "-", lang.lower()).strip("-") or "code")
        out.append(Snippet(key, f"{lang} SDK", parts[0][1] if len(parts) == 1 else "", parts))
    return out


def _body_of(requests) -> Any:
    for r in requests:
        if r.body and not r.body.raw and r.body.valid is not False:
            return r.body.value
    return None


def _calls(info: ClientInfo, method: str, path: str, target, has_body: bool) -> list[Snippet]:
    view = info.methods.get(target.operation_id)
    body = _body_of(target.requests) if has_body else None
    if has_body and body is None:
        body = {}
    out = [Snippet("curl", "curl", curl(info, method, path, view, body if has_body else None))]
    if view is not None:
        target.client_method = view.name
        out.append(Snippet("python", "Python client", python_call(info, view, body, has_body)))
    return out


def attach_snippets(operations, info: ClientInfo) -> None:
    """Set `snippets` and `client_method` on every operation and variant."""
    for op in operations:
        has_body = bool(op.body_media_type)
        for v in op.variants:
            v.snippets = _calls(info, op.method, op.path, v, has_body and v.body is not None)
        if op.variants:
            top = op.callable
            op.snippets = [s for s in top.snippets]
            op.client_method = top.client_method
        else:
            op.snippets = _calls(info, op.method, op.path, op, has_body)
        op.snippets += sdk_samples(op.code_samples)
