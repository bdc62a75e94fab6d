"""ContainerFormat: an enum of the evs_client client (generated; do not edit)."""
from __future__ import annotations

from .._types import OpenEnum

__all__ = ['ContainerFormat']


class ContainerFormat(OpenEnum):
    """Values of ContainerFormat the manual lists (others are accepted too).

    AMI: 'ami'
    ARI: 'ari'
    AKI: 'aki'
    OVF: 'ovf'
    BARE: 'bare'
    """

    AMI = 'ami'
    ARI = 'ari'
    AKI = 'aki'
    OVF = 'ovf'
    BARE = 'bare'
