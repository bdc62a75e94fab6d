"""Your handlers for the operations of ``base/tag_2_2.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_2_2 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed,
    create_changing_an_ecs_os_using_an_image_with_cloud_init_installed,
    show_querying_automatic_recovery_of_an_ecs, create_cold_migrating_an_ecs,
    create_modifying_the_specifications_of_an_ecs_v1,
    create_adding_an_ecs_to_the_monitoring_list
    """

    # For example:
    #
    # async def create_reinstalling_an_ecs_os_using_an_image_with_cloud_init_installed(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
