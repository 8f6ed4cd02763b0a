"""Round 46: a window whose ends carry their own period ("from 9 in the morning until 9 at
night"), a cadence word on the last noun of a list taken "from each one" ("start date and monthly
rent from each one"), a purpose heading after asking or with a possessive ("Need this for
tomorrow's board pack: …"), and "if" after a verb of asking ("a note asking if anyone can …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read


# "From 9 in the morning until 9 at night": the period after each end places that end's hour.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From 9 in the morning until 9 at night, every half hour, check the car park"
            " occupancy at https://parking.example-centralsq.com/api/levels and fire the"
            " car-park-full signage webhook when occupancy is above 95%.",
            ("*/30 9-21 * * *", ["http.request", "check_status", "webhook.post"]),
        ),
        (
            "Between 6 in the morning and 8 at night, every half hour, read the humidity from"
            " https://sensors.example-fernhollownursery.com/api/humidity and trigger the misting"
            " webhook whenever it drops under 55%.",
            ("*/30 6-20 * * *", ["http.request", "check_status", "webhook.post"]),
        ),
        (
            "Between 7 in the morning and 10 at night, every 15 minutes, fetch"
            " https://queue.example-dentist.com/api/wait and post to #front-desk if the wait is"
            " over 20 minutes.",
            ("*/15 7-22 * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
        (
            "Every hour from 8 in the morning to 6 in the evening, pull the ticket count from"
            " https://help.example.io/api/count and email it to lead@example.io.",
            ("0 8-18 * * *", ["http.request", "email.send"]),
        ),
        (
            "Every 20 minutes from 5 in the morning until 2 in the afternoon, read"
            " https://bakery.example.com/api/oven and push it to the ovens webhook.",
            ("*/20 5-14 * * *", ["http.request", "webhook.post"]),
        ),
        (
            "From 10 in the morning till 11 at night, every 30 minutes, check"
            " https://bar.example.com/api/stock and post to #bar when any keg is below 10%.",
            ("*/30 10-23 * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
    ],
)
def test_a_window_end_is_placed_by_its_own_period(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# Windows and times without a period of their own read as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From 9am until 9pm, every half hour, check https://parking.example.com/api/levels"
            " and post to #parking if occupancy is above 95%.",
            ("*/30 9-21 * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
        (
            "Every half hour from 9 to 5, fetch https://help.example.io/api/queue and post it to"
            " #support.",
            ("*/30 9-17 * * *", ["http.request", "slack.post_message"]),
        ),
        (
            "At 7 in the morning and 7 in the evening, pull the feeding schedule from"
            " https://zoo.example.org/api/feeds and push it to the keepers webhook.",
            ("0 7,19 * * *", ["http.request", "webhook.post"]),
        ),
    ],
)
def test_windows_without_periods_are_unchanged(text, expected):
    assert read(text) == expected


# "… the tenant name, start date and monthly rent from each one": the last noun of a list, taken
# from each item, is a thing read; its cadence word is an adjective, no schedule.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Go through the 450 signed tenancy agreements in the shared drive and pull out the"
            " tenant name, start date and monthly rent from each one.",
            (None, ["extract"]),
        ),
        (
            "Read the 120 gym membership forms in the folder and extract the member name, join"
            " date and monthly fee from each one.",
            (None, ["extract"]),
        ),
        (
            "Go through the 60 insurance policies in the drive and pull out the holder, renewal"
            " date and yearly premium for every policy.",
            (None, ["extract"]),
        ),
        (
            "Extract the client, start date and weekly hours from each contract in the folder"
            " and post them to #staffing.",
            (None, ["extract", "slack.post_message"]),
        ),
        (
            "Pull out the supplier name, notice period and quarterly minimum for every supplier"
            " agreement in the folder.",
            (None, ["extract"]),
        ),
    ],
)
def test_a_cadence_word_on_a_listed_noun_taken_from_each_item_is_no_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# A cadence word that says when the run happens is still the schedule.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Send the monthly rent reminder to tenants@example.com on the 25th at 10am.",
            ("0 10 25 * *", ["email.send"]),
        ),
        (
            "Fetch the invoices from https://books.example.com/api/invoices and email them to"
            " ap@example.com monthly.",
            ("0 9 1 * *", ["http.request", "email.send"]),
        ),
    ],
)
def test_a_cadence_of_the_run_is_still_read(text, expected):
    assert read(text) == expected


# "Need this for tomorrow's board pack: …", "Just this once, for Monday's board pack: …": what the
# run is for, after asking or with a possessive for "the", is a heading and no step or date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Need this for tomorrow's board pack: query Salesforce for all open sponsorship"
            " opportunities for the film festival and build a report from them.",
            (None, ["salesforce.query", "generate_report"]),
        ),
        (
            "Just this once, for Monday's board pack: query Salesforce for every wholesale deal"
            " the coffee roastery closed in Q3, produce a report on them, email it to"
            " board@example-ridgeroast.coffee and drop a copy in #leadership.",
            (None, ["salesforce.query", "generate_report", "email.send", "slack.post_message"]),
        ),
        (
            "For Friday's investor update: pull the closed-won deals from Salesforce and"
            " summarize them.",
            (None, ["salesforce.query", "summarize"]),
        ),
        (
            "I need this for next week's audit: fetch https://ledger.example.com/api/entries and"
            " email them to audit@example.com.",
            (None, ["http.request", "email.send"]),
        ),
        (
            "We need it for the quarterly review: query the CRM for all renewals due in Q4 and"
            " generate a report.",
            (None, ["salesforce.query", "generate_report"]),
        ),
        (
            "Want this for Dana's handover: pull the open tickets from"
            " https://help.example.io/api/tickets and post them to #support.",
            (None, ["http.request", "slack.post_message"]),
        ),
        (
            "For last month's close: pull the unpaid invoices from"
            " https://books.example.com/api/invoices and email them to ap@example.com.",
            (None, ["http.request", "email.send"]),
        ),
    ],
)
def test_a_purpose_after_asking_or_with_a_possessive_is_a_heading(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# "drop a note in #volunteers asking if anyone can cover …": the "if" after a verb of asking
# opens the question the message puts; it tests nothing and needs no fetch.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At 18:00 on Sundays, drop a note in #hospice-volunteers asking if anyone can cover"
            " the open shifts nex week.",
            ("0 18 * * 0", ["slack.post_message"]),
        ),
        (
            "Every Friday at 3pm, email volunteers@example.org asking them if they can help at"
            " Saturday's market.",
            ("0 15 * * 5", ["email.send"]),
        ),
        (
            "Every weekday at 8am, ping #drivers asking if someone can cover route 7 today.",
            ("0 8 * * 1-5", ["slack.post_message"]),
        ),
        (
            "Every Sunday at 18:00, post a message in #volunteers asking people if they are free"
            " next week.",
            ("0 18 * * 0", ["slack.post_message"]),
        ),
        (
            "On the 1st of every month at 10am, text the tenants through the SMS webhook asking"
            " the residents if they have any repairs to report.",
            ("0 10 1 * *", ["webhook.post"]),
        ),
        (
            "Each Wednesday at noon, send a message to #lunch-club wondering if anyone wants to"
            " order pizza.",
            ("0 12 * * 3", ["slack.post_message"]),
        ),
        (
            "When a customer asks if their order has shipped, email them the tracking link.",
            (None, ["email.send"]),
        ),
    ],
)
def test_if_after_a_verb_of_asking_is_the_question_put(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# An "if" that is not what is asked still tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every 10 minutes, check https://api.example.com/status and post in #ops asking for"
            " help if it is down.",
            ("*/10 * * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
        (
            "Every hour, check https://api.example.com/queue and ask #ops to look if it is above"
            " 500.",
            ("0 * * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
        (
            "At 18:00 on Sundays, drop a note in #hospice-volunteers if any shift is still open.",
            ("0 18 * * 0", ["http.request", "check_status", "slack.post_message"]),
        ),
    ],
)
def test_an_if_not_asked_still_tests(text, expected):
    assert read(text) == expected
