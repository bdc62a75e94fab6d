"""Facts about this generated package (generated; do not edit)."""
from __future__ import annotations

PACKAGE = 'evs_client'
VERSION = '2025.8.20'
ENV_PREFIX = 'EVS_'
SERVER_URL = 'https://{service}.{region}.myhuaweicloud.com'
SERVER_VARIABLES: dict[str, str] = {'service': 'evs'}
USER_AGENT = 'evs-client/2025.8.20'
DOC_VERSION = '01'
RELEASE_DATE = '2025-08-20'
