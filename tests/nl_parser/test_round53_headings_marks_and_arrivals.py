"""Round 53: a heading naming the inbox items come from, "here are <data> from <source>:", "mark
each one as A or B", labelled items that "can all land in #channel", fields taken "from it" (or
a person's field) after an arrival, and "for every <person> who <does something>" as a trigger."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

_INBOX_HEADINGS = [
    (
        "Hopscotch Children's Theatre box office inbox: sort every incoming email into refund "
        "request, group booking or general question. Forward the refund requests by email to "
        "boxoffice-lead@example-hopscotchtheatre.org.uk; the group bookings and general "
        "questions can all land in #box-office.",
        (None, ["classify", "check_status", "email.send", "check_status", "slack.post_message"]),
    ),
    (
        "Each message landing in the Cobalt Locksmiths out-of-hours inbox: grab the caller's "
        "postcode, classify the job as emergency lockout or routine, and if it's an emergency, "
        "text the on-call locksmith via the SMS webhook.",
        (None, ["extract", "classify", "check_status", "webhook.post"]),
    ),
    (
        "Northside Vets evening bookings mailbox: sort every email into new booking or "
        "cancellation; post the cancellations in #front-desk.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Each enquiry hitting the Brightwater Kayak Hire bookings inbox: classify it as rental "
        "or lesson and email the lessons to coach@example.com.",
        (None, ["classify", "check_status", "email.send"]),
    ),
    (
        "Every email arriving in the Ashdown Lettings repairs inbox: classify it as urgent or "
        "routine and post the urgent ones in #repairs.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Moorland Bakery wholesale orders inbox: summarise each order and send the summary to "
        "the bakery webhook.",
        (None, ["summarize", "webhook.post"]),
    ),
]

_DATA_HANDED_OVER = [
    (
        "Here are 250 comments from the Greenbank recycling centre visitor survey: sort them "
        "into complaints, suggestions and compliments, and email the complaints to "
        "sitemanager@example-greenbankrecycling.gov.uk.",
        (None, ["classify", "check_status", "email.send"]),
    ),
    (
        "Here are 80 reviews from our Etsy shop: sort them into positive and negative and post "
        "the negative ones in #shop.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Here are last month's 400 support tickets from the helpdesk: summarise them and email "
        "the summary to lead@example.com.",
        (None, ["summarize", "email.send"]),
    ),
    (
        "Here's a batch of 60 incident reports from the depot: classify each as minor or "
        "serious and send the serious ones to the fleet webhook.",
        (None, ["classify", "check_status", "webhook.post"]),
    ),
    (
        "Here are the 1,200 answers from our staff wellbeing survey: classify each as "
        "positive, neutral or negative.",
        (None, ["classify"]),
    ),
]

_MARKED_AS_ONE_OF = [
    (
        "Here are 1,100 comment-card responses from our garden centre's customer survey. Mark "
        "each one as happy or unhappy and forward the unhappy ones to the team.",
        (None, ["classify", "check_status", "email.send"]),
    ),
    (
        "Mark each review as positive or negative and post the negative ones in #cx.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Every morning at 8, pull the new tickets from https://api.example.com/tickets. Mark "
        "each one as urgent or routine, and post the urgent ones to #support.",
        ("0 8 * * *", ["http.request", "classify", "check_status", "slack.post_message"]),
    ),
    (
        "When a lead comes in, mark it as hot, warm or cold; email the hot ones to "
        "sales@example.com.",
        (None, ["classify", "check_status", "email.send"]),
    ),
    (
        "For each new application: mark it as shortlist or reject.",
        (None, ["classify"]),
    ),
]

_LABELS_LANDING = [
    (
        "Sort each email into booking, complaint or question; the bookings and questions can "
        "all land in #front-desk.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Classify each ticket as bug, feature or question; the bugs can land in #eng.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Tag each review as positive or negative; the negative ones should land in #cx.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Sort every message into urgent or routine; the routine ones can both land in "
        "triage@example.com.",
        (None, ["classify", "check_status", "email.send"]),
    ),
]

_FIELDS_OF_THE_ARRIVAL = [
    (
        "Whenever a signed hire agreement comes back from a customer at Ridgeline Tool Hire, "
        "grab the customer name, tool list and return date from it, push them to the depot "
        "webhook and email a copy to depot@example-ridgelinetoolhire.co.uk.",
        (None, ["extract", "webhook.post", "email.send"]),
    ),
    (
        "When a booking form comes in, grab the guest name, dates and room type from it and "
        "post them in #front-desk.",
        (None, ["extract", "slack.post_message"]),
    ),
    (
        "Whenever a repair request lands in the inbox, pull the address, fault and phone number "
        "from it and email them to repairs@example.com.",
        (None, ["extract", "email.send"]),
    ),
    (
        "When a new order arrives, grab the customer's postcode and post it in #dispatch.",
        (None, ["extract", "slack.post_message"]),
    ),
    (
        "Each time an application is submitted, get the applicant's email address and send it "
        "to the onboarding webhook.",
        (None, ["extract", "webhook.post"]),
    ),
]

_PERSON_WHO_DOES = [
    (
        "For every guest who checks out of Larkspur House B&B, email a thank-you straight away "
        "and then, two days later, a link to leave a review.",
        (None, ["email.send", "wait", "email.send"]),
    ),
    (
        "For every customer who signs up on the website, email a welcome note.",
        (None, ["email.send"]),
    ),
    (
        "For each member who renews, post a thank-you in #members.",
        (None, ["slack.post_message"]),
    ),
    (
        "For every patient who books online, send a confirmation to the SMS webhook.",
        (None, ["webhook.post"]),
    ),
    (
        "For each volunteer who registers for the beach clean, email them the safety briefing.",
        (None, ["email.send"]),
    ),
]

_UNCHANGED = [
    (
        "For every customer who has spent over $500, email a voucher to them.",
        (None, ["check_status", "email.send"]),
    ),
    (
        "When a deal closes, pull the account's renewal history from Salesforce and email it "
        "to cs@example.com.",
        (None, ["salesforce.query", "email.send"]),
    ),
    (
        "Every morning at 9, grab the customer's orders from https://api.example.com/orders "
        "and email them to ops@example.com.",
        ("0 9 * * *", ["http.request", "email.send"]),
    ),
    (
        "Forward every email in the sales inbox to sales@example.com.",
        (None, ["email.send"]),
    ),
    (
        "Support inbox: sort every incoming email into refund request or general question.",
        (None, ["classify"]),
    ),
    (
        "Classify each ticket as bug, feature or question; the bugs should go to #eng.",
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
]

_CONFIDENT = [
    *_INBOX_HEADINGS,
    *_DATA_HANDED_OVER,
    *_MARKED_AS_ONE_OF[1:],
    *_LABELS_LANDING,
    *_FIELDS_OF_THE_ARRIVAL,
    *_PERSON_WHO_DOES,
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_INBOX_HEADINGS,
        *_DATA_HANDED_OVER,
        *_MARKED_AS_ONE_OF,
        *_LABELS_LANDING,
        *_FIELDS_OF_THE_ARRIVAL,
        *_PERSON_WHO_DOES,
        *_UNCHANGED,
    ],
)
def test_reads_the_construction(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), _CONFIDENT)
def test_right_readings_are_confident(text, expected):
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)
