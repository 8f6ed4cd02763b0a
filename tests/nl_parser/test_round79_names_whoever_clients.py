"""Round 79: a plural then a participle in a capitalised name ("the Harbour Lights Sailing Club
race officers") picks no subset; a delivery verb before a person told by what they do ("page
whoever's on call") starts a step with no comma after the test; and a closing sentence naming
who the workflow is for ("(That's for Lumen Analytics, in case it matters.)") is no step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
SQ = "salesforce.query"
FETCH_OR_SLACK = {"availableTools": [H, S]}

# "the <Name Plurals Participle Name> <people>": a firm's name, not items doing something.
NAMES = [
    (
        "At noon every Saturday — sorry, 11:30 — let the Harbour Lights Sailing Club race"
        " officers know the weekend tide times from"
        " https://tides.harbourlightssc.example/api/weekend.",
        ("30 11 * * 6", [H, S]),
    ),
    (
        "Every Monday at 9am let the Silver Birches Riding School instructors know the week's"
        " lesson bookings from https://bookings.silverbirches.example/api/week.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Each Friday at 5pm tell the Three Counties Farming Union members the grain prices from"
        " https://prices.threecounties.example/api/grain.",
        ("0 17 * * 5", [H, S]),
    ),
    (
        "Every morning at 7 send the Seven Oaks Running Club coaches the forecast from"
        " https://weather.sevenoaks.example/api/today.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "At 6pm every Sunday, fetch the river levels from"
        " https://levels.kingsmeadows.example/api/river and post them for the Kings Meadows"
        " Boating Society committee.",
        ("0 18 * * 0", [H, S]),
    ),
]

# "<test> <delivery verb> whoever / someone …" with no comma after the test.
WHOEVER = [
    (
        "on weekdays 9-5, every half hour, check https://status.tessellatecloud.example/api/health"
        " and if its degraded page whoever's on call via the pager webhook",
        {},
        ("*/30 9-17 * * 1-5", [H, C, W]),
    ),
    (
        "every 10 minutes check https://api.fernbank.example/queue and if the backlog is over 500"
        " text whoever's on duty tonight using the sms webhook",
        {},
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "Every 5 minutes check https://status.oakline.example/api/health and when it's down ping"
        " somebody from the platform team on the pager webhook",
        {},
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "Each night at 2 fetch https://backups.example/api/last and if the backup failed email"
        " whoever is responsible for storage at storage@backups.example",
        {},
        ("0 2 * * *", [H, C, E]),
    ),
    (
        "Hourly, check https://grid.example/api/load and if the load is above 90% alert"
        " whoever's covering the night shift in #grid-ops",
        {},
        ("0 * * * *", [H, C, S]),
    ),
]

# "<request>. (That's for <Firm>, in case it matters.)": who it is for, said last.
CLIENTS = [
    (
        "Each Friday at 3pm: should fewer than five demo requests have been logged as new"
        " opportunities in the CRM this week, email the head of sales at"
        " hos@lumenanalytics.example. (That's for Lumen Analytics, in case it matters.)",
        {"availableTools": [SQ, E]},
        ("0 15 * * 5", [SQ, C, E]),
    ),
    (
        "Every Monday at 8am, if any invoice is more than 30 days overdue, post it in #accounts."
        " This is for Brightwater Food Co-op, if that helps.",
        {},
        ("0 8 * * 1", [H, C, S]),
    ),
    (
        "Every weekday at 6pm, fetch the day's orders from"
        " https://shop.quillandink.example/api/orders and email a summary to"
        " owner@quillandink.example. (In case it matters, it's for Quill & Ink Stationers.)",
        {},
        ("0 18 * * 1-5", [H, "summarize", E]),
    ),
    (
        "When a new ticket comes in, if it mentions a refund, post it in #billing. (That's all"
        " for the Northgate Dental Group, for what it's worth.)",
        {},
        (None, [C, S]),
    ),
    (
        "Every Sunday at 9pm check https://levels.example/api/river and if the level is above 3"
        " metres text the wardens via the sms webhook. (This one is for Kings Meadows Boating"
        " Society, if it's relevant.)",
        {},
        ("0 21 * * 0", [H, C, W]),
    ),
]

# Near cases that keep their reading.
UNCHANGED = [
    (
        # a participle after lower-case items still picks a subset
        "Every day at 9 fetch the orders from https://shop.example/api/orders and post the"
        " orders shipping to Canada in #intl.",
        {},
        ("0 9 * * *", [H, C, S]),
    ),
    (
        # the test with a comma and a named receiver reads as before
        "every half hour check https://status.example/api/health and if it's degraded, page the"
        " on-call engineer via the pager webhook",
        {},
        ("*/30 * * * *", [H, C, W]),
    ),
    (
        # without the closing sentence, the request is the same
        "Each Friday at 3pm: should fewer than five demo requests have been logged as new"
        " opportunities in the CRM this week, email the head of sales at"
        " hos@lumenanalytics.example.",
        {"availableTools": [SQ, E]},
        ("0 15 * * 5", [SQ, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_a_capitalised_name_picks_no_subset(text, expected):
    assert read(text, FETCH_OR_SLACK) == expected
    assert confidence_of(text, FETCH_OR_SLACK) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), WHOEVER)
def test_a_person_told_by_what_they_do_starts_the_step(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), CLIENTS)
def test_who_the_workflow_is_for_is_no_step(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
