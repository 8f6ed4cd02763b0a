"""Round 46: "the rest" after a delivery to a subset is the other branch ("critical ones go to
the pager webhook and everything else to #alerts" checks the test turned around before #alerts);
"else" / "otherwise" alone before an arrow opens the clause after it ("over 30 kg → POST it …,
else → post the scan in #belt-2"); what is logged or stored in a channel or a mailbox is a
message there ("else just log the reading in #affinage"); and items named with the place they
come from head an arrow text as its trigger ("bug reports from the in-game form → triage …")."""

import pytest

from nl_parser import parse

H, C, S, E = "http.request", "check_status", "slack.post_message", "email.send"
WH, K, SF = "webhook.post", "classify", "salesforce.query"


def _check(text, cron, actions, *, context=None, sure=0.7):
    result = parse(text, context or {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= sure
    assert not [w for w in result.warnings if w.startswith("uncertain:")]
    return result


# The rest / everything else / everyone else / all the others, after a delivery to a subset: the
# other branch, with its own check (the first test turned around) before its delivery.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every Tuesday at 8am, query Salesforce for the deli and restaurant accounts we "
            "opened last week. Any whose first cheese order was above £1,000 should be emailed "
            "to key-accounts@example-valleycheese.co.uk; the rest go in #local-reps.",
            "0 8 * * 2",
            [SF, C, E, C, S],
        ),
        (
            "bug reports from the in-game form → triage into crash / gameplay / cosmetic → "
            "crashes go to #live-ops, everything else to qa@example-pixelforge.games",
            None,
            [K, C, S, C, E],
        ),
        (
            "Every Friday at 5pm, pull this week's support tickets from "
            "https://desk.example-bikeshop.com/api/tickets. Email the ones still open to "
            "manager@example-bikeshop.com and post everything else in #support.",
            "0 17 * * 5",
            [H, C, E, C, S],
        ),
        (
            "When an order comes in, classify it as wholesale or retail; wholesale ones go to "
            "the trade webhook and the rest to #shop-floor.",
            None,
            [K, C, WH, C, S],
        ),
        (
            "Each morning at 7, query Salesforce for renewals due this month. Any over $20k "
            "should be emailed to cs-leads@example.com; all the others go in #renewals.",
            "0 7 * * *",
            [SF, C, E, C, S],
        ),
        (
            "When a volunteer signs up, classify them as driver, cook or helper; drivers go to "
            "#transport, everyone else to coordinator@example-foodbank.org.",
            None,
            [K, C, S, C, E],
        ),
        (
            "Every hour, GET https://api.example-lab.com/samples. Post the ones that failed QC "
            "in #lab-alerts. Email the rest to lims@example-lab.com.",
            "0 * * * *",
            [H, C, S, C, E],
        ),
        (
            "When a donation comes in over $500, email it to the director; post the rest in "
            "#donations.",
            None,
            [C, E, C, S],
        ),
        (
            "Each time a band submits a demo through the label's site, tag it by genre — punk, "
            "folk or electronic. Electronic ones go to the A&R webhook; anything else gets a "
            "polite no-thanks email from demos@example-staticrecords.com.",
            None,
            [K, C, WH, C, E],
        ),
    ],
)
def test_the_rest_after_a_delivery_to_a_subset_is_the_other_branch(text, cron, actions):
    context = {"availableTools": [SF, E, S]} if "cheese" in text else None
    _check(text, cron, actions, context=context)


def test_the_rest_gets_the_first_test_turned_around():
    result = _check(
        "When a lead fills out the pricing form, classify them by company size and send the "
        "enterprise ones to #ent-sales, the rest to sales@acme.io.",
        None,
        [K, C, S, C, E],
    )
    first, second = (s.config for s in result.steps if s.action == C)
    assert first == {"field": "$.category", "operator": "equals", "value": "enterprise"}
    assert second == {"field": "$.category", "operator": "not_equals", "value": "enterprise"}


# Near cases: a subset dropped first leaves the rest as what is kept (one check); "the rest of
# the team" and "everyone else on the team" are people; with no test before, nothing is negated.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every day at 9am, fetch the overnight alerts from https://mon.example.com/api/alerts, "
            "drop the resolved ones, and email the rest to oncall@example.com.",
            "0 9 * * *",
            [H, C, E],
        ),
        (
            "Every Monday at 8, pull the new leads from Salesforce, skip the duplicates and post "
            "the rest in #sales.",
            "0 8 * * 1",
            [SF, C, S],
        ),
        (
            "Every Friday at 4pm, email the weekly report to ceo@example.com and the rest of the "
            "team in #all-hands.",
            "0 16 * * 5",
            [E, S],
        ),
        (
            "When a build fails, post the log to #ci and email everyone else on the team at "
            "eng@example.com.",
            None,
            [C, S, E],
        ),
        (
            "Every day at 6pm, email the digest to boss@example.com and post the rest in #team.",
            "0 18 * * *",
            [E, S],
        ),
    ],
)
def test_the_rest_with_no_subset_delivered_before_is_no_branch(text, cron, actions):
    _check(text, cron, actions)


# "else →", "otherwise →": the word alone before an arrow (or a colon) opens the next clause.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Whenever the sorting belt scans a parcel: over 30 kg → POST it to the heavy-lift "
            "webhook, else → post the scan in #belt-2.",
            None,
            [C, WH, C, S],
        ),
        (
            "Whenever a payment lands: amount above $5,000 → email finance@example.com, "
            "otherwise → post it in #payments.",
            None,
            [C, E, C, S],
        ),
        (
            "every hour GET https://api.example-farm.com/tank → level under 20%? post 'refill' "
            "in #farm, else → email farmer@example-farm.com",
            "0 * * * *",
            [H, C, S, C, E],
        ),
        (
            "When a truck checks in at the gate: over 20 t → post it to the weighbridge "
            "webhook, else → post the check-in in #yard.",
            None,
            [C, WH, C, S],
        ),
        (
            "Each time a pallet is weighed: under 100 kg → email light@example-depot.com; "
            "else: post the weight in #heavy-goods.",
            None,
            [C, E, C, S],
        ),
    ],
)
def test_else_alone_before_an_arrow_opens_the_other_branch(text, cron, actions):
    _check(text, cron, actions)


# Near cases: "else → do nothing" adds nothing; with no "else" there is no other branch.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Whenever a parcel is scanned: over 30 kg → POST it to the heavy-lift webhook, "
            "else → do nothing.",
            None,
            [C, WH],
        ),
        (
            "Whenever the sorting belt scans a parcel: over 30 kg → POST it to the heavy-lift "
            "webhook → post the scan in #belt-2.",
            None,
            [C, WH, S],
        ),
    ],
)
def test_no_else_before_the_arrow_is_no_other_branch(text, cron, actions):
    _check(text, cron, actions)


# "log / store / save X in #channel" (or at an address): a message kept there, not an API write.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Each time the cheese cave's humidity sensor sends a reading: if humidity is under "
            "85%, trigger the humidifier webhook, else just log the reading in #affinage.",
            None,
            [C, WH, C, S],
        ),
        (
            "Every night at 11, GET https://api.example-gym.com/visits and log the count in "
            "#front-desk.",
            "0 23 * * *",
            [H, S],
        ),
        ("When a delivery is signed for, log the signature in #deliveries.", None, [S]),
        ("Each time a door sensor trips, store the alert in #security-log.", None, [S]),
        ("When a kiln firing ends, log it to ops@example-kiln.com.", None, [E]),
        (
            "When the kiln finishes a firing, if the peak was over 1200, email "
            "potter@example.com, else just log the firing in #studio.",
            None,
            [C, E, C, S],
        ),
    ],
)
def test_logged_in_a_channel_is_a_message_there(text, cron, actions):
    _check(text, cron, actions)


# Near cases: logged or saved to a URL is still a call.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every hour, fetch https://api.example.com/readings and log them to "
            "https://logs.example.com/api/ingest.",
            "0 * * * *",
            [H, H],
        ),
        (
            "Every day at 6, save the report to https://files.example.com/api/reports.",
            "0 6 * * *",
            [H],
        ),
    ],
)
def test_logged_to_a_url_is_a_call(text, cron, actions):
    _check(text, cron, actions)


# Items named with the place they come from head an unscheduled arrow text as its trigger.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "complaints from the contact form → classify as billing / delivery / other → billing "
            "ones go to billing@example-shop.com, the rest to #support",
            [K, C, E, C, S],
        ),
        (
            "applications from our careers page → score them as strong / maybe / no → strong "
            "ones go to #hiring, everyone else to recruiting@example-jobs.com",
            [K, C, S, C, E],
        ),
        ("photos from the site cameras → post them in #site-photos", [S]),
        (
            "notes from the school app → summarise them → email them to head@example-school.org",
            ["summarize", E],
        ),
    ],
)
def test_items_from_a_place_head_the_text_as_its_trigger(text, actions):
    _check(text, None, actions)
