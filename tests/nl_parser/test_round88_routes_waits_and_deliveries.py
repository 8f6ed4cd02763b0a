"""Round 88 (r88M): routes split by a lone bar ("commercial policies → #desk | everything else →
#general"); "wait until they've paid" waits for word back and "sit tight for 2 hours" for a time;
a quoted line logged in a channel ("log 'fine' in #site") is a post; a made thing delivered
("give the coaches a rundown", "post the summaries") is made once and is no subset; things
"fired at" / "aimed at" a webhook are posted there; a state told bare after an arrival ("comes in
flagged urgent") is tested as a quoted one is."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
SUM, WAIT, SIG = "summarize", "wait", "wait_for_signal"

# "<items> → <place> | <the rest> → <place>": a lone bar ends a route as a comma or newline does.
BARRED_ROUTES = [
    (
        "When a new policy is filed: commercial policies → #desk | everything else → #general",
        (None, [CS, S, CS, S]),
    ),
    (
        "Every hour, pull alerts from https://mon.example/api/alerts; database alerts →"
        " dba@mon.example | the rest → #ops",
        ("0 * * * *", [H, CS, E, CS, S]),
    ),
    (
        "When a form comes in: toddler lessons → #tots | anything else → email desk@pool.example",
        (None, [CS, S, CS, E]),
    ),
    (
        "Every morning at 8 → GET https://x.example/api/tickets → urgent tickets → #oncall |"
        " everything else → #support",
        ("0 8 * * *", [H, CS, S, CS, S]),
    ),
    (
        "When a booking request arrives: urgent bookings -> events@inn.example | all other"
        " bookings -> #front-desk",
        (None, [CS, E, CS, S]),
    ),
]

# "wait until <person> has <done>", with a participle that does not end in -ed: word back.
WAITED_ON_A_PERSON = [
    (
        "When an invoice is sent, wait until they've paid, then email accounts@firm.example.",
        (None, [SIG, E]),
    ),
    (
        "When a deposit is requested, hold on until she's paid it, then post in #bookings.",
        (None, [SIG, S]),
    ),
    (
        "When a quote goes out, wait till they have paid before texting the crew via the sms"
        " webhook.",
        (None, [SIG, W]),
    ),
    (
        "When a contract is sent out, wait until he's sent it back, then post it in #legal.",
        (None, [SIG, S]),
    ),
    (
        "When a proof goes to the client, wait until they've signed it, then email"
        " print@press.example.",
        (None, [SIG, E]),
    ),
]

# "sit tight / hang tight / hold on / stand by for <span>": a timed wait.
IDIOM_FOR_A_SPAN = [
    (
        "When an order ships, sit tight for 2 hours, then text the customer via the sms webhook.",
        (None, [WAIT, W]),
    ),
    (
        "When a parcel is delivered, hang tight for a day and then email the buyer a review"
        " request.",
        (None, [WAIT, E]),
    ),
    (
        "Once a booking is made, hold on for 30 minutes, then post it in #desk.",
        (None, [WAIT, S]),
    ),
    (
        "When a repair is logged, stand by for 3 hours before emailing the owner.",
        (None, [WAIT, E]),
    ),
    (
        "When a table is booked, sit tight 10 minutes and then post it in #floor.",
        (None, [WAIT, S]),
    ),
]

# "log / store '<words>' in #channel | to <address>": the quoted words are the message.
QUOTED_LINE_LOGGED = [
    (
        "Every hour, check https://site.example/health and log 'fine' in #site.",
        ("0 * * * *", [H, S]),
    ),
    (
        "Every evening at 6, pull the till totals from https://till.example/api/today and log"
        ' "day closed" to manager@cafe.example.',
        ("0 18 * * *", [H, E]),
    ),
    (
        "Every 10 minutes, ping https://api.example/status and log 'still up' in #api-watch.",
        ("*/10 * * * *", [H, S]),
    ),
    (
        "Every morning at 7, fetch https://boiler.example/api/temp and store 'checked' in"
        " #plant-room.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Each night at 11, read https://backup.example/api/last and log 'backup seen' in #it.",
        ("0 23 * * *", [H, S]),
    ),
]

# "give <people> a rundown", "email <people> a quick rundown": one made of the data in hand.
A_RUNDOWN_MADE = [
    (
        "Every Monday at 8, fetch the match stats from https://club.example/api/stats. Give the"
        " coaches a rundown in #coaches.",
        ("0 8 * * 1", [H, SUM, S]),
    ),
    (
        "Every Monday at 8, fetch the match stats from https://club.example/api/stats and post a"
        " rundown in #coaches.",
        ("0 8 * * 1", [H, SUM, S]),
    ),
    (
        "Every Friday at 4pm, pull the week's sales from https://shop.example/api/sales and email"
        " the owners a quick rundown.",
        ("0 16 * * 5", [H, SUM, E]),
    ),
    (
        "Each night at 10, read the bar takings from https://till.example/api/today; send the"
        " manager a short rundown on Slack in #bar.",
        ("0 22 * * *", [H, SUM, S]),
    ),
    (
        "Every Monday at 7, grab the rota from https://rota.example/api/week and give the nurses a"
        " brief rundown by email at ward@x.example.",
        ("0 7 * * 1", [H, SUM, E]),
    ),
]

# "<made thing>s delivered" after the step that made them: all of them, no typo, no subset.
SUMMARIES_DELIVERED = [
    (
        "Every Friday at 5pm, fetch the contracts from https://legal.example/api/contracts,"
        " summarize them and post the summaries in #legal.",
        ("0 17 * * 5", [H, SUM, S]),
    ),
    (
        "Every evening at 6, pull the shift logs from https://x.example/api/logs, summarise each"
        " one and email the summaries to leads@x.example.",
        ("0 18 * * *", [H, SUM, E]),
    ),
    (
        "Every Monday, summarise the week's contracts and post the summaries in #legal.",
        ("0 9 * * 1", [SUM, S]),
    ),
    (
        "Every Friday at 5pm, fetch the case notes from https://legal.example/api/notes and post"
        " the summaries in #legal.",
        ("0 17 * * 5", [H, SUM, S]),
    ),
    (
        "At 6pm each weekday, get the call notes from https://crm.example/api/calls, condense each"
        " into a summary and email the summaries to sales@crm.example.",
        ("0 18 * * 1-5", [H, SUM, E]),
    ),
]

# "<things> get fired at / are aimed at <webhook or URL>": posted there.
AIMED_AT_A_WEBHOOK = [
    (
        "Every night at 11, fetch the owl sightings from https://owls.example/api/today. The"
        " sightings get fired at https://hooks.example/owl.",
        ("0 23 * * *", [H, W]),
    ),
    (
        "Every hour, pull orders from https://shop.example/api/orders; refunded orders get aimed"
        " at the refunds webhook.",
        ("0 * * * *", [H, CS, W]),
    ),
    (
        "When a form is submitted, it should be fired at https://hooks.example/forms.",
        (None, [W]),
    ),
    (
        "Each Monday at 8, read https://x.example/api/stats. The numbers are aimed at"
        " https://hooks.example/dash.",
        ("0 8 * * 1", [H, W]),
    ),
    (
        "Every 5 minutes, fetch https://meters.example/api/now; the readings get fired at the"
        " grid webhook.",
        ("*/5 * * * *", [H, W]),
    ),
]

# "<item> comes in / arrives / lands <flagged|tagged|marked> <state>": the state, unquoted.
ARRIVES_MARKED = [
    ("When a new ticket comes in flagged urgent, post it in #oncall.", (None, [CS, S])),
    ("When a new ticket arrives tagged vip, post it in #oncall.", (None, [CS, S])),
    (
        "When an order comes in marked express, text the packer via the sms webhook.",
        (None, [CS, W]),
    ),
    (
        "Whenever a claim lands labelled fraud, email investigations@insure.example.",
        (None, [CS, E]),
    ),
    ("When a parcel comes back stamped damaged, post it in #returns.", (None, [CS, S])),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BARRED_ROUTES
    + WAITED_ON_A_PERSON
    + IDIOM_FOR_A_SPAN
    + QUOTED_LINE_LOGGED
    + A_RUNDOWN_MADE
    + SUMMARIES_DELIVERED
    + AIMED_AT_A_WEBHOOK
    + ARRIVES_MARKED,
)
def test_round88_constructions(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


def test_an_unquoted_state_is_tested_with_its_value():
    from nl_parser import parse

    steps = parse("When a new ticket comes in flagged urgent, post it in #oncall.", {}).steps
    assert steps[0].config == {"field": "$.status", "operator": "equals", "value": "urgent"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one route alone, no bar: one delivery, no test
        ("When a new policy is filed: commercial policies → #desk", (None, [S])),
        # bars between fields keep their reading
        (
            "Kestrel Cycles | new repair ticket | warranty claim? → email it to"
            " warranty@kestrel.example | everything else → #workshop",
            (None, [CS, E, CS, S]),
        ),
        # a wait with its span stays timed; an idiom "until" a person stays a signal
        ("When an order ships, wait 2 days, then email the customer.", (None, [WAIT, E])),
        (
            "When a claim is filed, sit tight until the adjuster approves it, then email the"
            " client.",
            (None, [SIG, E]),
        ),
        (
            "When a booking is made, hold on to it for 2 days, then email the guest.",
            (None, [WAIT, E]),
        ),
        # a rundown fetched from a place, or one that lists its items, is no summary made
        (
            "at 5:55am every day post the traffic and weather rundown from"
            " https://radio.example.com/api/rundown in #morning-show",
            ("55 5 * * *", [H, S]),
        ),
        # a log to an API is still a call
        (
            "Every hour, check https://site.example/health and log the result to"
            " https://logs.example/api/entries.",
            ("0 * * * *", [H, H]),
        ),
        # an arrival with nothing marked, or marked somewhere, is the trigger alone
        ("When a new ticket comes in, post it in #oncall.", (None, [S])),
        ("When a release is tagged on GitHub, post it in #releases.", (None, [S])),
        ("When a new ticket arrives tagged by the bot, post it in #oncall.", (None, [S])),
        ("When a ticket is flagged urgent, post it in #oncall.", (None, [CS, S])),
    ],
)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
