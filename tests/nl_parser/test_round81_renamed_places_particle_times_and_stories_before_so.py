"""Round 81: a particle verb's time ("accounts whose hours run out this month") says when, not
what, so the verb starts no step; a correction telling a place's new name ("sorry, that
channel's been renamed #shipping") corrects with the place alone; the trouble told before ", so
could you …" in the sentence that asks is story; and a window of hours ending at midnight runs
through the 23 o'clock hour."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
Q = "salesforce.query"

# "<items> whose <noun> <verb> <particle> this <span>": the time follows the particle.
PARTICLE_TIMES = [
    (
        "At twenty to nine on Tuesday mornings, query Salesforce for Larkspur Language School"
        " corporate accounts whose prepaid course hours run out this month and ship the results"
        " off to the renewals-team webhook.",
        ("40 8 * * 2", [Q, W]),
    ),
    (
        "Every Friday at 4pm, pull the memberships from https://gym.example/api whose passes"
        " run out this week and email them to desk@gym.example.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Each morning at 7, query Salesforce for contracts whose terms run out this quarter"
        " and post them in #legal.",
        ("0 7 * * *", [Q, S]),
    ),
    (
        "On weekdays at 8am, query Salesforce for orders that customers pick up this afternoon"
        " and post them in #counter.",
        ("0 8 * * 1-5", [Q, S]),
    ),
    (
        "Every Monday at 9am query Salesforce for accounts whose credits run out this week and"
        " post them in #renewals.",
        ("0 9 * * 1", [Q, S]),
    ),
]

# "<place> (<marker>, <it> <was renamed / is now / moved to> <new place>)": the place alone.
RENAMED_PLACES = [
    (
        "Each time a Moss & Fern terrarium order is dispatched, email the customer their"
        " tracking link and log it in #dispatch-log (sorry, that channel's been renamed"
        " #shipping).",
        (None, [E, S]),
    ),
    (
        "Every Friday at 5pm, pull the timesheets from https://hours.example/api and post them"
        " in #payroll \u2014 sorry, it's called #wages now.",
        ("0 17 * * 5", [H, S]),
    ),
    (
        "When a new lead arrives, email the details to sales@firm.example. Oh no wait, that"
        " address changed to leads@firm.example.",
        (None, [E]),
    ),
    (
        "Every morning at 8, fetch the weather from https://wx.example/api and post it to"
        " #general (actually, we renamed that channel to #team-news).",
        ("0 8 * * *", [H, S]),
    ),
    (
        "Each time a booking is cancelled, post it in #bookings, sorry, the channel is now"
        " #reservations.",
        (None, [S]),
    ),
    (
        "Every Monday at 9am, query Salesforce for open deals and email them to"
        " pipeline@firm.example \u2014 no, that inbox moved to deals@firm.example.",
        ("0 9 * * 1", [Q, E]),
    ),
]

# "<trouble told>, so could you <request>": the words before "so" are the story.
STORIES_BEFORE_SO = [
    (
        "Our delivery drivers at Crumb & Crust Bakery keep ringing the office at dawn asking"
        " where they're going, so could you post the day's delivery round from"
        " https://rounds.crumbandcrust.example/api/today in #drivers at 4am every day? Hmm, make"
        " that 4:20 \u2014 the last bake comes out late.",
        ("20 4 * * *", [H, S]),
    ),
    (
        "Our volunteers keep turning up to locked doors because nobody knows the rota, so can"
        " you post the week's rota from https://rota.example/api in #volunteers every Monday at"
        " 7am?",
        ("0 7 * * 1", [H, S]),
    ),
    (
        "My team at Harbour Lights Hotel always forgets which rooms are due a deep clean, so"
        " would you email the list from https://rooms.example/api/deep-clean to"
        " housekeeping@harbourlights.example at 6am every day?",
        ("0 6 * * *", [H, E]),
    ),
    (
        "We lose track of overdue loans all the time, so please query Salesforce for overdue"
        " loans every Friday at 3pm and post them in #library.",
        ("0 15 * * 5", [Q, S]),
    ),
    (
        "Patients ring the front desk all morning asking whether their glasses are ready, so"
        " could you fetch the ready orders from https://lab.example/api every weekday at 9am"
        " and email them to desk@optician.example?",
        ("0 9 * * 1-5", [H, E]),
    ),
    (
        "Our bar staff never know which kegs are running low, and so we'd like the keg levels"
        " from https://kegs.example/api posted in #bar every evening at 5pm.",
        ("0 17 * * *", [H, S]),
    ),
]

# "from <time> till midnight": the window runs through the 23 o'clock hour.
MIDNIGHT_ENDS = [
    (
        "every 10 minutes from 5am till midnight, check https://gate.example/api and post it"
        " in #ops",
        ("*/10 5-23 * * *", [H, S]),
    ),
    (
        "Every 10 minutes from 5am until midnight fetch the queue from https://q.example/api.",
        ("*/10 5-23 * * *", [H]),
    ),
    (
        "Every 15 minutes from 6am to 12am, fetch the bar tab from https://bar.example/api.",
        ("*/15 6-23 * * *", [H]),
    ),
    (
        "every 10 minutes between 7am and midnight, fetch https://lift.example/api/status",
        ("*/10 7-23 * * *", [H]),
    ),
    (
        "Hourly from 8am to midnight on weekdays, fetch the orders from https://o.example/api"
        " and post them in #kitchen.",
        ("0 8-23 * * 1-5", [H, S]),
    ),
]

# Near cases that must not change.
NEAR_CASES = [
    (
        "every day at 6, pull the rota from https://rota.example/api, write up this week's"
        " summary and post it in #staff",
        ("0 6 * * *", [H, "summarize", S]),
    ),
    (
        "Each time an order is dispatched, post it in #dispatch-log (sorry, #shipping).",
        (None, [S]),
    ),
    (
        "Each time a Moss & Fern terrarium order is dispatched, email the customer their"
        " tracking link and log it in #dispatch-log.",
        (None, [E, S]),
    ),
    (
        "could you post the day's delivery round from https://rounds.example/api/today in"
        " #drivers at 4am every day?",
        ("0 4 * * *", [H, S]),
    ),
    (
        "Fetch the rota from https://rota.example/api every Monday at 7am, so can you post it"
        " in #volunteers too?",
        ("0 7 * * 1", [H, S]),
    ),
    (
        "Every 15 minutes from 6am to 11pm, fetch the bar tab from https://bar.example/api.",
        ("*/15 6-23 * * *", [H]),
    ),
    (
        "Every 30 minutes from midnight to 6am, fetch the alarms from https://a.example/api.",
        ("*/30 0-6 * * *", [H]),
    ),
]

RIGHT = PARTICLE_TIMES + RENAMED_PLACES + STORIES_BEFORE_SO + MIDNIGHT_ENDS


@pytest.mark.parametrize(("text", "expected"), RIGHT + NEAR_CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in RIGHT])
def test_right_readings_carry_no_new_doubts(text):
    # A correction read says so; nothing else may be in doubt.
    assert not [d for d in doubts_of(text) if "as a correction of" not in d]
    assert confidence_of(text) >= 0.7


def test_a_corrected_end_at_midnight_keeps_the_window():
    text = (
        "every 10 minutes from 5am till 10pm, fetch https://gate.example/api, actually till"
        " midnight"
    )
    assert read(text) == ("*/10 5-23 * * *", [H])
    assert not [d for d in doubts_of(text) if "schedule read is" in d]
