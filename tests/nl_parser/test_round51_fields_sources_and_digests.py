"""Round 51: bare fields between bars, a source pointing at its data ("salesforce → …"), data
dated by the run before or by a fortnight, a digest of reports, and fields taken out of each
item ("lift … out of each one", "pull each holder's name, plot and year")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, SF, E, S, W = (
    "http.request",
    "salesforce.query",
    "email.send",
    "slack.post_message",
    "webhook.post",
)
SUM, X, REP = "summarize", "extract", "generate_report"
HTTP_ONLY = {"availableTools": [H, E, S]}

# "roastery | mon, wed, fri 05:15 | GET … | extract … | post to #…": bare fields between bars are
# clauses, as between arrows; "salesforce → today's deals": the data read from the source named.
FIELDS = [
    (
        "roastery | mon, wed, fri 05:15 | GET https://roaster.example-emberroasters.com/api/"
        "green-stock | extract bean origin + kg remaining | post to #roast-plan",
        ("15 5 * * 1,3,5", [H, X, S]),
    ),
    (
        "nightly 23:30 | salesforce \u2192 today's closed-won coach-hire deals | generate report"
        " | #coach-sales",
        ("30 23 * * *", [SF, REP, S]),
    ),
    (
        "bakery | daily 06:00 | fetch https://ovens.example-crumb.com/api/batches | summarise"
        " | email bakers@example-crumb.com",
        ("0 6 * * *", [H, SUM, E]),
    ),
    (
        "every monday 08:00 | salesforce -> last week's lost opportunities | write a summary |"
        " post to #sales-review",
        ("0 8 * * 1", [SF, SUM, S]),
    ),
    (
        "weekdays 7am | https://api.example-docks.com/v1/arrivals \u2192 today's arrivals |"
        " email them to harbour@example-docks.com",
        ("0 7 * * 1-5", [H, E]),
    ),
    (
        "every friday 17:00 | pull this week's invoices from salesforce | generate report |"
        " #finance",
        ("0 17 * * 5", [SF, REP, S]),
    ),
]

# "summarise the referrals that have come in since the last run", "a report of the fortnight's
# call-outs": dated data, read from the one source listed.
DATED = [
    (
        "At 1pm and 6pm on weekdays, summarise the physio referrals that have come in since the"
        " last run and email the summary to physios@example-activeknee.clinic.",
        ("0 13,18 * * 1-5", [H, SUM, E]),
    ),
    (
        "Every hour, summarise the support tickets that were opened since the last run and post"
        " the summary in #support.",
        ("0 * * * *", [H, SUM, S]),
    ),
    (
        "Every evening at 6, summarise the complaints received since the previous run and email"
        " the summary to cx@example-shop.com.",
        ("0 18 * * *", [H, SUM, E]),
    ),
    (
        "On the 1st and 15th of each month at 17:45, compile a report of the fortnight's"
        " locksmith call-outs and email it to accounts@example-keyturnlocks.co.uk.",
        ("45 17 1,15 * *", [H, REP, E]),
    ),
    (
        "Every Friday at 4pm, summarise the last fortnight's volunteer shifts and post the"
        " summary in #volunteers.",
        ("0 16 * * 5", [H, SUM, S]),
    ),
    (
        "On the 14th and 28th at 9am, build a report on this fortnight's boiler services and"
        " send it to office@example-heatfix.co.uk.",
        ("0 9 14,28 * *", [H, REP, E]),
    ),
]

# "write a digest of this week's lost-property reports": a summary named first, made of reports.
DIGESTS = [
    (
        "Every Sunday at 20:00, write a digest of this week's lost-property reports at the ice"
        " rink and post it in #rink-ops.",
        ("0 20 * * 0", [H, SUM, S]),
    ),
    (
        "Every Monday at 9, put together a summary of last week's site inspection reports and"
        " email it to safety@example-build.com.",
        ("0 9 * * 1", [H, SUM, E]),
    ),
    (
        "Each Friday at 5pm, write up a recap of this week's incident reports and post it in #ops.",
        ("0 17 * * 5", [H, SUM, S]),
    ),
    (
        "Daily at 7am, compile an overview of yesterday's shift reports and send it to"
        " manager@example-plant.com.",
        ("0 7 * * *", [H, SUM, E]),
    ),
    (
        "Every Thursday at noon, create a roundup of the week's customer visit reports and post"
        " it to #field-sales.",
        ("0 12 * * 4", [H, SUM, S]),
    ),
]

# "lift the frame number, purchase date and dealer name out of each one", "pull each plot
# holder's name, plot number and the year they joined": fields of each item are extracted.
FIELDS_OF_EACH = [
    (
        "Attached are 640 warranty cards our e-bike customers mailed back over the years. Please"
        " lift the frame number, purchase date and dealer name out of each one, then send the"
        " lot to the warranty-system webhook.",
        (None, [X, W]),
    ),
    (
        "We've inherited roughly 1,200 handwritten membership cards from the old allotment"
        " society, all scanned now. Could you pull each plot holder's name, plot number and the"
        " year they joined, compile a register report from them, and email it to"
        " committee@example-ashgroveallotments.org.uk?",
        (None, [X, REP, E]),
    ),
    (
        "pluck the invoice number, total and due date out of every attached invoice and email"
        " them to ap@example-ledger.com",
        (None, [X, E]),
    ),
    (
        "dig the serial number and fault code out of each returns form, then post them in #repairs",
        (None, [X, S]),
    ),
    (
        "grab each applicant's name, email and phone number, then send them to hr@example-hire.com",
        (None, [X, E]),
    ),
    (
        "pick every tenant's flat number, move-in date and deposit, and post them to #lettings",
        (None, [X, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS + FIELDS_OF_EACH)
def test_read_as_steps(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7, doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), DATED + DIGESTS)
def test_dated_data_read_from_the_only_source(text, expected):
    cron, actions = read(text, HTTP_ONLY)
    if expected[0] is not None:
        assert cron == expected[0]
    assert actions == expected[1]
    assert confidence_of(text, HTTP_ONLY) >= 0.7, doubts_of(text, HTTP_ONLY)


def test_no_source_listed_reads_nothing_first():
    text = (
        "At 1pm and 6pm on weekdays, summarise the physio referrals that have come in since the"
        " last run and email the summary to physios@example-activeknee.clinic."
    )
    assert read(text) == ("0 13,18 * * 1-5", [SUM, E])


def test_a_summary_report_is_still_a_report():
    text = "On the 1st and 15th of each month at 9am, generate a payroll summary report and email"
    text += " it to hr@example.com."
    assert read(text) == ("0 9 1,15 * *", [REP, E])


def test_a_report_with_no_summary_before_it_stays_a_report():
    text = "Every Sunday at 20:00, write a report of this week's lost-property items and post it"
    text += " in #rink-ops."
    assert read(text, HTTP_ONLY) == ("0 20 * * 0", [H, REP, S])


def test_a_fortnight_owning_nothing_is_still_a_schedule_word():
    text = "email the rota to a@example.com once a fortnight on mondays at 9"
    assert any("'fortnight'" in d for d in doubts_of(text))


def test_each_accounts_fields_from_a_system_are_fetched():
    text = "pull each account's owner and renewal date from salesforce and email them to"
    text += " ops@example.com"
    assert read(text)[1][0] == SF


def test_labelled_fields_still_read_as_before():
    text = (
        "schedule: hourly | source: https://climate.example-orchids.nl/api/humidity | rule: any"
        " bench below 60% humidity | action: fire the misting webhook"
    )
    assert read(text)[1] == [H, "check_status", W]
