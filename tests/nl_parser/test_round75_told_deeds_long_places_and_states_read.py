"""Round 75: what a reminder asks of a group named in a few words ("remind the weekend staff to
finish their feeding sheets") is told, not a subset; a new item's headline may name a place with
a firm's full name ("new table review on the Saltgrass Oyster Bar booking site → …"); "after each
wedding" names an event, not a Wednesday; on a schedule "the upper chairlift is closed" is a
state; a monitor "reporting a perimeter gate left open" reports a state of the gate; and "… comes
in and we lost" tests how the game ended."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, CL, E, H, S, SU, T, W = (
    "check_status",
    "classify",
    "email.send",
    "http.request",
    "slack.post_message",
    "summarize",
    "wait",
    "webhook.post",
)

# "remind the weekend staff to finish their feeding sheets": who is reminded may be a few words;
# what they are asked to do is the message.
REMINDED_GROUPS = [
    (
        "Pawprint Boarding Kennels: each Sunday at 18:00, fire the SMS webhook to remind the"
        " weekend staff to finish their feeding sheets; 90 minutes later, fetch the logs from"
        " https://logs.example-pawprintkennels.co.uk/api/feeding and email them to"
        " manager@example-pawprintkennels.co.uk.",
        ("0 18 * * 0", [W, T, H, E]),
    ),
    (
        "Every weekday at 7am, trigger the SMS webhook to remind all the delivery drivers to"
        " complete their loading checklists.",
        ("0 7 * * 1-5", [W]),
    ),
    (
        "At 17:30 every day, text the cleaning crew via the SMS webhook to remind our evening"
        " cleaners to empty the recycling bins.",
        ("30 17 * * *", [W]),
    ),
    (
        "Every Friday at 4pm, post in #ward-7 to remind the night shift nurses to update their"
        " handover notes.",
        ("0 16 * * 5", [S]),
    ),
    (
        "Each Monday at 9, email ops@harbourgym.example to remind the front desk team to clear"
        " the lost property shelves.",
        ("0 9 * * 1", [E]),
    ),
]

# "new table review on the Saltgrass Oyster Bar booking site → …": a new item and where it came,
# the place named with its firm in full, heading an unscheduled text, is what arrives.
NEW_ITEMS_AT_LONG_PLACES = [
    (
        "new table review on the Saltgrass Oyster Bar booking site → score it positive/negative →"
        " negative ones → email gm@example-saltgrassoysterbar.com + #floor-team",
        (None, [CL, C, E, S]),
    ),
    (
        "new support ticket on the Lakeside Family Dental help portal → classify it"
        " urgent/routine → urgent ones → #front-desk",
        (None, [CL, C, S]),
    ),
    (
        "new class booking through the Blue Heron Yoga Studio members app → sort it"
        " beginner/advanced → advanced ones → email coach@example-blueheron.com",
        (None, [CL, C, E]),
    ),
    (
        "New parts order via the North Ridge Cycle Works trade portal → classify it as urgent or"
        " routine → urgent ones → email parts@example-northridge.com + #workshop",
        (None, [CL, C, E, S]),
    ),
    (
        "new room enquiry from the Old Mill Country House contact form → summarise it →"
        " #reservations",
        (None, [SU, S]),
    ),
]

# "After each wedding at Hawthorn Barn, …": a noun that starts like a day's short name ("wed",
# "sun", "mon", "fri", "sat") names an event, no schedule.
EACH_EVENT_NOT_A_DAY = [
    (
        "After each wedding at Hawthorn Barn, wait three days, then email the couple our feedback"
        " survey.",
        (None, [T, E]),
    ),
    (
        "After every sunset cruise on the Marlow Belle, wait an hour, then email the passengers a"
        " discount code.",
        (None, [T, E]),
    ),
    (
        "After each monitoring visit at Elmfield Care Home, wait two days, then email the family"
        " the visit notes.",
        (None, [T, E]),
    ),
    (
        "After every friendly at Riverside Cricket Club, wait a day, then post the photos in"
        " #club-news.",
        (None, [T, S]),
    ),
    (
        "After each saturation dive, wait 24 hours, then email the diver the medical form.",
        (None, [T, E]),
    ),
]

# "if the upper chairlift is closed": on a schedule, with no event to be, a state tested.
CLOSED_ON_A_SCHEDULE = [
    (
        "Every day at 6:45am, pull the lift status from"
        " https://lifts.highpeakskischool.example/api/status, and if the upper chairlift is"
        " closed, text the instructors via the SMS webhook.",
        ("45 6 * * *", [H, C, W]),
    ),
    (
        "Every morning at 7, fetch the road report from https://roads.example/api/passes and if"
        " the mountain pass is closed, post a warning in #drivers.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Each weekday at 5am, check https://api.tides.example/causeway and, if the causeway is"
        " closed, email the delivery team at drivers@example-tides.com.",
        ("0 5 * * 1-5", [H, C, E]),
    ),
    (
        "At 8am every Saturday, get the trail status from https://parks.example/api/trails; if"
        " the north ridge trail is still closed, post in #guides.",
        ("0 8 * * 6", [H, C, S]),
    ),
    (
        "Every hour, pull https://status.example/pool and if the outdoor pool is shut, text the"
        " lifeguards via the SMS webhook.",
        ("0 * * * *", [H, C, W]),
    ),
]

# "Upon the enclosure monitoring system reporting a perimeter gate left open …": the state the
# reported thing was left in is tested.
REPORTED_LEFT_IN_A_STATE = [
    (
        "NOTICE TO ALL DUTY STAFF — Whitcombe Zoo, Animal Welfare. Upon the enclosure monitoring"
        " system reporting a perimeter gate left open after 18:00, the keeper pager webhook shall"
        " be triggered immediately; a follow-up e-mail to welfare@whitcombezoo.example shall be"
        " sent thirty minutes thereafter.",
        (None, [C, W, T, E]),
    ),
    (
        "When the system reports a gate left open, trigger the pager webhook.",
        (None, [C, W]),
    ),
    (
        "When the building management system flags a loading bay door left open, post in"
        " #security.",
        (None, [C, S]),
    ),
    (
        "Upon the cold-store monitor reporting a freezer door left ajar, the facilities webhook"
        " shall be triggered; an email to estates@example-coldstore.com shall be sent ten minutes"
        " thereafter.",
        (None, [C, W, T, E]),
    ),
    (
        "When the alarm panel detects a side gate still unlocked after midnight, trigger the"
        " security webhook.",
        (None, [C, W]),
    ),
]

# "when an apex esports match result comes in and we lost": the result's arrival, then how the
# game ended for our side, the test.
OUTCOMES_FOR_OUR_SIDE = [
    (
        "when an apex esports match result comes in and we lost, summarise the match stats and"
        " post it in #coaching",
        (None, [C, SU, S]),
    ),
    (
        "When a rugby score update arrives and we won, post it in #club-news.",
        (None, [C, S]),
    ),
    (
        "when the final whistle report comes in and our first team lost, email the coach at"
        " coach@example-rovers.com",
        (None, [C, E]),
    ),
    (
        "Whenever a chess league result is posted and we drew, summarise the game notes and post"
        " them in #chess-club.",
        (None, [C, SU, S]),
    ),
    (
        "When a netball fixture result comes through and the home side were beaten, email it to"
        " manager@example-netball.com.",
        (None, [C, E]),
    ),
]

# Near cases: the same shapes without the new part keep their reading.
UNCHANGED = [
    ("When a match result comes in, post it in #team.", (None, [S])),
    ("When a support ticket is closed, email the customer a survey.", (None, [E])),
    ("When the system reports a new gate, trigger the pager webhook.", (None, [W])),
    ("Every thurs at 5pm, post the rota in #staff.", ("0 17 * * 4", [S])),
    (
        "new table review → score it positive/negative → negative ones → email gm@example-x.com",
        (None, [CL, C, E]),
    ),
]

# Near cases whose doubt is honest and stays.
STILL_DOUBTED = [
    # A predicate no rule reads.
    "Every day at 9, pull the lift status from https://lifts.example/api/status and if the upper"
    " chairlift looks odd, post in #ops.",
    # A trigger in a scheduled run.
    "After each wedding at Hawthorn Barn, email the couple our feedback survey every Monday.",
]

READ_NOW = (
    REMINDED_GROUPS
    + NEW_ITEMS_AT_LONG_PLACES
    + EACH_EVENT_NOT_A_DAY
    + CLOSED_ON_A_SCHEDULE
    + REPORTED_LEFT_IN_A_STATE
    + OUTCOMES_FOR_OUR_SIDE
)


@pytest.mark.parametrize(("text", "expected"), READ_NOW)
def test_the_construction_is_read_without_doubt(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []
    assert confidence_of(text) >= 0.8


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", STILL_DOUBTED)
def test_honest_doubts_stay(text):
    assert doubts_of(text) != []
    assert confidence_of(text) < 0.7
