"""Round 37: data cut down to a summary, waits for a word sent back, fetches asked for in the
passive ("be retrieved from"), fields taken "out of" a document, the first made thing named."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "every friday, cut the week's support tickets from "
            "https://desk.example.com/api/tickets down into five bullet points and post them "
            "in #support",
            ["http.request", "summarize", "slack.post_message"],
        ),
        (
            "just once — whittle down the attached board minutes to a one-page digest → email "
            "it to board@trust.example.org",
            ["summarize", "email.send"],
        ),
        (
            "distil the attached survey comments down to the key points; post in #research",
            ["summarize", "slack.post_message"],
        ),
        (
            "Boil the attached interview notes down to 3 short paragraphs and email them to "
            "hr@mill.example.com.",
            ["summarize", "email.send"],
        ),
    ],
)
def test_data_cut_down_to_a_summary_is_summarized(text, actions):
    assert read(text)[1] == actions


def test_a_price_cut_down_names_no_summary():
    assert "summarize" not in read("cut the price down to 5 pounds and email the buyers")[1]


def test_a_year_that_labels_the_data_is_no_condition():
    result = parse(
        "Trim our 2023 grant reports down to a short summary and email it to "
        "trustees@fund.example.org.",
        {},
    )
    assert result.actions == ["summarize", "email.send"]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "when a tender goes out → post it in #bids → wait for the buyer's response → email "
        "the team",
        "on each new claim: post it in #claims; hold it until the insurer's written "
        "decision, then email the customer",
        "when a visa form is filed, post it in #travel, wait for an acknowledgement from "
        "the embassy and then email the applicant",
        "When a quote is sent, post it in #sales, wait for the customer's signature (or "
        "their reply) — then email the account manager.",
    ],
)
def test_a_wait_for_a_word_sent_back_is_a_signal(text):
    actions = read(text)[1]
    assert "wait_for_signal" in actions and "wait" not in actions


def test_a_wait_with_a_span_stays_timed():
    text = "when a quote is sent, post it in #sales, wait for two days, then email the client"
    assert read(text)[1] == ["slack.post_message", "wait", "email.send"]


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "we ask that every Monday at 9 the open deals be pulled from Salesforce and "
            "posted in #sales",
            "0 9 * * 1",
            ["salesforce.query", "slack.post_message"],
        ),
        (
            "Each night at 2am the failed payments should be fetched from "
            "https://pay.example.com/api/failed → summarized → emailed to "
            "finance@shop.example.com",
            "0 2 * * *",
            ["http.request", "summarize", "email.send"],
        ),
        (
            "The partners ask that, on the 1st of every month at 7:00, all invoices that "
            "went unpaid last month be retrieved from Salesforce, summarised and emailed to "
            "partners@firm.example.com.",
            "0 7 1 * *",
            ["salesforce.query", "summarize", "email.send"],
        ),
        (
            "every weekday at 6am the overnight orders are to be retrieved from "
            "https://shop.example.com/api/orders and posted in #fulfilment",
            "0 6 * * 1-5",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_a_fetch_asked_for_in_the_passive_reads_its_source(text, cron, actions):
    assert read(text) == (cron, actions)


@pytest.mark.parametrize(
    "text",
    [
        "Recording label, just this once: pull the track names and BPMs out of the "
        "attached cue sheets and post them in #release.",
        "when a supplier invoice arrives by email, get the invoice number and due date out "
        "of the PDF → post them in #ap",
        "grab the names and phone numbers out of each new signup form; post them in #crm",
        "this one time only - fetch the order numbers out of the attached spreadsheet and "
        "post them in #ops",
    ],
)
def test_fields_taken_out_of_a_document_are_extracted(text):
    assert read(text) == (None, ["extract", "slack.post_message"])


def test_data_taken_out_of_a_system_is_fetched():
    assert read("every monday, pull the open deals out of Salesforce and post them in #sales")[
        1
    ] == ["salesforce.query", "slack.post_message"]
    assert read(
        "hourly: pull the error counts out of https://logs.example.com/api/errors and post "
        "them in #ops"
    )[1] == ["http.request", "slack.post_message"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every Friday at 5pm, email the coaches a recap of this week's attendance from "
            "the club dashboard API.",
            ["http.request", "summarize", "email.send"],
        ),
        (
            "Each morning at 7 — post a digest of overnight orders (from the sales dashboard "
            "API) in #ops",
            ["http.request", "summarize", "slack.post_message"],
        ),
        (
            "at 9am daily send the owners an overview of open tickets from "
            "https://help.example.com/api/reports/open by email",
            ["http.request", "summarize", "email.send"],
        ),
        (
            "Every Monday at 8, email the board a report on last week's sales from the "
            "summary API.",
            ["http.request", "generate_report", "email.send"],
        ),
    ],
)
def test_the_first_made_thing_named_is_made(text, actions):
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "I would like to request that the queue depth at https://mq.example.com/api/depth "
            "be fetched every 5 minutes, and that oncall@mq.example.com be emailed should it "
            "rise above 1000.",
            "*/5 * * * *",
            ["http.request", "check_status", "email.send"],
        ),
        (
            "we request that the stock levels at https://shop.example.com/api/stock be "
            "retrieved hourly, and that buyers@shop.example.com be emailed if any item falls "
            "below 10 units",
            "0 * * * *",
            ["http.request", "check_status", "email.send"],
        ),
        (
            "The trust requests that at 7am each weekday the rota be pulled from "
            "https://rota.example.org/api/today, and that the ward managers be emailed it at "
            "wards@trust.example.org.",
            "0 7 * * 1-5",
            ["http.request", "email.send"],
        ),
    ],
)
def test_a_second_thing_asked_that_be_done_is_a_step(text, cron, actions):
    assert read(text) == (cron, actions)


def test_and_that_with_no_thing_done_starts_no_step():
    assert read("every friday at 4pm post the rota in #ward, and that is all")[1] == [
        "slack.post_message"
    ]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every weekday at 7am email each driver their pickups for today", "0 7 * * 1-5"),
        ("At 6 each morning, send every nurse their appointments for the day.", "0 6 * * *"),
        (
            "each monday at 9 send the team their schedules for next week by email",
            "0 9 * * 1",
        ),
        (
            "Dance school: every Sunday at 5pm, email each teacher their classes for the "
            "coming week.",
            "0 17 * * 0",
        ),
    ],
)
def test_figures_named_with_their_period_after_them_are_fetched(text, cron):
    assert read(text) == (cron, ["http.request", "email.send"])


def test_a_thing_with_no_period_is_not_fetched():
    assert read("every sunday at 6pm email each tutor their weekly pay slip")[1] == ["email.send"]
