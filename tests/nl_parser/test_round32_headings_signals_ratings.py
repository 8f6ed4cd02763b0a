"""Round 32: a period's orders fetched, irregular participles, told "that", comma headings…"""

from tests.nl_parser.reading import read


def test_a_periods_orders_with_no_source_are_fetched_first():
    """'tomorrow's flower orders' sent with no source are read from somewhere first."""
    _, actions = read("Every weekday at 7am, send the florists tomorrow's flower orders.")
    assert actions[0] == "http.request"


def test_a_periods_timetable_with_no_source_is_fetched_first():
    """'next week's exam timetable' is a period's data, fetched before it is sent."""
    _, actions = read("Every Friday at 5pm, email the tutors next week's exam timetable.")
    assert actions == ["http.request", "email.send"]


def test_a_rota_stays_at_hand():
    """Near miss: 'the day's cleaning rota' is at hand; nothing is fetched."""
    _, actions = read("Every weekday at 8am, post the day's cleaning rota in #caretakers.")
    assert actions == ["slack.post_message"]


def test_a_guessed_fetch_gives_way_to_a_source_named_later():
    """'…? it's at https://…': the later source is the one fetch, not a second."""
    _, actions = read(
        "can u post today's class schedule in #coaches every day at 7am? "
        "it's at https://gym.example.com/api/classes/today"
    )
    assert actions == ["http.request", "slack.post_message"]


def test_waiting_until_something_has_been_paid_waits_for_a_signal():
    """'wait until the deposit has been paid': an irregular participle, a person's act."""
    _, actions = read(
        "When a tenant signs a lease, email them the deposit invoice, wait until the deposit "
        "has been paid, then post the move-in date in #lettings."
    )
    assert actions == ["email.send", "wait_for_signal", "slack.post_message"]


def test_emailing_someone_that_a_thing_is_ready_tests_nothing():
    """'email the customer that their bike is ready': what the message says, no test."""
    _, actions = read(
        "When a repair is logged, wait 3 days, then email the customer that their bike is ready."
    )
    assert actions == ["wait", "email.send"]


def test_emailing_the_people_that_did_something_still_picks_them():
    """Near miss: 'the students that missed class' is a relative clause, not what is told."""
    _, actions = read(
        "Every Monday at 9am, get attendance from https://school.example.com/api/attendance "
        "and email the students that missed class."
    )
    assert "check_status" in actions


def test_a_heading_ended_by_a_comma_before_the_schedule_is_skipped():
    """'dental clinic, mar to may, weekdays 6pm: query salesforce …' reads Salesforce."""
    cron, actions = read(
        "dental clinic, mar\u2013may, weekdays 6pm: query salesforce for this month's patients "
        "and email them to reception@clinic.example.com"
    )
    assert cron == "0 18 * 3-5 1-5"
    assert actions[0] == "salesforce.query"


def test_a_trailing_should_it_is_a_condition():
    """'… should it drop below 5%' after a channel is an inverted 'if'."""
    _, actions = read(
        "Every 5 minutes, read the battery level at https://fleet.example.com/api/battery "
        "and alert #ops should it drop below 5%."
    )
    assert actions == ["http.request", "check_status", "slack.post_message"]


def test_rating_a_pronoun_into_listed_grades_classifies():
    """'rate it low, medium or high' classifies, as 'rate each X …' does."""
    _, actions = read(
        "Whenever a customer leaves a review, extract the product name, rate it poor, fair "
        "or great, and if it's poor, email the product owner."
    )
    assert actions[:2] == ["extract", "classify"]


def test_a_bare_event_stays_untested():
    """Near miss: a bare event and a delivery make no test."""
    _, actions = read("When a tenant signs a lease, email them the welcome pack.")
    assert actions == ["email.send"]
