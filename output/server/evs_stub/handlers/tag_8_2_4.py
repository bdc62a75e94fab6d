"""Your handlers for the operations of ``base/tag_8_2_4.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_8_2_4 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    show_snapshot_metadata_item_v3, update_snapshot_metadata_item_v3,
    delete_snapshot_metadata_item_v3, show_snapshot_metadata_v3,
    update_snapshot_metadata_v3, create_snapshot_metadata_v3, show_snapshot_metadata_v2,
    update_snapshot_metadata_v2, create_snapshot_metadata_v2,
    show_snapshot_metadata_item_v2, update_snapshot_metadata_item_v2,
    delete_snapshot_metadata_item_v2
    """

    # For example:
    #
    # async def show_snapshot_metadata_item_v3(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
