"""Round 50: the remainder named alone, a class asked with "whether", a duty on items that
arrive, classes in brackets and carried by a message, a kind sent by "the", and routes by class."""

import pytest

from nl_parser import parse

CASES = [
    # "the rest, email to …", "the others, post in …": the remainder named alone before its step,
    # after a subset ("anything worth more than €100k goes to #big-wins") was sent somewhere.
    (
        "Fridays 4pm: pull this week's closed yacht-charter opportunities from "
        "Salesforce. Anything worth more than €100k goes to #big-wins; the rest, email to "
        "charters@example-azuresailcharters.com.",
        None,
        "0 16 * * 5",
        ["salesforce.query", "check_status", "slack.post_message", "check_status", "email.send"],
        0.7,
    ),
    (
        "Every Monday at 9am, pull last week's closed deals from Salesforce. Anything "
        "worth more than $50k goes to #wins; the rest, email to sales@example-acme.com.",
        None,
        "0 9 * * 1",
        ["salesforce.query", "check_status", "slack.post_message", "check_status", "email.send"],
        0.7,
    ),
    (
        "Every day at 7am, fetch the overnight orders from "
        "https://shop.example-kilnworks.com/api/orders. Anything over $500 goes to "
        "#big-orders; the others, post in #orders.",
        None,
        "0 7 * * *",
        [
            "http.request",
            "check_status",
            "slack.post_message",
            "check_status",
            "slack.post_message",
        ],
        0.7,
    ),
    (
        "Each weekday at 8:30, GET https://api.example-fleetyard.com/vans. Any van with "
        "more than 200,000 km goes to fleet@example-fleetyard.com; the rest, post in "
        "#vans.",
        None,
        "30 8 * * 1-5",
        ["http.request", "check_status", "email.send", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "At 6pm daily, grab today's donations from "
        "https://give.example-harbourtrust.org/api/today. Any gift above £1,000 goes to "
        "#trustees; the rest, email to office@example-harbourtrust.org.",
        None,
        "0 18 * * *",
        ["http.request", "check_status", "slack.post_message", "check_status", "email.send"],
        0.7,
    ),
    # "work out whether it's a reschedule, a refund or just a question": a question of which
    # listed class; "for each email hitting the bookings inbox": a participle of arriving opens
    # the trigger.
    (
        "For each email hitting the escape room's bookings inbox, work out whether it's a "
        "reschedule, a refund or just a question. Only the refund ones go to the payments "
        "webhook at https://pay.example-lockedinrooms.com/hooks/refund; the others, post "
        "in #game-masters.",
        None,
        None,
        ["classify", "check_status", "webhook.post", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "For every message landing in the clinic's front-desk inbox, figure out whether "
        "it is a booking, a cancellation or a complaint, and email the complaints to "
        "manager@example-pawsvet.com.",
        None,
        None,
        ["classify", "check_status", "email.send"],
        0.7,
    ),
    (
        "For each ticket arriving in the helpdesk queue, decide whether it's a bug, a "
        "feature request or a question; post the bugs in #eng-triage.",
        None,
        None,
        ["classify", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "When a new review comes in, work out whether it's positive, neutral or negative "
        "and send the negative ones to #cx.",
        None,
        None,
        ["classify", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "For each form reaching the council's planning inbox, determine whether it is an "
        "objection, a support letter or a query. Objections go to "
        "objections@example-council.gov.uk.",
        None,
        None,
        ["classify", "check_status", "email.send"],
        0.7,
    ),
    # "every enquiry that comes in … should be tagged as …": a duty whose subject has a relative
    # clause; "…, and the session bookings emailed to …": the "be" said once for both duties.
    (
        "Every enquiry that comes in through the recording studio's website should be "
        "tagged as mixing, mastering or session booking, and the session bookings emailed "
        "to studio@example-basementtapes.co.uk.",
        None,
        None,
        ["classify", "check_status", "email.send"],
        0.7,
    ),
    (
        "Every order that arrives through the shop's website should be classified as "
        "retail, wholesale or trade, and the wholesale orders posted to #wholesale.",
        None,
        None,
        ["classify", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "Each application that comes in via the careers page should be sorted into "
        "engineering, design or sales, and the design applications forwarded to "
        "design-hiring@example-pixelforge.io.",
        None,
        None,
        ["classify", "check_status", "email.send"],
        0.7,
    ),
    (
        "Tag every new support ticket as billing, bug or how-to, and the billing tickets "
        "emailed to finance@example-ledgerly.com.",
        None,
        None,
        ["classify", "check_status", "email.send"],
        0.7,
    ),
    (
        "Every request that lands in the facilities inbox should be labelled as plumbing, "
        "electrical or cleaning, and the electrical requests sent to "
        "sparks@example-buildco.com.",
        None,
        None,
        ["classify", "check_status", "email.send"],
        0.7,
    ),
    # "classify them by budget band (under £10k, £10-25k, over £25k)": the bracket lists the
    # classes; "DM the events director … with the over-£25k ones": the class the message carries.
    (
        "Every weekday at 11:30, get the new wedding leads from the CRM, classify them by "
        "budget band (under £10k, £10\u201325k, over £25k) and DM the events director in Slack "
        "with the over-£25k ones.",
        {"availableTools": ["salesforce.query", "slack.post_message", "email.send"]},
        "30 11 * * 1-5",
        ["salesforce.query", "classify", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "Every Monday at 9, pull the new leads from Salesforce, sort them by deal size "
        "(small, medium, large) and email the sales director with the large ones.",
        None,
        "0 9 * * 1",
        ["salesforce.query", "classify", "check_status", "email.send"],
        0.7,
    ),
    (
        "Daily at 8am, fetch yesterday's tickets from "
        "https://help.example-deskly.com/api/tickets, group them by severity (low, "
        "medium, high) and message the on-call lead on Slack with the high ones.",
        None,
        "0 8 * * *",
        ["http.request", "classify", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "Every Friday at 3pm, grab this week's orders from "
        "https://shop.example-teabox.com/api/orders, classify them by region (north, "
        "south, west) and email ops@example-teabox.com with the north ones.",
        None,
        "0 15 * * 5",
        ["http.request", "classify", "check_status", "email.send"],
        0.7,
    ),
    (
        "Each weekday at 10, get open opportunities from Salesforce, bucket them by stage "
        "(early, late) and DM the VP in Slack with the late ones.",
        None,
        "0 10 * * 1-5",
        ["salesforce.query", "classify", "check_status", "slack.post_message"],
        0.7,
    ),
    # "send the detractors to #cx": a kind the fetch did not name, with "the", sent to a place, is a
    # subset; kept as a weak guard with its warning, as "flag detractors" is.
    (
        "On the last Friday... no, every Friday at 3, grab this week's NPS responses from "
        "https://survey.example.com/api/nps and send the detractors to #cx.",
        None,
        "0 15 * * 5",
        ["http.request", "check_status", "slack.post_message"],
        0.45,
    ),
    (
        "Every Monday at 9am, fetch last week's survey answers from "
        "https://survey.example-cafe.com/api/answers and send the complaints to "
        "#cafe-managers.",
        None,
        "0 9 * * 1",
        ["http.request", "check_status", "slack.post_message"],
        0.45,
    ),
    (
        "Daily at 6, pull the app reviews from "
        "https://reviews.example-fitly.com/api/latest and forward the bugs to "
        "qa@example-fitly.com.",
        None,
        "0 6 * * *",
        ["http.request", "check_status", "email.send"],
        0.45,
    ),
    (
        "Every hour, GET https://status.example-grid.com/api/sites and post the outages "
        "in #grid-ops.",
        None,
        "0 * * * *",
        ["http.request", "check_status", "slack.post_message"],
        0.45,
    ),
    (
        "Every weekday at 5pm, get today's signups from "
        "https://app.example-notely.com/api/signups and send the enterprises to "
        "sales@example-notely.com.",
        None,
        "0 17 * * 1-5",
        ["http.request", "check_status", "email.send"],
        0.45,
    ),
    # "each new one gets scored positive/negative": a passive told with "get"; "negatives -> email
    # …, positives -> #route-setters on slack": each class routed, the comma before an arrow
    # ending one.
    (
        "climbing centre reviews: each new one gets scored positive/negative. negatives "
        "-> email duty@example-cragsidewall.com, positives -> #route-setters on slack",
        None,
        None,
        ["classify", "check_status", "email.send", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "bakery feedback: each new message gets sorted into praise/complaint. complaints "
        "-> email owner@example-crumbs.com, praise -> #wins on slack",
        None,
        None,
        ["classify", "check_status", "email.send", "check_status", "slack.post_message"],
        0.7,
    ),
    (
        "new support emails: each one gets tagged urgent/routine. urgents -> #on-call, "
        "routines -> email help@example-deskly.com",
        None,
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
        0.7,
    ),
    (
        "Each incoming lead gets scored hot/cold. hots -> #sales on slack, colds -> email "
        "nurture@example-leadly.com",
        None,
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
        0.7,
    ),
    (
        "every new bug report gets labelled crash/cosmetic. crashes -> #live-ops, "
        "cosmetics -> email qa@example-gamely.com",
        None,
        None,
        ["classify", "check_status", "slack.post_message", "check_status", "email.send"],
        0.7,
    ),
]

# Near cases that keep their reading: no subset, a recipient, every group, a measure, a grade.
UNCHANGED = [
    (
        "Every Friday at 4pm, pull this week's closed deals from Salesforce and post "
        "anything worth more than $100k in #big-wins.",
        ["salesforce.query", "check_status", "slack.post_message"],
    ),
    (
        "Every day at 7am, fetch the overnight orders from "
        "https://shop.example.com/api/orders and post them in #orders.",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every day at 9am, fetch overdue tasks from https://tasks.example.com/api/overdue "
        "and remind the owners by email.",
        ["http.request", "email.send"],
    ),
    (
        "Every Friday at 2pm, grab the week's keg orders from "
        "https://brewery.example.com/api/orders/week, group them by delivery route, and "
        "send the routes to our drivers webhook.",
        ["http.request", "classify", "webhook.post"],
    ),
    (
        "Every Monday at 9, pull the new leads from Salesforce and email the sales director.",
        ["salesforce.query", "email.send"],
    ),
    (
        "Every hour, GET https://status.example.com/api/gauges and post the levels in #ops.",
        ["http.request", "slack.post_message"],
    ),
    (
        "On the 1st of every month at 7:30am, pull last month's new leads from "
        "Salesforce, grade them A, B or C, and DM the A leads to the managers in Slack.",
        ["salesforce.query", "classify", "check_status", "slack.post_message"],
    ),
    (
        "When a new email arrives, work out whether it is urgent or not and post the urgent ones "
        "in #ops.",
        ["check_status", "slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions", "least"), CASES)
def test_construction_reads(text, context, cron, actions, least):
    result = parse(text, context)
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= least, result.warnings


@pytest.mark.parametrize(("text", "actions"), UNCHANGED)
def test_near_cases_keep_their_reading(text, actions):
    assert parse(text).actions == actions


def test_whether_lists_the_labels():
    result = parse(
        "For each ticket arriving in the helpdesk queue, decide whether it's a bug, a feature "
        "request or a question; post the bugs in #eng-triage."
    )
    assert result.steps[0].config["labels"] == ["bug", "feature request", "question"]


def test_bracketed_classes_are_labels():
    result = parse(
        "Every weekday at 11:30, get the new wedding leads from the CRM, classify them by budget "
        "band (under £10k, £10\u201325k, over £25k) and DM the events director in Slack with the "
        "over-£25k ones."
    )
    assert result.steps[1].config["labels"] == ["under £10k", "£10\u201325k", "over £25k"]
    assert not [w for w in result.warnings if w.startswith("uncertain")]
