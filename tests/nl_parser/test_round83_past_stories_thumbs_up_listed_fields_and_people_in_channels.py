"""Round 83: a story that opens on what once went wrong ("After the resurfacer broke down last
winter we're all a bit twitchy …") is told, no trigger; a hold until someone "gives the
thumbs-up" or "the nod" waits for a signal; a verb-like word closing a list of fields ("lift the
supplier, date and total off each one") is one more field; and a person named, then the channel
they are in ("ping dispatch in #dispatch"), is a delivery after an event with no comma."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = ("http.request", "check_status", "slack.post_message", "email.send", "webhook.post")
X, R, Q, G = ("extract", "generate_report", "salesforce.query", "wait_for_signal")

# "After/Since/When <something went wrong, in the past>, <teller> …": why it is asked.
STORY_OPENING_ON_AN_EVENT_GONE_BY = [
    (
        "After the resurfacer broke down mid-session last winter we're all a bit twitchy about"
        " the ice at Glacier Point Arena. Every day at 6pm, read the ice-thickness sensors at"
        " https://rink.glacierpointarena.example/api/ice; if any reading is under 3 cm, fire the"
        " resurfacing-crew webhook, otherwise just post 'ice OK' in #rink-crew.",
        ("0 18 * * *", [H, C, W, C, S]),
    ),
    (
        "Ever since a freezer failed over the Easter break, we've been nervous about the cold"
        " room at Hollybank Butchers. Every hour, fetch the temperatures from"
        " https://cold.hollybank.example/api/temps; if any is above 5 degrees, fire the alarm"
        " webhook, otherwise post 'all cold' in #butchery.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "After our pump packed up two summers ago I've been checking the tank by hand. Every"
        " morning at 7, pull the levels from https://tanks.example/api/levels and if any level is"
        " below 20%, email farm@tanks.example.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Since the server crashed in the middle of a sale last spring, our team has been jumpy"
        " about uptime. Every 15 minutes, fetch https://status.example/api/health and if the"
        " status is down, alert #ops.",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "When the boiler went out during the cold snap last January we all learned our lesson."
        " Every weekday at 6am, read the boiler temps at https://boiler.example/api/temps; if any"
        " is below 50, fire the heating webhook.",
        ("0 6 * * 1-5", [H, C, W]),
    ),
    (
        "After a guest slipped on the wet floor last month, our managers are careful about the"
        " pool deck. Every 2 hours, fetch the sensor readings from https://pool.example/api/deck"
        " and post them in #pool-staff.",
        ("0 */2 * * *", [H, S]),
    ),
]

# "hold it until <someone> gives the thumbs-up / the nod": someone approving, a signal.
HELD_UNTIL_A_GESTURE_OF_APPROVAL = [
    (
        "Every Friday at 4pm, pull next week's booked moves for Hartley Removals from Salesforce"
        " and draw up a crew report; hold it until Sandra in ops gives the thumbs-up, then email"
        " it to crews@hartleyremovals.example.",
        ("0 16 * * 5", [Q, R, G, E]),
    ),
    (
        "Every Monday at 9am, draft the weekly newsletter, wait for the editor's thumbs-up, then"
        " email it to subscribers@paper.example.",
        ("0 9 * * 1", [R, G, E]),
    ),
    (
        "Every day at 5pm, pull the day's orders from https://shop.example/api/orders and"
        " summarize them; hold it until the manager gives it a thumbs up, then post it in #sales.",
        ("0 17 * * *", [H, "summarize", G, S]),
    ),
    (
        "Every Thursday at 3pm, generate the rota report, then wait until the head chef gives the"
        " thumbs-up before emailing it to kitchen@bistro.example.",
        ("0 15 * * 4", [R, G, E]),
    ),
    (
        "Each Monday at 8am, pull the open deals from Salesforce, write up a pipeline report, hold"
        " it until the sales director gives it the nod and then post it to #pipeline.",
        ("0 8 * * 1", [Q, R, G, S]),
    ),
]

# "<take> the A, B and <verb-like field> off/from each one": the list's last field.
LIST_CLOSED_BY_A_VERB_LIKE_FIELD = [
    (
        "One job, no repeat: Stonegate Builders' Merchants has 600 scanned delivery notes at"
        " https://archive.stonegatebm.example/api/notes \u2014 fetch them, lift the supplier, date"
        " and total off each one, and email the lot to accounts@stonegatebm.example.",
        (None, [H, X, E]),
    ),
    (
        "Fetch the invoices from https://books.example/api/invoices, take the customer, due date"
        " and total off each one, and post them in #finance.",
        (None, [H, X, S]),
    ),
    (
        "Grab the 300 order forms at https://forms.example/api/orders, lift the buyer, address and"
        " total off each form and post the lot to the orders webhook.",
        (None, [H, X, W]),
    ),
    (
        "Every Monday at 9am, fetch the timesheets from https://hours.example/api/sheets, pluck the"
        " name, project and total from each one and send them to payroll@firm.example.",
        ("0 9 * * 1", [H, X, E]),
    ),
    (
        "Pull the receipts from https://expenses.example/api/receipts, copy the merchant, category"
        " and total from each receipt, then email them to expenses@firm.example.",
        (None, [H, X, E]),
    ),
]

# "<event> <step verb> <someone> in #channel": no comma, the person and their channel.
PERSON_THEN_THEIR_CHANNEL = [
    (
        "whenever a rider marks a drop as failed on the swiftspoke couriers app ping dispatch in"
        " #dispatch pls",
        (None, [C, S]),
    ),
    (
        "whenever a delivery is marked as late ping logistics in #logistics",
        (None, [C, S]),
    ),
    (
        "whenever a patient cancels on the booking portal ping reception in #front-desk",
        (None, [S]),
    ),
    (
        "every time a build fails on the ci server warn the devs in #builds",
        (None, [C, S]),
    ),
    (
        "when a table sends back a dish on the till app alert the kitchen in #pass pls",
        (None, [S]),
    ),
]

# The constructions without what this round reads: unchanged.
NEAR = [
    ("After a booking is made, email the guest a confirmation.", (None, [E])),
    ("After the payment fails, wait 2 days and email the customer.", (None, [C, "wait", E])),
    (
        "Every day at 6pm, read the ice sensors at https://rink.example/api/ice; if any reading is"
        " under 3 cm, fire the crew webhook, otherwise post 'ice OK' in #rink-crew.",
        ("0 18 * * *", [H, C, W, C, S]),
    ),
    (
        "Every Monday at 9am, draft the weekly newsletter, wait 2 hours, then email it to"
        " subscribers@paper.example.",
        ("0 9 * * 1", [R, "wait", E]),
    ),
    ("When a customer gives a thumbs-up in the survey, post it in #wins.", (None, [S])),
    (
        "Fetch the invoices from https://books.example/api/invoices and total them, then email the"
        " sum to ap@firm.example.",
        (None, [H, "summarize", E]),
    ),
    (
        "Pull the orders from https://shop.example/api/orders and total the amounts, then post the"
        " figure in #sales.",
        (None, [H, "summarize", S]),
    ),
    ("whenever a rider marks a drop as failed, ping dispatch in #dispatch", (None, [C, S])),
    ("whenever someone posts a complaint in #support email help@firm.example", (None, [E])),
    (
        "whenever a 5 star review lands on the ridgeback bikes page post it in #shop-floor pls",
        (None, [C, S]),
    ),
]

CASES = (
    STORY_OPENING_ON_AN_EVENT_GONE_BY
    + HELD_UNTIL_A_GESTURE_OF_APPROVAL
    + LIST_CLOSED_BY_A_VERB_LIKE_FIELD
    + PERSON_THEN_THEIR_CHANNEL
)


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR)
def test_reads_the_construction(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_right_answers_are_confident(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []
