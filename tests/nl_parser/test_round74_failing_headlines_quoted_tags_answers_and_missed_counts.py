"""Round 74: a failure or a quoted tag as a headline event, yes/no answers to a question, and
items that missed a number of things on a schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

TOOLS = {"availableTools": ["http.request", "webhook.post"]}

# "quillon smart-lock firmware build fails its signing step → …": a subject of a few plain words
# that fails (crashes, errors out, breaks), heading the steps, is the event, and its failure the
# test, as "when … fails" makes them.
FAILING_HEADLINES = [
    (
        "quillon smart-lock firmware build fails its signing step → hit the release-block "
        "webhook → #firmware",
        ["check_status", "webhook.post", "slack.post_message"],
    ),
    (
        "nightly backup job fails → page the on-call engineer via the pager webhook",
        ["check_status", "webhook.post"],
    ),
    (
        "Harbourside till terminal crashes → email it@example-harbourside.com → post in #tills",
        ["check_status", "email.send", "slack.post_message"],
    ),
    (
        "payroll export errors out → email payroll@example-brightwell.co.uk",
        ["check_status", "email.send"],
    ),
    (
        "greenhouse irrigation controller fails its morning self-test → post in #growers + "
        "email ops@example-fernhollow.com",
        ["check_status", "slack.post_message", "email.send"],
    ),
    (
        "staging deploy breaks → hit the rollback webhook",
        ["check_status", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "actions"), FAILING_HEADLINES)
def test_a_failure_heading_the_steps_is_the_event_and_its_test(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


# "Bramhall Removals app: job tagged 'damage reported' by the crew lead → …": an item and the
# quoted state it was tagged with (by someone, or in a system), with no "is" and no "as", is the
# item and the state recorded of it, as "tagged as …" is.
QUOTED_TAGS = [
    (
        "Bramhall Removals app: job tagged 'damage reported' by the crew lead → email "
        "claims@example-bramhallremovals.co.uk → Slack DM to the ops manager",
        ["check_status", "email.send", "slack.post_message"],
    ),
    (
        "ticket labelled 'urgent' in Zendesk → page the support lead via the pager webhook",
        ["check_status", "webhook.post"],
    ),
    (
        "parcel marked 'return to sender' by the courier → email dispatch@example-loomwell.co.uk",
        ["check_status", "email.send"],
    ),
    (
        "Kestrel Vets app: appointment flagged 'no-show' by reception → post it in #front-desk",
        ["check_status", "slack.post_message"],
    ),
    (
        'order tagged "gift wrap" on the Fernleaf shop → post it in #packing → email '
        "packing@example-fernleaf.com",
        ["check_status", "slack.post_message", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "actions"), QUOTED_TAGS)
def test_an_item_and_its_quoted_tag_heading_the_steps_is_a_test(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7


# "holds a forklift licence? → yes: email it … / no: post it in #hiring": a question answered
# by "yes:" and "no:" is the test, whatever its verb; "yes" runs under it and "no" under the
# test turned around.
ANSWERED_QUESTIONS = [
    (
        "job application in for Ostara Plant Nursery → holds a forklift licence? → yes: email "
        "it to yard@example-ostaranursery.co.uk / no: post it in #hiring",
        ["check_status", "email.send", "check_status", "slack.post_message"],
    ),
    (
        "new volunteer sign-up → over 18? → yes: email them the induction pack / no: post it "
        "in #safeguarding",
        ["check_status", "email.send", "check_status", "slack.post_message"],
    ),
    (
        "new booking request → has a deposit? → yes: post it in #confirmed / no: email the "
        "guest a payment link",
        ["check_status", "slack.post_message", "check_status", "email.send"],
    ),
    (
        "new tenant repair request → holds a maintenance contract? → yes: email "
        "contractor@example-lettings.co.uk / no: post it in #lettings",
        ["check_status", "email.send", "check_status", "slack.post_message"],
    ),
    (
        "new supplier invoice → is VAT registered? → yes: send it to the approvals webhook / "
        "no: email accounts@example-oakmere.com",
        ["check_status", "webhook.post", "check_status", "email.send"],
    ),
    (
        "repair request in from a tenant → has a photo? → yes: post it in #repairs / no: email "
        "the tenant asking for one",
        ["check_status", "slack.post_message", "check_status", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "actions"), ANSWERED_QUESTIONS)
def test_a_question_answered_yes_and_no_is_one_test_and_its_other_branch(text, actions):
    assert read(text) == (None, actions)
    assert not any("'yes'" in d or "'no'" in d for d in doubts_of(text))
    assert confidence_of(text) >= 0.7


# "06:30 daily | any resident who has missed two medication rounds in a row → alert …": on a
# schedule, items who missed a number of things are a test of that count (the data fetched
# for it), as a measured test is.
MISSED_COUNTS = [
    (
        "Larchfield House care home | 06:30 daily | any resident who has missed two medication "
        "rounds in a row → alert the nurse in charge",
        TOOLS,
        "30 6 * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "weekdays at 8am | any pupil who has missed three registrations in a row → email the "
        "head of year at hoy@example-ashcombe.sch.uk",
        {},
        "0 8 * * 1-5",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "every Monday 09:00 | any member who has missed two payments → post in #membership",
        {},
        "0 9 * * 1",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "daily at 7pm | any volunteer that has skipped four shifts → email "
        "coordinator@example-foodbank.org",
        {},
        "0 19 * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "06:00 daily | every patient who missed 2 appointments in a row → hit the outreach webhook",
        {},
        "0 6 * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), MISSED_COUNTS)
def test_items_that_missed_a_number_of_things_on_a_schedule_are_a_test(
    text, context, cron, actions
):
    assert read(text, context) == (cron, actions)
    # "Larchfield House care home |": a heading with lower-case words is still left unread.
    assert confidence_of(text, context) >= (0.4 if "care home" in text else 0.7)


# Near cases: an imperative first, "when" written out, a heading with no failure, "as" written,
# a question with no answers, labels that are not answers, a comparison, a miss as the event.
UNCHANGED = [
    (
        "post the failed builds in #ci → email qa@example.com",
        {},
        None,
        ["check_status", "slack.post_message", "email.send"],
    ),
    (
        "when the nightly build fails, hit the release-block webhook",
        {},
        None,
        ["check_status", "webhook.post"],
    ),
    ("nightly build report → post it in #eng", {}, None, ["generate_report", "slack.post_message"]),
    (
        "job tagged as damaged by the crew lead → email claims@example.com",
        {},
        None,
        ["check_status", "email.send"],
    ),
    ("still failing? post in #oncall", {}, None, ["check_status", "slack.post_message"]),
    (
        "new driving test result → passed: email them the pack / failed: post their name in "
        "#instructors",
        {},
        None,
        ["check_status", "email.send", "check_status", "slack.post_message"],
    ),
    (
        "06:30 daily | any resident whose temperature is over 38 → email the nurse in charge",
        {},
        "30 6 * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "when a participant misses a scheduled visit, email nurse@example.com",
        {},
        None,
        ["check_status", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), UNCHANGED)
def test_near_cases_read_as_before(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
