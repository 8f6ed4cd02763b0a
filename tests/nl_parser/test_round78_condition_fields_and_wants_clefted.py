"""Round 78: a field labelled as a condition ("Condition: at least one deal … still at offer
stage.") is the test "if" would open; a want clefted ("What I'd like is a report built …") asks
as "I'd like a report built …" does; and how plain the result may be, said last ("No need to
make it fancy."), is no step and takes nothing back."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, C = "email.send", "slack.post_message", "check_status"
SF, HTTP, REPORT, SUMMARY = "salesforce.query", "http.request", "generate_report", "summarize"

# "Schedule: …. Condition: <the items tested>. Action: …."
CONDITION_FIELDS = [
    (
        "Holloway Recruitment — weekly pipeline alert. Schedule: Mondays, 08:40. Condition: at"
        " least one placement deal in the CRM worth over £15k that is still at offer stage."
        " Action: Slack DM to Priya.",
        ("40 8 * * 1", [SF, C, S]),
    ),
    (
        "Schedule: Fridays, 16:00. Condition: at least one open ticket from"
        " https://help.example/api/tickets that is still unassigned. Action: post it to"
        " #support-leads.",
        ("0 16 * * 5", [HTTP, C, S]),
    ),
    (
        "Brightco Sales — deal watch. Condition: any opportunity in Salesforce worth more than"
        " $50k that is still in negotiation. Schedule: every weekday at 9am. Action: email"
        " deals@brightco.example.",
        ("0 9 * * 1-5", [SF, C, E]),
    ),
    (
        "schedule: every monday at 10:00. condition: at least one invoice from"
        " https://billing.example/api/invoices over £2,000 that is still unpaid. action: email"
        " finance@acme.example.",
        ("0 10 * * 1", [HTTP, C, E]),
    ),
    (
        "Kiln Lane Bakery — stock alarm. Schedule: daily, 06:15. Test: one or more flour lines in"
        " https://stock.example/api/flour with fewer than 5 sacks left. Action: Slack DM to"
        " Marta.",
        ("15 6 * * *", [HTTP, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONDITION_FIELDS)
def test_condition_field_is_the_test(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONDITION_FIELDS[:1])
def test_condition_field_read_with_confidence(text, expected):
    assert confidence_of(text) >= 0.7


# "What I'd like is <the thing wanted, made or sent>": a want clefted.
CLEFTED_WANTS = [
    (
        "Background: at Ashgrove Solar we fit panels on farm barns and chicken sheds, and our"
        " quotes go cold because the sales team only looks at the pipeline when somebody happens"
        " to remember. What I'd like is a report built every Tuesday and Thursday at 8:20am on"
        " the open quote opportunities in Salesforce that nobody has touched for 10 days, emailed"
        " to sales@ashgrovesolar.example. No need to make it fancy. Cheers!",
        ("20 8 * * 2,4", [SF, REPORT, E]),
    ),
    (
        "What we need is a summary compiled every Friday at 5pm from the week's support tickets"
        " at https://help.example/api/tickets and posted to #support-leads.",
        ("0 17 * * 5", [HTTP, SUMMARY, S]),
    ),
    (
        "What I want is the new signups from https://app.example/api/signups emailed to"
        " growth@app.example every morning at 7.",
        ("0 7 * * *", [HTTP, E]),
    ),
    (
        "All we need is a report put together on the first of each month at 9am on last month's"
        " closed deals in Salesforce, emailed to board@firm.example.",
        ("0 9 1 * *", [SF, REPORT, E]),
    ),
    (
        "What our head grower would like is the greenhouse readings pulled from"
        " https://sensors.example/api/greenhouse and posted to #growers every hour.",
        ("0 * * * *", [HTTP, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLEFTED_WANTS)
def test_clefted_want_is_asked(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLEFTED_WANTS[:1])
def test_clefted_want_read_with_confidence(text, expected):
    assert confidence_of(text) >= 0.7


# "No need to make it fancy.": how the result may look, denied, takes no words back.
DENIED_MAKINGS = [
    "No need to make it fancy.",
    "There's no need to make it pretty.",
    "Don't make it too long.",
    "You needn't make that formal.",
    "Nothing fancy, please.",
    "Keep it short.",
]


@pytest.mark.parametrize("closing", DENIED_MAKINGS)
def test_denied_making_is_no_correction(closing):
    text = (
        "Every Monday at 8am, query Salesforce for open deals and email them to"
        f" sales@holloway.example. {closing}"
    )
    assert read(text) == ("0 8 * * 1", [SF, E])
    assert not doubts_of(text)


# Near cases that must not change.
NEAR = [
    (
        "Bit of background: our reps forget their quotes. What I'd like is this — every weekday"
        " at 9:30am, query Salesforce for open opportunities and email that list to"
        " salesops@meridale.example.",
        ("30 9 * * 1-5", [SF, E]),
    ),
    ("Schedule: Mondays, 08:40. Action: Slack DM to Priya.", ("40 8 * * 1", [S])),
    (
        "Schedule: Mondays, 08:40. Source: Salesforce — open deals worth over £15k. Action: email"
        " them to sales@hollowayrec.example.",
        ("40 8 * * 1", [SF, E]),
    ),
    (
        "Schedule: Mondays, 08:40. Condition: if any deal in the CRM is worth over £15k. Action:"
        " Slack DM to Priya.",
        ("40 8 * * 1", [SF, C, S]),
    ),
    (
        "trigger: new order on the Bramblewick Chocolate web shop; condition: basket over £150;"
        " actions: email the customer a free-gift note; post the order number in #packing",
        (None, [C, E, S]),
    ),
    (
        "I'd like a report built every Tuesday and Thursday at 8:20am on the open quote"
        " opportunities in Salesforce, emailed to sales@ashgrovesolar.example.",
        ("20 8 * * 2,4", [SF, REPORT, E]),
    ),
    (
        "Every Monday at 8am, query Salesforce for accounts with no activity in 60 days and send"
        " them to the nurture webhook. Oh, and make it Tuesdays.",
        ("0 8 * * 2", [SF, "webhook.post"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected


def test_label_of_asking_is_no_cleft():
    text = NEAR[0][0]
    assert not [d for d in doubts_of(text) if "not understood" in d]
