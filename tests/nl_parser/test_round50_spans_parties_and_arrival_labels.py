"""Round 50: "ten days on," as a wait, a party joined named by its capitalised name, a label of
a new item and where it arrives, and a span added to the one before ("a further week")."""

import pytest

from nl_parser import parse

CASES = [
    # "Ten days on, …": a span then "on" and a pause waits as "ten days later" does.
    (
        "When a bride drops off her gown for alterations, email her the collection ticket. Ten "
        "days on, if it's still not marked as finished, DM the seamstress in Slack.",
        ["email.send", "wait", "check_status", "slack.post_message"],
    ),
    (
        "When a customer drops off a bike for a service, email them the job sheet. Three days "
        "on, if it's still not marked as done, post in #workshop.",
        ["email.send", "wait", "check_status", "slack.post_message"],
    ),
    (
        "When a new client signs up, email them the intake form. A week on, if they still "
        "haven't returned it, DM the coach in Slack.",
        ["email.send", "wait", "check_status", "slack.post_message"],
    ),
    (
        "After a patient books an appointment, text them the address through the SMS webhook; "
        "two days on, email them the prep guide.",
        ["webhook.post", "wait", "email.send"],
    ),
    (
        "When a parcel is dispatched, email the buyer the tracking link. 48 hours on, post a "
        "check in #support.",
        ["email.send", "wait", "slack.post_message"],
    ),
    # "signs up with Clearroad Driving School": the party joined, named, is no test.
    (
        "Once a new learner signs up with Clearroad Driving School, email them the theory-test "
        "guide and post their name in #instructors; a fortnight later, email them a progress "
        "check-in.",
        ["email.send", "slack.post_message", "wait", "email.send"],
    ),
    (
        "When a family registers with Northfield Food Bank, email them the pantry hours and post "
        "their name in #volunteers.",
        ["email.send", "slack.post_message"],
    ),
    (
        "As soon as a client books with Harbour Physio, text them the address through the SMS "
        "webhook.",
        ["webhook.post"],
    ),
    (
        "When a new member enrols with Riverside Rowing Club, email them the safety briefing; a "
        "week later, email them the kit list.",
        ["email.send", "wait", "email.send"],
    ),
    (
        "Once a volunteer signs up with Greenway Trust, post their name in #coordinators.",
        ["slack.post_message"],
    ),
    # "New enrolment on a beginner Spanish course: …": the new item and where it arrives label
    # the event; "after a further week": a span added to the wait before it.
    (
        "New enrolment on a beginner Spanish course: email the student the placement-test link "
        "straight away, nudge them by email again 48 hours later, and after a further week drop "
        "their name in #teachers so their tutor can say hello.",
        ["email.send", "wait", "email.send", "wait", "slack.post_message"],
    ),
    (
        "New signup on the website: email them the welcome pack.",
        ["email.send"],
    ),
    (
        "New booking at the salon: email the client the confirmation and post it in #front-desk.",
        ["email.send", "slack.post_message"],
    ),
    (
        "New order from the Etsy shop \u2014 email the buyer a thank-you note.",
        ["email.send"],
    ),
    (
        "New member at Harbour Climbing Gym: email them the induction video, then two days later "
        "ask them by email how it went.",
        ["email.send", "wait", "email.send"],
    ),
    (
        "When a new patient registers, email them the intake form, and after another week email "
        "them a reminder.",
        ["email.send", "wait", "email.send"],
    ),
    (
        "When an invoice is sent, email the client a copy; three days later email a nudge, and a "
        "further two days later post in #finance.",
        ["email.send", "wait", "email.send", "wait", "slack.post_message"],
    ),
    (
        "When a trial starts, email the user the getting-started guide; two more days later, DM "
        "the account manager in Slack.",
        ["email.send", "wait", "slack.post_message"],
    ),
    (
        "When a volunteer signs up, email them the handbook. After another 3 days, post their "
        "name in #coordinators.",
        ["email.send", "wait", "slack.post_message"],
    ),
]

UNCHANGED = [
    # "with a company email" says which signups count.
    (
        "When a user signs up with a company email, post it in #sales.",
        None,
        ["check_status", "slack.post_message"],
    ),
    ("New enrolment: email the student the placement-test link.", None, ["email.send"]),
    (
        "New orders over $500 in Shopify: post them in #sales.",
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "Every Monday at 9am, email the team the rota and post another copy in #ops.",
        "0 9 * * 1",
        ["email.send", "slack.post_message"],
    ),
    (
        "Every Friday at 5pm, email finance the report with two more days of data.",
        "0 17 * * 5",
        ["email.send"],
    ),
]


@pytest.mark.parametrize(("text", "actions"), CASES)
def test_construction_reads(text, actions):
    result = parse(text)
    assert result.schedule is None
    assert result.actions == actions
    assert result.confidence >= 0.7, result.warnings


def test_added_spans_wait_their_length():
    text = (
        "When a new patient registers, email them the intake form, and after a further week "
        "email them a reminder, and another two days later post in #clinic."
    )
    waits = [step.config for step in parse(text).steps if step.action == "wait"]
    assert waits == [{"seconds": 604800}, {"seconds": 172800}]


@pytest.mark.parametrize(("text", "cron", "actions"), UNCHANGED)
def test_near_cases_keep_their_reading(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
