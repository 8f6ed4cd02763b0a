"""Round 48: a trigger joined by "and it's …" to a state of its item, the stars a review brings,
an item someone sends in ("for every report a technician uploads"), its listed fields taken from
it ("grab the address, pest type and …"), fields taken out of a class ("out of the wholesale
ones"), a verb's particle before its medium ("ship them over by email"), the time an act was
done on the item ("if it was placed before 1pm") and a day a message tells of ("… that it'll be
delivered tomorrow")."""

import pytest

from nl_parser import parse

EMAIL_ONLY = {"availableTools": ["email.send"]}


def _read(text: str, context: dict | None = None) -> tuple:
    result = parse(text, context or {})
    cron = result.schedule.cron_expression if result.schedule else None
    return cron, result.actions, result.confidence


CASES = [
    # the miss: "and it's for water damage" after the trigger is a test of the item
    (
        "When a claim form lands in the claims inbox and it's for water damage, extract the"
        " policy number, postcode and date of loss and push them to the loss-adjuster webhook.",
        None,
        None,
        ["check_status", "extract", "webhook.post"],
    ),
    (
        "When a ticket arrives and it's urgent, post it to #ops.",
        None,
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "Whenever a booking request comes through and it's for a corporate event, email"
        " events@example.com.",
        None,
        None,
        ["check_status", "email.send"],
    ),
    (
        "As soon as a parcel is scanned at the depot and it's for the Highlands, post it in"
        " #north-vans.",
        None,
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "When a refund request arrives and they're for damaged goods, email qa@example.com.",
        None,
        None,
        ["check_status", "email.send"],
    ),
    # near: the trigger alone
    (
        "When a claim form lands in the claims inbox, push it to the loss-adjuster webhook.",
        None,
        None,
        ["webhook.post"],
    ),
    # the miss: the stars a review brings say which reviews count
    (
        "When a customer leaves a one-star review for the cafe, let the manager know.",
        EMAIL_ONLY,
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a customer leaves a 1-star review, post it to #ops.",
        None,
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "Whenever a guest gives the hotel a two-star rating on Tripadvisor, email"
        " guestcare@example.com.",
        None,
        None,
        ["check_status", "email.send"],
    ),
    (
        "If a five star review comes in on Google, post it in #wins.",
        None,
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "Each time a patient leaves a 3-star review, email feedback@example-clinic.com.",
        None,
        None,
        ["check_status", "email.send"],
    ),
    # near: a review with no grade
    (
        "When a customer leaves a review for the cafe, let the manager know.",
        EMAIL_ONLY,
        None,
        ["email.send"],
    ),
    # the miss: an item someone uploads is the trigger; its listed fields are extracted
    (
        "For every inspection report a technician uploads from the field, grab the address,"
        " pest type and treatment applied, and send those on to records@example-bugbusters.com.",
        None,
        None,
        ["extract", "email.send"],
    ),
    (
        "For each timesheet a contractor submits, post it in #payroll.",
        None,
        None,
        ["slack.post_message"],
    ),
    (
        "For every booking form we receive, email it to events@example.com.",
        None,
        None,
        ["email.send"],
    ),
    (
        "When a rental application comes in, pull the applicant's name, income and move-in date,"
        " and email them to lettings@example.com.",
        None,
        None,
        ["extract", "email.send"],
    ),
    (
        "Whenever a supplier emails us a delivery note, grab the PO number, quantity and delivery"
        " date and post them in #warehouse.",
        None,
        None,
        ["extract", "slack.post_message"],
    ),
    # near: a trigger that brings no item fetches; so does a schedule
    (
        "When a deploy finishes, grab the error rate, latency and uptime and post them in #ops.",
        None,
        None,
        ["http.request", "slack.post_message"],
    ),
    (
        "Every morning grab the revenue, signups and churn and email them to ceo@example.com.",
        None,
        "0 9 * * *",
        ["http.request", "email.send"],
    ),
    (
        "For each order over $500, post it in #sales.",
        None,
        None,
        ["check_status", "slack.post_message"],
    ),
    # the miss: fields taken out of one class of a classification
    (
        "one-off: we've got about 1,200 customer emails sitting in the bakery's old inbox. tag"
        " each one as order, complaint or wholesale enquiry, pull the customer's name and phone"
        " number out of the wholesale ones, and mail that list to sales@example-crumbandco.com",
        {"availableTools": ["email.send", "slack.post_message"]},
        None,
        ["classify", "check_status", "extract", "email.send"],
    ),
    (
        "When a support email arrives, classify it as bug, billing or feature request, extract the"
        " order number from the billing ones and post it in #finance.",
        None,
        None,
        ["classify", "check_status", "extract", "slack.post_message"],
    ),
    (
        "Fetch the tickets from https://api.example.com/tickets, classify them as outage, question"
        " or complaint, extract the customer and date from the complaints and send them to"
        " cx@example.com.",
        None,
        None,
        ["http.request", "classify", "check_status", "extract", "email.send"],
    ),
    (
        "Sort each incoming CV into engineering, design or sales, then pull the candidate's name"
        " and phone number out of the design ones, and email them to design-hiring@example.com.",
        None,
        None,
        ["classify", "check_status", "extract", "email.send"],
    ),
    (
        "Label every new lead as hot, warm or cold, extract the phone number from the hot ones and"
        " send it to the dialer webhook.",
        None,
        None,
        ["classify", "check_status", "extract", "webhook.post"],
    ),
    # near: fields taken out of all of them
    (
        "Classify each message as order, complaint or wholesale enquiry, pull the customer's name"
        " and phone number out of them, and mail that list to sales@example.com",
        None,
        None,
        ["classify", "extract", "email.send"],
    ),
    # the miss: "over" is the verb's particle before its medium, no comparison
    (
        "Every day at 4:15pm, pull today's new leads from the CRM and ship them over by email to"
        " events@example-cloudlearn.io.",
        {"availableTools": ["salesforce.query", "email.send"]},
        "15 16 * * *",
        ["salesforce.query", "email.send"],
    ),
    (
        "Every Monday at 8am, fetch https://api.example.com/invoices and send them over by email to"
        " ap@example.com.",
        None,
        "0 8 * * 1",
        ["http.request", "email.send"],
    ),
    (
        "Each Friday at 5pm, pull the week's signups from https://api.example.com/signups and pass"
        " them along via Slack to #growth.",
        None,
        "0 17 * * 5",
        ["http.request", "slack.post_message"],
    ),
    (
        "Daily at 7am, get the overnight alerts from https://api.example.com/alerts and send them"
        " across by email to noc@example.com.",
        None,
        "0 7 * * *",
        ["http.request", "email.send"],
    ),
    (
        "Every day at 6pm, pull the deals from Salesforce and shoot the list over by email to"
        " vp@example.com.",
        None,
        "0 18 * * *",
        ["salesforce.query", "email.send"],
    ),
    # near: "over" comparing still tests
    (
        "Every day at 9am, pull the orders from https://api.example.com/orders and email the ones"
        " over $500 to ops@example.com.",
        None,
        "0 9 * * *",
        ["http.request", "check_status", "email.send"],
    ),
    # the miss: the time an act was done on the item is a test; a told day is the message's
    (
        "When a florist order comes in, if it was placed before 1pm post it in #same-day-vans,"
        " otherwise email the customer that it'll be delivered tomorrow.",
        None,
        None,
        ["check_status", "slack.post_message", "check_status", "email.send"],
    ),
    (
        "When a florist order comes in, if it was placed before 1pm post it in #same-day-vans.",
        None,
        None,
        ["check_status", "slack.post_message"],
    ),
    (
        "Whenever a tax return is lodged, if it was submitted after 5pm email the client that it'll"
        " be processed on Monday.",
        None,
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a grocery order arrives, if it was paid before noon post it in #packing, otherwise"
        " post it in #tomorrow-queue.",
        None,
        None,
        ["check_status", "slack.post_message", "check_status", "slack.post_message"],
    ),
    (
        "When an order comes in, email the customer that it'll be delivered tomorrow.",
        None,
        None,
        ["email.send"],
    ),
    (
        "When a repair job is booked, text the owner through the SMS webhook that it will be ready"
        " on Friday.",
        None,
        None,
        ["webhook.post"],
    ),
    # near: a schedule keeps its own time and day
    (
        "Every day at 1pm, post the same-day orders from https://api.example.com/orders in #vans.",
        None,
        "0 13 * * *",
        ["http.request", "slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), CASES)
def test_round48_constructions(text: str, context: dict | None, cron: str | None, actions):
    got_cron, got_actions, confidence = _read(text, context)
    assert (got_cron, got_actions) == (cron, actions)
    assert confidence >= 0.7
