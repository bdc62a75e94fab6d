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

    create_registering_an_fpga_image, delete_deleting_an_fpga_image,
    list_viewing_details_of_fpga_images,
    create_associating_an_fpga_image_with_an_ecs_image,
    delete_disassociating_an_fpga_image_from_an_ecs_image,
    list_querying_associations_between_an_fpga_image_and_an_ecs_images
    """

    # For example:
    #
    # async def create_registering_an_fpga_image(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
