"""Round 46: an unknown verb throwing a picked subset at a place or setting off a webhook,
"look at whether …" as a test, a heads-up given to people named in several words, and a test
written as the subject of "means" / "calls for" with what it brings about."""

import pytest

from nl_parser import parse

FETCH_TEST_EMAIL = ["http.request", "check_status", "email.send"]
FETCH_TEST_WEBHOOK = ["http.request", "check_status", "webhook.post"]
BRANCHES = ["http.request", "check_status", "webhook.post", "check_status", "slack.post_message"]


def _read(text: str, context: dict | None = None) -> tuple:
    result = parse(text, context or {})
    cron = result.schedule.cron_expression if result.schedule else None
    return cron, result.actions, result.confidence


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # the miss: "ship X over to <address>" sends the items X picks
        (
            "Every night at 23:30, fetch the day's returns from"
            " https://returns.example-threadhouse.com/api/today and ship any return worth more"
            " than €200 over to fraud@example-threadhouse.com.",
            "30 23 * * *",
            FETCH_TEST_EMAIL,
        ),
        (
            "Every morning at 7, pull the orders from https://shop.example.com/api/orders and"
            " ship any order above $500 to review@example.com.",
            "0 7 * * *",
            FETCH_TEST_EMAIL,
        ),
        (
            "Hourly, get the tickets from https://desk.example.com/api/tickets and punt any"
            " ticket older than 3 days over to #support-leads.",
            "0 * * * *",
            ["http.request", "check_status", "slack.post_message"],
        ),
        (
            "Each Friday at 5pm, read the invoices at https://ar.example.com/api/open and pop"
            " any invoice over £1,000 into #finance.",
            "0 17 * * 5",
            ["http.request", "check_status", "slack.post_message"],
        ),
        (
            "Every day at noon, fetch the claims from https://claims.example.com/api/new and"
            " ship the ones worth more than $2,000 across to audit@example.com.",
            "0 12 * * *",
            FETCH_TEST_EMAIL,
        ),
        # the miss: "kick the X webhook" posts to it, "for any room holding more than 10" picks
        (
            "Monday to Friday, every hour on the hour from 9am to 5pm, check the meeting-room"
            " occupancy at https://rooms.example-hubspace.work/api/occupancy and kick the"
            " HVAC-boost webhook for any room holding more than 10 people.",
            "0 9-17 * * 1-5",
            FETCH_TEST_WEBHOOK,
        ),
        (
            "Every 15 minutes, read the tank levels at https://tanks.example.com/api/levels and"
            " poke the refill webhook for any tank holding less than 200 litres.",
            "*/15 * * * *",
            FETCH_TEST_WEBHOOK,
        ),
        (
            "Every 10 minutes, pull the queue depths from https://mq.example.com/api/queues and"
            " kick the autoscale webhook for any queue with more than 5000 messages.",
            "*/10 * * * *",
            FETCH_TEST_WEBHOOK,
        ),
        (
            "Daily at 6am, check https://fleet.example.com/api/vans and prod the maintenance"
            " webhook for any van showing over 20,000 miles since service.",
            "0 6 * * *",
            FETCH_TEST_WEBHOOK,
        ),
        # the miss: "if <comparison> fire the X webhook", with no comma between them
        (
            "gelato shop here. every 10 mins check https://freezers.example-dolcevita.it/api/temps"
            " and if any display cabinet is warmer than -12C fire the alarm webhook",
            "*/10 * * * *",
            FETCH_TEST_WEBHOOK,
        ),
        (
            "every 5 minutes check https://pumps.example.com/api/pressure and if any line is"
            " above 8 bar kick the relief webhook",
            "*/5 * * * *",
            FETCH_TEST_WEBHOOK,
        ),
        (
            "hourly, read https://greenhouse.example.com/api/soil and if any bed is drier than"
            " 20% fire off the irrigation webhook",
            "0 * * * *",
            FETCH_TEST_WEBHOOK,
        ),
        (
            "every 30 mins check https://kiln.example.com/api/temp and when the kiln is hotter"
            " than 1300C fire the shutdown webhook",
            "*/30 * * * *",
            FETCH_TEST_WEBHOOK,
        ),
    ],
)
def test_a_subset_thrown_at_a_place_or_a_webhook_set_off(text, cron, actions):
    got_cron, got_actions, confidence = _read(text)
    assert (got_cron, got_actions) == (cron, actions)
    assert confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        # the miss: "look at whether X" tests X, "if so" guards the email
        (
            "Brewhouse request: at twenty to six each evening, look at whether any of our"
            " fermenters ran warmer than 22°C today, and if so shoot the head brewer an email at"
            " headbrewer@example-hopyardbrew.com.",
            "40 17 * * *",
            FETCH_TEST_EMAIL,
            None,
        ),
        (
            "Every morning at 8, look at whether any of the print queues holds more than 50 jobs"
            " and if so email it@example.com.",
            "0 8 * * *",
            FETCH_TEST_EMAIL,
            None,
        ),
        (
            "At 6pm daily, look into whether https://api.example.com/health is down and, if so,"
            " post to #ops.",
            "0 18 * * *",
            ["http.request", "check_status", "slack.post_message"],
            None,
        ),
        (
            "Each Monday at 9, look into whether any supplier invoice is more than 30 days"
            " late, and if so email ap@example.com.",
            "0 9 * * 1",
            FETCH_TEST_EMAIL,
            None,
        ),
        (
            "Every night at 11, look to see whether the backup job failed, and if so, page"
            " the oncall webhook.",
            "0 23 * * *",
            FETCH_TEST_WEBHOOK,
            None,
        ),
        # the miss: "give the branch librarians a heads-up" is a message to them
        (
            "Weekdays at 8:05 sharp, look for any borrowed book that has gone more than 60 days"
            " overdue and, if there are some, give the branch librarians a heads-up.",
            "5 8 * * 1-5",
            FETCH_TEST_EMAIL,
            {"availableTools": ["http.request", "email.send"]},
        ),
        (
            "Every weekday at 9, look for any order stuck for more than 2 days and, if there are"
            " any, give the warehouse shift leads a quick heads-up.",
            "0 9 * * 1-5",
            FETCH_TEST_EMAIL,
            {"availableTools": ["http.request", "email.send"]},
        ),
        (
            "Daily at 7am, check for any patient sample older than 48 hours and if there are"
            " some, send the lab night staff a note.",
            "0 7 * * *",
            FETCH_TEST_EMAIL,
            {"availableTools": ["http.request", "email.send"]},
        ),
    ],
)
def test_looked_at_whether_and_heads_up_to_people(text, cron, actions, context):
    got_cron, got_actions, _ = _read(text, context)
    assert (got_cron, got_actions) == (cron, actions)


@pytest.mark.parametrize(
    ("text", "cron", "actions", "sure"),
    [
        # the misses: "<test> means <step in the passive>; otherwise …"
        (
            "Twice a day, at 7 in the morning and 7 in the evening, read the gallery humidity"
            " sensors at https://climate.example-ashmoregallery.org/api/rooms. Any room outside"
            " 45\u201355% relative humidity means the dehumidifier-control webhook gets triggered;"
            " otherwise post a one-liner in #conservation saying all rooms are in range.",
            "0 7,19 * * *",
            BRANCHES,
            True,
        ),
        (
            "Grow Operations at Fernhollow Mushrooms requests the following automation. Twice"
            " daily, at 03:30 and 15:30, the system should read the CO2 levels for each grow room"
            " from https://climate.example-fernhollow.farm/api/co2. A reading above 1,500 ppm in"
            " any room calls for the extraction-fan webhook to be triggered. Otherwise, record"
            " 'CO2 nominal' in #grow-log.",
            "30 3,15 * * *",
            BRANCHES,
            False,  # the heading and the unknown "record" still cost confidence
        ),
        (
            "Every hour, fetch the pool chemistry from https://pool.example.com/api/chlorine."
            " Any reading below 1 ppm means the dosing webhook should be triggered; otherwise"
            " post 'chlorine ok' in #lifeguards.",
            "0 * * * *",
            BRANCHES,
            True,
        ),
        (
            "At 6am daily, pull the river levels from https://river.example.com/api/gauges. A"
            " gauge above 3.5 m calls for the flood-gate webhook to be called. Otherwise, post"
            " 'levels normal' in #estates.",
            "0 6 * * *",
            BRANCHES,
            True,
        ),
        (
            "Every 20 minutes, read https://cold.example.com/api/fridges. Any fridge warmer than"
            " 8C means an alert goes to the facilities webhook; otherwise post 'all cold' to"
            " #kitchen.",
            "*/20 * * * *",
            BRANCHES,
            True,
        ),
        (
            "Each night at 2, get the disk usage from https://infra.example.com/api/disks. Any"
            " volume over 90% warrants the cleanup webhook being triggered, otherwise post a"
            " note in #infra.",
            "0 2 * * *",
            BRANCHES,
            True,
        ),
    ],
)
def test_a_test_that_means_a_step(text, cron, actions, sure):
    got_cron, got_actions, confidence = _read(text)
    assert (got_cron, got_actions) == (cron, actions)
    assert confidence >= 0.7 or not sure


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # near cases: no subset, no test, no condition before the step
        (
            "Every night at 23:30, fetch the returns from https://r.example.com/api/today and"
            " ship them over to fraud@example.com.",
            "30 23 * * *",
            ["http.request", "email.send"],
        ),
        (
            "Every hour, check the occupancy at https://rooms.example.com/api/occ and kick the"
            " HVAC webhook.",
            "0 * * * *",
            ["http.request", "webhook.post"],
        ),
        (
            "every 10 mins check https://freezers.example.com/api/temps and fire the alarm webhook",
            "*/10 * * * *",
            ["http.request", "webhook.post"],
        ),
        (
            "At 6pm daily, look at the fermenter temperatures at https://brew.example.com/api/f"
            " and email them to headbrewer@example.com.",
            "0 18 * * *",
            ["http.request", "email.send"],
        ),
        (
            "Every day at 9, read https://x.example.com/api/rooms and post what it means in #ops.",
            "0 9 * * *",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_near_cases_stay_as_they_were(text, cron, actions):
    got_cron, got_actions, _ = _read(text)
    assert (got_cron, got_actions) == (cron, actions)
