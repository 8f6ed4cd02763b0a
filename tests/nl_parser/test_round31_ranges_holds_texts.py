"""Round 31: dashed month ranges and hour windows, one-off months, holds, texts and ratings."""

from tests.nl_parser.reading import cron_of, read


def test_lower_case_month_range_with_en_dash_limits_the_months():
    text = (
        "ski school, nov\u2013feb only: post the lesson roster in #instructors every monday at 7am"
    )
    assert cron_of(text) == "0 7 * 1,2,11,12 1"


def test_month_range_after_a_determiner_stays_the_data():
    text = "Every Monday at 9, email the jan-mar figures to ops@example.com"
    assert cron_of(text) == "0 9 * * 1"


def test_hour_window_with_am_pm_on_the_last_end_only():
    text = "every 10 min 6\u20139pm, GET https://rink.example.com/api/ice and post it in #rink"
    assert cron_of(text) == "*/10 18-21 * * *"


def test_hour_window_crossing_noon_keeps_the_first_end_in_the_morning():
    text = "every 15 min 11-2pm, GET https://deli.example.com/api/queue and post it in #deli"
    assert cron_of(text) == "*/15 11-14 * * *"


def test_one_off_run_reads_a_month_alone_as_the_data():
    text = (
        "one-off: pull the invoices we sent in June from https://x.example.com/api/inv "
        "and email them to a@example.com"
    )
    assert read(text) == (None, ["http.request", "email.send"])


def test_month_alone_without_one_off_is_still_a_schedule():
    text = (
        "Pull the sign-ups from https://x.example.com/api/signups in June and email them "
        "to a@example.com"
    )
    assert cron_of(text) is not None


def test_hold_it_until_someone_gives_the_green_light_waits_for_a_person():
    text = (
        "When a grant draft is uploaded, hold it until the lead editor gives the green "
        "light, then email it to grants@example.org."
    )
    assert read(text)[1] == ["wait_for_signal", "email.send"]


def test_keep_it_on_hold_until_someone_approves_waits_for_a_person():
    text = (
        "When an expense claim comes in, keep it on hold until the finance lead approves "
        "it, then post it in #expenses."
    )
    assert read(text)[1] == ["wait_for_signal", "slack.post_message"]


def test_hold_it_until_a_time_is_still_a_timed_wait():
    text = "When an invoice arrives, hold it until the morning, then email it to a@example.com"
    assert read(text)[1] == ["wait", "email.send"]


def test_receiver_then_thing_sent_after_a_classification_picks_no_class():
    text = "When a paper is submitted, tag it as poster or talk, then email the author a receipt."
    assert read(text)[1] == ["classify", "email.send"]


def test_text_someone_with_no_medium_is_an_sms_webhook():
    text = "Whenever a ferry is cancelled, text the passengers booked on it."
    assert read(text)[1][-1] == "webhook.post"


def test_email_someone_with_no_medium_stays_an_email():
    text = "Whenever a ferry is cancelled, tell the passengers booked on it."
    assert read(text)[1][-1] == "email.send"


def test_errand_asked_in_a_text_is_no_step():
    text = (
        "When a tailored suit is ready, text the customer via the SMS webhook to come and "
        "pick it up."
    )
    assert read(text)[1] == ["webhook.post"]


def test_rate_each_item_with_listed_grades_classifies():
    text = (
        "Every Monday at 8, pull the calls from https://x.example.com/api/calls, rate "
        "each call good, fair or poor and post them in #qa"
    )
    assert read(text)[1] == ["http.request", "classify", "slack.post_message"]


def test_rate_each_item_without_grades_stays_unclassified():
    text = (
        "Every Monday at 8, pull the calls from https://x.example.com/api/calls, rate "
        "each one and post them in #qa"
    )
    assert "classify" not in read(text)[1]
