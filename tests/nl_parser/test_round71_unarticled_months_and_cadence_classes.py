"""Round 71: a day of the month written without its article ("1st of month, 06:00", "day 5 of
month") is a day of the month as "the 1st of the month" is; and a cadence word that names a class
a classify step sorts into ("classify as weekly / fortnightly / one-off", "tag it as monthly or
annual") or the subset of that class ("weekly ones → #packing-shed") is a label, not a run."""

import pytest

from tests.nl_parser.reading import confidence_of, read

C, E, S, W, H = "check_status", "email.send", "slack.post_message", "webhook.post", "http.request"
X, R, K, M = "extract", "generate_report", "classify", "summarize"

# "<Nth> of month": the article dropped, as in a terse note or a table cell.
DAYS_OF_MONTH_UNARTICLED = [
    (
        "Rowan & Pike Insurance Brokers | 1st of month, 06:00 | GET"
        " https://claims.rowanpike.example/api/closed?period=last-month | extract claim type,"
        " payout and days-to-settle | build the monthly claims report | email"
        " board@rowanpike.example + post to #underwriting",
        ("0 6 1 * *", [H, X, R, E, S]),
    ),
    (
        "15th of month at 9am: pull the unpaid invoices from https://billing.example.com/api/unpaid"
        " and email them to ar@example-ledger.com",
        ("0 9 15 * *", [H, E]),
    ),
    (
        "On the 3rd of month, 08:30, summarize last month's tickets from the helpdesk API and post"
        " the summary in #support",
        ("30 8 3 * *", [H, M, S]),
    ),
    (
        "Every 1st and 15th of month at 7am, send a payroll reminder to #payroll",
        ("0 7 1,15 * *", [S]),
    ),
    (
        "Kestrel Lettings | 28th of month, 10:00 | GET https://rent.example.com/api/arrears |"
        " email the list to tenants@example-lettings.com",
        ("0 10 28 * *", [H, E]),
    ),
    (
        "Day 5 of month at noon, generate the usage report and email it to finance@example.com",
        ("0 12 5 * *", [R, E]),
    ),
    (
        "Harbour View Dental Practice Group | 2nd of month, 08:00 | GET"
        " https://recalls.example-harbourview.com/api/due | email them to front-desk@example.com",
        ("0 8 2 * *", [H, E]),
    ),
]

# The same days with their article, or a date in a named month: read as they were.
DAYS_OF_MONTH_NEAR = [
    (
        "1st of the month, 06:00, build the claims report and email it to board@example.com",
        ("0 6 1 * *", [R, E]),
    ),
    (
        "On the 1st of March at 9am, email the renewal list to renewals@example.com",
        ("0 9 1 3 *", [E]),
    ),
    (
        "Every day at 06:00, build the month report and email it to board@example.com",
        ("0 6 * * *", [R, E]),
    ),
]

# "<sort verb> as/into <cadence> / <cadence> / …", "<cadence> ones → …": classes, not runs.
CADENCE_CLASSES = [
    (
        "new CSA box order at Thistledown Farm → classify as weekly / fortnightly / one-off →"
        " weekly ones → #packing-shed; all the others → email orders@thistledownfarm.example",
        (None, [K, C, S, C, E]),
    ),
    (
        "new support plan signup → classify as daily / weekly / monthly → daily ones →"
        " #success-team; everything else → email cs@example-plans.com",
        (None, [K, C, S, C, E]),
    ),
    (
        "When a new subscription is created, tag it as monthly or annual; post the monthly ones to"
        " #billing and email the others to finance@example.com",
        (None, [K, C, S, C, E]),
    ),
    (
        "Whenever a donation arrives, sort it into one-off or monthly, send the monthly ones to"
        " https://hooks.example.org/donors and email the rest to giving@example.org",
        (None, [K, C, W, C, E]),
    ),
    (
        "Every morning at 8, classify the new signups as monthly or annual and post the annual"
        " ones to #sales",
        ("0 8 * * *", [K, C, S]),
    ),
]

# A cadence outside the classes still sets the run.
CADENCE_CLASSES_NEAR = [
    (
        "Weekly, classify the new orders as urgent or routine and post the urgent ones to #ops",
        ("0 9 * * 1", [K, C, S]),
    ),
    (
        "Monthly, classify the new orders as hot / cold and post the hot ones to #sales",
        ("0 9 1 * *", [K, C, S]),
    ),
    (
        "Every Friday at 4pm, email the weekly digest to team@example.com",
        ("0 16 * * 5", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAYS_OF_MONTH_UNARTICLED)
def test_a_day_of_month_without_its_article_is_the_day(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), DAYS_OF_MONTH_UNARTICLED)
def test_a_day_of_month_without_its_article_reads_confidently(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), DAYS_OF_MONTH_NEAR)
def test_days_of_month_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CADENCE_CLASSES)
def test_a_cadence_word_named_as_a_class_is_no_run(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), CADENCE_CLASSES_NEAR)
def test_a_cadence_beside_the_classes_still_runs(text, expected):
    assert read(text) == expected
