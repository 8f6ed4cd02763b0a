"""Round 62: a hedge before a take-back ("— wait, better make it 4:30pm —"), a message set up in a
heading whose steps deliver it ("Set up a reminder for St Aldhelm's Choral Society: … post …"), a
question closed by the span it waits ("Still not booked 7 days after that? Text them …"), and
"if so" after a step that finds out whether something holds ("extract … and whether they hold a
driving licence; if they do, send …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W = "email.send", "slack.post_message", "webhook.post"
C, X, WAIT = "check_status", "extract", "wait"
CORRECTED = "as a correction of"

# "— wait, better make it 4:30pm —": "better", "maybe", "we'd better" before "make it" belong to
# the take-back; they ask for no wait step.
HEDGED_TAKE_BACKS = [
    (
        "Every Monday at 9am — wait, better make it 9:30am — post 'standup notes due' in #dev.",
        ("30 9 * * 1", [S]),
    ),
    (
        "Every Friday at 4pm, maybe make it 3pm, email the timesheet reminder to"
        " staff@example-acme.com.",
        ("0 15 * * 5", [E]),
    ),
    (
        "On the 1st of every month at 10am, wait, perhaps make that 11am, email the invoice run"
        " to finance@example-co.com.",
        ("0 11 1 * *", [E]),
    ),
    (
        "Daily at 6pm - wait, we'd better make it 5:30pm - post the till summary in #shop.",
        ("30 17 * * *", [S]),
    ),
    (
        "Each weekday at 7am — probably better make it 7:15am — send the rota to the ops webhook.",
        ("15 7 * * 1-5", [W]),
    ),
]

# "Set up a reminder for X: … post … in #choir": the message the heading sets up is the one the
# steps after the colon deliver, not a second one.
MESSAGE_HEADINGS = [
    (
        "Create a reminder for the Otterbrook Allotment Society: every Sunday at 8am, email"
        " 'water the seedlings' to members@example-otterbrook.org.",
        ("0 8 * * 0", [E]),
    ),
    (
        "Schedule a reminder for the Kingsmead swim team: on Mondays at 6:30am, send 'pool opens"
        " early' to the coaches webhook.",
        ("30 6 * * 1", [W]),
    ),
    (
        "Set up a monthly nudge for our landlords: on the 1st at 9am, text them via the SMS"
        " webhook that rent is due.",
        ("0 9 1 * *", [W]),
    ),
    (
        "Set up a weekly reminder for the team: post 'timesheets due' in #ops on Fridays at 3pm.",
        ("0 15 * * 5", [S]),
    ),
    (
        "Set up an alert for the night shift: every day at 10pm post 'lock the loading bay' in"
        " #warehouse.",
        ("0 22 * * *", [S]),
    ),
]

# "Still not booked 7 days after that? Text them …": the span closing the question is the wait
# before its test, as it is when it opens the question ("7 days after that, still not booked?").
QUESTIONS_CLOSED_BY_A_SPAN = [
    (
        "When an invoice is sent, email the client a copy. Still unpaid 14 days after that? Post"
        " it in #credit-control.",
        (None, [E, WAIT, C, S]),
    ),
    (
        "New trial signup → email them a welcome. Not upgraded two weeks later? Send them a"
        " discount code by email.",
        (None, [E, WAIT, C, E]),
    ),
    (
        "When a quote goes out, email it to the customer. Not accepted after 5 days? Post the"
        " quote in #sales.",
        (None, [E, WAIT, C, S]),
    ),
    (
        "Whenever a ticket is opened, post it in #support. Still open 48 hours later? Page the"
        " on-call webhook.",
        (None, [S, WAIT, C, W]),
    ),
]

# "extract … and whether they hold a driving licence; if they do, send …": "if so" tests the
# yes/no answer the step before found out.
ANSWERS_TESTED = [
    (
        "When a booking form comes in, extract the guest's name and whether they need parking;"
        " if so, email parking@example-hotel.com.",
        (None, [X, C, E]),
    ),
    (
        "For each new invoice, pull out the supplier, the total and whether it is overdue; if it"
        " is, post it in #finance.",
        (None, [X, C, S]),
    ),
    (
        "Every incoming job application: extract the name, email and whether the applicant has a"
        " work permit. If they do, send the details to the HR webhook.",
        (None, [X, C, W]),
    ),
    (
        "When a survey response arrives, extract the score and whether the customer wants a"
        " callback, and if yes, post it in #callbacks.",
        (None, [X, C, S]),
    ),
]

MISSES = [
    (
        "Set up a reminder for St Aldhelm's Choral Society: every Saturday at 5pm — wait, better"
        " make it 4:30pm — post 'rehearsal tomorrow, bring your folders' in #choir.",
        ("30 16 * * 6", [S]),
    ),
    (
        "Patient has a check-up at Alder Lane Dental → wait 6 months → email them a recall"
        " reminder. Still not booked 7 days after that? Text them through the SMS webhook.",
        (None, [WAIT, E, WAIT, C, W]),
    ),
    (
        "For every CV that arrives at Halvergate Home Support, extract the applicant's name,"
        " phone number and whether they hold a driving licence; if they do, send the details to"
        " the applicant-tracking webhook.",
        (None, [X, C, W]),
    ),
]

# Near cases that must not change.
UNCHANGED = [
    # No delivery after the colon: the reminder set up is the one message.
    ("Set up a reminder for the choir: every Saturday at 4:30pm.", ("30 16 * * 6", [E])),
    (
        "Set up a weekly reminder in #rehearsals for Saltmarsh Youth Orchestra to bring music"
        " stands — Thursdays at 6, no wait, half past five in the evening.",
        ("30 17 * * 4", [S]),
    ),
    # "wait, then …" still waits.
    (
        "When a form is submitted, email it to office@example-firm.com, wait, then post it in"
        " #forms.",
        (None, [E, WAIT, S]),
    ),
    # The span alone, with no question, is a wait and no test.
    (
        "Patient has a check-up → wait 6 months → email them a recall reminder. 7 days after"
        " that, text them through the SMS webhook.",
        (None, [WAIT, E, WAIT, W]),
    ),
    # A question with no span is a test and no wait.
    (
        "When an invoice is sent, email the client a copy. Still unpaid? Post it in"
        " #credit-control.",
        (None, [E, C, S]),
    ),
    # No "if so": the answer is only extracted.
    (
        "For every CV that arrives, extract the applicant's name and whether they hold a driving"
        " licence, then send the details to the applicant-tracking webhook.",
        (None, [X, W]),
    ),
    # "check whether …; if so": the check is the test already.
    (
        "Ferry operator: whenever a sailing's status changes, check whether it has been"
        " cancelled; if so, text the booked passengers via the SMS webhook and post the sailing"
        " number in #terminal.",
        (None, [C, W, S]),
    ),
]

ALL = HEDGED_TAKE_BACKS + MESSAGE_HEADINGS + QUESTIONS_CLOSED_BY_A_SPAN + ANSWERS_TESTED + MISSES


@pytest.mark.parametrize(("text", "expected"), ALL + UNCHANGED)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    HEDGED_TAKE_BACKS + MESSAGE_HEADINGS + QUESTIONS_CLOSED_BY_A_SPAN + ANSWERS_TESTED,
)
def test_right_answers_are_confident(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), MESSAGE_HEADINGS + ANSWERS_TESTED)
def test_right_answers_carry_no_doubt(text, expected):
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), HEDGED_TAKE_BACKS)
def test_hedged_take_back_is_only_the_correction(text, expected):
    assert [d for d in doubts_of(text) if CORRECTED not in d] == []
