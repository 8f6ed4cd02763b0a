"""Round 41: formal wording — a span "thereafter" before a passive duty, a wish from any body
of people, a joining "and" before a subjunctive, an address as a duty's subject, and
"arrange for X to be <done>"."""

import pytest

from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    "text",
    [
        "When a claim is lodged, email the claimant the checklist, and seventy-two hours "
        "thereafter a reminder shall be emailed to them.",
        "When a lease arrives, email the applicant the form, and 48 hours later a reminder "
        "should be emailed to them.",
        "When a lease arrives, email the applicant the form; two days afterwards — a reminder "
        "is to be sent to them by email.",
        "when a booking is made, email the guest a confirmation, then three days thereafter "
        "send them a feedback form by email.",
    ],
)
def test_a_span_after_the_step_before_waits_before_a_passive_duty(text):
    assert read(text)[1] == ["email.send", "wait", "email.send"]


def test_forty_eight_hours_is_two_days():
    from nl_parser import parse

    text = (
        "When a lease arrives, email the applicant the form, and forty-eight hours later send "
        "a reminder by email."
    )
    waits = [s for s in parse(text, {}).steps if s.action == "wait"]
    assert waits[0].config == {"seconds": 172800}


def test_a_verbless_thing_after_the_span_still_repeats_the_delivery():
    # near miss: "three days later, a discount code by email" is read as it was.
    text = (
        "When a shipment is delayed, email the customer and, three days later, a coupon by email."
    )
    assert read(text)[1] == ["email.send", "wait", "email.send"]


@pytest.mark.parametrize(
    "text",
    [
        "Our facilities team would really appreciate it if every Monday at 8am the open work "
        "orders were pulled from https://fm.example.com/api/orders and emailed to fm@example.com.",
        "HR would be most grateful if — at 09:00 on weekdays — new starters were fetched from "
        "https://hr.example.com/api/starters and emailed to it@example.com.",
        "the finance office would welcome it if, each day at 6pm, unpaid invoices were "
        "retrieved from https://billing.example.com/api/unpaid and emailed to ar@example.com.",
        "The clinic's admin staff would be thankful if, every Friday at 16:00, the week's "
        "cancellations were fetched from https://clinic.example.com/api/cancellations and "
        "emailed to admin@example.com.",
    ],
)
def test_a_wish_from_any_body_of_people_tests_nothing(text):
    assert read(text)[1] == ["http.request", "email.send"]


def test_a_plain_if_still_tests():
    # near miss: a bare "if" with no wish before it stays a test.
    assert read("If the build fails, post in #ci.")[1] == ["check_status", "slack.post_message"]


@pytest.mark.parametrize(
    "text",
    [
        "The sales team requests that, at 07:30 each Tuesday, Salesforce be queried for deals "
        "won last week, each deal be categorised by region, and a win report be posted to "
        "#sales-leads.",
        "Ops asks that at 8:30 each weekday, orders be fetched from "
        "https://shop.example.com/api/orders, each order be classified by region — and a "
        "regional report be shared in #ops.",
    ],
)
def test_a_joining_and_is_no_part_of_a_subjunctive_subject(text):
    assert "check_status" not in read(text)[1]
    assert read(text)[1][-2:] == ["generate_report", "slack.post_message"]


@pytest.mark.parametrize(
    "text, delivery",
    [
        (
            "In the event that the cycle at https://x.example.org/api/last shows a failed "
            "load, theatre@example.org are to be notified by email.",
            "email.send",
        ),
        (
            "in the event that any reading from https://x.example.org/api/temps exceeds 8 "
            "degrees — lab-team@example.org are to be emailed.",
            "email.send",
        ),
        (
            "If the feed at https://x.example.org/api/feed reports an error, #ops is to be "
            "notified on Slack.",
            "slack.post_message",
        ),
        (
            "Should the backup at https://x.example.org/api/backup report a failure; "
            "dba@example.org is to be alerted by email.",
            "email.send",
        ),
    ],
)
def test_an_address_as_the_subject_of_a_duty_starts_the_step_after_a_test(text, delivery):
    actions = read(text)[1]
    assert actions[-2:] == ["check_status", delivery]


@pytest.mark.parametrize(
    "text, made",
    [
        (
            "Please arrange for a report on last month's volunteer shifts to be generated at "
            "06:00 on the 1st of each month and emailed to rota@example.org.",
            "generate_report",
        ),
        (
            "Every Monday at 9, arrange for a report on open incidents to be generated and "
            "sent to ops@example.com.",
            "generate_report",
        ),
        (
            "kindly arrange for a summary of yesterday's tickets from "
            "https://desk.example.com/api/tickets to be compiled every morning at 8 and "
            "emailed to support@example.com.",
            "summarize",
        ),
        (
            "Arrange for a digest of new signups to be produced each Friday at 5pm — and "
            "emailed to growth@example.com.",
            "summarize",
        ),
    ],
)
def test_a_thing_arranged_to_be_done_is_done(text, made):
    actions = read(text)[1]
    assert made in actions and actions[-1] == "email.send"
    assert cron_of(text) is not None


def test_arranging_a_thing_with_no_deed_makes_no_step():
    # near miss: "arrange a meeting room" names no passive deed.
    assert read("Please arrange a meeting room for Friday.")[1] == []
