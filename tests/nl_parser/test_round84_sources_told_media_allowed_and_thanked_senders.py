"""Round 84: where items are kept, told of a subject ("X keeps its plans in Salesforce", "they're
all sitting at https://…"), is the source the fetch asked for after it reads, not a second
fetch; a medium allowed after the request ("— sms webhook's fine") says how it is sent; and
thanks with a name ending the text ("Thanks — Ines") sign who asks, sending nothing."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, X, SU, C, S, E, W = (
    "http.request",
    "salesforce.query",
    "extract",
    "summarize",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
)

# "<Subject> keeps / stores / sits at <source>. … fetch <them> …": one fetch of that source.
SOURCE_TOLD_AS_STATE = [
    (
        "Spokesmith Cycles keeps its bike service plans in Salesforce. On the 2nd of every month"
        " at 9:30am, query Salesforce for service plans expring in the next 30 days and send"
        " that list to renewals@spokesmithcycles.example.",
        ("30 9 2 * *", [Q, E]),
    ),
    (
        "Our volunteers at the Thornbury Local History Archive spent the winter scanning 900"
        " parish letters, and they're all sitting at"
        " https://scans.thornburyarchive.example/api/letters. As a one-off, could you fetch"
        " them, pull out the sender, date and parish from each, and POST the lot to"
        " https://catalogue.thornburyarchive.example/api/import? The volunteers will be"
        " thrilled.",
        (None, [H, X, W]),
    ),
    (
        "Pinewood Vets keeps its vaccination reminders in Salesforce. Every Monday at 8am, query"
        " Salesforce for reminders due this week and email them to desk@pinewood.example.",
        ("0 8 * * 1", [Q, E]),
    ),
    (
        "The spring orders are all sitting at https://shop.example/api/orders. Once only, please"
        " grab them, summarise them and email the summary to ops@shop.example.",
        (None, [H, SU, E]),
    ),
    (
        "Our invoices live at https://billing.example/api/invoices; every Friday at 5pm, fetch"
        " them and send them to accounts@x.example.",
        ("0 17 * * 5", [H, E]),
    ),
]

# "<request with no medium> — <medium>'s fine / is fine / works / will do".
MEDIUM_ALLOWED_AFTER = [
    (
        "hey cn u txt our game hosts at 4:45pm every fri + sat w tonight's bookings from"
        " https://book.lockedinescapes.example/api/tonight \u2014 sms webhook's fine",
        ("45 16 * * 5,6", [H, W]),
    ),
    (
        "Every Monday at 8am, send the crew the week's jobs from https://jobs.example/api/week."
        " Email is fine.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "can you remind the tutors of tomorrow's sessions from https://tutor.example/api/sessions"
        " at 6pm daily \u2014 slack works",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Text the drivers their routes from https://routes.example/api/today every weekday at"
        " 7am; the sms webhook will do.",
        ("0 7 * * 1-5", [H, W]),
    ),
]

# "<request>\nThanks — <Name>": a sign-off.
THANKED_SENDER = [
    (
        "Polar Path Couriers (pharma cold chain) \u2014 delivery rule:\nshipment arrives + its"
        " temperature logger shows anything above 8\u00b0C \u2192 fire the incident webhook \u2192"
        " email quality@polarpathcouriers.example\nThanks \u2013 Ines",
        (None, [C, W, E]),
    ),
    ("When a shipment arrives, email quality@x.example. Thanks \u2013 Ines", (None, [E])),
    ("When a shipment arrives, email quality@x.example.\nThanks, Ines", (None, [E])),
    ("When a parcel is returned, post it in #returns.\nCheers, Ruth", (None, [S])),
    (
        "When a shipment arrives \u2192 email quality@x.example\nMany thanks - Ines Alvarez",
        (None, [E]),
    ),
]

READ_RIGHT = SOURCE_TOLD_AS_STATE + MEDIUM_ALLOWED_AFTER + THANKED_SENDER

NEAR_CASES = [
    # The source told, and no fetch asked for after it: the telling is the fetch.
    (
        "Spokesmith Cycles keeps its bike service plans in Salesforce. On the 2nd of every month"
        " at 9:30am, email renewals@spokesmithcycles.example.",
        ("30 9 2 * *", [Q, E]),
    ),
    # Asked, not told: "that are in Salesforce" is the fetch's own.
    (
        "Every Monday at 8am, pull the open leads that are in Salesforce and post them in #sales.",
        ("0 8 * * 1", [Q, S]),
    ),
    # No medium allowed after it: still assumed.
    (
        "Text the drivers their routes from https://routes.example/api/today every weekday at 7am.",
        ("0 7 * * 1-5", [H, W]),
    ),
    # Thanks alone, and thanks to a place: no name signed.
    ("When a shipment arrives, email quality@x.example. Thanks!", (None, [E])),
    ("When a shipment arrives, email quality@x.example. Thanks, Slack", (None, [E, S])),
]


@pytest.mark.parametrize(("text", "expected"), READ_RIGHT + NEAR_CASES)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ_RIGHT)
def test_confident(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), MEDIUM_ALLOWED_AFTER + THANKED_SENDER)
def test_undoubted(text, expected):
    assert doubts_of(text) == []
