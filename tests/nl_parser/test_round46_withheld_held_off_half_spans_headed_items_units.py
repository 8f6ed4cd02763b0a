"""Round 46: "don't <any verb> it until someone acts" and "hold off until someone acts" as
signal waits, a span "and a half" ("an hour and a half later"), items headed by a relative
clause before a colon ("each form that lands in the inbox: …"), and a listed field with its
unit ("delay in minutes") after extract."""

import pytest

from nl_parser import parse

H, W, S, E = "http.request", "webhook.post", "slack.post_message", "email.send"
X, WAIT, SIG = "extract", "wait", "wait_for_signal"


def _check(text, cron, actions, context=None, *, sure=0.7):
    result = parse(text, context or {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= sure
    return result


def _uncertain(result):
    return [w for w in result.warnings if w.startswith("uncertain")]


# "don't book anything until one of our surveyors accepts the job": whatever the verb held
# back, a person letting it go is a signal wait (a step of its own after the trigger's comma).
@pytest.mark.parametrize(
    ("text", "then"),
    [
        (
            "Once a roof-survey request comes in, don't book anything until one of our "
            "surveyors accepts the job; after that, email the homeowner the visit date.",
            E,
        ),
        (
            "Whenever a carer at Willow House submits a shift-swap request, don't action it "
            "until the rota manager has OK'd it; after that, POST the swap to "
            "https://rota.example-willowcare.org/hooks/swap.",
            W,
        ),
        (
            "When a new tenancy application arrives, don't process it until the letting agent "
            "has approved it; after that, email the applicant the next steps.",
            E,
        ),
        (
            "Once a booking enquiry lands, do not confirm the booking until the venue manager "
            "accepts it, then email the client the date.",
            E,
        ),
        (
            "When a new volunteer signs up, never schedule them until the coordinator has "
            "checked their references; after that, post their name in #rota.",
            S,
        ),
        (
            "Whenever a supplier sends a price change, don't apply anything till the buyer "
            "replies; then post the new prices to https://erp.example.com/hooks/prices.",
            W,
        ),
    ],
)
def test_anything_withheld_until_someone_acts_is_a_signal_wait(text, then):
    result = _check(text, None, [SIG, then], sure=0.85)
    assert not _uncertain(result)


def test_a_delivery_withheld_until_approved_still_holds():
    _check(
        "Every Friday at 3pm, generate the weekly hours report; don't send it anywhere until "
        "Priya in ops approves it, then email it to payroll@example.com.",
        "0 15 * * 5",
        ["generate_report", SIG, E],
    )


def test_without_the_hold_there_is_no_wait():
    _check(
        "Once a roof-survey request comes in, email the homeowner the visit date.",
        None,
        [E],
    )


# "hold off until the warehouse lead confirms …": "off" (or "back", "fire") after "hold" says
# nothing is done yet; who lets it go makes the wait a signal, as "hold it until …" does.
@pytest.mark.parametrize(
    ("text", "context", "then"),
    [
        (
            "We're a small food bank, and last week a supermarket dropped off two pallets of "
            "yoghurt when our cold room was already full, so half of it went in the bin. From "
            "now on, when a supermarket offers us a surplus-food donation, hold off until the "
            "warehouse lead confirms there's cold-storage space, then email the store their "
            "drop-off slot.",
            {"availableTools": ["email.send", "webhook.post"]},
            E,
        ),
        (
            "When a new article is submitted, hold off until the editor confirms it's ready, "
            "then post it to #published.",
            {},
            S,
        ),
        (
            "Whenever a tenant reports a leak, hold off until the landlord replies, then email "
            "the plumber at plumber@example.com.",
            {},
            E,
        ),
        (
            "When a catering order comes in, hold fire until the chef confirms the menu, then "
            "email the customer the price.",
            {},
            E,
        ),
        (
            "Once a new hire is added, hold back till their manager has signed the contract, "
            "then post a welcome in #team.",
            {},
            S,
        ),
    ],
)
def test_holding_off_until_someone_acts_is_a_signal_wait(text, context, then):
    result = _check(text, None, [SIG, then], context, sure=0.85)
    assert not _uncertain(result)


def test_holding_off_for_a_span_is_still_a_timed_wait():
    result = _check(
        "When a new article is submitted, hold off for 20 minutes, then post it to #published.",
        None,
        [WAIT, S],
    )
    assert result.steps[0].config == {"seconds": 1200}


# "an hour and a half later", "two and a half hours later", "one and a half hours": a span
# with a half added is still a span, and the wait lasts it.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "seconds"),
    [
        (
            "Every day at 11:00, email the late-checkout list from https://pms.example-"
            "grandmere-hotel.com/api/late-checkouts to housekeeping@example-grandmere-hotel.com;"
            " an hour and a half later, post a nudge in #housekeeping to start on those rooms.",
            "0 11 * * *",
            [H, E, WAIT, S],
            5400,
        ),
        (
            "Every Monday at 9am, email the agenda to team@example.com; an hour and a half "
            "later, post a reminder in #standup.",
            "0 9 * * 1",
            [E, WAIT, S],
            5400,
        ),
        (
            "When a pull request is opened, post it in #ci; two and a half hours later, email "
            "oncall@example.com.",
            None,
            [S, WAIT, E],
            9000,
        ),
        (
            "When a guest checks in, email them the wifi code; a day and a half later, email "
            "them a feedback form.",
            None,
            [E, WAIT, E],
            129600,
        ),
        (
            "When an order ships, wait one and a half hours, then email the customer.",
            None,
            [WAIT, E],
            5400,
        ),
        (
            "When a ticket is opened, wait an hour and a half before posting it to #support.",
            None,
            [WAIT, S],
            5400,
        ),
    ],
)
def test_a_span_and_a_half_is_waited(text, cron, actions, seconds):
    result = _check(text, cron, actions, sure=0.85)
    assert next(s for s in result.steps if s.action == WAIT).config == {"seconds": seconds}
    assert not _uncertain(result)


@pytest.mark.parametrize(
    ("span", "seconds"), [("an hour", 3600), ("half an hour", 1800), ("90 minutes", 5400)]
)
def test_spans_without_a_half_are_unchanged(span, seconds):
    result = _check(
        f"When a pull request is opened, post it in #ci; {span} later, email oncall@example.com.",
        None,
        [S, WAIT, E],
    )
    assert result.steps[1].config == {"seconds": seconds}


# "each request form that lands in the shared inbox: extract …": the items a colon heads may
# say where they arrive with a relative clause; the verb after the colon starts the steps.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Each interlibrary-loan request form that lands in the shared inbox: extract the "
            "title, ISBN and patron card number, sit on it until the lending library gives the "
            "go-ahead, then send the details to the courier-booking webhook and email the "
            "patron that the book is on its way.",
            [X, SIG, W, E],
        ),
        (
            "Every invoice that arrives in the accounts inbox: extract the supplier and total, "
            "then post them to #ap.",
            [X, S],
        ),
        (
            "Each CV that lands in the hiring inbox: pull out the name and email, then send "
            "them to the applicant-tracking webhook.",
            [X, W],
        ),
        (
            "Every form which gets submitted on the website: extract the name and phone number,"
            " then email them to sales@example.com.",
            [X, E],
        ),
        (
            "Any order that comes through the shop: extract the order number and total and "
            "post them in #orders.",
            [X, S],
        ),
    ],
)
def test_items_headed_by_a_relative_clause(text, actions):
    result = _check(text, None, actions, sure=0.85)
    assert not _uncertain(result)


def test_items_headed_by_a_participle_still_read():
    _check(
        "Every invoice emailed to ap@example.com: extract the supplier and total, then post "
        "them to #ap.",
        None,
        [X, S],
    )


# "extract the flight number, scheduled time and delay in minutes": a field named with its
# unit ends the list; the verb-like noun ("delay") is no step.
@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [
        (
            "Every 3 hours, fetch the flight arrivals from https://flights.example-skyhopper-"
            "shuttles.com/api/arrivals, extract the flight number, scheduled time and delay in "
            "minutes, and POST them to the driver-dispatch webhook.",
            {"availableTools": ["http.request", "webhook.post"]},
            "0 */3 * * *",
            [H, X, W],
        ),
        (
            "Every hour, fetch https://ci.example.com/api/runs, extract the run id, status and "
            "duration in seconds, and post them to #runs.",
            {},
            "0 * * * *",
            [H, X, S],
        ),
        (
            "Daily at 7am, GET https://weigh.example.com/api/today, pull out the lorry, driver "
            "and weight in kg, and email them to yard@example.com.",
            {},
            "0 7 * * *",
            [H, X, E],
        ),
        (
            "When a delivery note arrives, extract the supplier, date and delay in days, then "
            "post them in #goods-in.",
            {},
            None,
            [X, S],
        ),
        (
            "Every Monday at 9am, fetch https://rail.example.com/api/trains, extract the train "
            "and delay in hours, and POST them to the ops webhook.",
            {},
            "0 9 * * 1",
            [H, X, W],
        ),
    ],
)
def test_a_field_with_its_unit_ends_the_list(text, context, cron, actions):
    result = _check(text, cron, actions, context, sure=0.85)
    assert not _uncertain(result)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every hour, fetch https://ci.example.com/api/runs, extract the run ids and post "
            "in #runs.",
            [H, X, S],
        ),
        (
            "Every hour, fetch https://ci.example.com/api/runs, extract the totals, wait 10 "
            "minutes, and email them to ops@example.com.",
            [H, X, WAIT, E],
        ),
    ],
)
def test_a_step_after_the_list_still_starts(text, actions):
    _check(text, "0 * * * *", actions)
