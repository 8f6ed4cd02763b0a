"""Round 33: a named hour or "through" in an interval's window, days before an interval, a
state held a span past another's moment, and a day's times sent with no source."""

from tests.nl_parser.reading import cron_of, read


def test_named_hour_opens_an_interval_window():
    text = "every 20 min midday\u20139pm: GET https://rink.example.com/api/ice; post it in #rink"
    assert cron_of(text) == "*/20 12-21 * * *"


def test_through_joins_first_and_last_runs():
    text = (
        "At ten past every hour, 7:10am through 5:10pm, fetch https://a.example.com/q and post "
        "it in #q."
    )
    assert cron_of(text) == "10 7-17 * * *"


def test_minutes_past_the_hour_in_words():
    text = "At twenty past every hour, fetch https://a.example.com/q and post it in #q."
    assert cron_of(text) == "20 * * * *"


def test_joined_days_before_an_interval():
    text = "fri+sat every 15 min 6pm\u201311pm: GET https://bar.example.com/api/queue → slack #door"
    assert cron_of(text) == "*/15 18-23 * * 5,6"


def test_state_held_a_span_past_a_moment_is_a_test():
    text = (
        "every hour: GET https://vans.example.com/api/out; any van still out 2 hours after "
        "closing → email depot@vans.example.com"
    )
    assert read(text)[1] == ["http.request", "check_status", "email.send"]


def test_bare_state_stays_untested():
    text = (
        "every hour: GET https://vans.example.com/api/out; any van out → email "
        "depot@vans.example.com"
    )
    assert read(text)[1] == ["http.request", "email.send"]


def test_a_days_times_sent_with_no_source_are_fetched():
    text = "Every morning at 5:30, send the fishing crew today's sunrise times."
    context = {"availableTools": ["http.request", "slack.post_message"]}
    assert read(text, context)[1] == ["http.request", "slack.post_message"]


def test_a_rota_at_hand_is_not_fetched():
    text = "Every Friday at 5pm, post the day's bar rota in #ops."
    assert read(text)[1] == ["slack.post_message"]
