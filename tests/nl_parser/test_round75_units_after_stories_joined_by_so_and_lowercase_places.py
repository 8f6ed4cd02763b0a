"""Round 75: "the day after," (one unit of time, then a pause) and "two days after," are a wait
after the step before, not an event; a story joined to a label of asking by "so" ("…
callouts, so here's the fix: …") is told, and the request after the label leads; and a text
typed all in lower case names its places in lower case ("remind #club-night at kingsgate chess
club that boards go out at 8"), so what follows "that" is the message, its time no schedule's."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, H, S, T, W = (
    "check_status",
    "email.send",
    "http.request",
    "slack.post_message",
    "wait",
    "webhook.post",
)
EMAIL_AND_SLACK = {"availableTools": [E, S]}

# "the day after,", "the week after that", "a month after,": the span after the step before.
UNITS_AFTER = [
    (
        "When someone books a test drive at Marsh Lane Motors, email them a confirmation and DM"
        " the sales rep on Slack; the day after, send them a follow-up email.",
        (None, [E, S, T, E]),
    ),
    (
        "When someone books a test drive, email them a confirmation and the day after, send them"
        " a follow-up email.",
        (None, [E, T, E]),
    ),
    (
        "When a guest checks out, post a thank-you in #front-desk and, the month after, email them"
        " a discount code.",
        (None, [S, T, E]),
    ),
    (
        "Every Monday at 9, post the rota in #staff; the day after, email it to hr@x.example.",
        ("0 9 * * 1", [S, T, E]),
    ),
    (
        "When a new hire starts, post a welcome in #team. The week after, email them the handbook"
        " survey.",
        (None, [S, T, E]),
    ),
    (
        "When a tenant moves out, post in #lettings and the week after that email them the deposit"
        " form.",
        (None, [S, T, E]),
    ),
    (
        "Once a member cancels, email the membership desk at desk@gym.example; a month after,"
        " email the member a win-back offer.",
        (None, [E, T, E]),
    ),
    (
        "When a van is returned, post the mileage in #fleet and two weeks after, email the driver"
        " a checklist.",
        (None, [S, T, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_AFTER)
def test_a_unit_after_and_a_pause_is_a_wait(text, expected):
    assert read(text, EMAIL_AND_SLACK) == expected
    assert confidence_of(text, EMAIL_AND_SLACK) >= 0.9
    assert doubts_of(text, EMAIL_AND_SLACK) == []


def test_the_day_after_waits_one_day():
    from nl_parser import parse

    waits = [s for s in parse(UNITS_AFTER[0][0], EMAIL_AND_SLACK).steps if s.action == T]
    assert [w.config for w in waits] == [{"seconds": 86400}]


# "…, so here's the fix:": a story joined to the label by "so" is told.
STORIES_JOINED_BY_SO = [
    (
        "Our plumbers keep missing overnight callouts, so here's the fix: whenever a callout"
        " between 10pm and 6am is logged as an emergency, trigger the on-call pager webhook, wait"
        " 15 minutes, and if nobody has accepted the job, email the owner at"
        " dave@flowrightplumbing.example.",
        (None, [C, W, T, C, E]),
    ),
    (
        "Our bakers keep forgetting to check the proofing room, so here's the plan: every day at"
        " 5am, post a reminder in #bakery.",
        ("0 5 * * *", [S]),
    ),
    (
        "Invoices keep slipping through the cracks, so here's my idea: every Friday at 4pm, pull"
        " the overdue invoices from https://billing.example.com/api/overdue and email them to"
        " finance@firm.example.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Our drivers miss late deliveries, so here's the fix: whenever a delivery after 9pm is"
        " marked as failed, text the dispatcher via the SMS webhook.",
        (None, [C, W]),
    ),
    (
        "Volunteers never see the rota in time, so here's what I'd like: each Sunday at 6pm, post"
        " the rota in #volunteers.",
        ("0 18 * * 0", [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORIES_JOINED_BY_SO)
def test_a_story_joined_to_a_label_by_so_is_told(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


# All in lower case, a place after the #channel or address is a name; "that" opens the message.
LOWERCASE_PLACES = [
    (
        "every tues at 7.30pm remind #club-night at kingsgate chess club that boards go out at 8",
        ("30 19 * * 2", [S]),
    ),
    (
        "every friday at 4pm tell #crew at harbour row sailing club that the slipway closes at 6",
        ("0 16 * * 5", [S]),
    ),
    (
        "every sat at 9am remind #volunteers at oakfield food bank that doors open at 10",
        ("0 9 * * 6", [S]),
    ),
    (
        "mondays at 8am email coach@rovers.example at riverside juniors that kit goes out at 6pm",
        ("0 8 * * 1", [E]),
    ),
    (
        "weekdays at 5pm remind #bar at millbrook tavern that last orders go in at 11",
        ("0 17 * * 1-5", [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWERCASE_PLACES)
def test_a_lowercase_place_before_that_leaves_the_message_told(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


# Near cases that keep their reading.
UNCHANGED = [
    # "after" before an event still opens the trigger.
    ("After a customer checks out, email them a receipt.", (None, [E])),
    # A story with no label of asking is left as it was; so is a label after a stop.
    (
        "Our bakers keep forgetting the proofing room. Here's the plan: every day at 5am, post a"
        " reminder in #bakery.",
        ("0 5 * * *", [S]),
    ),
    # No place between the channel and "that": told, as before.
    ("every friday at 4pm remind #crew that the slipway closes at 6", ("0 16 * * 5", [S])),
    # Capitalised names, as before.
    (
        "Every Friday at 4pm, tell #crew at Harbour Row Sailing Club that the slipway closes at 6.",
        ("0 16 * * 5", [S]),
    ),
    # A relative clause on the items still picks them.
    (
        "every day at 9am post the tickets at https://help.example.com/api/open that are urgent in"
        " #support",
        ("0 9 * * *", [H, C, S]),
    ),
    # A place on the trigger's items is no message.
    (
        "when a table is booked at the willow cafe, email the manager at manager@willow.example",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
