"""Round 77: an arriving item's get-passive is the duty on it ("every request that lands in the
bookings inbox gets triaged as …"); a counted span before the data ("the last three hours'
conveyor jams") dates it, so it is read from the one source listed; and a thing made sure to
land at a place ("make sure the report lands in partners@…") is sent there."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
R, K, Q, SUM = "generate_report", "classify", "salesforce.query", "summarize"

# "every <item> that <arrives …> gets <done> …": the get-passive after the relative clause is
# what is done to each item, as "should be <done>" is; the arrival is the trigger.
GOT_DUTIES = [
    (
        "Every request that lands in Kestrel Court Reporting's bookings inbox gets triaged as"
        " deposition, hearing or trial; trial bookings go to the transcripts-lead webhook,"
        " anything else goes into #scheduling.",
        {},
        (None, [K, C, W, C, S]),
    ),
    (
        "Each invoice that arrives in ap@northwind.example gets categorised as utilities, rent or"
        " supplies; rent invoices go to the landlord webhook, anything else goes into #accounts.",
        {},
        (None, [K, C, W, C, S]),
    ),
    (
        "Every ticket that comes in through the help desk gets tagged as bug or question; bugs go"
        " to #eng, everything else to #support.",
        {},
        (None, [K, C, S, C, S]),
    ),
    (
        "Every form that lands in the enquiries inbox gets scored hot or cold; hot ones go to"
        " #sales.",
        {},
        (None, [K, C, S]),
    ),
    (
        "Every email that lands in help@acme-g.example gets sorted into billing or tech; billing"
        " ones go to #billing, anything else goes into #tech.",
        {},
        (None, [K, C, S, C, S]),
    ),
    (
        "Every voicemail that comes in to the clinic line gets classified as urgent or routine;"
        " urgent ones go to the on-call webhook.",
        {},
        (None, [K, C, W]),
    ),
    (
        "Each CV that arrives at jobs@fernhill.example gets sorted into junior or senior; senior"
        " CVs go to #hiring.",
        {},
        (None, [K, C, S]),
    ),
]

# Near cases: a get-passive inside the relative clause is the arrival, and a get-passive of
# sending stays the delivery it was.
GOT_UNCHANGED = [
    ("Every message that lands in help@acme.com gets posted to #support.", {}, (None, [S])),
    ("For every invoice that lands in the inbox, post it in #ap.", {}, (None, [S])),
    (
        "Every new order gets triaged as small or large; large orders go to #ops.",
        {},
        (None, [K, C, S]),
    ),
    (
        "Every message that lands in help@acme.com should be triaged as billing or tech; billing"
        " ones go to #billing.",
        {},
        (None, [K, C, S]),
    ),
]

# "a report on the last three hours' jams": data of a counted span, read from the one source.
COUNTED_SPANS = [
    (
        "Every 3 hours, compile a report on the last three hours' conveyor jams at Brackenridge"
        " Recycling Centre and send it to the shift lead.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 */3 * * *", [H, R, E]),
    ),
    (
        "Every day at 6pm, put together a report on the last two days' deliveries and email it to"
        " the depot manager.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 18 * * *", [H, R, E]),
    ),
    (
        "Every 12 hours, write a summary of the last twelve hours' alarms and post it in #plant.",
        {"availableTools": ["http.request", "slack.post_message"]},
        ("0 */12 * * *", [H, SUM, S]),
    ),
    (
        "Every Monday at 8, compile a report on the last seven days' incidents and email it to"
        " the site manager.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 8 * * 1", [H, R, E]),
    ),
    (
        "Every hour, compile a report on the last hour's failed payments and send it to the"
        " finance lead.",
        {"availableTools": ["salesforce.query", "email.send"]},
        ("0 * * * *", [Q, R, E]),
    ),
]

# The span said after the data dates it too ("the incidents from the last seven days"); its count
# still costs a loose end's doubt (clause_loose_ends reads it as a possible test), so only the
# reading is asserted here.
COUNTED_SPANS_AFTER = [
    (
        "Every Monday at 8, compile a report on the incidents from the last seven days and email"
        " it to the site manager.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 8 * * 1", [H, R, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), COUNTED_SPANS_AFTER)
def test_counted_span_after_the_data_is_read_from_the_source(text, context, expected):
    assert read(text, context) == expected


# Near cases: no span, or no source listed, fetches nothing.
COUNTED_UNCHANGED = [
    (
        "Every 3 hours, compile a report on conveyor jams and send it to the shift lead.",
        {"availableTools": ["http.request", "email.send"]},
        ("0 */3 * * *", [R, E]),
    ),
    (
        "Every 3 hours, compile a report on the last three hours' conveyor jams and send it to"
        " shift@brack.example.",
        {},
        ("0 */3 * * *", [R, E]),
    ),
    (
        "When a patient cancels with less than 24 hours' notice, email reception@smile-x.example.",
        {"availableTools": ["http.request", "email.send"]},
        (None, [C, E]),
    ),
]

# "make sure <thing> lands in / ends up in / gets to / arrives in / reaches <place>": sent there.
MADE_SURE_ARRIVALS = [
    (
        "Please make sure the fee-tracker report lands in partners@halcyonarchitects.example at"
        " noon every Wednesday.",
        {},
        ("0 12 * * 3", [E]),
    ),
    (
        "Make sure the weekly report lands in ceo@example-corbel.com every Monday at 8am.",
        {},
        ("0 8 * * 1", [E]),
    ),
    (
        "Ensure the weekly digest ends up in #leadership every Friday at 4pm.",
        {},
        ("0 16 * * 5", [S]),
    ),
    (
        "Make sure the daily summary gets to ops@trellis.example each weekday at 8am.",
        {},
        ("0 8 * * 1-5", [E]),
    ),
    (
        "Every Monday at 9, make sure that the occupancy report arrives in #front-office.",
        {},
        ("0 9 * * 1", [S]),
    ),
    (
        "See to it that the on-call rota reaches rota@harbourview.example every Sunday at 6pm.",
        {},
        ("0 18 * * 0", [E]),
    ),
    (
        "When a booking comes in, make sure it lands in #front-desk.",
        {},
        (None, [S]),
    ),
]

# Near cases: no place, or a receiver who gets it, keep their reading.
MADE_SURE_UNCHANGED = [
    ("Make sure #support gets it every Monday at 8am.", {}, ("0 8 * * 1", [S])),
    (
        "The weekly report lands in ceo@example-corbel.com every Monday at 8am.",
        {},
        ("0 8 * * 1", [E]),
    ),
    (
        "Every message that lands in help@acme.com gets posted to #support.",
        {},
        (None, [S]),
    ),
]

READ_RIGHT = GOT_DUTIES + COUNTED_SPANS + MADE_SURE_ARRIVALS


@pytest.mark.parametrize(("text", "context", "expected"), READ_RIGHT)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context"), [(t, c) for t, c, _ in READ_RIGHT])
def test_confident_and_undoubted(text, context):
    assert doubts_of(text, context) == []
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(
    ("text", "context", "expected"), GOT_UNCHANGED + COUNTED_UNCHANGED + MADE_SURE_UNCHANGED
)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected


def test_made_sure_of_a_thing_with_no_place_sends_nothing():
    text = "Make sure the team has ladders every Monday at 8am."
    assert E not in read(text)[1]
    assert S not in read(text)[1]
