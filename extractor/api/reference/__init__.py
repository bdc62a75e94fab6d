"""The manual's reference tables: permissions, error codes, HTTP statuses, resource statuses.

Tables are recognised by their header columns, never by section numbers:

- a permission table has a column containing `授权项` (the primary copy is in the first
  chapter holding such tables, a later chapter's copy is the appendix's);
- an error-code table has the columns `错误码` and `错误信息`;
- an HTTP status table's first column is `错误码状态`;
- a status table is an appendix table whose first column ends with `状态` or `状态(API)`.

Every table row ends up in the result or in a finding.

    table_reading.py  what the readers share: columns by header, row shape, labels
    permissions.py    the IAM permission tables, primary and appendix, cross-checked
    error_codes.py    the error-code table and the HTTP status table
    status_sets.py    the appendix resource-status tables
"""
from .error_codes import read_error_codes, read_http_statuses
from .permissions import cross_check_permissions, read_permissions
from .status_sets import read_status_sets

__all__ = ["cross_check_permissions", "read_error_codes", "read_http_statuses",
           "read_permissions", "read_status_sets"]
