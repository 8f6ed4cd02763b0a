"""Schedule descriptions and previews (CONTRACT §12), DST notes included."""

import pytest

from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")


def preview(client, cron, zone, start, count=3, headers=A):
    body = {"cron_expression": cron, "timezone": zone, "count": count, "from": start}
    return client.post(f"{BASE}/schedules/preview", json=body, headers=headers)


@pytest.fixture
def schedule(client):
    workflow = client.post(
        BASE, json=workflow_body(definition=definition(node("a"))), headers=A
    ).json["workflow"]
    body = {"cron_expression": "0 9 * * 1", "timezone": "America/New_York"}
    created = client.post(f"{BASE}/{workflow['id']}/schedules", json=body, headers=A)
    return created.json["schedule"]


def test_a_schedule_describes_its_expression_in_english(client, schedule):
    assert schedule["description"] == "At 09:00 AM, only on Monday"


def test_a_stored_schedule_previews_its_next_fires(client, schedule):
    url = f"{BASE}/{schedule['workflow_id']}/schedules/{schedule['id']}/preview"

    fires = client.get(f"{url}?count=4", headers=A).json["fires"]

    assert len(fires) == 4
    assert all(fire["local"].startswith(fire["local"][:10]) for fire in fires)
    assert {fire["local"][11:19] for fire in fires} == {"09:00:00"}
    assert all(fire["at"].endswith("Z") and fire["note"] is None for fire in fires)
    assert client.get(url, headers=B).status_code == 404  # another tenant's schedule
    assert client.get(f"{url}?count=101", headers=A).status_code == 400
    assert client.get(f"{url}?count=0", headers=A).status_code == 400


@pytest.mark.parametrize(
    ("cron", "zone", "start", "expected"),
    [
        # New York springs forward on 8 March 2026: 02:30 does not exist; it fires at 03:00.
        (
            "30 2 * * *",
            "America/New_York",
            "2026-03-07T12:00:00Z",
            [
                ("2026-03-08T07:00:00.000Z", "2026-03-08T03:00:00-04:00", "dst_gap"),
                ("2026-03-09T06:30:00.000Z", "2026-03-09T02:30:00-04:00", None),
            ],
        ),
        # New York falls back on 1 November 2026: 01:30 happens twice; it fires at the first.
        (
            "30 1 * * *",
            "America/New_York",
            "2026-10-31T12:00:00Z",
            [
                ("2026-11-01T05:30:00.000Z", "2026-11-01T01:30:00-04:00", "dst_overlap"),
                ("2026-11-02T06:30:00.000Z", "2026-11-02T01:30:00-05:00", None),
            ],
        ),
        # Berlin springs forward on 29 March 2026 (02:00 -> 03:00).
        (
            "15 2 * * *",
            "Europe/Berlin",
            "2026-03-28T12:00:00Z",
            [
                ("2026-03-29T01:00:00.000Z", "2026-03-29T03:00:00+02:00", "dst_gap"),
                ("2026-03-30T00:15:00.000Z", "2026-03-30T02:15:00+02:00", None),
            ],
        ),
        # Berlin falls back on 25 October 2026: a wildcard slot fires at both 02:00s.
        (
            "0 * * * *",
            "Europe/Berlin",
            "2026-10-24T23:30:00Z",
            [
                ("2026-10-25T00:00:00.000Z", "2026-10-25T02:00:00+02:00", "dst_overlap"),
                ("2026-10-25T01:00:00.000Z", "2026-10-25T02:00:00+01:00", "dst_overlap"),
            ],
        ),
    ],
)
def test_an_expression_previews_with_dst_notes(client, cron, zone, start, expected):
    response = preview(client, cron, zone, start, count=len(expected))

    assert response.status_code == 200, response.json
    fires = [(fire["at"], fire["local"], fire["note"]) for fire in response.json["fires"]]
    assert fires == expected


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"cron_expression": "0 0 30 2 *"}, "invalid_cron_expression"),
        ({"cron_expression": "0 9 * * 1", "timezone": "Mars/Base"}, "invalid_timezone"),
        ({"cron_expression": "0 9 * * 1", "count": 500}, "validation_error"),
        ({"cron_expression": "0 9 * * 1", "from": "2026-03-07T12:00:00"}, "validation_error"),
        ({"cron_expression": "0 9 * * 1", "stored": True}, "validation_error"),
        ({"cron_expression": "0 9 * * 1", "from": "9999-12-31T23:59:00Z"}, "invalid_range"),
        ({"cron_expression": "0 9 * * 1", "from": "0001-01-01T00:00:00Z"}, "invalid_range"),
    ],
)
def test_a_bad_preview_is_a_400_and_stores_nothing(client, body, code):
    response = client.post(f"{BASE}/schedules/preview", json=body, headers=A)

    assert response.status_code == 400, response.json
    assert response.json["error"]["code"] == code


def test_the_preview_needs_a_token(client):
    assert (
        client.post(f"{BASE}/schedules/preview", json={"cron_expression": "* * * * *"}).status_code
        == 401
    )
