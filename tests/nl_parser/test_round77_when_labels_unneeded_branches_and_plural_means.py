"""Round 77: "When:" labels the schedule in a form of headed fields, even on one line ("… bookings.
When: Mondays, 07:20. What: query …"); a branch said to need nothing ("If stock is fine, no need to
do anything") makes no test; a plural test "means" too ("gusts over 25 m/s mean hitting the
webhook"); and a picked class may get a message told at more length ("anything less just gets a
'normal generation' line in #control-room")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
Q, SUM = "salesforce.query", "summarize"
SF_SLACK = {"availableTools": ["salesforce.query", "slack.post_message"]}

# "When: <schedule>. What: <steps>": the label heads the schedule and is no test.
WHEN_LABELS = [
    (
        "Basalt Climbing Centre — corporate bookings. When: Mondays, 07:20. What: query"
        " Salesforce for team-building leads nobody has followed up yet → short recap →"
        " #events-desk.",
        SF_SLACK,
        ("20 7 * * 1", [Q, SUM, S]),
    ),
    (
        "Harbour Bakery. When: every Friday at 16:00. What: pull the order totals from"
        " https://orders.harbour.example/api/week and email them to owner@harbour.example.",
        {},
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Night checks. When: daily at 02:30. What: call https://ops.example/api/health and post"
        " the result in #night-ops.",
        {},
        ("30 2 * * *", [H, S]),
    ),
    (
        "Library returns.\nWhen: weekdays, 08:00. What: get overdue loans from"
        " https://lib.example/api/overdue → summary → #front-desk",
        {},
        ("0 8 * * 1-5", [H, SUM, S]),
    ),
    (
        "Gym leads. When: Tuesdays, 09:15. What: query Salesforce for trial members who have"
        " not booked a class → short recap → #sales-floor.",
        SF_SLACK,
        ("15 9 * * 2", [Q, SUM, S]),
    ),
]

# "If <state>, no need to do anything": a branch that needs nothing tests nothing.
UNNEEDED_BRANCHES = [
    (
        "Bit of background: the Eastgate Community Pantry runs entirely on volunteers, and for the"
        " third month running we've only noticed we were short of tinned protein (beans, fish,"
        " meat) on the day families came to collect. Our stock system has a little API at"
        " https://stock.eastgatepantry.example/api/levels. Every Thursday at 17:45, could it check"
        " the levels, and if tinned protein has dropped under 200 units, email"
        " donations@eastgatepantry.example and also put a shout-out in #volunteers? If stock is"
        " fine, no need to do anything. Really appreciate it.",
        {},
        ("45 17 * * 4", [H, C, E, S]),
    ),
    (
        "Every Monday at 9am, fetch the backlog from https://jira.example/api/backlog and if more"
        " than 50 tickets are open, post in #eng-leads. If it is smaller, nothing needs doing.",
        {},
        ("0 9 * * 1", [H, C, S]),
    ),
    (
        "Daily at 06:00, read https://tanks.example/api/level; if the level is below 20%, email"
        " refill@tanks.example. If the level is fine, no action is needed.",
        {},
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "Every hour, check https://shop.example/api/errors, and if errors are above 10, ping"
        " #oncall. If not, there is nothing to do.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every Friday at 17:00, get the budget from https://fin.example/api/spend and if spend is"
        " over 5000, email cfo@fin.example. If it's under, no need to act.",
        {},
        ("0 17 * * 5", [H, C, E]),
    ),
]

# "<items over N> mean <doing X>, anything less gets a '<note>' line in #place": a plural test
# that brings about a step, and the other side sent a message told at length.
PLURAL_MEANS = [
    (
        "Fellside Wind Farm, control room: daily 05:15, read the gust forecast at"
        " https://met.fellsidewind.example/api/forecast — gusts over 25 m/s mean hitting the"
        " turbine-curtailment webhook, anything less just gets a 'normal generation' line in"
        " #control-room.",
        {},
        ("15 5 * * *", [H, C, W, C, S]),
    ),
    (
        "Every 10 minutes, read https://boiler.example/api/pressure — readings above 3 bar mean"
        " calling the shutdown webhook, anything less gets a 'pressure ok' note in #plant.",
        {},
        ("*/10 * * * *", [H, C, W, C, S]),
    ),
    (
        "Hourly, get the queue depth from https://mq.example/api/depth — depths over 1000 mean"
        " paging the scaling webhook.",
        {},
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Daily at 07:00, pull river levels from https://river.example/api/levels — levels above"
        " 4 m mean emailing flood@council.example.",
        {},
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Every morning at 8, read https://air.example/api/pm25 — values over 35 mean emailing"
        " alerts@air.example, anything lower gets an 'all clear' note in #air-log.",
        {},
        ("0 8 * * *", [H, C, E, C, S]),
    ),
]

READ_WHOLE = WHEN_LABELS + UNNEEDED_BRANCHES + PLURAL_MEANS


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context"), [(t, c) for t, c, _ in READ_WHOLE])
def test_no_false_doubt_and_confident(text, context):
    # A title's words ("Harbour Bakery.") are doubted as before; nothing else is.
    assert [d for d in doubts_of(text, context) if "not understood" not in d] == []
    assert confidence_of(text, context) >= 0.7


def test_when_label_before_an_event_still_opens_it():
    text = "Front desk.\nWhen: a new booking comes in\nWhat: post it in #front-desk"
    assert read(text) == (None, [S])


def test_branch_with_a_step_still_tested():
    text = (
        "Every Monday at 9am, fetch the backlog from https://jira.example/api/backlog and if more"
        " than 50 tickets are open, post in #eng-leads. If it is smaller, email pm@jira.example."
    )
    assert read(text) == ("0 9 * * 1", [H, C, S, C, E])


def test_mean_as_a_noun_is_no_test():
    text = "Every day at 9, fetch prices from https://p.example/api and post the mean price in #x."
    assert read(text) == ("0 9 * * *", [H, S])
