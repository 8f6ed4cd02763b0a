"""Round 33: moved into a place, a state joined to the event, passive duties, told seasons."""

from tests.nl_parser.reading import read


def test_moved_into_a_place_is_the_event_not_a_state():
    text = (
        "When a patient is moved into the recovery ward, wait 2 hours, then email "
        "nurses@clinic.example.com."
    )
    assert read(text) == (None, ["wait", "email.send"])


def test_moved_to_a_named_state_is_still_a_test():
    assert read("When a card is moved to Review, post it in #qa.") == (
        None,
        ["check_status", "slack.post_message"],
    )


def test_a_state_joined_to_the_event_by_and_is_a_test():
    text = (
        "When an invoice is uploaded and it has no purchase order number, "
        "email ap@acme.example.com."
    )
    assert read(text) == (None, ["check_status", "email.send"])


def test_a_bare_event_stays_untested():
    assert read("When an invoice is uploaded, email ap@acme.example.com.") == (
        None,
        ["email.send"],
    )


def test_a_passive_duty_after_the_trigger_is_a_step():
    text = (
        "Whenever a lab report is received, the patient ID, test name and result are to be "
        "extracted and posted in #lab-results."
    )
    assert read(text) == (None, ["extract", "slack.post_message"])


def test_a_told_season_before_an_event_request_is_no_schedule():
    text = (
        "Every March we get buried in rental requests, and the owners only care about the long "
        "ones. When a rental request comes in, extract the dates and post them in #rentals."
    )
    assert read(text) == (None, ["extract", "slack.post_message"])
