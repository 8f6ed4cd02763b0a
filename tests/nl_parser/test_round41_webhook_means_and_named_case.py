"""Round 41: a thing done through a named webhook, "in that case" past a sentence break, and a
short verb's doubled letter typed once."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
Q, WAIT = "salesforce.query", "wait"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fetch verb whose object is done by way of a named webhook (no URL) posts to it.
        ("every monday at 6am, kick the cache warm-up via the ops webhook", ("0 6 * * 1", [W])),
        (
            "Every Sunday at 11pm trigger the nightly backup through the storage webhook, then "
            "wait 2 hours and post in #infra",
            ("0 23 * * 0", [W, WAIT, S]),
        ),
        ("daily at 4am: call the cleanup job using our maintenance webhook", ("0 4 * * *", [W])),
        (
            "at 1am each night, run the archive job via the batch webhook; after 30 minutes "
            "fetch https://batch.example.com/api/status and email ops@batch.example.com if it "
            "failed",
            ("0 1 * * *", [W, WAIT, H, C, E]),
        ),
        ("when a PR is merged, hit the deploy job via the CI webhook", (None, [W])),
        # Near miss: with a URL to call, "trigger" still calls it.
        (
            "Every night at 2am, trigger the rebuild at https://ci.example.com/api/rebuild.",
            ("0 2 * * *", [H]),
        ),
        # Any verb, with its object or particle, done through a webhook starts a step of its own.
        (
            "every day at 6am, fetch https://farm.example.com/api/greenhouse and open the vents "
            "through the greenhouse webhook if any house is above 30C",
            ("0 6 * * *", [H, C, W]),
        ),
        (
            "every 10 min poll https://pool.example.com/api/ph → turn off the pumps via the pool "
            "webhook when any pool reads below 7.0",
            ("*/10 * * * *", [H, C, W]),
        ),
        (
            "every morning at 7 pull the door states from https://site.example.com/api/doors; "
            "lock all doors using the access webhook if any door is open",
            ("0 7 * * *", [H, C, W]),
        ),
        (
            "each evening at 9: get the frost forecast from https://wx.example.com/api/frost, and "
            "start up the heaters through our frost webhook when frost is expected",
            ("0 21 * * *", [H, C, W]),
        ),
        # "in that case" / "in this event" after a break still names the test before it.
        (
            "every 5 minutes check https://plant.example.com/api/press and say nothing unless "
            "the press reports a jam. In that case, post in #floor.",
            ("*/5 * * * *", [H, C, S]),
        ),
        (
            "hourly: GET https://kiln.example.com/api/temps — do nothing unless any kiln is above "
            "900C; in this event email ops@kiln.example.com",
            ("0 * * * *", [H, C, E]),
        ),
        (
            "every hour fetch https://tank.example.com/api/levels and keep silent unless a tank "
            "is leaking (in that case, text the plumber via the sms webhook)",
            ("0 * * * *", [H, C, W]),
        ),
        (
            "every 15 min poll https://gate.example.com/api/status, remain quiet unless the gate "
            "reports an error — in that event page security through the pager webhook",
            ("*/15 * * * *", [H, C, W]),
        ),
        # Near miss: a plain trailing "unless" still guards the step before it.
        (
            "every 5 minutes check https://plant.example.com/api/press and email "
            "ops@plant.example.com unless the press is idle.",
            ("*/5 * * * *", [H, C, E]),
        ),
        # A short verb's doubled letter typed once.
        (
            "every friday at 4pm pul the week's closed deals from salesforce and post them in "
            "#wins",
            ("0 16 * * 5", [Q, S]),
        ),
        (
            "lok up the customer in salesforce whenever a new ticket arrives, then post it in "
            "#support",
            (None, [Q, S]),
        ),
        # Near miss: a three-letter word of its own ("EST") is not mended.
        ("every day at 9am EST post the standup reminder in #team", ("0 9 * * *", [S])),
    ],
)
def test_round41_reading(text, expected):
    assert read(text) == expected


def test_case_named_after_unless_runs_the_step_when_the_test_holds():
    result = parse(
        "every 15 min poll https://gate.example.com/api/status, remain quiet unless any gate "
        "is above 40; in that case page security through the pager webhook",
        {},
    )
    test = next(s for s in result.steps if s.action == C)
    assert test.config["operator"] == "gt"
    assert result.confidence >= 0.85


def test_webhook_means_with_an_unknown_verb_is_confident():
    result = parse("every monday at 6am, kick the cache warm-up via the ops webhook", {})
    assert result.confidence >= 0.85
    assert not result.warnings


def test_singled_letter_is_mended_with_a_warning():
    result = parse("hourly, pul new signups from salesforce and post them in #growth", {})
    assert result.actions == [Q, S]
    assert any("'pul' as 'pull'" in w for w in result.warnings)
