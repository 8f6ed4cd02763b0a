"""Round 87: a fetch asked for as a noun set up to run ("Could someone set up a check of our frame
stock at https://…", "schedule a weekly pull of …") is the fetch; a count spelled out with what it
counts left before it ("any frame style we're down to fewer than two of", "any size with under
five left") is a comparison; and a delivery that names no place, then an arrow to a place alone
("Send: only results pending for more than 5 days → vets@…"), is one delivery there."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"

# "<could someone> set up / schedule / arrange a <check|pull|…> of <data> at <URL> <when>?"
CHECK_SET_UP = [
    (
        "Could someone set up a check of our frame stock at"
        " https://stock.larkspuroptical.example/api/frames at quarter to nine each weekday? Slack"
        " #optom-floor with any frame style we're down to fewer than two of.",
        ("45 8 * * 1-5", [H, CS, S]),
    ),
    (
        "Can someone schedule a pull of our open tickets from https://desk.example/api/tickets"
        " every Monday at 9 and post them in #support?",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Please set up a daily fetch of the rota at https://rota.example/api/week at 6am and email"
        " it to staff@rotaworks.example.",
        ("0 6 * * *", [H, E]),
    ),
    (
        "Could you arrange a scan of the greenhouse sensors at https://grow.example/api/sensors"
        " every hour? Post in #growers any bed that reads more than 30 degrees.",
        ("0 * * * *", [H, CS, S]),
    ),
    (
        "Could you set up a nightly export of the day's bookings from"
        " https://bookings.harbourkayaks.example/api/today at 11pm and email it to"
        " crew@harbourkayaks.example?",
        ("0 23 * * *", [H, E]),
    ),
]

# "any <item> we're down to fewer than two of", "… with under five left": the item itself counted.
COUNT_LEFT = [
    (
        "Every Friday at 4pm, fetch https://shop.example/api/stock and post in #shop any item"
        " with fewer than three left.",
        ("0 16 * * 5", [H, CS, S]),
    ),
    (
        "Each morning at 7, pull https://pantry.example/api/shelves and email"
        " volunteers@pantry.example with anything we have fewer than ten of.",
        ("0 7 * * *", [H, CS, E]),
    ),
    (
        "At 18:00 on weekdays, read https://parts.example/api/bins; Slack #workshop with any part"
        " we're down to under five of.",
        ("0 18 * * 1-5", [H, CS, S]),
    ),
    (
        "Every Sunday at 8pm, get the seed counts from https://seeds.example/api/packets and"
        " post any variety with fewer than twelve remaining to #nursery.",
        ("0 20 * * 0", [H, CS, S]),
    ),
]

# "<Send|Post|Forward>: <what goes> → <place alone>": the arrow names where the delivery goes.
SENT_THEN_PLACED = [
    (
        "Ops memo \u2014 Quarry Lane Veterinary Group\nWhen: Tue + Thu, 13:15\nSource:"
        " https://labs.quarrylanevets.example/api/pending-results\nSend: only results pending"
        " for more than 5 days \u2192 vets@quarrylanevets.example",
        ("15 13 * * 2,4", [H, CS, E]),
    ),
    (
        "When: Mondays, 08:30\nSource: https://fleet.example/api/vans\nNotify: vans with more"
        " than 900 miles since their last check \u2192 #fleet-desk",
        ("30 8 * * 1", [H, CS, S]),
    ),
    (
        "Every weekday at 5pm, fetch https://desk.example/api/orders, send the failed orders"
        " -> #ops",
        ("0 17 * * 1-5", [H, CS, S]),
    ),
    (
        "Daily 06:00 >> GET https://tanks.example/api/levels >> forward any tank below 20%"
        " >> facilities@tankfarm.example",
        ("0 6 * * *", [H, CS, E]),
    ),
    (
        "Fridays at 3pm: pull https://library.example/api/loans, then email the loans more than"
        " 14 days late => desk@library.example",
        ("0 15 * * 5", [H, CS, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHECK_SET_UP + COUNT_LEFT + SENT_THEN_PLACED)
def test_checks_set_up_counts_left_and_places_after_arrows(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


def test_a_reminder_set_up_still_sends():
    text = "Set up a weekly reminder in #rehearsals every Monday at 9 to bring the sheet music."
    assert read(text)[1] == [S]


def test_a_workflow_set_up_is_still_the_request():
    text = (
        "Can you set up something that checks https://shop.example/api/stock every day at 8"
        " and posts the levels in #shop?"
    )
    assert read(text) == ("0 8 * * *", [H, S])


def test_a_count_of_named_items_is_left_alone():
    text = "Every hour, fetch https://pumps.example/api/status and post it in #plant."
    assert read(text) == ("0 * * * *", [H, S])


def test_a_fetch_then_a_place_after_an_arrow_still_posts():
    text = "Every Monday at 9: GET https://x.example/api/orders -> #ops"
    assert read(text) == ("0 9 * * 1", [H, S])


def test_a_delivery_with_its_place_keeps_a_second_place_as_its_own():
    text = (
        "Every Monday at 9, fetch https://x.example/api/orders, post the failed ones in #ops"
        " -> ops@x.example"
    )
    assert read(text)[1] == [H, CS, S, E]


def test_a_webhook_then_a_channel_after_an_arrow_stays_two_deliveries():
    text = (
        "Whenever a firmware build fails its signing step → hit the release-block webhook"
        " → #firmware"
    )
    assert read(text) == (None, [CS, W, S])
