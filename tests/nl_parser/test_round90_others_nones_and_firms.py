"""Round 90: "all other bookings go in #site-office" sends the rest to a channel as "go to"
does; "No storm?" after "Storm warning?" asks the other answer; "For each lot consigned to
Hammerfall Auctions" or "each review posted about Driftwood Hostel" is the trigger; "whether the
guest was happy or unhappy" asks a class as "whether it's …" does; and "the won ones …, the lost
ones …" picks a second subset of the same field."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W = "check_status", "slack.post_message", "email.send", "webhook.post"
Q, H, K = "salesforce.query", "http.request", "classify"

# "…, all other bookings go in #site-office": the rest go in a channel, as "go to" sends them.
OTHERS_GO_IN = [
    (
        "Every morning at 8:20, fetch overnight bookings from"
        " https://book.cosycornercampsite.example/api/overnight; any pitch booked for more than 7"
        " nights \u2192 email warden@cosycornercampsite.example, all other bookings go in"
        " #site-office.",
        {},
        ("20 8 * * *", [H, C, E, C, S]),
    ),
    (
        "Daily at 7am, pull the orders from https://shop.example/api/orders; any order over $500"
        " \u2192 email sales@shop.example, all other orders go in #orders.",
        {},
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Every hour, fetch the tickets from https://desk.example/api/tickets; any ticket open"
        " for more than 3 days \u2192 email support-lead@desk.example, all other tickets go in"
        " #support.",
        {},
        ("0 * * * *", [H, C, E, C, S]),
    ),
    (
        "Each Monday at 9am, grab the invoices from https://books.example/api/invoices; any"
        " invoice above \u00a32,000 \u2192 email finance@books.example, the rest go in #accounts.",
        {},
        ("0 9 * * 1", [H, C, E, C, S]),
    ),
    (
        "At 6pm every weekday, get the deliveries from https://fleet.example/api/deliveries;"
        " any delivery late by more than 2 hours \u2192 email dispatch@fleet.example, all other"
        " deliveries go in #drivers.",
        {},
        ("0 18 * * 1-5", [H, C, E, C, S]),
    ),
]

# "Storm warning? Text …. No storm? Post …": the question with "no" is the other answer.
NONE_ASKED = [
    (
        "Pinewhistle Campsite, daily at 4pm: read tonight's forecast from"
        " https://weather.pinewhistlecamp.example/api/tonight. Storm warning? Text every pitched"
        " guest through the SMS webhook. No storm? Just post 'calm night' in #wardens.",
        {},
        ("0 16 * * *", [H, C, W, C, S]),
    ),
    (
        "Every day at 6am, check https://frost.example/api/tonight. Frost alert? Email"
        " gardeners@frost.example. No frost? Post 'all clear' in #garden.",
        {},
        ("0 6 * * *", [H, C, E, C, S]),
    ),
    (
        "Hourly, fetch the gate status from https://gate.example/api/status. Intruder detected?"
        " Fire the alarm webhook. No intruder? Post 'quiet' in #security.",
        {},
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "Each morning at 7:30, read the rota from https://rota.example/api/today. Gaps? Email"
        " manager@rota.example. No gaps? Post 'fully staffed' in #floor.",
        {},
        ("30 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Every Friday at 4pm, pull the road report from https://roads.example/api/report. Snow"
        " expected? Text the drivers through the SMS webhook. No snow? Just post 'roads clear'"
        " in #depot.",
        {},
        ("0 16 * * 5", [H, C, W, C, S]),
    ),
]

# "For each lot consigned to Hammerfall Auctions, …": handed to (or written about) a firm named
# without "the", the item arrives there; it is the trigger, not a test.
ITEMS_GIVEN_TO_A_FIRM = [
    (
        "For each lot consigned to Hammerfall Auctions, classify it as furniture, jewellery, art"
        " or other; jewellery lots go to gems@hammerfallauctions.example and everything else gets"
        " posted in #cataloguing \u2014 sorry, #catalogue-team.",
        {},
        (None, [K, C, E, C, S]),
    ),
    (
        "For each donation sent to Brightside Food Bank, classify it as food, toiletries or"
        " clothing; clothing goes to wardrobe@brightside.example and everything else gets posted"
        " in #stores.",
        {},
        (None, [K, C, E, C, S]),
    ),
    (
        "For every order placed at Copperleaf Florists, tag it as wedding, funeral or"
        " birthday, and email the wedding ones to events@copperleaf.example.",
        {},
        (None, [K, C, E]),
    ),
    (
        "For each complaint written about Harbour View Hotel, sort it into rooms, food or staff"
        " and post the food ones in #kitchen.",
        {},
        (None, [K, C, S]),
    ),
    (
        "For each painting consigned to Ashworth Gallery, pull out the artist, title and"
        " reserve price and send them to the catalogue webhook.",
        {},
        (None, ["extract", W]),
    ),
]

# "work out whether the guest was happy or unhappy": a class asked of a named subject, in the
# past or as it seems, is a classification as "whether it's …" is.
WHETHER_THE_SUBJECT_WAS = [
    (
        "For each guest review posted about Driftwood Hostel, work out whether the guest was"
        " happy or unhappy. Unhappy ones: DM the manager on Slack and fire the review-response"
        " webhook.",
        {},
        (None, [K, C, S, W]),
    ),
    (
        "For each support call logged at Quayside Telecom, work out whether the caller was calm,"
        " annoyed or furious. Furious ones: email escalations@quayside.example.",
        {},
        (None, [K, C, E]),
    ),
    (
        "For every survey reply sent to Oakridge Dental, decide whether the patient seemed"
        " satisfied or dissatisfied, and post the dissatisfied ones in #practice.",
        {},
        (None, [K, C, S]),
    ),
    (
        "For each feedback form submitted at Tidewater Kayaks, figure out whether the paddlers"
        " were beginners or experienced, and email the beginners to coaching@tidewater.example.",
        {},
        (None, [K, C, E]),
    ),
    (
        "For each voicemail left on the Hillcrest Surgery line, work out whether the patient"
        " sounded urgent or routine; urgent ones go to the triage webhook.",
        {},
        (None, [K, C, W]),
    ),
]

# "post the won ones in #partners and email the lost ones to …": two states of one field.
TWO_STATES_OF_ONES = [
    (
        "Each Monday at 9:40, pull Whitlock & Reyes Solicitors' opportunities from Salesforce"
        " that closed last week; post the won ones in #partners and email the lost ones to"
        " bd@whitlockreyes.example.",
        {},
        ("40 9 * * 1", [Q, C, S, C, E]),
    ),
    (
        "Every Friday at 5pm, fetch this week's orders from https://shop.example/api/orders;"
        " post the refunded ones in #finance and email the shipped ones to ops@shop.example.",
        {},
        ("0 17 * * 5", [H, C, S, C, E]),
    ),
    (
        "Daily at 8am, get yesterday's tickets from https://desk.example/api/tickets, email the"
        " escalated ones to lead@desk.example and post the resolved ones in #wins.",
        {},
        ("0 8 * * *", [H, C, E, C, S]),
    ),
    (
        "On the 1st of every month at 10:00, pull last month's deals from Salesforce, send the"
        " lost ones to the churn webhook and post the won ones in #sales.",
        {},
        ("0 10 1 * *", [Q, C, W, C, S]),
    ),
    (
        "Every weekday at 6pm, grab the day's shipments from https://ship.example/api/today;"
        " post the delayed ones in #logistics and email the delivered ones to cs@ship.example.",
        {},
        ("0 18 * * 1-5", [H, C, S, C, E]),
    ),
]

ALL = (
    OTHERS_GO_IN + NONE_ASKED + ITEMS_GIVEN_TO_A_FIRM + WHETHER_THE_SUBJECT_WAS + TWO_STATES_OF_ONES
)


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_round90_constructions_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    OTHERS_GO_IN + ITEMS_GIVEN_TO_A_FIRM[1:] + WHETHER_THE_SUBJECT_WAS + TWO_STATES_OF_ONES,
)
def test_round90_right_answers_stay_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "understood" in d]


def test_one_state_of_ones_is_one_test():
    text = "Every Monday at 9am, pull deals from Salesforce and post the won ones in #partners."
    assert read(text) == ("0 9 * * 1", [Q, C, S])


def test_the_same_ones_twice_keep_one_test():
    text = (
        "Every Monday at 9am, pull deals from Salesforce, post the won ones in #partners and"
        " email the won ones to bd@x.example."
    )
    assert read(text) == ("0 9 * * 1", [Q, C, S, E])


def test_a_doubt_opened_by_no_is_no_test():
    text = "Every Monday at 9am, post the sales numbers in #sales. No, every Tuesday?"
    assert C not in read(text)[1]


def test_items_with_a_place_but_no_firm_stay_a_subset():
    text = (
        "Every day at 9am, fetch the orders from https://shop.example/api/orders and, for each"
        " order shipped to Germany, email customs@shop.example."
    )
    assert read(text) == ("0 9 * * *", [H, C, E])


def test_whether_it_is_up_or_not_is_no_class():
    text = "Every hour, ping https://x.example/health, work out whether the site was up or not."
    assert K not in read(text)[1]


def test_the_same_ones_named_again_keep_one_test():
    text = (
        "Weekdays at 11:05, grab every open opportunity from Salesforce, post the ones closing"
        " this week in #site-sales and ship the same ones to hire@x.example."
    )
    assert read(text) == ("5 11 * * 1-5", [Q, C, S, E])


def test_the_remaining_ones_after_a_state_are_no_state_of_their_own():
    text = (
        "Every Monday at 9am, pull deals from Salesforce, post the won ones in #partners and"
        " email the remaining ones to bd@x.example."
    )
    assert read(text) == ("0 9 * * 1", [Q, C, S, C, E])  # the other side of "won", no new state
