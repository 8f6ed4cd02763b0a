"""A verbless comparison or state between steps guards the step after it (round 31)."""

from tests.nl_parser.reading import read

FETCH, TEST = "http.request", "check_status"


def test_a_reading_below_a_value_between_arrows_guards_the_next_step():
    text = (
        "every hour -> GET https://x.example.com/api/tanks -> water level below 40% -> slack #ops"
    )
    assert read(text)[1] == [FETCH, TEST, "slack.post_message"]


def test_a_reading_outside_its_band_guards_the_next_step():
    text = (
        "every 15 min; GET "
        "https://x.example.com/api/pool; chlorine outside 1\u20133 → email pool@x.example.com"
    )
    assert read(text)[1] == [FETCH, TEST, "email.send"]


def test_a_count_written_n_plus_guards_the_next_step():
    text = (
        "every 10 min, GET "
        "https://x.example.com/api/queues; queue with 20+ waiting calls → post in #support"
    )
    assert read(text)[1] == [FETCH, TEST, "slack.post_message"]


def test_a_state_not_reached_in_a_span_guards_the_next_step():
    text = (
        "every hour, GET "
        "https://x.example.com/api/tickets; urgent ticket not answered in 2h+ → post in #support"
    )
    assert read(text)[1] == [FETCH, TEST, "slack.post_message"]


def test_then_after_a_comparative_and_before_a_number_reads_as_than():
    text = (
        "every hour, pull room temps from "
        "https://x.example.com/api/rooms, any room hotter then 28°C → post in #facilities"
    )
    assert read(text)[1] == [FETCH, TEST, "slack.post_message"]


def test_a_plus_sign_adds_a_second_medium_as_plus_does():
    text = (
        "every hour; GET "
        "https://x.example.com/api/ovens; oven over 250 C → "
        "email chef@x.example.com + kitchen webhook"
    )
    assert read(text)[1] == [FETCH, TEST, "email.send", "webhook.post"]


def test_a_passive_delivery_told_as_done_is_a_step_with_its_trailing_test():
    text = (
        "Every Monday at 7, the stock counts are retrieved from https://x.example.com/api/stock "
        "and a reorder request is sent to the wholesaler's webhook for any item below 10 units."
    )
    assert read(text)[1] == [FETCH, TEST, "webhook.post"]


def test_a_bare_event_between_arrows_stays_untested():
    text = (
        "every hour -> GET https://x.example.com/api/orders -> new orders received -> slack #orders"
    )
    assert TEST not in read(text)[1]


def test_a_sentence_telling_how_things_are_stays_untested():
    text = (
        "Our freezers are usually below -18 C. Every hour, GET "
        "https://x.example.com/api/f and post it in #ops."
    )
    assert TEST not in read(text)[1]
