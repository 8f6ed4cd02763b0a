"""Round 91: what a reminder says when its subject is bare and its verb an event ("remind the
stylists that product orders close at 3pm"); who is told may carry a day's possessive ("the
customers on today's round"), and a lower-case range of short day names ("mon-fri") is the run's
own days, so a day told in the message stays out of the schedule; a date an item's act is
compared to ("the ones expiring before 1 June") is the items', not the run's; and a deadline
with its particle ("the costumes due back on Monday") is the items' day."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, X, E, W, S, T = (
    "http.request",
    "check_status",
    "extract",
    "email.send",
    "webhook.post",
    "slack.post_message",
    "wait",
)


def _tools(*tools: str) -> dict:
    return {"availableTools": list(tools)}


# "remind <whom> that <bare subject> <opens/closes/starts …> at <time>": what the reminder says.
TOLD_EVENTS = [
    (
        "At noon every Tuesday, remind the stylists at Snip & Curl Hair that product orders"
        " close at 3pm.",
        _tools(E),
        ("0 12 * * 2", [E]),
    ),
    (
        "Every Monday at 8am, remind the volunteers that registration opens at 10am.",
        _tools(E),
        ("0 8 * * 1", [E]),
    ),
    (
        "Each Friday at 9, tell the members that bar service ends at 11pm tonight.",
        _tools(E),
        ("0 9 * * 5", [E]),
    ),
    (
        "Every Wednesday at 7am, warn the drivers at Kestrel Freight that loading starts at 6am"
        " tomorrow.",
        _tools(E),
        ("0 7 * * 3", [E]),
    ),
    (
        "Every weekday at 1pm, remind #kitchen that lunch orders close at 2:30pm.",
        _tools(S),
        ("0 13 * * 1-5", [S]),
    ),
    (
        "On Thursdays at 4pm, notify the parents that swimming lessons begin at 5pm.",
        _tools(E),
        ("0 16 * * 4", [E]),
    ),
]

# "mon-fri …, email the customers on today's round that we'll come tomorrow": told days.
TOLD_DAYS = [
    (
        "we're a small window cleaning firm (clearpane) and rain wrecks half our days. mon-fri at"
        " 6am grab the forecast from https://forecast.clearpanewindows.example/api/today and if"
        " rain's expected email the customers on today's round that we'll come tomorrow instead",
        None,
        ("0 6 * * 1-5", [H, C, E]),
    ),
    (
        "mon-fri at 7am check https://api.example.com/weather and if snow is forecast email the"
        " parents that we'll open late tomorrow",
        None,
        ("0 7 * * 1-5", [H, C, E]),
    ),
    (
        "tue-sat at 5am fetch https://tides.example/api/now and if the tide is high email the"
        " kayakers on today's trip that it'll run tomorrow instead",
        None,
        ("0 5 * * 2-6", [H, C, E]),
    ),
    (
        "Every weekday at 6am, email the patients on tomorrow's list that they'll get a call"
        " tomorrow.",
        None,
        ("0 6 * * 1-5", [E]),
    ),
    (
        "Every day at 6pm email the pupils on tomorrow's register that homework is due tomorrow.",
        None,
        ("0 18 * * *", [E]),
    ),
]

# "the ones expiring before 1 June": the date an item's act is compared to is the items'.
ITEMS_DATES = [
    (
        "Tallpole Scaffolding, one-off job: there are 140 inspection certificates (PDFs) in the"
        " shared drive. Pull the site name, inspector and expiry date out of each one, and POST"
        " only the ones expiring before 1 June to https://ops.tallpole.example/hooks/certs.",
        None,
        (None, [X, C, W]),
    ),
    (
        "Just once: pull the tenant name and lease end out of each lease PDF and email only the"
        " leases ending before March 31 to lettings@example.com.",
        None,
        (None, [X, C, E]),
    ),
    (
        "Every Monday at 9am, fetch https://api.example.com/policies and post the policies"
        " renewed after 1st April in #renewals.",
        None,
        ("0 9 * * 1", [H, C, S]),
    ),
    (
        "One-off: extract the member name and expiry date from each card scan and post only the"
        " cards that expire before the 1st of September to https://hooks.example.com/cards.",
        None,
        (None, [X, C, W]),
    ),
    (
        "Every Friday at 3pm, get https://api.example.com/orders and email orders placed after"
        " 15 May to ops@example.com.",
        None,
        ("0 15 * * 5", [H, C, E]),
    ),
]

# "the costumes due back on Monday": a deadline with its particle is the items' day.
DUE_BACK = [
    (
        "Tallis Street Costume Hire \u2014 Fridays 4pm: email hires@tallisstreetcostumes.example"
        " the list of costumes due back on Monday from https://stock.tallisstreet.example/api/due;"
        " three days later, post a 'check the rails' reminder in #wardrobe.",
        None,
        ("0 16 * * 5", [H, E, T, S]),
    ),
    (
        "Every Thursday at 10am, fetch https://library.example/api/loans and email"
        " desk@library.example the books due back on Saturday.",
        None,
        ("0 10 * * 4", [H, E]),
    ),
    (
        "Wednesdays at 5pm: pull the tool hires due in on Friday from https://hire.example/api"
        " and post them in #yard.",
        None,
        ("0 17 * * 3", [H, S]),
    ),
    (
        "Every Monday at 8am, grab https://fleet.example/api/vans and post the vans due out by"
        " Wednesday in #dispatch.",
        None,
        ("0 8 * * 1", [H, S]),
    ),
    (
        "Each Tuesday at noon, email the list of kit due back on Thursday from"
        " https://kit.example/api to stores@example.com.",
        None,
        ("0 12 * * 2", [H, E]),
    ),
]

RIGHT = TOLD_EVENTS + TOLD_DAYS + ITEMS_DATES + DUE_BACK

# Near cases that keep their reading: a date that is the run's, a day that is the run's, a
# relative clause that picks the people, a range of days with no message.
NEAR = [
    ("On 1 June at 9am, post the summer rota in #staff.", None, ("0 9 1 6 *", [S])),
    (
        "Every Monday and Friday at 4pm, email hires@example.com the list of due costumes from"
        " https://stock.example/api/due.",
        None,
        ("0 16 * * 1,5", [H, E]),
    ),
    (
        "mon-fri at 6am fetch https://api.example.com/jobs and post them in #crew.",
        None,
        ("0 6 * * 1-5", [H, S]),
    ),
    (
        "Every day at 9am remind the members that haven't paid to settle up.",
        None,
        ("0 9 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT)
def test_read_as_the_construction_says(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), TOLD_EVENTS + TOLD_DAYS + DUE_BACK)
def test_right_answers_carry_no_doubt(text, context, expected):
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
