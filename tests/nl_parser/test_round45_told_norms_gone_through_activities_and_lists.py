"""Round 45: a story sentence that measures things against a norm ("more than they should") or
names a medium inside a compound ("free-text emails"), "go through" after the request ("could you
go through the emails"), a heading that names an activity ("route setting -> …"), and a list
shown in a place ("list to #setters")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read


# "drop offline more than they should", "all came in as free-text emails": the story asks for
# nothing; a modal after "than" is a norm compared, and "free-text" a compound's noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We run 14 self-service laundromats and the card terminals drop offline more than"
            " they should — last month one was down a whole weekend before anyone noticed. Every"
            " 30 minutes, could you check https://terminals.example-washnfold.com/api/status and,"
            " if any terminal reports offline, text our field engineer through the SMS webhook?"
            " Thanks!",
            ("*/30 * * * *", ["http.request", "check_status", "webhook.post"]),
        ),
        (
            "Our greenhouse fans trip more often than we'd like. Every 15 minutes, fetch"
            " https://greenhouse.example.org/api/fans and, if any fan is down, post to"
            " #growers.",
            ("*/15 * * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
        (
            "My invoices take longer to reconcile than they should. Every Friday at 4pm, pull the"
            " unpaid invoices from https://books.example.com/api/invoices and email a summary to"
            " me@example.com.",
            ("0 16 * * 5", ["http.request", "summarize", "email.send"]),
        ),
        (
            "We get far more support tickets than we can answer in a day. Every morning at 8,"
            " query https://help.example.io/api/tickets, classify them by urgency and post the"
            " breakdown to #support.",
            ("0 8 * * *", ["http.request", "classify", "slack.post_message"]),
        ),
        (
            "Our caterer is doing a 180-guest wedding next month and the RSVPs all came in as"
            " free-text emails. Could you go through the 180 RSVP emails in the catering inbox"
            " once, pull out each guest's name, dietary requirement and any allergy notes, and"
            " push the lot to the kitchen-planning webhook?",
            (None, ["extract", "webhook.post"]),
        ),
        (
            "Our volunteers log their hours as plain-text messages. Every Sunday at 6pm, fetch"
            " https://club.example.org/api/hours and email the totals to coordinator@example.org.",
            ("0 18 * * 0", ["http.request", "email.send"]),
        ),
    ],
)
def test_a_story_that_compares_or_names_a_medium_asks_for_nothing(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# "Could you go through the 180 RSVP emails …": the request before "go through" opens it as it
# opens any step; the items gone through are what the steps after run on.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Could you go through the 40 expense emails in the finance inbox, extract the amount"
            " and merchant from each, and post them to #finance?",
            (None, ["extract", "slack.post_message"]),
        ),
        (
            "Please work through the 60 scanned delivery notes, pull out each order number and"
            " send the list to stores@example.com.",
            (None, ["extract", "email.send"]),
        ),
        (
            "Can you comb through the exported reviews, classify each as praise or complaint and"
            " post the breakdown to #cx.",
            (None, ["classify", "slack.post_message"]),
        ),
        (
            "I'd like you to read through the handover notes, summarize them and email the"
            " summary to nights@example.com.",
            (None, ["summarize", "email.send"]),
        ),
    ],
)
def test_go_through_after_the_request_makes_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# "route setting -> every Mon 06:15 -> …": a noun and the gerund of the work done to it name
# the work, however verb-like the noun; "list to #setters" posts the classified list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "route setting -> every Mon 06:15 -> GET https://walls.example-cragclimb.com/api/"
            "routes/current -> classify each route as keep, reset soon or strip now -> list to"
            " #setters",
            ("15 6 * * 1", ["http.request", "classify", "slack.post_message"]),
        ),
        (
            "stock taking -> every Sunday 20:00 -> GET https://shop.example.com/api/stock ->"
            " summarize -> post to #store",
            ("0 20 * * 0", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "lead scoring >> daily 07:30 >> query Salesforce for new leads >> score each as hot,"
            " warm or cold >> list them in #sales",
            ("30 7 * * *", ["salesforce.query", "classify", "slack.post_message"]),
        ),
        (
            "invoice chasing -> every weekday 9am -> fetch https://books.example.com/api/overdue"
            " -> email the list to ar@example.com",
            ("0 9 * * 1-5", ["http.request", "email.send"]),
        ),
        (
            "Every Monday at 8, fetch the open bugs from https://bugs.example.com/api/open,"
            " classify each by severity and show them in #eng.",
            ("0 8 * * 1", ["http.request", "classify", "slack.post_message"]),
        ),
    ],
)
def test_a_heading_that_names_an_activity_and_a_list_shown_in_a_place(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


# Near cases that must not change: a story that asks ("we'd like you to …"), an imperative
# heading word ("stop sending -> …" stays a step), "list" with no place.
def test_a_story_that_asks_is_still_read():
    text = (
        "We'd like you to fetch https://greenhouse.example.org/api/fans every 15 minutes and, if"
        " any fan is stopped, post to #growers."
    )
    assert read(text) == ("*/15 * * * *", ["http.request", "check_status", "slack.post_message"])


def test_a_comparison_in_the_request_stays_a_test():
    text = (
        "Every hour, fetch https://api.example.com/queue and, if the queue is longer than it"
        " should be, post to #ops."
    )
    assert read(text)[1][0] == "http.request"
    assert "slack.post_message" in read(text)[1]


def test_list_with_no_place_is_no_delivery_read_from_the_verb():
    text = (
        "Every Monday at 9, list the overdue invoices from https://books.example.com/api/overdue."
    )
    assert "slack.post_message" not in read(text)[1]


def test_a_story_sentence_that_also_asks_is_not_blanked():
    text = (
        "Our fans trip more often than they should, so please email me@example.com whenever"
        " https://greenhouse.example.org/api/fans reports one down. Thanks."
    )
    assert "email.send" in read(text)[1]
