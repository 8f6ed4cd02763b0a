"""Round 35: a short question as a test, a "trigger:" label, a bare "if over N," before a
verbless step, a heading before a one-off marker, "sum up", a period's data given to people,
and a telling participle after a delivery."""

from nl_parser import parse
from tests.nl_parser.reading import read

_SLACK_AND_HTTP = {"availableTools": ["http.request", "slack.post_message"]}


def test_a_short_question_before_a_step_is_its_test():
    text = "every 30 minutes, check https://ci.example.com/api/builds/main. still red? post in #ci"
    assert read(text) == ("*/30 * * * *", ["http.request", "check_status", "slack.post_message"])


def test_a_closing_question_still_asks_nothing_of_the_workflow():
    text = "every Friday at 4pm post the timesheet reminder in #team. Is that doable?"
    assert read(text) == ("0 16 * * 5", ["slack.post_message"])


def test_a_trigger_label_opens_the_event_and_re_check_is_a_check():
    text = (
        "payments:\n- trigger: the payout job fails\n- wait 1 hour\n"
        "- re-check https://pay.example.com/api/payouts/latest\n"
        "- still failing? email finance@pay.example.com"
    )
    result = parse(text, {})
    assert result.actions == ["check_status", "wait", "http.request", "check_status", "email.send"]
    assert result.confidence >= 0.85


def test_a_trigger_label_before_a_bare_event_stays_untested():
    text = "growth:\n- trigger: a new signup arrives\n- post it in #growth"
    assert read(text) == (None, ["slack.post_message"])


def test_a_trigger_label_before_a_schedule_is_only_a_label():
    text = "ops:\n- trigger: every Monday at 9\n- post the weekly checklist in #ops"
    assert read(text) == ("0 9 * * 1", ["slack.post_message"])


def test_a_bare_comparison_after_if_ends_at_its_comma_before_a_verbless_step():
    text = "every 10 min, GET https://q.example.com/depth; if above 300, pager webhook"
    assert read(text) == ("*/10 * * * *", ["http.request", "check_status", "webhook.post"])


def test_a_comma_inside_the_compared_number_ends_no_test():
    text = (
        "every hour, GET https://shop.example.com/api/queue and if more than 1,500 orders"
        " are waiting, post in #ops"
    )
    assert read(text) == ("0 * * * *", ["http.request", "check_status", "slack.post_message"])


def test_a_heading_before_a_one_off_marker_is_blank_too():
    text = (
        "bakery, one-time job: pull the March orders from https://shop.example.com/api/orders"
        " and email them to owner@bakery.example.com"
    )
    assert read(text) == (None, ["http.request", "email.send"])


def test_summing_up_is_summarizing():
    result = parse("when a match report is uploaded, sum it up and post it in #coaches", {})
    assert result.actions == ["summarize", "slack.post_message"]
    assert result.confidence >= 0.85


def test_a_periods_data_given_to_people_is_fetched_and_sent():
    text = "every Friday at 5pm, give the kitchen crew tomorrow's reservation counts."
    assert read(text, _SLACK_AND_HTTP) == ("0 17 * * 5", ["http.request", "slack.post_message"])


def test_giving_people_time_is_still_a_wait():
    text = "every Friday at 5pm, give the kitchen crew 2 days."
    assert read(text, _SLACK_AND_HTTP) == ("0 17 * * 5", ["wait"])


def test_a_telling_participle_after_a_delivery_says_what_it_says():
    text = (
        "on 1 March each year at 9:00, email parents@school.example.org, asking them to renew"
        " their membership"
    )
    assert read(text) == ("0 9 1 3 *", ["email.send"])


def test_arranging_for_a_message_sends_it():
    text = (
        "Please arrange for a message to #front-desk every Friday at 5pm, reminding everyone"
        " to lock the back door."
    )
    result = parse(text, {})
    assert result.actions == ["slack.post_message"]
    assert result.confidence >= 0.85
