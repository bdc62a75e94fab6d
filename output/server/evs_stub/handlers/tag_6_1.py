"""Your handlers for the operations of ``base/tag_6_1.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_6_1 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    create_volume, show_volume, update_volume, delete_volume, list_volumes,
    batch_resize_volumes, unsubscribe_postpaid_volume, resize_volume,
    list_volumes_v2_cloudvolumes, create_volume_v2_cloudvolumes,
    resize_volume_v2_cloudvolumes, list_volume_details_v2_os_vendor_volumes,
    show_volume_v2_os_vendor_volumes, retype_volume, modify_volume_qos
    """

    # For example:
    #
    # async def create_volume(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
