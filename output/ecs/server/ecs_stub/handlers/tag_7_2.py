"""Your handlers for the operations of ``base/tag_7_2.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_7_2 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    register_fpga_image, delete_fpga_image, list_details_fpga_images,
    associate_fpga_image_with_server_image, disassociate_fpga_image_from_server_image,
    list_associations_between_fpga_image_server_image
    """

    # For example:
    #
    # async def register_fpga_image(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
