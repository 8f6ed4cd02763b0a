"""Round 34: holds on a person, "the day after that", "1 oct", "? Correction:", waiting trades."""

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


def test_a_named_thing_held_until_a_person_hands_something_back_waits_for_a_signal():
    text = (
        "When a tenant applies, email them the checklist, hold the application until they "
        "send back their payslips, then post it in #lettings."
    )
    assert read(text)[1] == ["email.send", "wait_for_signal", "slack.post_message"]


def test_a_hold_until_everyone_counted_has_acted_waits_for_a_signal():
    text = (
        "When a team registers for the relay, email the captain the rules, hold the entry "
        "until all runners have paid, then email it to race@example.org."
    )
    assert read(text)[1] == ["email.send", "wait_for_signal", "email.send"]


def test_a_hold_until_a_time_stays_a_timed_wait():
    text = (
        "When a parcel arrives, hold the parcel until the next morning, then email me@example.org."
    )
    assert read(text)[1] == ["wait", "email.send"]


def test_one_unit_after_the_step_before_is_a_wait_of_that_unit():
    text = (
        "When a student enrols, email them the timetable; three days later, email them the "
        "reading list; the week after that, post their name in #tutors."
    )
    result = parse(text, {})
    assert result.actions == ["email.send", "wait", "email.send", "wait", "slack.post_message"]
    assert result.steps[3].config == {"seconds": 604800}


def test_a_lower_case_month_after_a_day_number_is_the_month():
    assert cron_of("9:15 on 3 mar every year, email renewals@example.org the dues notice") == (
        "15 9 3 3 *"
    )


def test_a_correction_after_a_question_replaces_the_day():
    text = (
        "Every Monday at 7pm, could you post the rota in #choir? Correction: Tuesdays, the hall "
        "is booked on Mondays."
    )
    assert cron_of(text) == "0 19 * * 2"


def test_a_label_opening_with_a_waiting_verb_names_the_business():
    text = (
        "Wait staff agency: weekdays 6am fetch the shift list from https://x.example.org/api "
        "and email it to ops@example.org"
    )
    assert read(text) == ("0 6 * * 1-5", ["http.request", "email.send"])


def test_a_label_that_holds_something_stays_a_step():
    # "hold them:" holds a thing, so it is a wait, not the name of a business.
    text = "hold them: until the manager approves, then email ops@example.org"
    assert read(text)[1] == ["wait_for_signal", "email.send"]
