"""Diff of the spec's root tables: `x-error-codes` and `x-status-sets`.

An error code may have several rows (the manual repeats codes with other messages);
rows of one code pair by (status, message, description), then (status, message),
message, status, then one leftover on each side, so an edited message reads as a
change rather than a removal plus an addition.
"""
from __future__ import annotations

from .model import Change, pointer
from .schemas import pair_by


def _rows(doc: dict) -> list[tuple[int, dict]]:
    rows = doc.get("x-error-codes")
    return [(i, r) for i, r in enumerate(rows if isinstance(rows, list) else [])
            if isinstance(r, dict) and r.get("code")]


def _change(rule, template, ptr, side, subject, old=None, new=None, **args) -> Change:
    return Change(rule, template, tuple((k, str(v)) for k, v in args.items()), None, ptr,
                  side, subject, old, new)


def error_code_changes(old_doc: dict, new_doc: dict) -> list[Change]:
    out: list[Change] = []
    by_code_o: dict[str, list] = {}
    by_code_n: dict[str, list] = {}
    for i, r in _rows(old_doc):
        by_code_o.setdefault(str(r["code"]), []).append((i, r))
    for i, r in _rows(new_doc):
        by_code_n.setdefault(str(r["code"]), []).append((i, r))
    for code in sorted(by_code_o.keys() | by_code_n.keys()):
        olds, news = by_code_o.get(code, []), by_code_n.get(code, [])

        def field(*keys):
            return lambda row: tuple(str(row[1].get(k, "")) for k in keys)
        pairs, gone, came = pair_by(olds, news, [
            field("status", "message", "description", "remedy"),
            field("status", "message", "description"), field("status", "message"),
            field("message"), field("status")])
        if len(gone) == 1 and len(came) == 1:
            pairs.append((gone[0], came[0]))
            gone, came = [], []
        for i, r in gone:
            out.append(_change("error-code-removed", "error code {code} ({status}, {message}) "
                               "removed", pointer("x-error-codes", i), "old", code, r,
                               code=code, status=r.get("status"), message=r.get("message")))
        for i, r in came:
            out.append(_change("error-code-added", "error code {code} ({status}, {message}) "
                               "added", pointer("x-error-codes", i), "new", code, None, r,
                               code=code, status=r.get("status"), message=r.get("message")))
        for (_, a), (j, b) in pairs:
            ptr = pointer("x-error-codes", j)
            if str(a.get("status")) != str(b.get("status")):
                out.append(_change("error-code-status-changed",
                                   "error code {code}: status changed from {before} to {after}",
                                   ptr + "/status", "new", code, a.get("status"),
                                   b.get("status"), code=code, before=a.get("status"),
                                   after=b.get("status")))
            if a.get("message") != b.get("message"):
                out.append(_change("error-code-message-changed",
                                   "error code {code}: message changed from {before} to {after}",
                                   ptr + "/message", "new", code, a.get("message"),
                                   b.get("message"), code=code, before=a.get("message"),
                                   after=b.get("message")))
            for key in ("description", "remedy"):
                if a.get(key) != b.get(key):
                    out.append(_change("error-code-description-changed",
                                       "error code {code}: " + key + " changed", ptr + "/" + key,
                                       "new", code, a.get(key), b.get(key), code=code))
    return out


def status_set_changes(old_doc: dict, new_doc: dict) -> list[Change]:
    """Values added to or removed from the resource status lists (`x-status-sets`)."""
    def sets(doc):
        out = {}
        sets_ = doc.get("x-status-sets")
        for i, s in enumerate(sets_ if isinstance(sets_, list) else []):
            if isinstance(s, dict):
                out[str(s.get("title") or s.get("section"))] = (i, s)
        return out

    def values(s):
        vals = s.get("values")
        return {str(v.get("value")): j for j, v in enumerate(vals if isinstance(vals, list) else [])
                if isinstance(v, dict)}
    out: list[Change] = []
    so, sn = sets(old_doc), sets(new_doc)
    for name in sorted(so.keys() & sn.keys()):
        (i, a), (j, b) = so[name], sn[name]
        va, vb = values(a), values(b)
        for v in sorted(va.keys() - vb.keys()):
            out.append(_change("status-value-removed", "status list {name}: value {value} removed",
                               pointer("x-status-sets", i, "values", va[v]), "old", v,
                               name=name, value=v))
        for v in sorted(vb.keys() - va.keys()):
            out.append(_change("status-value-added", "status list {name}: value {value} added",
                               pointer("x-status-sets", j, "values", vb[v]), "new", v,
                               name=name, value=v))
    return out
