"""What the text names but no step accounts for lowers the confidence and is named in warnings."""

import pytest

from nl_parser import parse

# Each instruction below says something the steps (as the parser reads them) do not carry out.
LOOSE = [
    # a channel no step posts to
    ("Every day at 9am, fetch https://api.acme.io/x and post it to #ops and #eng.", "#eng"),
    # Salesforce named, nothing reads it (a recap verb the parser does not take as a fetch)
    ("Every Monday at 9, cheer the team in #sales on last week's Salesforce wins.", "Salesforce"),
    # a weekday the schedule grammar did not read
    ("Every 2nd Tuesday at 9am, email the digest to a@acme.io.", "schedule"),
    # an adjective that may pick a subset of what is delivered
    ("Every morning, post the risky accounts from the CRM to #cs.", "risky"),
    # a gerund of a step verb with no step of its kind
    ("Fetch https://api.acme.io/x while notifying nobody.", "notifying"),
]
SURE = [
    "Every Monday at 9am, query Salesforce for new leads and email them to a@acme.io.",
    "Every 10 minutes, call https://status.acme.io and post to #ops if it is down.",
    "When a form arrives, extract the name, company and email, then push them to the CRM "
    "webhook at https://hooks.acme.io/crm.",
    "When a new lead is created in Salesforce, post it to #leads.",
    "Query Salesforce for deals over $25k and email them to a@acme.io.",
]


@pytest.mark.parametrize(("text", "named"), LOOSE)
def test_loose_ends_are_doubts_named_in_warnings(text, named):
    result = parse(text)
    assert result.confidence < 0.7
    assert any(w.startswith("uncertain:") and named in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("text", SURE)
def test_names_the_steps_use_or_a_trigger_gives_are_not_loose(text):
    result = parse(text)
    assert result.confidence >= 0.85, result.warnings


def test_a_correction_the_schedule_does_not_carry_is_a_doubt():
    # "every day" must replace "weekday": when it does, nothing is left to doubt.
    result = parse("Every weekday at 10pm, no, every day at 10pm, email the log to a@acme.io.")
    assert result.schedule.cron_expression == "0 22 * * *"
    assert not any("the correction" in w and "says" in w for w in result.warnings)


def test_an_if_read_as_an_event_is_a_doubt():
    result = parse("Email a@acme.io if the vendor signs up.")
    assert any("read as an event, not as a test" in w for w in result.warnings)
    assert result.confidence < 0.7


# Shapes no right parse of the labelled sets has had: each lowers the confidence and is named.
SHAPES = [
    # a wait written inside a clause, with no wait step made
    ("When a user registers, email them a welcome note and, after a week, a tips email.", "wait"),
    # a classification nothing uses to choose what the delivery right after it sends
    (
        # ("email bugs to …" names the class 'bug' in the plural: a test, no doubt.)
        "When a request arrives, classify it as bug, question or idea and email it to b@acme.io.",
        "classification",
    ),
    # a bare plural object the fetch did not name
    (
        "Every Friday at 3pm, fetch the survey answers from https://nps.acme.io/api and flag "
        "promoters in #wins.",
        "promoters",
    ),
    # a comparison after the comma of a fetch clause the clause splitter did not cut
    (
        "Every 10 minutes, hit https://api.acme.io/lag and, whenever lag tops out near 900 ms "
        "or so, post to #perf.",
        "condition",
    ),
]


@pytest.mark.parametrize(("text", "named"), SHAPES)
def test_shapes_no_right_parse_has_had_are_doubts(text, named):
    result = parse(text)
    assert result.confidence <= 0.65, result.warnings
    assert any(w.startswith("uncertain:") and named in w for w in result.warnings), result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "When a customer cancels their subscription, wait a week, then email them an offer.",
        "When a lead is created in Salesforce, post it to #leads.",
        "Every Monday at 9am, fetch https://api.acme.io/survey, classify the answers by topic and "
        "email the categorized list to a@acme.io.",
        "Every day at 8am, fetch https://api.acme.io/calendar and post today's meetings to #exec.",
    ],
)
def test_ordinary_shapes_stay_sure(text):
    assert parse(text).confidence >= 0.85


def test_a_trigger_read_as_a_loose_test_is_a_doubt():
    result = parse("When a subscription is nearly over, email the customer a renewal link.")
    assert result.confidence <= 0.65
    assert any("may be the trigger event" in w for w in result.warnings), result.warnings


def test_a_trigger_read_by_a_firm_rule_is_sure():
    result = parse("When an order's status is moved to disputed, post it to #risk.")
    assert result.actions == ["check_status", "slack.post_message"]
    assert result.confidence >= 0.85, result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "When an invoice is paid partially, email ar@acme.io.",
        "When the nightly import completes with warnings, post to #data.",
        "Whenever a customer pays with a gift card, post it to #finance.",
    ],
)
def test_a_trigger_that_says_which_events_count_is_a_weak_guard(text):
    result = parse(text)
    assert result.actions[0] == "check_status"
    assert result.confidence <= 0.65
    assert any("was not understood" in w for w in result.warnings), result.warnings


def test_a_destination_a_test_swallowed_is_a_loose_end():
    # An unknown verb after the test is swallowed by it ("fine, else post it" is read since).
    result = parse("Every hour, fetch https://a.io/q and if it's over 10 congratulate #errors.")
    assert result.confidence <= 0.65
    assert any("nothing posts to #errors" in w for w in result.warnings), result.warnings


def test_a_place_after_an_unknown_verb_is_no_noun_a_word_picks_from():
    # "give" ends like "expensive", but '#support-leads' is where it goes, not what is picked.
    result = parse(
        "Every 10 minutes, look at https://api.acme.io/queue and give #support-leads a shout if "
        "more than 8 chats are waiting."
    )
    assert result.actions == ["http.request", "check_status", "slack.post_message"]
    assert result.confidence >= 0.85, result.warnings
