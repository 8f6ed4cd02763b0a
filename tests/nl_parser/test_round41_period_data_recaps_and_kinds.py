"""Round 41: recaps of a period's data of any noun, channel receivers, and a period's data kinds."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

_HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
_HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}
_CRM_SLACK = {"availableTools": ["salesforce.query", "slack.post_message"]}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # A mass noun, not a plural, after the period's possessive.
        (
            "Every Monday at 9am, send the ward sisters a summary of last week's bed occupancy.",
            _HTTP_EMAIL,
            ("0 9 * * 1", ["http.request", "summarize", "email.send"]),
        ),
        (
            "each friday 4pm → give the trustees a digest of this week's footfall",
            _HTTP_SLACK,
            ("0 16 * * 5", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Weekdays at 6pm; email the duty manager a roundup of the day's foot traffic",
            _HTTP_EMAIL,
            ("0 18 * * 1-5", ["http.request", "summarize", "email.send"]),
        ),
        (
            "Every Friday at 4pm (weekly), send the volunteers a recap of this week's litter-pick "
            "turnout.",
            _HTTP_EMAIL,
            ("0 16 * * 5", ["http.request", "summarize", "email.send"]),
        ),
        (
            "Every Monday at 8, give the sales leads a recap of last week's pipeline.",
            _CRM_SLACK,
            ("0 8 * * 1", ["salesforce.query", "summarize", "slack.post_message"]),
        ),
        # The data first, then the period it is from or for.
        (
            "Every Sunday at 8pm: give the coaches a recap of the attendance from this week.",
            _HTTP_EMAIL,
            ("0 20 * * 0", ["http.request", "summarize", "email.send"]),
        ),
        (
            "At 7am every day, send the plant manager an overview of the output for yesterday.",
            _HTTP_EMAIL,
            ("0 7 * * *", ["http.request", "summarize", "email.send"]),
        ),
        # The verb says it is summed up; the made thing is named after the data.
        (
            "Every Friday at 5pm, summarise this week's footfall and email it to the managers.",
            _HTTP_EMAIL,
            ("0 17 * * 5", ["http.request", "summarize", "email.send"]),
        ),
        (
            "Every Friday at 5pm, write up this week's fundraising recap and email it to the "
            "board.",
            _HTTP_EMAIL,
            ("0 17 * * 5", ["http.request", "summarize", "email.send"]),
        ),
    ],
)
def test_recap_of_a_periods_data_of_any_noun_reads_the_only_source(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "every monday at 9: give #ops-leads a summary of last week's downtime",
            _HTTP_SLACK,
            ("0 9 * * 1", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Each day at 6pm — give #front-desk a digest of today's check-ins",
            _HTTP_SLACK,
            ("0 18 * * *", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Every Friday at 3pm, give kitchen@bistro.example.com a recap of this week's food "
            "waste.",
            _HTTP_EMAIL,
            ("0 15 * * 5", ["http.request", "summarize", "email.send"]),
        ),
        # A bracketed aside on who receives it.
        (
            "Every Friday at 5pm: give #volunteers (the coordinators) a recap of this week's "
            "adoptions",
            _HTTP_SLACK,
            ("0 17 * * 5", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Every Friday at 5pm, give the vets (ops@vet.example.com) a summary of this week's "
            "surgery throughput.",
            _HTTP_EMAIL,
            ("0 17 * * 5", ["http.request", "summarize", "email.send"]),
        ),
    ],
)
def test_channel_or_address_given_a_recap_receives_it(text, context, expected):
    result = parse(text, context)
    assert read(text, context) == expected
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # No data named: the recap is of nothing a source holds.
        ("Every Friday at 5pm, give #ops a recap.", _HTTP_SLACK),
        ("Every Friday at 5pm, give the team a summary of the week.", _HTTP_SLACK),
        # Two sources listed: which one holds it is not told.
        (
            "Every Friday at 5pm, give the ops team a summary of this week's downtime.",
            {"availableTools": ["http.request", "salesforce.query", "slack.post_message"]},
        ),
    ],
)
def test_recap_with_no_data_or_no_single_source_fetches_nothing(text, context):
    assert not {"http.request", "salesforce.query"} & set(read(text, context)[1])


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Every Tuesday at 10, post today's fitting appointments in #bridal-team",
            _HTTP_SLACK,
            ("0 10 * * 2", ["http.request", "slack.post_message"]),
        ),
        (
            "each morning at 8 → send the drivers the list of today's dry-cleaning pickups",
            _HTTP_SLACK,
            ("0 8 * * *", ["http.request", "slack.post_message"]),
        ),
        (
            "Every Monday at 9am: email the grooms this week's clipping appointments",
            _HTTP_EMAIL,
            ("0 9 * * 1", ["http.request", "email.send"]),
        ),
        (
            "every friday at 2pm send the ushers next week's christening bookings",
            _HTTP_EMAIL,
            ("0 14 * * 5", ["http.request", "email.send"]),
        ),
        (
            "Every weekday at 7, send the depot leads yesterday's returned parcels.",
            _HTTP_SLACK,
            ("0 7 * * 1-5", ["http.request", "slack.post_message"]),
        ),
        (
            "Every weekday at 7, send the depot leads yesterday\u2019s returned parcels.",
            _HTTP_SLACK,
            ("0 7 * * 1-5", ["http.request", "slack.post_message"]),
        ),
    ],
)
def test_words_between_a_periods_possessive_and_its_noun_pick_no_subset(text, context, expected):
    result = parse(text, context)
    assert read(text, context) == expected
    assert result.confidence >= 0.85
    assert not result.warnings


@pytest.mark.parametrize(
    "text",
    [
        # No period's possessive: the participle still picks the refunded ones.
        "Every Tuesday at 11am, send the florists the refunded orders.",
        "Every Tuesday at 11am, fetch https://x.example.com/api/orders and send the florists the "
        "refunded orders.",
        # A relative clause after the period's data still picks.
        "Every Tuesday at 11am, send the florists this week's orders that were refunded.",
    ],
)
def test_participle_outside_a_periods_possessive_still_filters(text):
    assert "check_status" in read(text, _HTTP_SLACK)[1]


def test_fetch_assumed_is_no_doubt_when_one_source_is_listed():
    text = "Every Friday at 2pm, send the ushers next week's bookings."
    assert parse(text, _HTTP_EMAIL).confidence >= 0.85
    # With nothing listed the source is still a guess.
    assert parse(text, {}).confidence < parse(text, _HTTP_EMAIL).confidence
