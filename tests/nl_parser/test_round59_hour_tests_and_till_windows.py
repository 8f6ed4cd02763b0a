"""Round 59: "if it's after 10pm" tests the hour the run happens at (a condition, not a daily
run at 22:00), and "8am till 8pm" after an interval is its window, as "8am to 8pm" is."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, H, E = "check_status", "http.request", "email.send"
S, W = "slack.post_message", "webhook.post"

# "if it's after 10pm", "when the time is past 18:00": the clock now, against a time of day.
HOUR_TESTS = [
    (
        "When a lockout call comes in to Keyright Locksmiths, text the nearest locksmith through"
        " the dispatch webhook if it's after 10pm; otherwise post the job in #daytime-jobs.",
        (None, [C, W, C, S]),
    ),
    (
        "Whenever a burst-pipe report arrives at Aqua Plumbing, page the emergency plumber via"
        " the on-call webhook if it is past 9pm; otherwise email it to"
        " office@example-aquaplumbing.com.",
        (None, [C, W, C, E]),
    ),
    (
        "When a new order comes in, post it in #night-orders if it's gone 6pm.",
        (None, [C, S]),
    ),
    (
        "When a support ticket is created, if it's before 8am email it to"
        " oncall@example-helpdesk.com, otherwise post it in #support.",
        (None, [C, E, C, S]),
    ),
    (
        "Every 30 minutes, fetch https://api.example-bakery.com/queue and if the time is after"
        " 18:00, post the count to #evening-ops.",
        ("*/30 * * * *", [H, C, S]),
    ),
    (
        "When a guest checks in at the Harbour Hotel, message the night porter in #night-desk if"
        " it's later than 11pm.",
        (None, [C, S]),
    ),
]


@pytest.mark.parametrize("text, expected", HOUR_TESTS)
def test_the_hour_now_is_a_test_not_a_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same instructions with no hour in the test, or the hour as the run's own time
        (
            "When a lockout call comes in to Keyright Locksmiths, text the nearest locksmith"
            " through the dispatch webhook if it's urgent; otherwise post the job in"
            " #daytime-jobs.",
            (None, [C, W, C, S]),
        ),
        ("Every day at 10pm, post the day's orders in #orders.", ("0 22 * * *", [S])),
        (
            "At 10pm every day, fetch https://status.example.com/api and if it's down, fire the"
            " alert webhook.",
            ("0 22 * * *", [H, C, W]),
        ),
        # a time of an act on the item is still that act's ("placed after 1pm")
        (
            "If an order was placed after 1pm, email dispatch@example-shop.com.",
            (None, [C, E]),
        ),
        ("When a support ticket is opened after 6pm, page the on-call webhook.", (None, [C, W])),
        ("When a badge is used after midnight, post it in #security.", (None, [C, S])),
        # "is down after 10 minutes": a span after a state is still a wait
        (
            "Every day at 9am, check https://status.example.com and if it is down after 10"
            " minutes, fire the alert webhook.",
            ("0 9 * * *", [H, "wait", C, W]),
        ),
    ],
)
def test_other_times_keep_their_reading(text, expected):
    assert read(text) == expected


# "8am till 8pm", "9am until 5pm" after an interval: its window, joined as "to" joins it.
TILL_WINDOWS = [
    (
        "every 10 mins 8am till 8pm hit https://lanes.example-strikezonebowl.com/api/pinsetters n"
        " if any pinsetter reports a jam fire the mechanic webhook",
        ("*/10 8-20 * * *", [H, C, W]),
    ),
    (
        "every 15 minutes 9am until 5pm check https://status.example-kiln.com/api and post to"
        " #kiln if it's down",
        ("*/15 9-17 * * *", [H, C, S]),
    ),
    (
        "every 2 hours 6am til 10pm fetch https://api.example-greengrocer.com/stock and post it"
        " in #stock",
        ("0 6-22/2 * * *", [H, S]),
    ),
    (
        "hourly 7am until 7pm ping https://status.example-ferry.com/health and if it's down fire"
        " the alert webhook",
        ("0 7-19 * * *", [H, C, W]),
    ),
    (
        "pull https://api.example-laundrette.com/machines every 20 min 7:30am till 9:30pm and"
        " email the broken ones to fix@example-laundrette.com",
        ("*/20 7-21 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize("text, expected", TILL_WINDOWS)
def test_till_joins_an_intervals_window(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    "text, expected",
    [
        # an interval with no window, and one with "from … until …", read as before
        (
            "every 10 minutes check https://status.example.com and post to #ops",
            ("*/10 * * * *", [H, S]),
        ),
        (
            "every 10 minutes from 8am until 8pm check https://status.example.com and post to #ops",
            ("*/10 8-20 * * *", [H, S]),
        ),
        # no interval: a time "till" another is no window of runs
        ("at 8am post the rota in #crew", ("0 8 * * *", [S])),
    ],
)
def test_windows_without_till_keep_their_reading(text, expected):
    assert read(text) == expected
