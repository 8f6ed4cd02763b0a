"""Round 35: spoken take-backs, days that name items, day lists before times, hour windows."""

from tests.nl_parser.reading import cron_of, read


def test_hang_on_corrects_the_day_and_its_reason_is_no_schedule():
    text = (
        "post the stock-take list in #warehouse every friday 7am — hang on, thursdays, "
        "we're closed on fridays"
    )
    assert cron_of(text) == "0 7 * * 4"


def test_bracketed_no_corrects_the_time():
    assert cron_of("every Monday at 07:15 (no, 07:45), post the rota in #kitchen") == "45 7 * * 1"


def test_plural_noun_reason_after_a_correction_is_no_step():
    text = (
        "every Monday at 06:00, query Salesforce for the open deals and email them to "
        "fin@acme.example.com — make that Tuesdays, reps update their pipelines late."
    )
    assert read(text) == ("0 6 * * 2", ["salesforce.query", "email.send"])


def test_change_that_with_rather_than_a_medium_drops_the_email():
    text = (
        "Every weekday at 10:00, summarise the open incidents and email the summary to "
        "ops@acme.example.com. Change that: post it in #incidents rather than emailing."
    )
    assert read(text) == ("0 10 * * 1-5", ["summarize", "slack.post_message"])


def test_day_number_before_a_list_of_months_is_each_months_day():
    assert cron_of("On 12 March, June, September and December at 07:30, run the audit") == (
        "30 7 12 3,6,9,12 *"
    )


def test_joined_abbreviated_days_before_a_comma_and_times():
    assert cron_of("mon & wed, 8:10 and 16:10, post 'gates open' in #lot") == "10 8,16 * * 1,3"


def test_hourly_window_before_weekdays():
    assert cron_of("hourly 8-18 weekdays: GET https://api.example.com/health") == ("0 8-18 * * 1-5")


def test_day_between_a_determiner_and_a_noun_names_the_items():
    text = "every Thursday at 4pm, remind the Sunday stewards which gates they cover"
    assert cron_of(text) == "0 16 * * 4"


def test_near_miss_an_indefinite_day_before_a_noun_stays_in_doubt():
    # "a Saturday list" may be any Saturday's: the day is kept, and doubted.
    text = (
        "Every Friday at 3pm, email crew@example.com a Saturday list from https://r.example.com/b."
    )
    assert cron_of(text) == "0 15 * * 5,6"


def test_near_miss_a_determined_day_alone_stays_the_run():
    # No other day says when the run is, so "the Monday report" keeps Monday.
    assert cron_of("send the Monday report at 9am to boss@acme.example.com") == "0 9 * * 1"


def test_near_miss_bare_hour_range_before_other_words_is_no_window():
    # "9-17 items" is a count, not the hours an interval runs in.
    assert cron_of("hourly, fetch 9-17 items from https://api.example.com/q") == "0 * * * *"
