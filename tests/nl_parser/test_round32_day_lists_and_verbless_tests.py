"""Round 32: joined lower-case days before a clock time, a time of the items' act, and verbless
tests ("60%+", "at 28F or colder", "above the safe limit")."""

from tests.nl_parser.reading import cron_of, read


def test_days_joined_by_plus_before_a_clock_time_are_all_run_days():
    assert cron_of("bakery: tue + thu at 4am, post the dough counts in #bakers") == "0 4 * * 2,4"


def test_lower_case_list_of_days_before_a_clock_time():
    text = "gym — tue, thu, sat at 7:15am: pull the class list from https://gym.example.com/c"
    assert cron_of(text) == "15 7 * * 2,4,6"


def test_lower_case_day_word_without_a_clock_time_stays_a_word():
    # "sat" with no clock time after it is the verb, not Saturday.
    assert cron_of("every day at 9am, email the list of people who sat the exam") == "0 9 * * *"


def test_time_of_the_items_act_is_not_a_run_time():
    text = (
        "every evening at 20:00, pull tomorrow's checkouts from https://inn.example.com/out "
        "and email desk@inn.example.com the guests leaving before 6am"
    )
    assert cron_of(text) == "0 20 * * *"


def test_value_with_a_plus_is_a_verbless_test():
    text = (
        "every hour read https://wx.example.com/now; wind gust 50 mph+ → "
        "text the skipper via the SMS webhook"
    )
    assert read(text)[1] == ["http.request", "check_status", "webhook.post"]


def test_value_or_colder_is_a_verbless_test():
    text = (
        "every 30 min read https://farm.example.com/t; orchard at 31F or colder → "
        "POST to the fan webhook"
    )
    assert read(text)[1] == ["http.request", "check_status", "webhook.post"]


def test_comparison_with_a_named_limit_is_a_verbless_test():
    text = (
        "every 5 min poll https://plant.example.com/p; boiler pressure over the safe limit → "
        "pager webhook"
    )
    assert read(text)[1] == ["http.request", "check_status", "webhook.post"]


def test_bare_event_between_arrows_stays_untested():
    text = "every 5 min poll https://plant.example.com/p; new reading received → pager webhook"
    assert "check_status" not in read(text)[1]
