"""Round 95: a state and its denial, each routed to its own step ("frost forecast → post …;
no frost → post …"), are a test and its turning around; "do X, unless P, in which case do Y"
guards both steps (X when P fails, Y when it holds); and a colon after a measured test whose
measure runs on ("hotels with over 200 kg of linen due back: email those …") ends the test."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"

OPPOSITE_STATES = [
    (
        "Meadowsweet Garden Centre frost watch — November and December, 18:00 every evening. "
        "Check the overnight forecast at https://weather.meadowsweetgc.example/api/overnight:\n"
        "• frost forecast → post 'cover the tender stock' in #yard-team\n"
        "• no frost → post 'no frost tonight, leave it uncovered' in #yard-team",
        ("0 18 * 11,12 *", [H, C, S, C, S]),
    ),
    (
        "When a Copperleaf Furniture customer asks for a delivery slot, look up the van schedule "
        "at https://vans.copperleaf.example/api/schedule. No free slot that week → email "
        "logistics@copperleaf.example. Free slot available → email the customer a booking link.",
        (None, [H, C, E, C, E]),
    ),
    (
        "Every morning at 7, fetch the road report from https://roads.example.org/api/today.\n"
        "- snow on the pass → email drivers@example.org\n"
        "- no snow → post 'pass is clear' in #drivers",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "When a tenant reports a leak, look up the plumber rota at "
        "https://rota.example.com/api/plumbers. Plumber on call → text them via the pager "
        "webhook. No plumber on call → email facilities@example.com.",
        (None, [H, C, W, C, E]),
    ),
    (
        "Weekdays at 16:00 GET https://stock.example.net/api/flour; no flour delivery → email "
        "baker@example.net; flour delivery booked → post 'flour is coming' in #bakery",
        ("0 16 * * 1-5", [H, C, E, C, S]),
    ),
    (
        "Each Friday at noon pull the rain forecast from https://met.example.com/api/weekend.\n"
        "* rain expected → post 'match moved indoors' in #club\n"
        "* no rain → post 'match on at the park' in #club",
        ("0 12 * * 5", [H, C, S, C, S]),
    ),
]

UNLESS_IN_WHICH_CASE = [
    (
        "New sign-up for the Greyfriars Community Choir → email them the welcome pack, unless "
        "they've sung with us before, in which case just post their name in #section-leads.",
        (None, [C, E, C, S]),
    ),
    (
        "When a new order comes in, email the customer a receipt, unless the total is over "
        "$1,000, in which case post it in #big-orders.",
        (None, [C, E, C, S]),
    ),
    (
        "Every hour, fetch https://status.example.com/api/queue and post the depth in #ops, "
        "unless it is above 500, in which case page on-call through the pager webhook.",
        ("0 * * * *", [H, C, S, C, W]),
    ),
    (
        "When a ticket is opened, post it in #support unless it is marked urgent, in which case "
        "email oncall@example.com.",
        (None, [C, S, C, E]),
    ),
    (
        "Daily at 9am pull the invoices from https://billing.example.com/api/due and email them "
        "to accounts@example.com, unless there are more than 50, in which case post a note in "
        "#finance.",
        ("0 9 * * *", [H, C, E, C, S]),
    ),
]

MEASURED_COLONS = [
    (
        "Brightfold Linen Services — van loading sheet\n"
        "- when: 04:30, Monday to Saturday\n"
        "- from: https://dispatch.brightfold.example/api/loads\n"
        "- push the full sheet to the depot-printer webhook\n"
        "- hotels with over 200 kg of linen due back: email those to "
        "transport@brightfold.example",
        ("30 4 * * 1-6", [H, W, C, E]),
    ),
    (
        "Every day at 6, fetch https://farm.example.com/api/pens and post them in #yard; pens "
        "with more than 40 sheep in the top field: email those to shepherd@example.com",
        ("0 6 * * *", [H, S, C, E]),
    ),
    (
        "Hourly GET https://fleet.example.org/api/vans; vans with under 10 litres of fuel left "
        "in the tank: post them in #fleet",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Mondays at 8 pull the accounts from https://crm.example.com/api/accounts. Accounts with "
        "over 30 days of unpaid invoices outstanding: email those to credit@example.com.",
        ("0 8 * * 1", [H, C, E]),
    ),
    (
        "At 5pm each weekday, fetch https://wh.example.net/api/bins and push them to the "
        "picker webhook; bins with below 5 units of stock on hand: email those to "
        "buyer@example.net",
        ("0 17 * * 1-5", [H, W, C, E]),
    ),
]

NEAR_CASES = [
    # one state alone, no opposite beside it: a heading, as before
    (
        "When a tenant reports a leak, look up the plumber rota at "
        "https://rota.example.com/api/plumbers and email facilities@example.com.",
        (None, [H, E]),
    ),
    # "unless" with nothing named after it: one test turned around
    (
        "When a new order comes in, email the customer a receipt, unless the total is over $1,000.",
        (None, [C, E]),
    ),
    # "unless …, in which case do nothing": the test guards the step before, once
    (
        "Tuesdays at 6pm, email this week's box contents from https://boxes.example.com/api/week "
        "to subscribers@example.com — unless the list is still marked as draft, in which case do "
        "nothing.",
        ("0 18 * * 2", [H, C, E]),
    ),
    # "stay quiet unless …, in which case …": one test, the step after it
    (
        "Every 15 minutes, read the temperature from https://dc.example.net/api/temp. Leave "
        "everyone alone unless it climbs past 27°C, in which case page facilities through the "
        "pager webhook.",
        ("*/15 * * * *", [H, C, W]),
    ),
    # a fetch, then "stay quiet unless …; in that case …": one test, the step after it
    (
        "Every 10 minutes, poll https://lotto.example.com/api/machine and stay quiet unless the "
        "machine reports a fault; in that case page the supervisor via the pager webhook.",
        ("*/10 * * * *", [H, C, W]),
    ),
    # the measured list item without a colon's label: unchanged
    (
        "Every day at 6, fetch https://farm.example.com/api/pens and post them in #yard",
        ("0 6 * * *", [H, S]),
    ),
]

CASES = OPPOSITE_STATES + UNLESS_IN_WHICH_CASE + MEASURED_COLONS + NEAR_CASES


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in OPPOSITE_STATES[1:] + MEASURED_COLONS])
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7
