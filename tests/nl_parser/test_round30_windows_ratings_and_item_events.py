"""Round 30: bare 24-hour windows, ratings into labels, summaries given to people, "stay quiet if
…, otherwise …", items named with what happened to them as triggers, and "delivery" as a word."""

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


def test_a_bare_24_hour_window_after_the_days_bounds_the_interval():
    assert cron_of("every 10 minutes, weekdays 8-20, ping https://a.example.com/up") == (
        "*/10 8-20 * * 1-5"
    )


def test_a_bare_range_of_counts_is_no_window():
    assert cron_of("every 10 minutes, take 5-15 items from https://a.example.com/q") == (
        "*/10 * * * *"
    )


def test_rating_into_listed_labels_is_a_classification():
    text = (
        "When a support call with a caller ends, rate the caller's tone as calm, annoyed or "
        "furious, and send the furious ones to the escalation webhook."
    )
    assert read(text) == (None, ["classify", "check_status", "webhook.post"])
    assert parse(text, {}).confidence >= 0.85


def test_a_companion_in_the_subject_of_an_ending_event_tests_nothing():
    assert read("When a meeting with the board finishes, email the notes to cos@example.com.") == (
        None,
        ["email.send"],
    )


def test_an_event_with_an_attendant_state_still_tests():
    assert read("When a user signs up with a company email, email sales@example.com.")[1] == [
        "check_status",
        "email.send",
    ]


def test_a_summary_given_to_named_people_is_made_and_sent():
    text = "Every Monday at 8, give the support leads a digest of last week's escalations."
    result = parse(text, {"availableTools": ["slack.post_message"]})
    assert result.actions == ["summarize", "slack.post_message"]
    assert result.confidence >= 0.85


def test_staying_quiet_before_a_test_guards_only_the_other_branch():
    text = (
        "Every day at 6, GET https://ci.example.com/api/nightly; keep quiet if every build "
        "passed, otherwise post in #builds."
    )
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


def test_an_item_named_with_what_happened_to_it_is_the_trigger():
    text = (
        "each receipt forwarded to expenses@example.com → extract merchant and total → "
        "POST to https://hooks.example.com/expenses"
    )
    assert read(text) == (None, ["extract", "webhook.post"])


def test_a_delivery_date_is_no_delivery():
    text = (
        "Whenever a carrier sends a shipping notice, pull out the tracking number and delivery "
        "date and POST them to https://hooks.example.com/shipping."
    )
    assert read(text) == (None, ["extract", "webhook.post"])
