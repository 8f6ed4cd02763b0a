"""Round 76: constructions whose answers were right but carried false doubts."""

import pytest

from nl_parser import parse


def _assert_read(text, cron, actions, context=None):
    result = parse(text, context or {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert [s.action for s in result.steps] == actions
    assert result.confidence >= 0.8, result.warnings


# An arrival with a damaged part: "comes back … with a damaged coupler".
@pytest.mark.parametrize(
    "text",
    [
        "If a Stonecrop Brewing keg comes back from a pub with a damaged coupler, post it in "
        "#cellar-team; otherwise email the pub a deposit-refund confirmation.",
        "If a hire bike comes back from a rider with a broken chain, post it in #workshop; "
        "otherwise email the rider a receipt.",
        "If a rental drill is returned with a cracked casing, post it in #tool-desk; otherwise "
        "email the customer a deposit refund.",
        "If a laptop arrives from the courier with a dented lid, post it in #it-intake; "
        "otherwise email the buyer a delivery confirmation.",
        "If a ski set comes back with a missing binding, post it in #rentals; otherwise email "
        "the guest a thank-you note.",
    ],
)
def test_arrival_with_a_damaged_part_is_a_test(text):
    _assert_read(text, None, ["check_status", "slack.post_message", "check_status", "email.send"])


# A band with its unit sign on both bounds: "sits between 45% and 55%".
@pytest.mark.parametrize(
    "text",
    [
        "Wyvern Poultry hatchery: at 07:00 and 19:00 every day, fetch the incubator readings "
        "from https://hatchery.wyvernpoultry.example/api/incubators and email "
        "hatchery@wyvernpoultry.example unless every humidity reading sits between 45% and 55%.",
        "Every day at 08:00 fetch the tank levels from https://tanks.example/api/levels and "
        "email ops@tanks.example unless every level stays between 20% and 80%.",
        "At 06:00 each day, fetch the battery stats from https://solar.example/api/batteries "
        "and email power@solar.example unless each charge is between 30% and 90%.",
        "Every day at 9am fetch the greenhouse readings from https://green.example/api/air and "
        "email grower@green.example unless all moisture readings sit between 40% and 60%.",
        "Every day at 18:00 fetch the cellar sensors from https://cellar.example/api/sensors "
        "and email cellar@cellar.example unless the humidity sits within 55% to 75%.",
    ],
)
def test_band_with_percent_signs_is_read(text):
    result = parse(text, {})
    assert [s.action for s in result.steps] == ["http.request", "check_status", "email.send"]
    assert result.confidence >= 0.8, result.warnings


# A test that something has not happened yet, with an irregular participle.
@pytest.mark.parametrize(
    "text,actions",
    [
        (
            "Once a guest checks out, wait 2 days, then email them a review request; a week "
            "after that, if they still haven't left a review, email them one last nudge.",
            ["wait", "email.send", "wait", "check_status", "email.send"],
        ),
        (
            "When a trial starts, wait 3 days, then if they haven't made a first booking, email "
            "them a tips sheet.",
            ["wait", "check_status", "email.send"],
        ),
        (
            "When an order ships, wait 5 days; if the customer hasn't left feedback, email them "
            "a reminder.",
            ["wait", "check_status", "email.send"],
        ),
        (
            "When a lead signs up, wait a week, then if they still haven't bought a plan, post "
            "it in #sales.",
            ["wait", "check_status", "slack.post_message"],
        ),
        (
            "When a student enrols, wait 2 days; if they haven't chosen a course, email them "
            "the course list.",
            ["wait", "check_status", "email.send"],
        ),
    ],
)
def test_not_yet_with_irregular_participle(text, actions):
    _assert_read(text, None, actions)


# A perfect of a verb of moving past a named limit: "has gone past its service date".
@pytest.mark.parametrize(
    "text,cron",
    [
        (
            "Flag it to the fleet manager at 07:10 each weekday whenever one of the Crestway "
            "Lift Services vans has gone past its service date.",
            "10 7 * * 1-5",
        ),
        (
            "Every Monday at 9am, post in #kitchen if any stock item has gone past its use-by "
            "date.",
            "0 9 * * 1",
        ),
        (
            "Every day at 8am, post in #lab if a reagent has gone past its expiry date.",
            "0 8 * * *",
        ),
        (
            "Each weekday at 06:30 post in #plant if a boiler has fallen below its minimum "
            "pressure.",
            "30 6 * * 1-5",
        ),
        (
            "Every Friday at 4pm, post in #fleet if a truck has gone past its inspection date.",
            "0 16 * * 5",
        ),
    ],
)
def test_perfect_gone_past_a_named_limit(text, cron):
    context = {"availableTools": ["http.request", "slack.post_message"]}
    result = parse(text, context)
    assert result.schedule.cron_expression == cron
    assert [s.action for s in result.steps] == [
        "http.request",
        "check_status",
        "slack.post_message",
    ]
    assert not any("was not understood" in w for w in result.warnings), result.warnings


# An event asked as a question heading the steps, with no "when".
@pytest.mark.parametrize(
    "text,actions",
    [
        (
            "New volunteer signs up for a Thistledown Coast Trust beach clean? Email them the "
            "safty briefing and pop their name in #beach-leads.",
            ["email.send", "slack.post_message"],
        ),
        (
            "New hire starts at Fenwick Legal? Email them the handbook and post a hello in #team.",
            ["email.send", "slack.post_message"],
        ),
        (
            "Customer cancels a Brightwater Spa booking? Post it in #front-desk.",
            ["slack.post_message"],
        ),
        (
            "A new member joins the Harbour Rowing Club? Send them the welcome pack by email.",
            ["email.send"],
        ),
        (
            "Fresh order lands in Shopify for Bramble Candles? Email the packer and post it in "
            "#orders.",
            ["email.send", "slack.post_message"],
        ),
    ],
)
def test_event_asked_as_a_question(text, actions):
    _assert_read(text, None, actions)


# Data said to be at a source: "there are about 900 reviews … at https://…".
@pytest.mark.parametrize(
    "text,actions",
    [
        (
            "One-time: there are about 900 customer reviews of Copperkettle Bakery at "
            "https://reviews.copperkettle.example/api/all — sort them into product, service and "
            "delivery complaints and generate a report from that.",
            ["http.request", "classify", "generate_report"],
        ),
        (
            "There are around 400 support tickets at https://help.example/api/tickets — "
            "summarize them and email the summary to lead@help.example.",
            ["http.request", "summarize", "email.send"],
        ),
        (
            "There's a list of open jobs at https://jobs.example/api/open — post it in #hiring.",
            ["http.request", "slack.post_message"],
        ),
        (
            "Once: there are some 2,000 survey answers at https://survey.example/api/answers — "
            "classify them by topic and generate a report.",
            ["http.request", "classify", "generate_report"],
        ),
        (
            "There are 150 invoices from Lark Studio at https://books.example/api/invoices — "
            "summarize them and post the summary in #finance.",
            ["http.request", "summarize", "slack.post_message"],
        ),
    ],
)
def test_data_said_to_be_at_a_source_is_fetched(text, actions):
    _assert_read(text, None, actions)


# Counted documents in hand ("out of our 300 signed agreements") and a purpose clause ("to start
# chasing payments") are no tests and no subsets.
@pytest.mark.parametrize(
    "text,cron,actions",
    [
        (
            "One-off for Hartwell Estate Agents: pull the tenant name, monthly rent and lease "
            "end date out of our 300 signed tenancy agreements and send them to the lettings "
            "webhook.",
            None,
            ["extract", "webhook.post"],
        ),
        (
            "Extract the supplier and due date out of our 80 scanned invoices and send them to the "
            "accounts webhook.",
            None,
            ["extract", "webhook.post"],
        ),
        (
            "Pull the names and dates from their 40 signed consent forms and send them to the "
            "records webhook.",
            None,
            ["extract", "webhook.post"],
        ),
        (
            "At half past nine on the 25th of each month, email the invoice reminder to "
            "members@hivespacecowork.example; three days later, post a note in #front-desk to "
            "start chasing payments.",
            "30 9 25 * *",
            ["email.send", "wait", "slack.post_message"],
        ),
        (
            "Every Monday at 9am, post a note in #ops to keep tracking deliveries.",
            "0 9 * * 1",
            ["slack.post_message"],
        ),
        (
            "Every Friday at 5pm, post a reminder in #team to start logging hours.",
            "0 17 * * 5",
            ["slack.post_message"],
        ),
    ],
)
def test_counts_in_hand_and_purposes_are_no_tests(text, cron, actions):
    _assert_read(text, cron, actions)


def test_a_doubtful_condition_keeps_its_doubt():
    """A predicate no rule reads still warns: "sits nicely" is no band."""
    result = parse(
        "Every day at 9am fetch the readings from https://x.example/api and email a@x.example "
        "unless every reading sits nicely.",
        {},
    )
    assert any("was not understood" in w for w in result.warnings)


def test_a_question_that_asks_us_is_no_event():
    """ "Can you email the team?" asks us; a bare state question is still a test."""
    result = parse("Still failing? Post in #oncall.", {})
    assert [s.action for s in result.steps] == ["check_status", "slack.post_message"]


def test_arrival_with_a_part_in_good_order_keeps_its_doubt():
    """ "with a new coupler" names no damage, so the loose test keeps its warning."""
    result = parse("When a keg comes back with a new coupler, post it in #cellar.", {})
    assert any("was not understood" in w for w in result.warnings)


def test_arrival_without_a_part_is_the_event_alone():
    """ "comes back from a pub" alone is the trigger, no test."""
    result = parse("When a keg comes back from a pub, post it in #cellar.", {})
    assert [s.action for s in result.steps] == ["slack.post_message"]
