"""Small helpers shared by the stages."""
from __future__ import annotations


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, cut off at limit + 1 for strings whose lengths differ more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def load_yaml(text: str):
    """`text` read as YAML by libyaml's safe loader where PyYAML has it (the same values as
    the pure-Python one, a tenth of the time); a ValueError in one line (yaml_problem) if
    it is not YAML."""
    import yaml
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ValueError(yaml_problem(exc)) from None


def yaml_problem(exc: Exception) -> str:
    """A YAML parse error in one line, what is wrong and where (1-based line and column):
    `did not find expected ',' or '}' at line 3, column 8 (while parsing a flow mapping)`.
    PyYAML's own text puts the context first and the place on later lines."""
    problem = getattr(exc, "problem", None)
    if not problem:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    context = getattr(exc, "context", None)
    return f"{problem}{where}" + (f" ({context})" if context else "")


def json_pointer(*parts) -> str:
    """A JSON pointer (RFC 6901) from unescaped reference tokens (`/paths/~1volumes`)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


MISSING = object()


def pointer_target(doc, ref: str):
    """The node a local reference (`#/...`: a JSON pointer, percent-decoded as a URI
    fragment) names in `doc`, or MISSING (also for a plain-name fragment, an anchor)."""
    from urllib.parse import unquote
    pointer = unquote(ref[1:]) if ref.startswith("#") else None
    if pointer is None or pointer and not pointer.startswith("/"):
        return MISSING
    node = doc
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdecimal() and int(token) < len(node):
            node = node[int(token)]
        else:
            return MISSING
    return node
