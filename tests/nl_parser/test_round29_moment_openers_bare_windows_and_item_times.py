"""Round 29: "the moment …" as "as soon as", bare hour windows, day abbreviations before a time,
"both" opening an object, and a time that belongs to an item ("an 11pm curfew")."""

from tests.nl_parser.reading import cron_of, read


def test_a_bare_am_pm_window_bounds_an_interval():
    assert cron_of("every 3 hours 9am-9pm, GET https://tank.example.org/api/level") == (
        "0 9-21/3 * * *"
    )
    assert cron_of("every 30 minutes 7:30am to 6pm GET https://tank.example.org/api/level") == (
        "*/30 7-18 * * *"
    )


def test_an_interval_without_a_window_keeps_every_hour():
    assert cron_of("every 3 hours, GET https://tank.example.org/api/level") == "0 */3 * * *"


def test_a_lower_case_day_abbreviation_before_a_clock_time_is_the_run_day():
    assert cron_of("thu 7:45am: post 'standup moved to the big room' in #eng") == "45 7 * * 4"
    assert cron_of("sat at 10:00 email the rota to crew@example.org") == "0 10 * * 6"


def test_a_day_abbreviation_that_is_a_word_stays_a_word():
    assert cron_of("post 'we sat down with legal' in #news every day at 9am") == "0 9 * * *"


def test_both_opens_the_object_of_a_step_after_a_test():
    assert read("if the nightly backup fails text both owners via the SMS webhook") == (
        None,
        ["check_status", "webhook.post"],
    )


def test_a_time_between_an_article_and_a_noun_is_the_items_when_another_time_is_the_runs():
    text = "we have a 6pm close. at 5:30pm every weekday post 'closing soon' in #floor"
    assert cron_of(text) == "30 17 * * 1-5"


def test_an_items_time_with_no_other_time_is_still_the_run_time():
    assert cron_of("every day post a 5pm reminder in #floor") == "0 17 * * *"


def test_the_moment_opens_a_test_like_as_soon_as():
    assert read("the moment the freezer rises above -10°C, alert #kitchen") == (
        None,
        ["check_status", "slack.post_message"],
    )
    text = "the instant our queue depth passes 500, page the on-call via the pager webhook"
    assert read(text) == (None, ["check_status", "webhook.post"])


def test_the_minute_before_a_bare_event_stays_untested():
    assert read("the minute a refund is requested, email billing@example.org") == (
        None,
        ["email.send"],
    )


def test_the_moment_as_a_noun_opens_nothing():
    assert read("wait for the moment of calm, then post 'done' in #x")[1] == [
        "wait",
        "slack.post_message",
    ]
