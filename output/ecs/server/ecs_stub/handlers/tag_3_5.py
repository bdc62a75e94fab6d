"""Your handlers for the operations of ``base/tag_3_5.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_3_5 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    show_security_groups_server
    """

    # For example:
    #
    # async def show_security_groups_server(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
