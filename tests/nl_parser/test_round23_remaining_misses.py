"""Round 23's last misses: pronoun recipients, "wait no", stated addresses, "slack" as a verb."""

from nl_parser import parse
from tests.nl_parser.reading import read


def test_a_pronoun_after_a_classification_names_no_class():
    text = (
        "Every Friday at 6pm, sort this week's expenses from https://e.example.com/api/expenses "
        "into categories and email us a summary at team.costs@example.com."
    )
    assert read(text) == ("0 18 * * 5", ["http.request", "classify", "summarize", "email.send"])
    text = (
        "On the 1st of every month at 9am, categorize the invoices from "
        "https://i.example.com/api/invoices and email me a summary at finance.lee@example.com"
    )
    assert read(text)[1] == ["http.request", "classify", "summarize", "email.send"]


def test_a_two_word_name_that_wants_an_email_sends_it():
    text = (
        "Night shift wants a daily 6am email to nights@ward.example.com with the bed counts "
        "from https://beds.example.com/api/counts."
    )
    assert read(text) == ("0 6 * * *", ["http.request", "email.send"])


def test_my_address_stated_after_a_reminder_is_where_it_goes():
    result = parse("remind me every friday at 5pm to water the plants. my email is jo@example.com")
    assert result.actions == ["email.send"]
    assert result.steps[0].config["to"] == ["jo@example.com"]


def test_wait_no_takes_back_the_schedule_before_it():
    text = "post the standup notes in #team every tuesday at 9. wait no, fridays at 10am"
    assert read(text) == ("0 10 * * 5", ["slack.post_message"])


def test_slack_as_a_verb_posts_to_slack():
    text = "when an order has been stuck in packing for over 3 hours, slack the warehouse lead"
    assert read(text)[1][-1] == "slack.post_message"
