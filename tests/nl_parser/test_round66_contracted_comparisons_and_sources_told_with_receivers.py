"""Round 66: a noun's "'s" before a comparison ("if the swell's under half a metre tell …") is
"is" typed short, and a source told after the request with where its receivers are reached ("its
at https://… and they're all on bakers@…")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C = "http.request", "email.send", "slack.post_message", "check_status"

# "if the swell's under half a metre tell #instructors …": a possessive "'s" needs its noun after
# it, so before "under", "over", "above", "less than" … it is "is"; the test then reads its
# comparison, and the step after it starts with no comma.
CONTRACTED_COMPARISONS = [
    (
        "every sat 6:15am grab the swell + wind readings from"
        " https://surf.example-porthgwarrasurf.co.uk/api/conditions n if the swell's under half a"
        " metre tell #instructors its flat-water drills today",
        ("15 6 * * 6", [H, C, S]),
    ),
    (
        "every morning at 7 fetch the tank levels from https://farm.example.com/api/tanks and if"
        " the water tank's below 20% email ops@farm.example.com",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "every 15 minutes check https://status.example.com/api/queue n if the queue's over 500"
        " post in #oncall that the backlog is growing",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "at 6pm on weekdays grab the balance from https://bank.example.com/api/balance and if the"
        " account's less than 1000 tell #finance to top it up",
        ("0 18 * * 1-5", [H, C, S]),
    ),
    (
        "hourly pull the readings from https://pool.example.org/api/temp; if the pool's above 30"
        " degrees, email the lifeguards at guards@pool.example.org",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "each friday at noon get the stock from https://shop.example.com/api/stock and when the"
        " flour's at most 5 bags message #bakery to reorder",
        ("0 12 * * 5", [H, C, S]),
    ),
]

# "can u send the wekly rota to the bakers …? its at https://… and they're all on bakers@…":
# "its" before a preposition is "it's" (a possessive "its" needs its noun), so the sentence
# says where the data lives; the address after it is where the receivers are reached.
SOURCES_TOLD_WITH_RECEIVERS = [
    (
        "can u send the wekly rota to the bakers every sunday at 7pm? its at"
        " https://staff.example-crumbandcrust.co.uk/api/rota and they're all on"
        " bakers@example-crumbandcrust.co.uk",
        ("0 19 * * 0", [H, E]),
    ),
    (
        "could you email the menu to the waiters every friday at 5pm? its at"
        " https://cafe.example.com/api/menu and they're on waiters@cafe.example.com",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "please send the on-call list to the nurses every monday at 8am. it's on"
        " https://ward.example.org/api/oncall and they are all at nurses@ward.example.org",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "send the shift plan to the drivers each weekday at 6am. its at"
        " https://fleet.example.com/api/shifts and the drivers are all on"
        " drivers@fleet.example.com",
        ("0 6 * * 1-5", [H, E]),
    ),
    (
        "every sunday at 7pm send the rota to the bakers. its at https://bake.example.com/api/rota."
        " they're all on bakers@bake.example.com",
        ("0 19 * * 0", [H, E]),
    ),
    (
        "can you send the timetable to the coaches every thursday at 4pm? its in"
        " https://club.example.com/api/timetable, and everyone's on coaches@club.example.com",
        ("0 16 * * 4", [H, E]),
    ),
]

# Near cases that keep their reading: a possessive "'s" with its noun, the test left out, "its"
# before its noun, a source told with no address.
UNCHANGED = [
    (
        "every monday at 9 fetch the orders from https://shop.example.com/api/orders and if the"
        " customer's order is over 500 email vip@shop.example.com",
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "every sat 6:15am grab the swell readings from https://surf.example.com/api/conditions"
        " and tell #instructors the readings",
        ("15 6 * * 6", [H, S]),
    ),
    (
        "can u send the weekly rota to #bakers every sunday at 7pm? its at"
        " https://staff.example.com/api/rota",
        ("0 19 * * 0", [H, S]),
    ),
    (
        "can u email the weekly rota to the bakers every sunday at 7pm? it's at"
        " https://staff.example.com/api/rota and their list is bakers@example.com",
        ("0 19 * * 0", [H, E]),
    ),
    (
        "every day at 9 fetch https://shop.example.com/api/store and email its totals to"
        " boss@shop.example.com",
        ("0 9 * * *", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTED_COMPARISONS)
def test_a_nouns_s_before_a_comparison_is_is(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), SOURCES_TOLD_WITH_RECEIVERS)
def test_a_source_told_later_with_the_receivers_address(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "nothing emails" in d or "action" in d]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
