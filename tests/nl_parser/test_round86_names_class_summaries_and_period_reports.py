"""Round 86: an ordinal or a verb inside a capitalised name is no test, a made thing of a class
delivered in one clause keeps that class, and a made thing naming a period point's data reads it."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

REPORT_TOOLS = {"availableTools": ["http.request", "generate_report", "email.send"]}

# "<event> … 4th Elmstead Scouts": an ordinal opening a capitalised name is part of the name,
# not a number that says which events count.
ORDINAL_NAMES = [
    (
        "Whenever a new family joins 4th Elmstead Scouts, email the parents our welcome pack, then"
        " two weeks later send them the subs reminder by email too.",
        ["email.send", "wait", "email.send"],
    ),
    (
        "When a new cub joins 1st Riverside Scouts, email the parents the kit list.",
        ["email.send"],
    ),
    (
        "When a new patient registers at 5th Street Dental, email them the intake form.",
        ["email.send"],
    ),
    (
        "Whenever a tenant moves into 22nd Avenue Lofts, post it in #lettings.",
        ["slack.post_message"],
    ),
    (
        "When a new player signs up with 3rd Millbrook Juniors, email the coach at"
        " coach@millbrook.example.",
        ["email.send"],
    ),
    (
        "When someone joins 2nd Oakfield Brownies, email the leader at leader@brownies.example.",
        ["email.send"],
    ),
]

# "<event> at Panel Break Comics": a failure verb written with a capital inside a name is a
# word of the name, not the item failing.
CAPITALISED_NAMES = [
    (
        "When a pre-order comes in at Panel Break Comics, push it to the distributor webhook \u2014"
        " but only if it's for a variant cover.",
        ["check_status", "webhook.post"],
    ),
    (
        "When a booking comes in at Crash Pad Hostel, post it in #front-desk.",
        ["slack.post_message"],
    ),
    (
        "When an order lands at Fail Safe Locks, email it to orders@failsafe.example.",
        ["email.send"],
    ),
    (
        "When a ticket is opened at Broke Bike Repairs, post it in #workshop.",
        ["slack.post_message"],
    ),
    (
        "Whenever an enquiry comes in at Break Point Tennis, post it in #coaches \u2014 but only if"
        " it's for junior lessons.",
        ["check_status", "slack.post_message"],
    ),
]

# "email a summary of the negative ones to …" after "score each as positive or negative": the
# class the delivered summary is made of is kept first, as "write a summary of just the fraud
# letters" keeps it.
EVALS = "pull this week's student evaluations from https://api.brightpathtutors.com/evals"
CLASS_SUMMARIES = [
    (
        f"Every Sunday at 9pm, {EVALS}, score each one as positive or negative, and email a"
        " summary of the negative ones to director@brightpathtutors.com.",
        "0 21 * * 0",
        ["http.request", "classify", "check_status", "summarize", "email.send"],
    ),
    (
        "Every Friday at 5pm, fetch the week's support tickets from"
        " https://api.helpdesk.example/tickets, tag each as urgent or routine, and email a summary"
        " of the urgent ones to lead@helpdesk.example.",
        "0 17 * * 5",
        ["http.request", "classify", "check_status", "summarize", "email.send"],
    ),
    (
        "Each morning at 8, pull the new reviews from https://api.shop.example/reviews, classify"
        " each one as positive, neutral or negative, and post a digest of the negative ones in"
        " #cx.",
        "0 8 * * *",
        ["http.request", "classify", "check_status", "summarize", "slack.post_message"],
    ),
    (
        "Every Monday at 9am, get the new leads from https://crm.example/leads, grade each as hot,"
        " warm or cold, and send a report on just the hot leads to sales@crm.example.",
        "0 9 * * 1",
        ["http.request", "classify", "check_status", "generate_report", "email.send"],
    ),
    (
        "Daily at 6pm, fetch the day's survey answers from https://forms.example/answers, sort"
        " them into praise or complaint and email a recap of the complaints to"
        " manager@forms.example.",
        "0 18 * * *",
        ["http.request", "classify", "check_status", "summarize", "email.send"],
    ),
]

# "build the end-of-year lending report": a made thing naming what it sums up at a point of the
# period reads that data from the one source listed, as "a report on last month's loans" does.
PERIOD_REPORTS = [
    (
        "Every 30 June at 16:00, build the end-of-year lending report for the Elmstead Tool"
        " Library and email it to trustees@elmsteadtools.example.",
        REPORT_TOOLS,
        "0 16 30 6 *",
        ["http.request", "generate_report", "email.send"],
    ),
    (
        "On the 15th of every month at 17:00, put together the mid-month stock report and email"
        " it to finance@shop.example.",
        REPORT_TOOLS,
        "0 17 15 * *",
        ["http.request", "generate_report", "email.send"],
    ),
    (
        "Every 31 March at 9am, compile our year-end fundraising summary and send it to"
        " trustees@foodbank.example.",
        {"availableTools": ["http.request", "summarize", "email.send"]},
        "0 9 31 3 *",
        ["http.request", "summarize", "email.send"],
    ),
    (
        "Every Friday at 4pm, write the end-of-week footfall report for the museum and post it"
        " in #ops.",
        {"availableTools": ["http.request", "generate_report", "slack.post_message"]},
        "0 16 * * 5",
        ["http.request", "generate_report", "slack.post_message"],
    ),
    (
        "On 1 July at 10:00, build the quarter-to-date membership report and email it to"
        " board@club.example.",
        {"availableTools": ["salesforce.query", "generate_report", "email.send"]},
        "0 10 1 7 *",
        ["salesforce.query", "generate_report", "email.send"],
    ),
]

# Near cases that must not change.
UNCHANGED = [
    # An event with no name, and a count of occurrences, keep their readings.
    ("When a new member joins the club, email them our welcome pack.", {}, None, ["email.send"]),
    (
        "When an invoice is reopened for the 3rd time, post it in #billing.",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    # A failure verb written lower-case is still the item failing.
    ("When the build breaks, post in #dev.", {}, None, ["check_status", "slack.post_message"]),
    (
        "When a pump breaks at Riverside Farm, post it in #maintenance.",
        {},
        None,
        ["check_status", "slack.post_message"],
    ),
    # A summary of the whole lot, or with nothing named, keeps no class.
    (
        f"Every Sunday at 9pm, {EVALS}, score each one as positive or negative, and email a"
        " summary of the results to director@brightpathtutors.com.",
        {},
        "0 21 * * 0",
        ["http.request", "classify", "summarize", "email.send"],
    ),
    (
        f"Every Sunday at 9pm, {EVALS}, score each one as positive or negative, and email a"
        " summary to director@brightpathtutors.com.",
        {},
        "0 21 * * 0",
        ["http.request", "classify", "summarize", "email.send"],
    ),
    # The class sent with no summary made.
    (
        f"Every Sunday at 9pm, {EVALS}, score each one as positive or negative, and email the"
        " negative ones to director@brightpathtutors.com.",
        {},
        "0 21 * * 0",
        ["http.request", "classify", "check_status", "email.send"],
    ),
    # A report at a period point naming no data, or one only delivered, reads nothing.
    (
        "Every Friday at 4pm, build the mid-week report and email it to boss@shop.example.",
        REPORT_TOOLS,
        "0 16 * * 5",
        ["generate_report", "email.send"],
    ),
    (
        "Every 30 June at 16:00, email the end-of-year lending report to"
        " trustees@elmsteadtools.example.",
        REPORT_TOOLS,
        "0 16 30 6 *",
        ["email.send"],
    ),
    # With no source listed, nothing is read.
    (
        "Every 30 June at 16:00, build the end-of-year lending report for the Elmstead Tool"
        " Library and email it to trustees@elmsteadtools.example.",
        {},
        "0 16 30 6 *",
        ["generate_report", "email.send"],
    ),
]


@pytest.mark.parametrize(("text", "actions"), ORDINAL_NAMES + CAPITALISED_NAMES)
def test_a_name_is_no_test_of_the_event(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "cron", "actions"), CLASS_SUMMARIES)
def test_a_delivered_summary_of_a_class_keeps_the_class(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "cron", "actions"), PERIOD_REPORTS)
def test_a_report_of_a_period_points_data_reads_it(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "cron", "actions"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
