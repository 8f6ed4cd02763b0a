"""Round 80: data dated by a point of the run's period ("a report on the mid-month pipeline") is
read from the only source listed; the CRM named on the items ("the CRM leads that came in through
the website") is where they are read from; a firm's name opening with a verb ("Pass First Driving
School — Mondays 07:20 → …") heads the fields, no step; and a verb-like word after a comma in a
list of fields taken out ("pull out name, plot size + postcode") is one more field."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E = "http.request", "check_status", "slack.post_message", "email.send"
Q, R, X, M, K = "salesforce.query", "generate_report", "extract", "summarize", "classify"

SALES_ONLY = {"availableTools": [Q, R, E]}
SALES_AND_SLACK = {"availableTools": [Q, S]}
HTTP_AND_EMAIL = {"availableTools": [H, E]}

# "<made thing> on the mid-month / quarter-to-date / year-to-date <data>", or the dated data
# delivered: a point of the period dates the data as "last month's" does.
DATA_AT_A_POINT_OF_THE_PERIOD = [
    (
        "At 4pm on the 15th of each month, build a report on the mid-month pipeline for Cobalt"
        " Ridge Software and share it with sales leadership.",
        SALES_ONLY,
        ("0 16 15 * *", [Q, R, E]),
    ),
    (
        "At 6pm on the 28th of each month, compile a report on the quarter-to-date sales for"
        " Ridgeway Foods and send it to the directors.",
        SALES_ONLY,
        ("0 18 28 * *", [Q, R, E]),
    ),
    (
        "Every Friday at 3pm, write a recap of the mid-week bookings and post it in #sales.",
        SALES_AND_SLACK,
        ("0 15 * * 5", [Q, M, S]),
    ),
    (
        "Every weekday at 5pm, email the year-to-date orders to finance@firm.example.",
        HTTP_AND_EMAIL,
        ("0 17 * * 1-5", [H, E]),
    ),
    (
        "Mondays at 8am, put together a summary of our YTD donations and email it to"
        " trustees@hospice.example.",
        SALES_ONLY,
        ("0 8 * * 1", [Q, M, E]),
    ),
]

# "pull the CRM <items> that came in through the <web thing> …": the items' system is named on
# them; the web is how they arrived.
CRM_NAMED_ON_THE_ITEMS = [
    (
        "Every weekday at 12:30, pull the CRM leads that came in through the Hartley Motors"
        " website this morning and post them in #showroom.",
        SALES_AND_SLACK,
        ("30 12 * * 1-5", [Q, S]),
    ),
    (
        "Every weekday at 12:30, pull the CRM leads that came in through the Hartley Motors"
        " website this morning and post them in #showroom.",
        {},
        ("30 12 * * 1-5", [Q, S]),
    ),
    (
        "Each morning at 8, get the CRM contacts who signed up through the events website"
        " yesterday and email them to events@firm.example.",
        {},
        ("0 8 * * *", [Q, E]),
    ),
    (
        "Every Friday at 4pm, fetch our CRM deals that were sourced via the partner site and post"
        " them in #partners.",
        {},
        ("0 16 * * 5", [Q, S]),
    ),
    (
        "Hourly, pull the new CRM opportunities that came from the pricing page and post them to"
        " #sales.",
        {},
        ("0 * * * *", [Q, S]),
    ),
]

# "<Verb> <Capitalised> <Capitalised> … — <schedule> → …": a firm's name opening with a verb.
NAME_OPENING_WITH_A_VERB = [
    (
        "Pass First Driving School \u2014 Mondays 07:20 \u2192 CRM: last week's new learner leads"
        " \u2192 sort them into manual vs automatic \u2192 write a summary \u2192 #instructors",
        {},
        ("20 7 * * 1", [Q, K, M, S]),
    ),
    (
        "Post Haste Couriers \u2014 Fridays 16:00 \u2192 CRM: this week's new accounts \u2192"
        " write a summary \u2192 #sales",
        {},
        ("0 16 * * 5", [Q, M, S]),
    ),
    (
        "Build Right Joinery \u2014 Mondays 09:00 \u2192 grab the open quotes from"
        " https://quotes.example/api \u2192 email them to office@buildright.example",
        {},
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Share Fair Food Bank \u2014 Thursdays 17:30 \u2192 CRM: this week's new donors \u2192"
        " write a summary \u2192 email it to trustees@sharefair.example",
        {},
        ("30 17 * * 4", [Q, M, E]),
    ),
    (
        "Alert Home Security \u2014 every weekday at 07:00 \u2192 fetch last night's alarms from"
        " https://alarms.example/api \u2192 #control-room",
        {},
        ("0 7 * * 1-5", [H, S]),
    ),
]

# "<take out> A, <verb-like> B + / and C": the word after the comma opens one more field.
FIELD_AFTER_A_COMMA = [
    (
        "alder lane allotments, monthly: 9am on the 1st \u2192 grab the waiting-list applications"
        " from https://plots.alderlaneallotments.example/api/applications \u2192 pull out name,"
        " plot size wanted + postcode \u2192 email secretary@alderlaneallotments.example",
        {},
        ("0 9 1 * *", [H, X, E]),
    ),
    (
        "Every weekday at 6pm, fetch the logs from https://logs.example/api, pull out the"
        " timestamp, log level + message and post them in #ops.",
        {},
        ("0 18 * * 1-5", [H, X, S]),
    ),
    (
        "Each Friday at 5pm, get the releases from https://music.example/api, pull out the"
        " artist, track length and genre, and post them in #radio.",
        {},
        ("0 17 * * 5", [H, X, S]),
    ),
    (
        "Every Monday at 9am \u2192 pull the results from https://school.example/api \u2192"
        " extract pupil, score band and teacher \u2192 email head@school.example",
        {},
        ("0 9 * * 1", [H, X, E]),
    ),
    (
        "At 7am daily \u2192 grab the entries from https://race.example/api \u2192 pull out"
        " runner, rank band + club \u2192 post in #results",
        {},
        ("0 7 * * *", [H, X, S]),
    ),
]

READ_WHOLE = (
    DATA_AT_A_POINT_OF_THE_PERIOD
    + CRM_NAMED_ON_THE_ITEMS
    + NAME_OPENING_WITH_A_VERB
    + FIELD_AFTER_A_COMMA
)


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_no_false_doubt(text, context, expected):
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# Near cases that must not change.
NEAR = [
    # No tools listed: the made thing is all the text asks for.
    (
        "At 4pm on the 15th of each month, build a report on the mid-month pipeline and email it"
        " to sales@firm.example.",
        {},
        ("0 16 15 * *", [R, E]),
    ),
    # A made thing named by its point of the period is sent, not read.
    (
        "Every Friday at 5pm, email the mid-week report to boss@firm.example.",
        SALES_ONLY,
        ("0 17 * * 5", [E]),
    ),
    # No CRM named: the website the leads came in through is read.
    (
        "Every weekday at 12:30, pull the leads that came in through the website this morning"
        " and post them in #showroom.",
        {},
        ("30 12 * * 1-5", [H, S]),
    ),
    # The CRM named with "from" after a modifier of the web, as before.
    (
        "Every weekday at 9am, pull the website leads from the CRM and post them in #sales.",
        {},
        ("0 9 * * 1-5", [Q, S]),
    ),
    # A name with no verb still makes no step.
    (
        "Pine Driving School \u2014 Mondays 07:20 \u2192 CRM: last week's new learner leads \u2192"
        " sort them into manual vs automatic \u2192 write a summary \u2192 #instructors",
        {},
        ("20 7 * * 1", [Q, K, M, S]),
    ),
    # A verb with a pronoun or its object after the comma is a step of its own.
    (
        "Every Monday at 9am, fetch the sales from https://shop.example/api, extract the totals,"
        " plot them and email the chart to boss@firm.example",
        {},
        ("0 9 * * 1", [H, X, R, E]),
    ),
    (
        "Every Monday at 9am, fetch the sales from https://shop.example/api, extract the totals,"
        " plot trends and email the chart to boss@firm.example",
        {},
        ("0 9 * * 1", [H, X, R, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
