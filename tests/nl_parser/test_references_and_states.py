"""Constructions found by heldout23/24: corrections, back-references, states, recipients."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "At 9:30am every Tuesday, post the sprint link in #eng. Actually, make it Wednesdays.",
            "30 9 * * 3",
        ),
        ("Every Friday at 5pm, email the report to a@acme.io. No, make it 6pm.", "0 18 * * 5"),
        ("Every Friday at 5pm, email the report to a@acme.io. Sorry, Thursdays.", "0 17 * * 4"),
    ],
)
def test_a_correction_opening_its_own_sentence_corrects_the_sentence_before(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.confidence >= 0.85


def test_an_action_correction_in_its_own_sentence_keeps_the_schedule():
    result = parse("Email the report to a@acme.io every Friday at 5pm. Actually, post it to #ops.")
    assert result.schedule.cron_expression == "0 17 * * 5"
    assert result.actions == [S]


def test_tomorrows_as_a_possessive_names_what_is_sent_not_when():
    result = parse("Every weekday at 6:30pm post tomorrow's on-call engineer to #oncall.")
    assert result.schedule.cron_expression == "30 18 * * 1-5"
    assert result.actions == [S]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When a deploy finishes, ping the release webhook.", [W]),
        ("When a deploy finishes, hit the release webhook.", [W]),
        ("Every hour, fetch https://a.io/x and call the alerts webhook if it is down.", [H, C, W]),
        (
            "Every night at 2, export the table via https://a.io/export and ping the data webhook.",
            [H, W],
        ),
    ],
)
def test_a_fetch_verb_on_a_named_webhook_delivers_to_it(text, expected):
    result = parse(text)
    assert result.actions == expected
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Make a workflow that runs at 6am every day, grabs https://a.io/e, emails a@acme.io.",
        "Set up a job that runs every day at 6am and grabs https://a.io/e for a@acme.io by email.",
    ],
)
def test_running_on_the_schedule_is_no_step(text):
    result = parse(text)
    assert result.schedule.cron_expression == "0 6 * * *"
    assert result.actions == [H, E]


@pytest.mark.parametrize(
    "text",
    [
        "Every 15 min hit https://a.io/dlq and, for every message in there, post it to #dlq.",
        "Every hour fetch https://a.io/orders and, for every order that comes back, post to #dlq.",
        "Every hour fetch https://a.io/orders and, for each order, post it to #dlq.",
    ],
)
def test_for_every_lone_noun_or_back_reference_iterates(text):
    assert parse(text).actions == [H, S]


def test_for_every_noun_with_a_modifier_still_picks_a_subset():
    text = "Every hour fetch https://a.io/orders and, for each refunded order, post it to #dlq."
    assert parse(text).actions == [H, C, S]


@pytest.mark.parametrize(
    "text",
    [
        "When a GitHub issue gets the 'security' label, email sec@acme.io and post it in #sec.",
        "When a ticket receives the urgent tag, email sec@acme.io and post it in #sec.",
    ],
)
def test_a_label_set_by_the_event_is_a_test(text):
    result = parse(text)
    assert result.actions == [C, E, S]
    assert result.steps[0].config["operator"] == "equals"


def test_a_place_past_the_triggers_comma_that_no_step_reaches_is_doubted():
    text = (
        "When the nightly ETL finishes, compare row counts from https://a.io/count with "
        "yesterday and email data@acme.io if they dropped by more than 10%."
    )
    result = parse(text)
    assert result.confidence <= 0.6
    assert any("https://a.io/count" in w for w in result.warnings)


def test_a_test_guards_every_delivery_after_it():
    text = (
        "When a lead is created, score it, and if it's a good fit, notify #sales and email the "
        "account executive."
    )
    result = parse(text)
    assert result.actions == ["classify", C, S, E]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 9, fetch https://a.io/incidents and email the regional manager.",
        "Every day at 9, fetch https://a.io/incidents and page the primary on-call engineer.",
    ],
)
def test_one_recipient_after_a_verb_of_telling_picks_no_items(text):
    assert C not in parse(text).actions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When Stripe reports a dispute, summarize it and email it to a@acme.io.",
            ["summarize", E],
        ),
        ("When someone fills in the signup form, post it to #signups.", [S]),
        ("When Revenue drops below 100, email a@acme.io.", [C, E]),
    ],
)
def test_a_named_system_or_a_person_acting_is_the_event(text, expected):
    assert parse(text).actions == expected


def test_a_quoted_value_on_the_trigger_that_nothing_tests_is_doubted():
    result = parse("When a PR gets the 'needs-review' sticker, post it to #review.")
    assert result.confidence <= 0.6
    assert any("'needs-review' on the trigger" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("When a ticket is opened, wait 2 hours and if it's still open email x@acme.com", "open"),
        ("Every day at 9am check https://status.acme.com and if it's still down ping #ops", "down"),
    ],
)
def test_a_state_that_still_holds_is_equal_to_it(text, value):
    # "still open" is open: it had been read as a state that had not come about (not_equals).
    condition = next(step for step in parse(text).steps if step.type == "condition")
    assert condition.config["operator"] == "equals"
    assert condition.config["value"] == value
