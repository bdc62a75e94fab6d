"""Your handlers for the operations of ``base/tag_3_3.py``.

Yours to edit: doc2spec writes this file only when it is absent, so your code
survives regeneration. Override any method of ``Base``; the others keep answering
with mocks. A method gets a ``Call`` (typed ``path_params``, ``query``, ``headers``,
``body``, the raw ``request``) and returns a ``Reply``, a Starlette ``Response`` or
a JSON-serialisable value (sent with the documented success status).
"""
from __future__ import annotations

from ..base.tag_3_3 import Base
from ..runtime.handlers import Call, Reply  # noqa: F401 - for your implementations


class Handlers(Base):
    """Operations you can override here:

    create_starting_an_ecs, create_restarting_an_ecs, create_stopping_an_ecs,
    create_locking_an_ecs, create_unlocking_an_ecs, create_rebuilding_an_ecs,
    create_creating_an_image_using_an_ecs,
    create_modifying_the_specifications_of_an_ecs_v21,
    create_confirming_ecs_specifications_modification,
    create_rolling_back_ecs_specifications_modification, create_adding_a_security_group,
    create_deleting_a_security_group, create_obtaining_ecs_management_console_logs
    """

    # For example:
    #
    # async def create_starting_an_ecs(self, call: Call) -> Reply:
    #     reply = call.mock()                      # the documented example ...
    #     return Reply(200, {"answer": 42})        # ... or your own answer
    #     return call.error(404, "no such thing")  # ... or an error in the manual's format
