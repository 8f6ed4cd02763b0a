"""Round 68: a webhook set off in the passive ("the boathouse-lock webhook is to be fired"), a
memo's sender after "from", the trouble told before ", so:", and what an address is asked to do
("email greens@… to hold the mowers until midday")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = (
    "http.request",
    "check_status",
    "webhook.post",
    "email.send",
    "slack.post_message",
)

# "is to be fired", "should be kicked", "must be poked", "be tripped": a verb of setting off,
# in the passive, with the webhook as its subject, triggers the webhook.
SET_OFF_IN_THE_PASSIVE = [
    (
        "Memo from the Ravensholt Rowing Club facilities committee: at 05:40 on Tuesdays,"
        " Thursdays and Saturdays, the river level is to be retrieved from"
        " https://river.example-ravensholtrc.org.uk/api/gauge. Should the level exceed 1.8 m, the"
        " boathouse-lock webhook is to be fired; otherwise a 'water is fine, see you on the"
        " pontoon' notice goes to #rowers.",
        ("40 5 * * 2,4,6", [H, C, W, C, S]),
    ),
    (
        "Every hour, get the tank level from https://tanks.example-brewco.com/api/level; if it is"
        " below 10%, the refill webhook must be kicked.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "At 6am each day, fetch the soil moisture from https://farm.example-greenacre.org/api."
        " If the moisture drops under 20%, the irrigation webhook should be fired.",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "Each weekday at 7:15, the queue depth is to be pulled from"
        " https://ops.example-parcelhub.com/api/queue; should it exceed 500, the overflow webhook"
        " is to be poked.",
        ("15 7 * * 1-5", [H, C, W]),
    ),
    (
        "Every 30 minutes, read the freezer temperature from"
        " https://cold.example-icehouse.co.uk/api/temp and, should it rise above -15, the alarm"
        " webhook is to be tripped.",
        ("*/30 * * * *", [H, C, W]),
    ),
]

# The same without the test, or with a verb the parser already knew, reads as before.
SET_OFF_UNCHANGED = [
    (
        "Every hour, get the tank level from https://tanks.example-brewco.com/api/level and fire"
        " the refill webhook.",
        ("0 * * * *", [H, W]),
    ),
    (
        "At 6am each day, fetch the soil moisture from https://farm.example-greenacre.org/api."
        " If the moisture drops under 20%, the irrigation webhook should be triggered.",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "At 05:40 on Tuesdays, fetch the river level from https://river.example.org/api and post"
        " it to #rowers.",
        ("40 5 * * 2", [H, S]),
    ),
]

# "Memo from <sender>:", "Note from <sender>.": the heading names who sends, no step.
MEMO_FROM = [
    (
        "Memo from the Ravensholt Rowing Club facilities committee: every Monday at 8am, post"
        " the week's tide times to #rowers.",
        ("0 8 * * 1", [S]),
    ),
    (
        "Note from Highmoor Golf Club management: every Friday at 4pm, email the tee sheet to"
        " pro@example-highmoorgolf.co.uk.",
        ("0 16 * * 5", [E]),
    ),
    (
        "Notice from the Alder Street Allotments committee. On the 1st of each month at 9am,"
        " remind #plotholders that rent is due.",
        ("0 9 1 * *", [S]),
    ),
    (
        "Internal memo from Brindle Books finance team: every weekday at 6pm, post the day's"
        " takings summary in #finance.",
        ("0 18 * * 1-5", [S]),
    ),
]

# A note that says more than who sends it, or opens on a verb, stays.
MEMO_UNCHANGED = [
    ("Notice from Finance: post the invoices to #ap every Monday.", ("0 9 * * 1", [S])),
    ("Note from now on: post the invoices to #ap every Monday.", ("0 9 * * 1", [S])),
]

# "<how things go wrong>, so: <request>": the trouble's "if" and "when" are no test.
TROUBLE_THEN_SO = [
    (
        "The greens get wrecked if anyone mows on a frosty morning, so: every day in December at"
        " 5:30am, should the overnight low at Highmoor Golf Club have dropped below zero, email"
        " greens@example-highmoorgolf.co.uk to hold the mowers until midday.",
        ("30 5 * 12 *", [H, C, E]),
    ),
    (
        "Deliveries pile up when nobody checks the loading dock, so: every weekday at 7am, post"
        " a reminder in #warehouse to check the dock.",
        ("0 7 * * 1-5", [S]),
    ),
    (
        "The pipes burst if the boiler room gets cold overnight, so, every night at 11pm, fetch"
        " the boiler room temperature from https://bms.example-stmarys.org/api/temp and, if it"
        " is below 5, fire the heater webhook.",
        ("0 23 * * *", [H, C, W]),
    ),
    (
        "Members get annoyed when the courts are double-booked, so: every morning at 8, email"
        " bookings@example-parkside-tennis.com the day's court list.",
        ("0 8 * * *", [E]),
    ),
    (
        "Late invoices cost us a fortune in fees whenever they slip past the due date, so:"
        " every Monday at 9am, post a reminder in #accounts to chase payments.",
        ("0 9 * * 1", [S]),
    ),
]

# A request before "if so,", a schedule before ", so", or a verb first is no trouble told.
TROUBLE_UNCHANGED = [
    (
        "Each weekday at 7am, check whether any van is overdue at https://fleet.example.com/api"
        " and, if so, post it in #fleet.",
        ("0 7 * * 1-5", [H, C, S]),
    ),
    (
        "Every Monday at 9am, fetch the rota from https://rota.example.com/api, so: post it to"
        " #staff.",
        ("0 9 * * 1", [H, S]),
    ),
]

# "email <address> to <do something to something>": what the address is asked to do is the
# message, and its time is no second time of the run.
BIDDEN_MESSAGES = [
    (
        "Every weekday at 6am, email grounds@example-parkside.org to close the gates at noon.",
        "0 6 * * 1-5",
    ),
    (
        "Every Friday at 3pm, email kitchen@example-thebrasserie.co.uk to order the fish before"
        " 5pm.",
        "0 15 * * 5",
    ),
    (
        "On Sundays at 7pm, post in #crew to bring the boats in by 9am.",
        "0 19 * * 0",
    ),
    (
        "Each day at 5:30am, text ops@example-harbour.com to open the barrier at 6:15.",
        "30 5 * * *",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF_IN_THE_PASSIVE)
def test_a_webhook_set_off_in_the_passive_is_triggered(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), MEMO_FROM)
def test_a_memo_from_its_sender_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("not understood" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), TROUBLE_THEN_SO)
def test_the_trouble_told_before_so_is_no_test(text, expected):
    assert read(text) == expected
    assert not any("two conditions" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "cron"), BIDDEN_MESSAGES)
def test_what_an_address_is_asked_to_do_keeps_its_time(text, cron):
    assert read(text)[0] == cron


@pytest.mark.parametrize(
    ("text", "expected"), SET_OFF_UNCHANGED + MEMO_UNCHANGED + TROUBLE_UNCHANGED
)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
