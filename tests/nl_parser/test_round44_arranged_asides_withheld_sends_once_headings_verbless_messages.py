"""Round 44: "arrange for X, <aside>, to be <done>", a delivery held back until someone approves
("don't send it until Priya approves it"), a heading that says in brackets it runs once
("Pipeline review (one-time): …"), and a message named with its place and no verb ("Heads-up to
#deals about any opportunity over $75k")."""

import pytest

from nl_parser import parse

Q, H, C, S, E = (
    "salesforce.query",
    "http.request",
    "check_status",
    "slack.post_message",
    "email.send",
)
R, SUM, K, WS = "generate_report", "summarize", "classify", "wait_for_signal"


def _check(text, cron, actions, *, sure=0.7):
    result = parse(text, {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= sure


# "Kindly arrange for a report of …, broken down by district, to be compiled … and emailed to
# …": the aside between commas says how the thing is made; "to be" goes on with the thing.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Kindly arrange for a report of the previous month's locksmith call-outs, broken "
            "down by district, to be compiled at 09:00 on the 2nd of each month and emailed to "
            "owner@example-keyfix.co.uk.",
            "0 9 2 * *",
            [R, E],
        ),
        (
            "Please arrange for a summary of yesterday's support tickets, grouped by priority, "
            "to be prepared every weekday at 8am and posted to #support.",
            "0 8 * * 1-5",
            [SUM, S],
        ),
        (
            "Kindly arrange for a digest of new listings, grouped by suburb, to be compiled at "
            "7am daily and sent to agents@example-homes.com.",
            "0 7 * * *",
            [SUM, E],
        ),
        (
            "At 6pm every Sunday, please arrange for a report on the week's deliveries, split "
            "by driver, to be generated and emailed to fleet@example.com.",
            "0 18 * * 0",
            [R, E],
        ),
        (
            "Could you arrange for a report of the month's call-outs, broken down by district, "
            "to be compiled at 9am on the 1st and emailed to owner@example.com?",
            "0 9 1 * *",
            [R, E],
        ),
    ],
)
def test_an_aside_before_to_be_done_stays_with_the_thing_arranged(text, cron, actions):
    _check(text, cron, actions, sure=0.9)


def test_arranged_without_an_aside_is_unchanged():
    _check(
        "Kindly arrange for a report of the previous month's call-outs to be compiled at 09:00 "
        "on the 2nd of each month and emailed to owner@example.com.",
        "0 9 2 * *",
        [R, E],
        sure=0.9,
    )


def test_to_be_after_a_delivery_is_no_arranged_thing():
    result = parse("Email the report to ops@example.com every Monday at 9am, to be reviewed.")
    assert result.actions == [E]


# "…; don't send it anywhere until Priya in ops approves it, then email it to …": a delivery
# held back until someone lets it go is a wait for their signal.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Our cleaning crews keep getting paid for hours that were never signed off, so "
            "we're tightening things up. Every Friday at 3pm, generate the weekly hours report "
            "for the crews; don't send it anywhere until Priya in ops approves it, then email "
            "it to payroll@example-sparkclean.com.",
            "0 15 * * 5",
            [R, WS, E],
        ),
        (
            "Every day at 5pm, summarize the day's orders; don't post it until Sam approves it, "
            "then post it in #sales.",
            "0 17 * * *",
            [SUM, WS, S],
        ),
        (
            "On the 1st of each month at 8am, generate the invoice report; don't share it with "
            "anyone until finance approves, then email it to billing@example.com.",
            "0 8 1 * *",
            [R, WS, E],
        ),
        (
            "Every Friday at 4pm, compile the timesheet report, but don't email anything till "
            "the site manager gives the go-ahead; then send it to payroll@example.com.",
            "0 16 * * 5",
            [R, WS, E],
        ),
        (
            "Weekdays at 7am, generate the route report and do not forward it until dispatch "
            "has signed it off; then forward it to drivers@example.com.",
            "0 7 * * 1-5",
            [R, WS, E],
        ),
        (
            "Every Monday at 9am, draft the newsletter. Do not publish the draft until the "
            "editor okays it, then email it to subscribers@example.com.",
            "0 9 * * 1",
            [R, WS, E],
        ),
    ],
)
def test_a_delivery_held_until_someone_approves_waits_for_the_signal(text, cron, actions):
    _check(text, cron, actions, sure=0.9)


def test_a_delivery_held_until_a_time_is_no_wait_for_a_signal():
    result = parse(
        "Every day at 5pm, summarize the day's orders; don't post it until Monday, then post "
        "it in #sales."
    )
    assert WS not in result.actions


def test_a_step_not_done_is_unchanged():
    result = parse(
        "Every Friday at 4pm, compile the timesheet report, but don't email it to "
        "payroll@example.com."
    )
    assert result.actions == [R, E]


def test_hold_until_approved_is_unchanged():
    _check(
        "Every day at 5pm, summarize the day's orders; hold it until Sam approves it, then post "
        "it in #sales.",
        "0 17 * * *",
        [SUM, WS, S],
        sure=0.9,
    )


# "For this Thursday's pipeline review (one-time): query …": a heading that says in brackets
# that the run happens once is no step and no schedule.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "For this Thursday's pipeline review (one-time): query Salesforce for all open HVAC "
            "maintenance opportunities, sort each into likely or unlikely to close this "
            "quarter, and post the likely ones in #service-sales.",
            [Q, K, C, S],
        ),
        (
            "For the board meeting (one-off): query Salesforce for closed deals and email them "
            "to board@example.com.",
            [Q, E],
        ),
        (
            "Pipeline review (one-time): query Salesforce for open deals and post them in #sales.",
            [Q, S],
        ),
        (
            "For the stock take (just this once): fetch https://stock.example.com/api/levels "
            "and email it to ops@example.com.",
            [H, E],
        ),
        (
            "Audit prep (one-time only): pull the invoices from https://erp.example.com/api/"
            "invoices and summarize them for finance@example.com.",
            [H, SUM, E],
        ),
    ],
)
def test_a_heading_marked_once_in_brackets_is_no_step(text, actions):
    _check(text, None, actions, sure=0.9)


def test_a_heading_without_the_bracket_is_unchanged():
    _check(
        "For the board meeting: query Salesforce for closed deals and email them to "
        "board@example.com.",
        None,
        [Q, E],
        sure=0.9,
    )


# "Heads-up to #enterprise-deals on Tuesdays … about any Salesforce opportunity over $75k": a
# message named with where it goes, and no verb, is sent there (what it is about may pick
# which items go).
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Heads-up to #enterprise-deals on Tuesdays and Fridays at 10:20 about any "
            "Salesforce opportunity over $75k that's gone 14 days without activity.",
            "20 10 * * 2,5",
            [Q, C, S],
        ),
        (
            "An email to sales-leads@example.com every Monday at 8am about any Salesforce deal "
            "over $50k.",
            "0 8 * * 1",
            [Q, C, E],
        ),
        (
            "Every weekday at 9am, a Slack message in #accounts about any Salesforce invoice "
            "over $10k that is still unpaid.",
            "0 9 * * 1-5",
            [Q, C, S],
        ),
        (
            "Reminder to #renewals on the 1st of each month at 9am about any Salesforce contract "
            "worth more than $20k.",
            "0 9 1 * *",
            [Q, C, S],
        ),
        (
            "Every hour, a ping to #sre about any service from https://status.example.com/api/"
            "services that is down.",
            "0 * * * *",
            [H, C, S],
        ),
    ],
)
def test_a_message_named_with_its_place_is_sent_there(text, cron, actions):
    _check(text, cron, actions, sure=0.8)


def test_a_message_with_its_place_and_no_subset_only_delivers():
    _check(
        "A heads-up to #ops every Monday at 9am about the deploy schedule.",
        "0 9 * * 1",
        [S],
        sure=0.9,
    )
