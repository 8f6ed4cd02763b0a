"""Round 54: a day of the month corrected after a reason ("— no wait, the 2nd's a bank holiday,
make it the 3rd") moves the day and keeps the month, "scrap that" takes back like "scratch that",
a month in a relative clause or after a participle ("whose contracts renew in October") says
which items, and "with" a named party after a verb of filing ("logs a repair request with
Harbour Lettings") says who the request is made to, not which events count."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every year on 2 January at 9am, post the 'holiday loans are due back' reminder in "
            "#circulation for Millbrook Library \u2014 no wait, the 2nd's a bank holiday, make it "
            "the 3rd.",
            "0 9 3 1 *",
            ["slack.post_message"],
        ),
        (
            "Each year on March 14 at 8am, email the pi day flyer to staff@example-school.org "
            "\u2014 hang on, that's a Saturday this year, make it the 16th.",
            "0 8 16 3 *",
            ["email.send"],
        ),
        (
            "Every 1 July at 7:30, send the rent review letters to a@example.com \u2014 actually, "
            "we're closed then, make it the 2nd.",
            "30 7 2 7 *",
            ["email.send"],
        ),
        (
            "Annually on 25 December at noon post the greeting in #general \u2014 no, the 25th is "
            "a holiday, make it the 24th.",
            "0 12 24 12 *",
            ["slack.post_message"],
        ),
        (
            "every year on 5 November at 6pm, email the bonfire reminder to crew@example.com, "
            "sorry, make it the 4th",
            "0 18 4 11 *",
            ["email.send"],
        ),
        (
            "Every year on 1 July at 7:30, send the rent review letters to a@example.com "
            "\u2014 actually, make it the 2nd.",
            "30 7 2 7 *",
            ["email.send"],
        ),
    ],
)
def test_a_corrected_day_of_the_month_keeps_the_month(
    text: str, cron: str, actions: list[str]
) -> None:
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        # A correction of the day of every month, and no correction at all, read as before.
        (
            "On the 2nd of every month at 9am, post the reminder in #circulation \u2014 make it "
            "the 3rd.",
            "0 9 3 * *",
        ),
        ("Every year on 2 January at 9am, post the reminder in #circulation.", "0 9 2 1 *"),
        (
            "every friday at 5pm, scrap that, every thursday at 5pm, send the timesheets to "
            "hr@example.com",
            "0 17 * * 4",
        ),
    ],
)
def test_other_schedule_corrections_read_as_before(text: str, cron: str) -> None:
    assert read(text)[0] == cron


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Whenever a puppy class booking comes through for Good Boy Academy, email "
            "trainer@example-goodboyacademy.co.uk \u2014 scrap that, post it in #trainers on "
            "Slack.",
            None,
            ["slack.post_message"],
        ),
        (
            "Every Monday at 8am email the rota to staff@example.com \u2014 scrap that, post it "
            "in #rota.",
            "0 8 * * 1",
            ["slack.post_message"],
        ),
        (
            "When an invoice is paid, post it in #finance; scrap that, email it to "
            "accounts@example.com.",
            None,
            ["email.send"],
        ),
        (
            "When a new lead arrives in HubSpot, text the sales lead. Scrap that - slack it to "
            "#sales instead.",
            None,
            ["slack.post_message"],
        ),
        (
            "every friday at 5pm email the timesheets to hr@example.com, scrap that, post them "
            "in #payroll",
            "0 17 * * 5",
            ["slack.post_message"],
        ),
    ],
)
def test_scrap_that_takes_back(text: str, cron: str | None, actions: list[str]) -> None:
    assert read(text) == (cron, actions)
    assert not any("scrape" in d for d in doubts_of(text))


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # "scrap" as a noun is no typo and no take-back.
        (
            "When a scrap load is weighed in at the yard, email the weight to sales@example.com.",
            ["email.send"],
        ),
    ],
)
def test_scrap_as_a_noun_is_kept(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions
    assert not any("scrape" in d for d in doubts_of(text))


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Can you query Salesforce for all the corporate-membership accounts at Ironworks Gym "
            "whose contracts renew in October and email them to "
            "renewals@example-ironworksgym.co.uk?",
            None,
            ["salesforce.query", "email.send"],
        ),
        (
            "query Salesforce for accounts renewing in October and email them to a@example.com",
            None,
            ["salesforce.query", "email.send"],
        ),
        (
            "Get the invoices from https://api.example.com/invoices that fell due in January "
            "and send them to accounts@example.com.",
            None,
            ["http.request", "email.send"],
        ),
        (
            "Every Monday at 9am, query Salesforce for the opportunities which close in December "
            "and post them in #sales.",
            "0 9 * * 1",
            ["salesforce.query", "slack.post_message"],
        ),
        (
            "Fetch the members who joined in March from https://crm.example.com/api/members and "
            "post the list in #welcome.",
            None,
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_a_month_that_says_which_items_is_no_schedule(
    text: str, cron: str | None, actions: list[str]
) -> None:
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        # A month the run is in still says when it runs.
        ("Every day in October at 8am post the pumpkin count in #farm.", "0 8 * 10 *"),
        ("In October, email the renewal list to a@example.com.", "0 9 * 10 *"),
        ("every evening in June at 9pm post the sunset time in #crew", "0 21 * 6 *"),
    ],
)
def test_a_month_of_the_run_is_still_read(text: str, cron: str) -> None:
    assert read(text)[0] == cron


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Once a tenant logs a repair request with Harbour Lettings, email the landlord the "
            "details and wait for them to okay the cost before posting the job in #maintenance.",
            ["email.send", "wait_for_signal", "slack.post_message"],
        ),
        (
            "When a passenger lodges a complaint with Northwind Rail, post it in #customer-care.",
            ["slack.post_message"],
        ),
        (
            "When a member files a claim with Oakwood Insurance, email claims@example.com the "
            "details.",
            ["email.send"],
        ),
        (
            "Whenever a student raises a ticket with IT Services, email the duty tech at "
            "tech@example.com.",
            ["email.send"],
        ),
        (
            "As soon as a supplier submits an invoice with Brightside Foods, email "
            "accounts@example.com.",
            ["email.send"],
        ),
    ],
)
def test_a_party_a_request_is_filed_with_is_no_test(text: str, actions: list[str]) -> None:
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


def test_a_filed_request_with_a_state_still_tests() -> None:
    # "with high priority", lower-case, says which events count.
    text = "When a tenant logs a repair request with high priority, email the landlord the details."
    assert read(text)[1][0] == "check_status"
