"""Round 36: deliveries written around their recipient, repeated reads and told stories."""

from tests.nl_parser.reading import cron_of, read


def test_apostrophe_inside_a_quotation_stays_in_the_message():
    text = "every Monday at 7am post 'this week's rota is up' in #kitchen"
    assert read(text) == ("0 7 * * 1", ["slack.post_message"])


def test_pinged_through_a_webhook_is_a_message():
    text = "If the queue is longer than 50, ping the floor manager through the pager webhook."
    assert read(text)[1] == ["check_status", "webhook.post"]


def test_ping_of_an_endpoint_is_still_a_request():
    text = "every hour ping the status endpoint and alert #ops if it is down"
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


def test_one_more_thing_posted_before_the_place():
    text = "When a volunteer signs up, post their name and postcode in #volunteers."
    assert read(text)[1] == ["slack.post_message"]


def test_a_list_got_for_people_is_sent_to_them():
    text = (
        "Every Monday at 8am, get the duty managers a list of yesterday's newly submitted "
        "applications."
    )
    assert read(text) == ("0 8 * * 1", ["http.request", "email.send"])


def test_getting_a_list_from_a_url_is_only_a_fetch():
    text = "every morning get the list of admissions from https://ward.example.com/api/admissions"
    assert read(text)[1] == ["http.request"]


def test_records_of_a_period_are_read_before_they_are_told():
    text = "Every Thursday at 6pm, let the squad know the weekend's fixtures."
    assert read(text) == ("0 18 * * 4", ["http.request", "email.send"])


def test_a_status_participle_without_newly_still_filters():
    text = "every Friday at 5pm send the team a list of the cancelled orders from https://shop.example.com/api/orders"
    assert read(text)[1] == ["http.request", "check_status", "email.send"]


def test_a_read_done_again_after_a_wait_is_a_step():
    text = (
        "whenever a cooler logger reads above 8°C, wait 10 minutes, re-check "
        "https://coolers.example.com/api/latest, and if it's still above 8°C, email "
        "ops@coolers.example.com."
    )
    assert read(text)[1] == ["check_status", "wait", "http.request", "check_status", "email.send"]


def test_a_story_of_others_emailing_the_teller_is_no_step():
    text = (
        "So our lab runs the assays overnight and clients email us at 9am asking for results. "
        "At 7:15 every weekday, pull the results from https://lab.example.com/api/assays and "
        "email them to clients@lab.example.com."
    )
    assert read(text) == ("15 7 * * 1-5", ["http.request", "email.send"])


def test_a_told_schedule_with_no_schedule_after_it_is_still_the_runs():
    assert cron_of("We meet every Monday at 10. Post the agenda in #team.") == "0 10 * * 1"
