"""Round 29: picked items that should page or get emailed, events that bring something new,
"north of" / "south of" as comparisons, and the set a classify step tagged, delivered whole."""

from tests.nl_parser.reading import read

TESTED_ALERT = ["http.request", "check_status", "slack.post_message"]


def test_picked_items_that_should_alert_after_a_dash_guard_the_alert():
    text = (
        "every 10 minutes fetch queue depth from https://q.example.com/depth"
        " — anything north of 5000 should alert #queue-ops"
    )
    assert read(text) == ("*/10 * * * *", TESTED_ALERT)


def test_south_of_is_below():
    text = (
        "hourly, pull battery levels from https://fleet.example.com/api/battery"
        " and email fleet@example.com about anything south of 15%"
    )
    assert read(text) == ("0 * * * *", ["http.request", "check_status", "email.send"])


def test_a_long_picked_subject_that_gets_emailed_is_a_guarded_delivery():
    text = (
        "Every Monday at 8, pull open invoices from https://billing.example.com/api/invoices;"
        " those with a balance of $10k or more and no payment plan on file get emailed to"
        " ar-team@example.com."
    )
    assert read(text) == ("0 8 * * 1", ["http.request", "check_status", "email.send"])


def test_a_subject_bringing_something_new_is_the_trigger_not_a_test():
    text = "When the audit service reports a new admin login, email security@example.com."
    assert read(text) == (None, ["email.send"])
    text = (
        "When the status dashboard shows a new incident, sort it into minor, major or outage;"
        " if it's an outage, email exec@example.com."
    )
    assert read(text)[1] == ["classify", "check_status", "email.send"]


def test_a_grade_on_what_the_event_brings_or_a_new_state_is_still_tested():
    text = "When the scanner reports a critical finding, page secops through the pager webhook."
    assert read(text)[1] == ["check_status", "webhook.post"]
    text = "If the sender is a new customer, email welcome@example.com."
    assert read(text)[1] == ["check_status", "email.send"]


def test_the_set_a_classify_step_labelled_is_delivered_whole():
    text = (
        "Fetch the support tickets from https://desk.example.com/api/tickets, label each as bug,"
        " question or feature, and post the labelled batch to #support-triage."
    )
    assert read(text)[1] == ["http.request", "classify", "slack.post_message"]


def test_a_label_named_after_the_classify_step_still_picks_a_subset():
    text = (
        "Fetch the support tickets from https://desk.example.com/api/tickets, label each as bug,"
        " question or feature, and post the bugs to #support-triage."
    )
    assert read(text)[1] == ["http.request", "classify", "check_status", "slack.post_message"]
