"""Your handlers for the operations of ``base/tag_8_2_1.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_8_2_1 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    show_volume_v1, list_volumes_v2_volumes, create_volume_v2_volumes, list_volumes_v3,
    create_volume_v3, list_volume_details_v3, show_volume_v2_volumes, update_volume_v2,
    delete_volume_v2, show_volume_v3, update_volume_v3, delete_volume_v3,
    list_volume_types_v2, list_volume_types_v3, show_volume_type_v2,
    show_volume_type_v3, list_volume_details_v2_volumes, list_extensions_v2,
    list_extensions_v3, resize_volume_v3, set_volume_bootable_flag_v3,
    export_volume_to_image_v3, set_volume_readonly_flag_v3, resize_volume_v2_volumes,
    set_volume_bootable_flag_v2, set_volume_readonly_flag_v2, export_volume_to_image_v2,
    attach_volume, detach_volume, reserve_volume, unreserve_volume
    """

    # For example:
    #
    # async def show_volume_v1(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
