"""Round 52: a span of each run's data ("each night's bookings"), a place told with whose it is
and what a message says of tomorrow, a sentence of need before the steps' colon, items named
before and read as a pronoun, a place told after its delivery, a question about each receiver's
own item, and where the data lives said after a dash."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, G, H, Q, S, U, X = (
    "email.send",
    "generate_report",
    "http.request",
    "salesforce.query",
    "slack.post_message",
    "summarize",
    "extract",
)
HS = {"availableTools": ["http.request", "slack.post_message"]}
HE = {"availableTools": ["http.request", "email.send"]}

CASES = [
    # "each night's lane bookings": the span of each run's data, read from the only source.
    (
        "Could the bar manager at Strike Lane Bowl get a short summary of each night's lane "
        "bookings and bar takings at 22:00, Monday to Friday?",
        HS,
        "0 22 * * 1-5",
        [H, U, S],
    ),
    (
        "Every Sunday at 20:00, email the head chef a recap of each evening's covers and wastage.",
        HE,
        "0 20 * * 0",
        [H, U, E],
    ),
    (
        "Post a summary of every night's door takings to #bar at 23:30 Thursday to Saturday.",
        HS,
        "30 23 * * 4-6",
        [H, U, S],
    ),
    (
        "Could the warden get a digest of each night's gate entries at 7am every day?",
        HS,
        "0 7 * * *",
        [H, U, S],
    ),
    (
        "Every weekday at 18:00, DM the site lead each shift's incidents.",
        HS,
        "0 18 * * 1-5",
        [H, S],
    ),
    # A place told with whose it is, and a day the message tells of.
    (
        "Every year on New Year's Eve (31 December) at 6pm, remind #all-staff at Quayside Legal "
        "that the office is closed tomorrow.",
        {},
        "0 18 31 12 *",
        [S],
    ),
    (
        "Every Friday at 5pm, tell #crew at Harbour Sailing that the slipway is shut tomorrow.",
        {},
        "0 17 * * 5",
        [S],
    ),
    (
        "Every Sunday at 7pm, email parents@example.org at Oakfield Primary that the school is "
        "closed tomorrow.",
        {},
        "0 19 * * 0",
        [E],
    ),
    (
        "On the first of every month at 9am, email accounts@example.com at Pine Dental that the "
        "rent is due today.",
        {},
        "0 9 1 * *",
        [E],
    ),
    (
        "At 4pm every Thursday, post in #ops at Northwind Freight that the yard is closed "
        "tomorrow.",
        {},
        "0 16 * * 4",
        [S],
    ),
    # A sentence of need before the colon that opens the steps.
    (
        "Our linen-supply business needs a one-off look at the Northbridge hotel group: query "
        "Salesforce for all their open opportunities and generate a pipeline report.",
        {},
        None,
        [Q, G],
    ),
    (
        "The board wants a quick check on Harbour Foods: pull their open opportunities from "
        "Salesforce and summarise them.",
        {},
        None,
        [Q, U],
    ),
    (
        "We need a fresh look at the Eastgate account: query Salesforce for its closed deals and "
        "email a report to ceo@example.com.",
        {},
        None,
        [Q, G, E],
    ),
    (
        "My team needs a proper look at the Leeds stores: get the sales data from Salesforce and "
        "build a report.",
        {},
        None,
        [Q, G],
    ),
    (
        "The partners want a one-off look at the Leeds office: query Salesforce for its open "
        "deals and post a summary to #partners.",
        {},
        None,
        [Q, U, S],
    ),
    # Items named before, read as a pronoun, are at hand.
    (
        "We've just digitised 2,300 paper dive logs at the Coral Cove dive centre. Read each "
        "one, pull out the diver's name, maximum depth and bottom time, then build a safety "
        "report from the lot and email it to safety@example-coralcovedivers.com.",
        {},
        None,
        [X, G, E],
    ),
    (
        "Our clinic scanned about 400 intake forms last month. Read each of them, extract the "
        "patient's name and allergies, and email a summary to nurse@example.com.",
        {},
        None,
        [X, U, E],
    ),
    (
        "I've exported 90 supplier contracts into a folder. Scan them all and pull out the "
        "renewal date and notice period, then post a report to #procurement.",
        {},
        None,
        [X, G, S],
    ),
    (
        "There are 60 tenancy agreements in the shared drive. Read every one of them, extract "
        "the rent and the end date, and build a report.",
        {},
        None,
        [X, G],
    ),
    (
        "Read them, extract the totals and email a report to a@example.com.",
        {},
        None,
        [X, G, E],
    ),
    # A place told after the delivery it belongs to.
    (
        "Could the owners of Locked In Escapes get a recap of last week's room bookings every "
        "Monday at 7 in the morning? The bookings are at "
        "https://api.example-lockedinescapes.com/bookings, and the recap should go to "
        "owners@example-lockedinescapes.com.",
        {},
        "0 7 * * 1",
        [H, U, E],
    ),
    (
        "Every Monday at 7, the owners should get a recap of last week's bookings. Send it to "
        "owners@example.com.",
        {},
        "0 7 * * 1",
        [U, E],
    ),
    (
        "Every Friday at 5pm, email the coaches a digest of this week's match results. Send it "
        "to coaches@example.org.",
        {},
        "0 17 * * 5",
        [U, E],
    ),
    (
        "Could the head chef get a summary of yesterday's waste logs every morning at 6? The "
        "summary should go to #kitchen.",
        {},
        "0 6 * * *",
        [U, S],
    ),
    (
        "At 8am on weekdays, the ward manager should get a report of overnight admissions from "
        "https://api.example.com/admissions; the report goes to ward@example.org.",
        {},
        "0 8 * * 1-5",
        [H, G, E],
    ),
    # A question about each receiver's own item; where the data lives, after a dash.
    (
        "Every Saturday at half past six in the morning, tell the stallholders which pitch "
        "they've got this week — the allocations live at "
        "https://pitches.example-oldtownfarmersmarket.org/api/allocations.",
        HE,
        "30 6 * * 6",
        [H, E],
    ),
    (
        "Every Monday at 7am, let the drivers know which route they're on today — the rota is at "
        "https://rota.example.com/api/routes.",
        HE,
        "0 7 * * 1",
        [H, E],
    ),
    (
        "At 8am on weekdays, email the nurses which ward they're on — the rosters sit at "
        "https://roster.example.org/api/wards.",
        {},
        "0 8 * * 1-5",
        [H, E],
    ),
    (
        "Every Sunday at 6pm, tell the club members which court they've been given — the "
        "bookings live at https://courts.example.org/api/bookings.",
        HE,
        "0 18 * * 0",
        [H, E],
    ),
    (
        "Every Saturday at 6:30am, tell the stallholders which pitch they've got this week.",
        HE,
        "30 6 * * 6",
        [H, E],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), CASES)
def test_constructions_read(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "tomorrow" in d or "assumed" in d]


@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [
        # Near cases that keep their reading.
        ("Each night at 22:00, post a summary of the bookings to #bar.", HS, "0 22 * * *", [U, S]),
        ("Every night at 11pm, post the day's takings to #bar.", {}, "0 23 * * *", [S]),
        ("We need a summary of last week's signups: post it to #growth.", {}, None, [U, S]),
        (
            "I need a report of open deals: query Salesforce and email it to a@example.com.",
            {},
            None,
            [Q, G, E],
        ),
        (
            "Read the logs from https://api.example.com/logs, extract the errors and email them "
            "to a@example.com.",
            {},
            None,
            [H, X, E],
        ),
        (
            "Every Friday at 5pm, email a digest of this week's results to a@example.org, then "
            "post it to #coaches.",
            {},
            "0 17 * * 5",
            [U, E, S],
        ),
        (
            "Every weekday at 7am, tell the team which orders are late.",
            HE,
            "0 7 * * 1-5",
            [H, "check_status", E],
        ),
    ],
)
def test_near_cases_unchanged(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
