"""Constructions found by heldout25/26: requests around the workflow, passives, markers."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Every Tuesday at 4pm, pull the stats from https://ads.acme.io/api/stats and email "
            "them to growth@acme.io. Wait, make that every Thursday.",
            "0 16 * * 4",
        ),
        ("Every Monday at 9am post the agenda to #eng. Wait, no, make it every Wednesday.", None),
    ],
)
def test_wait_opening_a_correction_is_a_marker_and_a_day_alone_keeps_the_time(text, cron):
    result = parse(text)
    assert "wait" not in result.actions
    assert result.schedule.cron_expression == (cron or "0 9 * * 3")
    assert result.confidence >= 0.85


def test_a_correction_with_a_cadence_and_a_time_still_restates_the_whole_schedule():
    result = parse("Twice a day... no, every day at 9am, post the summary to #support.")
    assert result.schedule.cron_expression == "0 9 * * *"


@pytest.mark.parametrize(
    "text",
    [
        "Set up a workflow: every Monday at 6am, fetch https://ads.acme.io/api/spend and send it "
        "to the finance webhook.",
        "I need an automation \u2014 every Monday at 6am, fetch https://ads.acme.io/api/spend and "
        "send it to the finance webhook.",
    ],
)
def test_a_request_ended_by_a_colon_or_dash_is_no_step(text):
    result = parse(text)
    assert result.actions == [H, W]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Would it be possible to have the open tickets from https://desk.acme.io/api/open "
            "posted to #support every morning at 9?",
            [H, S],
        ),
        (
            "Please have the weekly MRR numbers from the billing API emailed to ceo@acme.io "
            "every Monday at 7.",
            [H, E],
        ),
        ("Can you have the daily digest sent to #ops every day at 6pm?", [S]),
    ],
)
def test_have_with_a_delivery_participle_delivers_the_object(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_can_we_get_an_email_delivers_from_the_receiving_side():
    result = parse(
        "Can we get an email to ap@acme.io every Monday at 9am with the totals from "
        "https://erp.acme.io/api/totals?"
    )
    assert result.actions == [H, E]


def test_one_email_to_an_address_no_step_reaches_is_a_loose_end():
    # "incoming emails to support@…" name where the input comes from; "an email to ap@…" is
    # where one goes, so no step reaching it is a doubt.
    result = parse(
        "Every Monday at 9am, fetch https://erp.acme.io/api/totals, an email to ap@acme.io"
    )
    assert any("ap@acme.io" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Email sales@acme.io at 8am on Mondays reminding reps to update their forecasts.",
        "Post in #eng every Friday at 4pm asking engineers to log their hours.",
    ],
)
def test_a_participle_of_telling_opens_what_the_message_says(text):
    result = parse(text, {"availableTools": [E, S]})
    assert C not in result.actions
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Please set up: every Monday at 6am, fetch https://ads.acme.io/api/spend and send it to "
        "the finance webhook.",
        "Hey! Could you set something up so that every Monday at 6am we fetch "
        "https://ads.acme.io/api/spend and send it to the finance webhook?",
    ],
)
def test_set_up_with_its_object_left_out_or_something_is_the_request(text):
    result = parse(text)
    assert result.actions == [H, W]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every Monday at 9am, email the check-in form to managers@acme.io. Actually, send it "
            "at 10am instead.",
            "0 10 * * 1",
            ["email.send"],
        ),
        (
            "Every Friday at 4pm, post the metrics to #growth. Sorry, post them at 5pm.",
            "0 17 * * 5",
            ["slack.post_message"],
        ),
    ],
)
def test_a_correction_repeating_the_verb_with_a_pronoun_corrects_only_the_schedule(
    text, cron, actions
):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.actions == actions
    assert result.confidence >= 0.85


def test_oh_and_opening_a_correction_is_a_marker():
    result = parse(
        "Every Monday at 8am, query Salesforce for stale accounts and send them to the nurture "
        "webhook. Oh, and make it Tuesdays."
    )
    assert result.schedule.cron_expression == "0 8 * * 2"
    assert result.actions == ["salesforce.query", "webhook.post"]
