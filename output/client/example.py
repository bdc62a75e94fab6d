"""Volume life cycle with evs_client: the sync and the async client.

Settings come from the environment: EVS_REGION or EVS_ENDPOINT,
EVS_PROJECT_ID, and EVS_AK/EVS_SK (or EVS_TOKEN).
To try it without an account, run the server stub (`doc2spec generate server`) and set
EVS_ENDPOINT to its URL.
"""
from __future__ import annotations

import asyncio
import os

from evs_client import AsyncClient, Client, ClientError
from evs_client.models import (
    BssParamForResizeVolume,
    CinderCreateVolumeOptionVolumeType,
    CreateVolumeOption,
    CreateVolumeRequestBody,
    CreateVolumeSchedulerHints,
    IsAutoPay,
    OsExtend,
    ResizeVolumeRequestBody,
)


def first_id(client: Client) -> str | None:
    """The id of the first volume listed, if any."""
    for listed in client.iter_list_volumes(limit=10):
        return listed.id
    return None


def life_cycle(client: Client) -> None:
    """List, create, show, change and delete volumes."""
    for listed in client.iter_list_volumes(limit=10):
        print("listed", listed.id)

    created = client.create_volume(
        body=CreateVolumeRequestBody(
            volume=CreateVolumeOption(
                availability_zone='ap-southeast-1a',
                size=10,
                name='EVS-Test',
                volume_type=CinderCreateVolumeOptionVolumeType.SAS,
                metadata={
                    'hw:passthrough': 'true',
                    '__system__encrypted': '1',
                    '__system__cmkid': '94257794-d7aa-462c-9eaa-9f32c05b9966',
                    'region': 'ap-southeast-1',
                },
                multiattach=True,
                enterprise_project_id='0',
            ),
            os_sch_hnt_scheduler_hints=CreateVolumeSchedulerHints(
                dedicated_storage_id='1b6198f2-20a6-5dcc-aa21-58c1af5dc488',
            ),
        ),
    )
    print("created", created.to_dict(), "request id", created.request_id)
    volume_id = first_id(client)
    if volume_id is None:
        print("nothing to show")
        return

    shown = client.show_volume(volume_id=volume_id, timeout=10)
    print("shown", shown.volume.to_dict())

    changed = client.resize_volume(
        volume_id=volume_id,
        body=ResizeVolumeRequestBody(
            os_extend=OsExtend(new_size=100),
            bss_param=BssParamForResizeVolume(is_auto_pay=IsAutoPay.TRUE),
        ),
        headers={"X-Client-Note": "example"},
    )
    print("changed", changed.to_dict())

    client.delete_volume(volume_id=volume_id)
    print("deleted", volume_id)


def refused(client: Client) -> None:
    """A request the service refuses: the body lacks a required key."""
    try:
        client.create_volume(body={'volume': {'size': 10, 'volume_type': 'SAS'}})
    except ClientError as err:
        print("refused:", err)  # one line: code, message, status, request id, remedy
        print("error code", err.error_code, "status", err.status, "request id", err.request_id)
        for row in err.rows:  # the manual's error-code table rows for this code
            print("  manual:", row.status, row.message)
    else:
        print("accepted?")


async def concurrently() -> None:
    """The async client: list, then show up to five volumes at once."""
    async with AsyncClient(region=os.environ.get('EVS_REGION', 'ap-southeast-1')) as client:
        ids = [
            listed.id
            async for listed in client.iter_list_volumes(limit=10)
        ]
        shown = await asyncio.gather(*(client.show_volume(volume_id=i) for i in ids[:5]))
        print("shown concurrently", len(shown))


def main() -> None:
    with Client(region=os.environ.get('EVS_REGION', 'ap-southeast-1')) as client:
        life_cycle(client)
        refused(client)
    asyncio.run(concurrently())


if __name__ == "__main__":
    main()
