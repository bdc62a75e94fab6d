"""Facts about this generated package (generated; do not edit)."""
from __future__ import annotations

PACKAGE = 'ecs_client'
VERSION = '0.1.0'
ENV_PREFIX = 'ECS_'
SERVER_URL = 'https://{endpoint}'
SERVER_VARIABLES: dict[str, str] = {}
USER_AGENT = 'ecs-client/0.1.0'
DOC_VERSION = '0'
RELEASE_DATE = ''
