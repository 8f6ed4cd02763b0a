"""Round 78: an event that brings any of a kind but one ("reports any fault other than a
ball-return jam") tests the one left out; items named by what they involve ("incidents involving
a head injury should also be sent to …") are a subset; and a passive sort with its subject a
plural that is also a verb ("Messages coming in … should be sorted into …"), then "with the
<class> passed on to …", classifies and delivers that class alone."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, C, W, K = "email.send", "slack.post_message", "check_status", "webhook.post", "classify"
MAIL_ONLY = {"availableTools": ["email.send"]}
SLACK_ONLY = {"availableTools": ["slack.post_message"]}

# "When <item> <verb> any <kind> other than / except / apart from / besides <one>, …".
KIND_BUT_ONE = [
    (
        "When a lane machine at Strikezone Bowl reports any fault other than a ball-return jam,"
        " tell the mechanic on duty.",
        SLACK_ONLY,
        (None, [C, S]),
    ),
    (
        "Whenever a patient monitor raises any alarm except a low-battery warning, page the ward"
        " through the nurse webhook.",
        {},
        (None, [C, W]),
    ),
    (
        "When the kiln controller throws any error apart from a door-open notice, email"
        " studio@claypit.example.",
        {},
        (None, [C, E]),
    ),
    (
        "If a ticket is filed in any category other than billing, post it in #support.",
        {},
        (None, [C, S]),
    ),
    (
        "Whenever the alarm panel logs any event besides a routine test, let the caretaker know"
        " by email.",
        MAIL_ONLY,
        (None, [C, E]),
    ),
]

# "<items> involving / that concern / relating to <a thing> should (also) be sent to …".
THINGS_INVOLVED = [
    (
        "Whenever the Redgate Mountain Rescue callout system logs a new incident, page the team"
        " through the pager webhook; incidents involving a head injury should additionally be"
        " sent to the air-ambulance webhook.",
        {},
        (None, [W, C, W]),
    ),
    (
        "When a claim is lodged, post it in #claims; claims involving a vehicle should also be"
        " forwarded to motor@insure.example.",
        {},
        (None, [S, C, E]),
    ),
    (
        "Whenever a complaint comes in, log it in #complaints and forward complaints that concern"
        " food safety to the environmental health webhook.",
        {},
        (None, [S, C, W]),
    ),
    (
        "When a support ticket is opened, email helpdesk@acme.example; tickets relating to"
        " payroll should be sent to #payroll as well.",
        {},
        (None, [E, C, S]),
    ),
    (
        "Whenever a new booking arrives, post it in #bookings; any booking involving a"
        " wheelchair should also be emailed to access@venue.example.",
        {},
        (None, [S, C, E]),
    ),
]

# "<Plurals that are verbs too> <participle …> should be sorted into A, B and C, with the C
# <delivered> to …".
CLASSES_PASSED_ON = [
    (
        "Messages coming in on the Wolds FM community radio studio line should be sorted into"
        " song requests, shout-outs and complaints, with the complaints passed on to the station"
        " manager.",
        MAIL_ONLY,
        (None, [K, C, E]),
    ),
    (
        "Emails arriving at the parish office should be sorted into baptisms, weddings and"
        " funerals, with the funerals forwarded to the vicar.",
        MAIL_ONLY,
        (None, [K, C, E]),
    ),
    (
        "Texts sent in by parents should be classified as absences, late arrivals or questions,"
        " with the absences posted in #attendance.",
        {},
        (None, [K, C, S]),
    ),
    (
        "Sort incoming enquiries into sales, support and press, with the press ones handed over"
        " to the comms lead.",
        MAIL_ONLY,
        (None, [K, C, E]),
    ),
    (
        "Alerts raised by the freezer sensors should be grouped into warnings and faults, with"
        " the faults sent to the facilities webhook.",
        {},
        (None, [K, C, W]),
    ),
]

READ_WHOLE = KIND_BUT_ONE + THINGS_INVOLVED + CLASSES_PASSED_ON


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# Near cases that must not change.
NEAR = [
    (
        "When a lane machine at Strikezone Bowl reports a fault, tell the mechanic on duty.",
        SLACK_ONLY,
        (None, [C, S]),
    ),
    (
        "Every 10 minutes, check https://api.example.com/health and page the on-call webhook if"
        " it returns anything other than 200.",
        {},
        ("*/10 * * * *", ["http.request", C, W]),
    ),
    (
        "Whenever a new incident is logged, page the team through the pager webhook and email"
        " the incident to rescue@redgate.example.",
        {},
        (None, [W, E]),
    ),
    (
        "Whenever a new incident is logged, page the team through the pager webhook; urgent"
        " incidents should additionally be sent to the air-ambulance webhook.",
        {},
        (None, [W, C, W]),
    ),
    (
        "Incoming messages should be sorted into song requests, shout-outs and complaints.",
        MAIL_ONLY,
        (None, [K]),
    ),
    ("Message the team in #ops when the backup finishes.", {}, (None, [S])),
    (
        "Sort incoming enquiries into sales, support and press, and email the press ones to the"
        " comms lead.",
        MAIL_ONLY,
        (None, [K, C, E]),
    ),
    (
        "Summarize the week's tickets, with the summary emailed to board@acme.example.",
        {},
        (None, ["summarize", E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
