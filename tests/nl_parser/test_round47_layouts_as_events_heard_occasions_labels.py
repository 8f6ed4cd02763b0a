"""Round 47: a made thing's layout after it ("a report …, grouped by postcode area"), "As
<items> <arrive>, …" as the trigger, "make sure <someone named in a few words> hears about it"
as a notification, an occasion ahead of which a one-off runs ("Before Friday's board meeting:
…"), and labels after a sorting verb that look like verbs ("into waiting-list, plot maintenance
or complaint")."""

import pytest

from nl_parser import parse

H, S, E, Q = "http.request", "slack.post_message", "email.send", "salesforce.query"
C, X, R, SUM, T = "classify", "extract", "generate_report", "summarize", "check_status"


def _check(text, cron, actions, context=None, *, sure=0.7):
    result = parse(text, context or {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= sure
    return result


def _uncertain(result):
    return [w for w in result.warnings if w.startswith("uncertain")]


# "a report of last month's sweeps, grouped by postcode area": a participle of ordering with
# "by" after a made thing says how it is laid out; it sorts nothing into classes.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "On the 3rd of every month at 10:00, put together a report of last month's chimney "
            "sweeps, grouped by postcode area, and send it to office@example-sootandbrush.co.uk.",
            "0 10 3 * *",
            [R, E],
        ),
        (
            "Every Monday at 8am, compile a report of last week's support tickets, sorted by "
            "priority, and email it to lead@example-helpdesk.com.",
            "0 8 * * 1",
            [R, E],
        ),
        (
            "On the 1st of each month at 9:00, build a report of last month's deliveries, "
            "ordered by depot, and send it to ops@example-freight.com.",
            "0 9 1 * *",
            [R, E],
        ),
        (
            "Every Friday at 4pm, draw up a report of this week's room bookings, organised by "
            "floor, and email it to facilities@example-cowork.com.",
            "0 16 * * 5",
            [R, E],
        ),
        (
            "At 7am every day, generate a report of the overnight alerts, grouped by service, "
            "then email it to sre@example-platform.io.",
            "0 7 * * *",
            [R, E],
        ),
    ],
)
def test_a_layout_after_a_made_thing_is_no_step(text, cron, actions):
    assert not _uncertain(_check(text, cron, actions))


def test_grouping_as_an_imperative_still_classifies():
    result = parse(
        "When a support ticket arrives, group it by product and post the billing ones in #finance.",
        {},
    )
    assert result.actions[0] == C


# "As supplier invoices land in the inbox, …": "as" before items and their arrival opens the
# trigger, as "when" does; the place they land in is no step.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "As supplier invoices land in the upholstery workshop's accounts inbox, extract the "
            "supplier name, amount and due date from each; anything due within the next 5 days "
            "should go to ap@example-upholsterycollective.com.",
            [X, T, E],
        ),
        (
            "As refund requests come in through the returns inbox, extract the order number and "
            "amount from each; anything over $200 should go to finance@example-shoes.com.",
            [X, T, E],
        ),
        (
            "As new CVs land in the recruiting mailbox, extract the candidate name and email and "
            "post them in #hiring.",
            [X, S],
        ),
        (
            "As delivery notes arrive in the depot inbox, summarize each one and email it to "
            "depot-lead@example-freight.com.",
            [SUM, E],
        ),
        (
            "As booking forms are received in the club inbox, extract the member name and date "
            "from each and post them in #bookings.",
            [X, S],
        ),
    ],
)
def test_as_items_arrive_is_the_trigger(text, actions):
    result = _check(text, None, actions, {"availableTools": [E, S]})
    assert not _uncertain(result)


def test_as_soon_as_still_opens_the_trigger():
    _check(
        "As soon as an invoice lands in the accounts inbox, extract the supplier name and "
        "amount and email them to ap@example-upholsterycollective.com.",
        None,
        [X, E],
    )


# "make sure Dana in the warehouse hears about it": whoever is named, in a few words, then what
# they end up knowing, is a notification.
@pytest.mark.parametrize(
    ("text", "tools", "actions"),
    [
        (
            "Every time a volunteer signs up for a sorting shift at the food bank, make sure "
            "Dana in the warehouse hears about it.",
            [H, S],
            [S],
        ),
        (
            "Whenever a new wholesale order is placed, make sure Priya in accounts knows about it.",
            [S],
            [S],
        ),
        (
            "Whenever a parcel is returned to the depot, make sure the night shift supervisor "
            "hears about it.",
            [E],
            [E],
        ),
        (
            "Each time a patient cancels an appointment, make sure our front desk staff are told "
            "about it.",
            [S],
            [S],
        ),
        (
            "Every time a pull request is merged, make sure Sam from the platform team hears "
            "about it.",
            [H, S],
            [S],
        ),
    ],
)
def test_making_sure_someone_hears_notifies(text, tools, actions):
    result = _check(text, None, actions, {"availableTools": tools})
    assert not _uncertain(result)


# "Before Friday's board meeting: grab …": the occasion a one-off runs ahead of is no step and no
# schedule; the request after it is read as it would be alone.
@pytest.mark.parametrize(
    ("text", "tools", "actions"),
    [
        (
            "Just this once, before Friday's board meeting: grab every open opportunity from the "
            "CRM for our greenhouse-glazing product line, write a summary of where each one "
            "stands, and send it to ceo@example-clearspanglass.com.",
            [Q, H, E],
            [Q, SUM, E],
        ),
        (
            "Before next week's audit: pull all open purchase orders from Salesforce and email "
            "them to auditor@example-accounts.com.",
            [Q, E],
            [Q, E],
        ),
        (
            "Ahead of tomorrow's launch, fetch the open bugs from "
            "https://bugs.example-apps.com/api/open and post a summary in #launch.",
            [H, S],
            [H, SUM, S],
        ),
        (
            "In time for Monday's inspection: grab the maintenance log from "
            "https://plant.example-mills.com/log and email it to inspector@example-hse.gov.",
            [H, E],
            [H, E],
        ),
        (
            "Prior to our investor call, query Salesforce for the deals closed this quarter and "
            "email them to cfo@example-ventures.com.",
            [Q, E],
            [Q, E],
        ),
    ],
)
def test_an_occasion_ahead_is_no_step(text, tools, actions):
    result = _check(text, None, actions, {"availableTools": tools})
    assert not _uncertain(result)


def test_a_recurring_day_before_an_occasion_is_still_the_schedule():
    _check(
        "Every Monday at 8:30, before the standup, post the open pull requests from "
        "https://git.example-dev.com/api/prs in #eng.",
        "30 8 * * 1",
        [H, S],
    )


# "sort each one into waiting-list, plot maintenance or complaint": the labels a sorting verb
# lists are nouns, even one that opens on a verb ("plot", "store", "order").
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Our community garden has 140 plot holders and every spring the allotment inbox gets "
            "buried. I've exported all 260 messages from this year so far. Could you sort each "
            "one into waiting-list, plot maintenance or complaint, and then email just the "
            "complaints to committee@example-elmfieldallotments.org.uk? Cheers, Ruth",
            [C, T, E],
        ),
        (
            "When a return comes in, sort it into exchange, store credit or refund, and email the "
            "refunds to finance@example-shoes.com.",
            [C, T, E],
        ),
        (
            "When a support email arrives, classify it as login problem, map error or billing, "
            "and post the billing ones in #finance.",
            [C, T, S],
        ),
        (
            "Whenever a complaint is logged, categorise it into delay claim, post damage or "
            "other and forward the delay claims to claims@example-couriers.com.",
            [C, T, E],
        ),
        (
            "When a guest review comes in, tag it as cleanliness, check-in trouble or noise, and "
            "email the noise ones to manager@example-hostel.com.",
            [C, T, E],
        ),
    ],
)
def test_labels_that_open_on_a_verb_are_labels(text, actions):
    _check(text, None, actions, {"availableTools": [E, S]})


def test_a_step_after_the_labels_still_starts():
    _check(
        "When a return comes in, sort it into exchange or refund, post the refunds in #finance, "
        "and email the exchanges to stores@example-shoes.com.",
        None,
        [C, T, S, T, E],
        {"availableTools": [E, S]},
    )
