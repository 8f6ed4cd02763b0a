"""Round 37: verbless tests between arrows, classes named alone, places listed with "+"."""

import pytest

from tests.nl_parser.reading import read

FETCH_TEST_POST = ["http.request", "check_status", "slack.post_message"]
FETCH_TEST_EMAIL = ["http.request", "check_status", "email.send"]
FETCH_TEST_WEBHOOK = ["http.request", "check_status", "webhook.post"]


@pytest.mark.parametrize(
    "text",
    [
        "hourly: ping https://s.example.net/up, anything but 200 → email ops@s.example.net",
        "every 5 min GET https://a.example.org/up; anything other than a 200 — email a@b.org",
        "every 10 min hit https://x.example.io/up, any status except 204 -> email oc@x.example.io",
        "every hour call https://m.example.com/up; any code besides 200 => email it@m.example.com",
        "every 15 min poll https://q.example.com/live; non-200 → email sre@q.example.com",
    ],
)
def test_a_value_the_reading_must_not_have_is_a_test(text):
    assert read(text)[1] == FETCH_TEST_EMAIL


@pytest.mark.parametrize(
    "text",
    [
        "every 20 min read moisture from https://f.example.com/beds — below 30% → post in #growers",
        "every hour get the level from https://t.example.com/lvl \u2013 over 90% → post to #plant",
        "every 30 min fetch https://c.example.com/temp — above 8 °C -> message #kitchen",
        "every 10 min read pressure from https://b.example.com/p — under 2 bar; post in #boiler",
    ],
)
def test_a_bare_comparison_after_a_dash_tests_what_was_read(text):
    assert read(text)[1] == FETCH_TEST_POST


@pytest.mark.parametrize(
    "text",
    [
        "every 20 min GET https://w.example.com/wtg; any wtg reporting zero output → ops webhook",
        "every 5 min GET https://p.example.com/pumps; each pump showing an error → pager webhook",
        "every hour GET https://g.example.com/meters; any meter reading 0 -> the alerts webhook",
        "hourly GET https://i.example/gw; any gateway that reports no heartbeat → ops webhook",
    ],
)
def test_items_and_what_they_report_is_a_test(text):
    assert read(text)[1] == FETCH_TEST_WEBHOOK


@pytest.mark.parametrize(
    ("places", "tail"),
    [
        ("pager webhook + #signal-box", ["webhook.post", "slack.post_message"]),
        ("the pager webhook", ["webhook.post"]),
        ("the ops webhook and #noc", ["webhook.post", "slack.post_message"]),
        ("#ops + oncall@plant.example.com", ["slack.post_message", "email.send"]),
        ("alerts webhook & #floor", ["webhook.post", "slack.post_message"]),
    ],
)
def test_places_listed_without_a_verb_are_each_sent_to(places, tail):
    text = f"every 30 min GET https://p.example.com/boil; any boiler over 95 C → {places}"
    assert read(text)[1] == ["http.request", "check_status", *tail]


@pytest.mark.parametrize(
    "text",
    [
        "when a ticket arrives, tag it as billing / bug; bugs → POST to https://h.example.com/t; "
        "billing → email ar@example.com",
        "every hour pull https://desk.example.com/tickets; tag as billing / bug; bugs → POST to "
        "https://hooks.example.com/t; billing → email ar@example.com",
        "help-desk queue → every new request → tag as billing / bug / other → bugs -> POST to "
        "https://hooks.example.com/t; billing -> email ar@example.com",
    ],
)
def test_a_class_named_alone_after_a_sort_picks_the_items_of_the_next_step(text):
    assert read(text)[1][-5:] == [
        "classify",
        "check_status",
        "webhook.post",
        "check_status",
        "email.send",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "support inbox → each new ticket → summarize → #support",
        "the billing mailbox → every incoming email → summarize → post to #billing",
        "careers form; each new application → summarize → #hiring",
    ],
)
def test_where_items_arrive_named_first_is_a_heading(text):
    assert read(text) == (None, ["summarize", "slack.post_message"])


def test_near_misses_stay_as_they_were():
    # A bare event after the fetch names no state; a dash before picked items keeps them the
    # delivery's subset; a lone place after an item is still where it goes.
    assert read(
        "every hour GET https://shop.example.com/orders → new orders received → post in #sales"
    )[1] == ["http.request", "slack.post_message"]
    assert read(
        "Pull the expiring certs from https://pki.example.com/api/expiring every Monday at 9 and "
        "email it to sec@example.com — only the ones expiring within 30 days though."
    )[1] == ["http.request", "check_status", "email.send"]
    assert read("when a ticket arrives, tag it as billing / bug; bugs → #qa")[1] == [
        "classify",
        "check_status",
        "slack.post_message",
    ]
