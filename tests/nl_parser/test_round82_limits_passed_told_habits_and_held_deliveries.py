"""Round 82: an event that passes its own limit ("a job overruns its booked slot") is a test;
an event headline joined by "and" to what its check says ("a van comes back and the handover
check says 'damage noted' → …") is the event and its test; a sentence telling what others do
by habit ("drivers submit a form before every shift") before a request opening on its own event
is background, no step; and "don't email it to <place> until <someone approves>" waits for the
person, then delivers."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
R, X, A = "generate_report", "extract", "wait_for_signal"

# "<item> overruns / exceeds / overshoots / runs over <its limit>": passing the limit is a test.
LIMITS_PASSED = [
    (
        "If a wheel-alignment job at Rapid Tyres & Exhausts overruns its booked slot, drop a"
        " note in #workshop-floor.",
        {},
        (None, [C, S]),
    ),
    (
        "When a facial at Lavender Day Spa runs over its booked time, email"
        " reception@lavenderspa.example.",
        {},
        (None, [C, E]),
    ),
    (
        "If a delivery round at Quickdrop Couriers overshoots its time window, post in #dispatch.",
        {},
        (None, [C, S]),
    ),
    (
        "When a build on the CI server overruns its allotted time, fire the alerts webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "If a meeting in the boardroom overran its slot, DM the office manager on Slack.",
        {},
        (None, [C, S]),
    ),
    (
        "Whenever a hire van exceeds its mileage allowance, email fleet@vanhire.example.",
        {},
        (None, [C, E]),
    ),
]

# "<item> <event> and the <check> says '<state>' → …": the headline is the event and its test.
HEADLINES_WITH_A_STATE = [
    (
        "A Roamwild Campervans van comes back and the handover check says 'damage noted' \u2192"
        " email claims@roamwildcampervans.example + DM Priya on Slack",
        {},
        (None, [C, E, S]),
    ),
    (
        "A hire car is returned and the inspection says 'damage noted' \u2192 email"
        " claims@carhire.example",
        {},
        (None, [C, E]),
    ),
    (
        "A rental kayak comes back and the hull check says 'cracked' \u2192 post in #boatshed",
        {},
        (None, [C, S]),
    ),
    (
        "A lab sample arrives and the seal check says 'broken' \u2192 email qa@lab.example",
        {},
        (None, [C, E]),
    ),
    (
        "A returned laptop gets logged and the screen test says 'failed' \u2192 ping #it-desk",
        {},
        (None, [C, S]),
    ),
]

# "<people> <do something> before every / each <time>. Whenever one comes in, …": told.
HABITS_TOLD = [
    (
        "Bluebell Coaches drivers submit a walkround check form before every shift. Whenever"
        " one comes in, pull out the coach number and any defects noted, and should a defect be"
        " listed, fire the workshop webhook.",
        {},
        (None, [X, C, W]),
    ),
    (
        "Our tutors send a lesson summary after each session. Whenever one comes in, post it"
        " in #parents-updates.",
        {},
        (None, [S]),
    ),
    (
        "Site managers submit a daily diary at the end of every shift. When one arrives, pull"
        " out the site name and any incidents and post them in #site-ops.",
        {},
        (None, [X, S]),
    ),
    (
        "Grooms fill in a yard checklist each morning. Whenever one comes in, extract the horse"
        " names and email them to office@stables.example.",
        {},
        (None, [X, E]),
    ),
    (
        "Volunteers email their hours every Friday. Whenever one lands, extract the name and"
        " hours and post them in #volunteers.",
        {},
        (None, [X, S]),
    ),
]

# "don't <deliver> it to <place> until <someone approves>": a wait for the person, then the
# delivery it held back.
HELD_DELIVERIES = [
    (
        "Every Monday at 07:30, compile the weekly rigging inspection report for Skyhook Crane"
        " Hire, but don't email it to safety@skyhookcranes.example until the yard foreman has"
        " okayed it.",
        {},
        ("30 7 * * 1", [R, A, E]),
    ),
    (
        "Every Friday at 4pm, generate the timesheet report, but don't send it to"
        " payroll@firm.example until the ops manager approves it.",
        {},
        ("0 16 * * 5", [R, A, E]),
    ),
    (
        "When a press release draft is uploaded, don't post it in #press until the editor has"
        " signed it off.",
        {},
        (None, [A, S]),
    ),
    (
        "Each weekday at 6pm, summarise the day's incident notes, and don't share them with"
        " #management till the duty lead gives the go-ahead.",
        {},
        ("0 18 * * 1-5", ["summarize", A, S]),
    ),
    (
        "Whenever a quote is drafted, do not forward it to the customer via the quotes webhook"
        " until the sales lead has approved it.",
        {},
        (None, [A, W]),
    ),
]

# Near cases that must not change.
NEAR_CASES = [
    (
        "If a wheel-alignment job at Rapid Tyres & Exhausts is booked, drop a note in"
        " #workshop-floor.",
        {},
        (None, [S]),
    ),
    (
        "When a wheel-alignment job at Rapid Tyres & Exhausts finishes, drop a note in"
        " #workshop-floor.",
        {},
        (None, [S]),
    ),
    (
        "When a job at Tollgate Tyres & Exhausts overruns its quoted time by more than 30"
        " minutes, text the customer an apology through the SMS webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "When a Roamwild Campervans van comes back and the handover check says 'damage noted',"
        " email claims@roamwildcampervans.example and DM Priya on Slack",
        {},
        (None, [C, E, S]),
    ),
    (
        "Every Friday at 3pm, generate the weekly hours report for the crews; don't send it"
        " anywhere until Priya in ops approves it, then email it to payroll@sparkclean.example.",
        {},
        ("0 15 * * 5", [R, A, E]),
    ),
    (
        "Every Monday at 07:30, compile the weekly rigging inspection report and email it to"
        " safety@skyhookcranes.example.",
        {},
        ("30 7 * * 1", [R, E]),
    ),
    (
        "If a wheel-alignment job overruns, drop a note in #workshop-floor.",
        {},
        (None, [S]),
    ),
    (
        "A Roamwild Campervans van comes back \u2192 email claims@roamwildcampervans.example +"
        " DM Priya on Slack",
        {},
        (None, [E, S]),
    ),
    (
        "Every Monday at 07:30, compile the weekly report, but don't email it to"
        " safety@skyhookcranes.example until Tuesday.",
        {},
        ("30 7 * * 1", [R, E]),
    ),
]

CASES = LIMITS_PASSED + HEADLINES_WITH_A_STATE + HABITS_TOLD + HELD_DELIVERIES + NEAR_CASES


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [(t, c) for t, c, _ in LIMITS_PASSED + HEADLINES_WITH_A_STATE + HELD_DELIVERIES],
)
def test_right_readings_carry_no_new_doubts(text, context):
    doubts = doubts_of(text, context)
    assert not [d for d in doubts if "not understood" in d or "read as an event" in d]
    assert confidence_of(text, context) >= 0.7
