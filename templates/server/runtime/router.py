"""Starlette's router, trying only the routes that can match a request's path.

A route's regex matches only paths with as many "/" as its own path (a parameter
never spans a "/") whose segments equal its literal segments (those without a
parameter); the index narrows by the count and the first segment, then by the
literal segments. Routes are tried in their declared order among those candidates,
so the answer (FULL match, 405 from the first PARTIAL one, else 404) is Starlette's.
"""
from __future__ import annotations

from starlette.routing import Match, Router, get_route_path


def _key(path: str) -> tuple[int, str]:
    return path.count("/"), path.split("/", 2)[1] if path.count("/") else ""


class IndexedRouter(Router):
    """A Router over plain routes, indexed by (number of "/", first segment)."""

    def __init__(self, routes, **kwargs):
        super().__init__(routes=routes, **kwargs)
        keys = {_key(r.path) for r in self.routes}
        self._any: dict[int, list] = {}  # routes whose first segment is a parameter
        for r in self.routes:
            count, first = _key(r.path)
            if "{" in first:
                self._any.setdefault(count, []).append(r)
        self._index = {(count, first): [r for r in self.routes if _key(r.path)[0] == count
                                        and (_key(r.path)[1] == first or "{" in _key(r.path)[1])]
                       for count, first in keys if "{" not in first}

        self._literals = {id(r): tuple((i, seg) for i, seg in enumerate(r.path.split("/"))
                                       if "{" not in seg and "}" not in seg)
                          for r in self.routes}

    def candidates(self, path: str) -> list:
        key = _key(path)
        found = self._index.get(key)
        routes = found if found is not None else self._any.get(key[0], [])
        segments = path.split("/")
        return [r for r in routes if all(segments[i] == seg for i, seg in self._literals[id(r)])]

    async def app(self, scope, receive, send) -> None:
        if scope["type"] != "http" or self.redirect_slashes:
            await super().app(scope, receive, send)
            return
        if "router" not in scope:
            scope["router"] = self
        partial = partial_scope = None
        for route in self.candidates(get_route_path(scope)):
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                scope["route"] = route
                scope.update(child_scope)
                await route.handle(scope, receive, send)
                return
            if match is Match.PARTIAL and partial is None:
                partial, partial_scope = route, child_scope
        if partial is not None:
            scope["route"] = partial
            scope.update(partial_scope)
            await partial.handle(scope, receive, send)
            return
        await self.default(scope, receive, send)
