"""Round 23: weeknights, a lost link on a trigger, a deadline 'due at', a made thing given."""

from tests.nl_parser.reading import read


def test_weeknights_are_the_working_week_at_night():
    assert read("on weeknights at 10, call https://b.example.com/api/off")[0] == "0 22 * * 1-5"


def test_a_trigger_that_loses_its_link_is_tested_first():
    text = "When a gateway loses power, post in #ops"
    assert read(text)[1] == ["check_status", "slack.post_message"]


def test_due_at_the_end_of_the_month_is_no_schedule():
    text = (
        "Every year on May 2 at 8am, email a@b.example.org that the dues are due at the end "
        "of the month."
    )
    assert read(text)[0] == "0 8 2 5 *"


def test_a_report_given_to_me_is_made_and_the_delivery_said_apart():
    text = (
        "Every Monday at 9 pull the sales from https://s.example.com/api/s, give me a short "
        "report on the top products, and email it to me at m@c.example.com."
    )
    assert read(text)[1] == ["http.request", "generate_report", "email.send"]


def test_a_report_a_named_receiver_gets_is_made_and_sent():
    text = "Could the partners (partners@f.example.com) get a usage report every Monday at 8?"
    assert read(text)[1] == ["generate_report", "email.send"]
