"""Round 75: a firm joined by "&" heads its steps ("Lock & Riddle Escape Rooms: …"), as does a
policy or procedure naming its firm ("PROCEDURE: Harlow & Finch Solicitors, new client
onboarding.", "Policy — Granary Wharf Self Storage.") and a name with what it is in lower case
before a pipe ("Larchfield House care home | 06:30 daily | …"); "chk", "snd" and "fwd" texted
before their object are the verbs; "Anything less:" labels the other branch; "go through the
entries at https://…" fetches them; "add the booking to #tour-guides" posts it there; and "in
the next fortnight" is the span of the data, no schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
K, R, Q, WAIT = "classify", "generate_report", "salesforce.query", "wait_for_signal"

# A heading of a firm, a policy or a procedure, or a name before a pipe: left unread as words.
HEADINGS = [
    (
        "Lock & Riddle Escape Rooms: from 9am to 9pm, every 20 minutes, poll"
        " https://rooms.example-lockandriddle.co.uk/api/sessions and DM the game master in Slack"
        " whenever a team has overrun its 60-minute slot.",
        {},
        ("*/20 9-21 * * *", [H, C, S]),
    ),
    (
        "Marsh & Daughters Family Butchers: every Friday at 4pm, fetch the week's orders from"
        " https://orders.example-marsh.co.uk/api/week and email them to shop@example-marsh.co.uk.",
        {},
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Pike & Heron Fly Fishing Supplies: weekdays at 8am, pull the river levels from"
        " https://river.example-pikeheron.com/api/levels and post them in #guides.",
        {},
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "PROCEDURE: Harlow & Finch Solicitors, new client onboarding. Upon receipt of an"
        " engagement letter from a new client, the matter shall not be opened until the"
        " compliance team confirms the ID checks. Thereafter, the matter-opening webhook shall"
        " be triggered and the fee earner notified in #litigation.",
        {},
        (None, [WAIT, W, S]),
    ),
    (
        "Procedure: Oakridge Veterinary Hospital, out-of-hours admissions. Every night at 11pm,"
        " the admissions list at https://vets.example-oakridge.com/api/admissions shall be"
        " emailed to nights@example-oakridge.com.",
        {},
        ("0 23 * * *", [H, E]),
    ),
    (
        "Policy — Granary Wharf Self Storage. Each morning at 08:10, the unit-access log at"
        " https://access.granarywharfstorage.example/api/overnight shall be reviewed. Where any"
        " unit was opened between midnight and 5am, the security contractor shall be notified"
        " via webhook; where none was, a brief all-clear shall be posted to #site-staff.",
        {"availableTools": [H, W, S]},
        ("10 8 * * *", [H, C, W, C, S]),
    ),
    (
        "Policy: Redfern Community Pool. Every Saturday at 6am, the water readings at"
        " https://pool.example-redfern.org/api/readings shall be posted in #lifeguards.",
        {},
        ("0 6 * * 6", [H, S]),
    ),
    (
        "Protocol — St Aldhelm's Hospice, night shift. Each night at 10pm, the medication"
        " schedule at https://meds.example-staldhelm.org/api/tonight shall be sent to"
        " nurses@example-staldhelm.org.",
        {},
        ("0 22 * * *", [H, E]),
    ),
    (
        "Larchfield House care home | 06:30 daily | any resident who has missed two medication"
        " rounds in a row → alert the nurse in charge",
        {"availableTools": [H, W]},
        ("30 6 * * *", [H, C, W]),
    ),
    (
        "Hollybank Stables riding school | 07:00 every Saturday | GET"
        " https://yard.example-hollybank.co.uk/api/lessons | post the list in #yard",
        {},
        ("0 7 * * 6", [H, S]),
    ),
    (
        "Brook Street dental practice | weekdays 17:30 | GET"
        " https://diary.example-brookstreet.co.uk/api/tomorrow | email it to"
        " desk@example-brookstreet.co.uk",
        {},
        ("30 17 * * 1-5", [H, E]),
    ),
]

# "chk", "snd", "fwd" before their object: read as unknown verbs before.
TEXTED_VERBS = [
    (
        "every sun 7pm chk https://api.otterburnkayaks.example/v1/rota for next wk n if any day"
        " has fewer than 2 guides txt the manager thru the sms webhook",
        {},
        ("0 19 * * 0", [H, C, W]),
    ),
    (
        "every mon 8am chk the stock levels at https://api.example-stores.com/stock n if any item"
        " has fewer than 5 left msg #stores",
        {},
        ("0 8 * * 1", [H, C, S]),
    ),
    (
        "every day 6pm chk https://tills.example-cafe.com/api/takings n snd the total to"
        " owner@example-cafe.com",
        {},
        ("0 18 * * *", [H, E]),
    ),
    (
        "each fri 5pm grab https://api.example-gym.com/signups n fwd them to #front-desk",
        {},
        ("0 17 * * 5", [H, S]),
    ),
    (
        "every hr chk https://status.example-shop.com/api/health n if its down txt the owner thru"
        " the sms webhook",
        {},
        ("0 * * * *", [H, C, W]),
    ),
]

# "Above 30 cm: … Anything less: email …": 'Anything' read as an unknown verb.
REMAINDER_LABELS = [
    (
        "Glenard Ski Centre — during January, February and March, every day at 05:00, read the"
        " overnight snow depth from https://slopes.glenardski.example/api/snow. Above 30 cm: fire"
        " the 'slopes open' webhook for the website. Anything less: email the ops manager at"
        " ops@glenardski.example so she can make the call.",
        {"availableTools": [H, W, E]},
        ("0 5 * 1-3 *", [H, C, W, C, E]),
    ),
    (
        "Every hour, fetch the queue depth from https://q.example-ops.com/api/depth. Over 500:"
        " page the on-call webhook. Anything lower: post it in #ops.",
        {},
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "Every morning at 7, read the reservoir level from https://water.example-farm.com/api/"
        "level. Below 40%: email farm@example-farm.com. Anything higher: post the level in"
        " #yard.",
        {},
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Daily at 9am, pull the overnight order count from https://tills.example-deli.com/api/"
        "count. Over 80: post it in #wins. Anything smaller: email it to boss@example-deli.com.",
        {},
        ("0 9 * * *", [H, C, S, C, E]),
    ),
    (
        "Every weekday at 8, get the delivery count from https://vans.example-bakery.com/api/"
        "count. Above 40: fire the extra-driver webhook. Anything fewer: post the count in"
        " #dispatch.",
        {},
        ("0 8 * * 1-5", [H, C, W, C, S]),
    ),
]

# "go through the entries at https://…": 'go' read as an unknown verb.
READ_THROUGH = [
    (
        "One-off job for Fenwick Public Library: go through the 3,000 suggestion-box entries at"
        " https://suggest.example-fenwicklibrary.org.uk/api/entries, categorise them (stock,"
        " opening hours, facilities, staff), write up a report and send it to the head librarian.",
        {"availableTools": [H, E]},
        (None, [H, K, R, E]),
    ),
    (
        "Every day at 9, go over the orders at https://shop.example-tea.com/api/orders and email"
        " them to boss@example-tea.com.",
        {},
        ("0 9 * * *", [H, E]),
    ),
    (
        "Each Monday at 10am, sift through the reviews at https://reviews.example-inn.com/api/week"
        " and post a summary in #front-of-house.",
        {},
        ("0 10 * * 1", [H, "summarize", S]),
    ),
    (
        "Every Friday at 3pm, comb through the expense claims at"
        " https://claims.example-firm.com/api/week and email them to finance@example-firm.com.",
        {},
        ("0 15 * * 5", [H, E]),
    ),
    (
        "Once a week on Sunday at 8pm, trawl through the forum posts at"
        " https://forum.example-club.org/api/posts and post them in #moderators.",
        {},
        ("0 20 * * 0", [H, S]),
    ),
]

# "add the booking to #tour-guides": 'add' read as an unknown verb.
ADDED_TO_A_CHANNEL = [
    (
        "Whenever someone books a tour of Sable Point Lighthouse, email them the parkng directions"
        " and add the booking to #tour-guides.",
        {},
        (None, [E, S]),
    ),
    (
        "When a new lead arrives, add it to #sales and email it to boss@example-leads.com.",
        {},
        (None, [S, E]),
    ),
    (
        "Every Friday at 4pm, fetch the week's sales from https://x.example-shop.com/api/sales and"
        " append the total to the #finance thread.",
        {},
        ("0 16 * * 5", [H, S]),
    ),
    (
        "Whenever a member cancels, add their name to #membership.",
        {},
        (None, [S]),
    ),
    (
        "Each morning at 8, pull the day's deliveries from https://vans.example-mill.com/api/today"
        " and pin the list in #drivers.",
        {},
        ("0 8 * * *", [H, S]),
    ),
]

# "booked in the next fortnight": read as a schedule word left unread.
DATA_SPANS = [
    (
        "On the 1st and 16th of each month at 9 sharp, have the CRM give us every Blackthorn"
        " Alarms account with an installation booked in the next fortnight, and email the list to"
        " installs@blackthornalarms.example.",
        {"availableTools": [Q, E, S]},
        ("0 9 1,16 * *", [Q, E]),
    ),
    (
        "Every Monday at 8am, query Salesforce for renewals due in the next fortnight and post"
        " them in #account-managers.",
        {},
        ("0 8 * * 1", [Q, S]),
    ),
    (
        "Every Friday at 5pm, pull the bookings made over the past fortnight from"
        " https://book.example-spa.com/api/bookings and email them to spa@example-spa.com.",
        {},
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Daily at 7am, fetch the jobs scheduled for the coming fortnight from"
        " https://jobs.example-roofers.com/api/jobs and post them in #crew.",
        {},
        ("0 7 * * *", [H, S]),
    ),
    (
        "On the 1st of each month at 10, get the complaints logged in the last fortnight from"
        " https://cx.example-hotel.com/api/complaints and email them to gm@example-hotel.com.",
        {},
        ("0 10 1 * *", [H, E]),
    ),
]

READ_WHOLE = HEADINGS + TEXTED_VERBS + REMAINDER_LABELS + READ_THROUGH + ADDED_TO_A_CHANNEL
READ_WHOLE += DATA_SPANS


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    # Only the honest doubts stay: a condition no rule reads, a fetch added.
    kept = ("was not understood", "step was added before it")
    assert not [d for d in doubts_of(text, context) if not any(k in d for k in kept)]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (t, c)
        for t, c, _ in READ_WHOLE
        if not t.startswith(("Lock & Riddle", "Larchfield"))  # an honest doubt stays
    ],
)
def test_confident_when_read(text, context):
    assert confidence_of(text, context) >= 0.8


# Near cases: the doubt stays where the text was not read.
def test_policy_topic_that_is_a_step_is_no_heading():
    text = "Policy: Finance Team, send the report to boss@example-fin.com every Monday at 9."
    assert read(text) == ("0 9 * * 1", [E])


def test_added_to_a_place_not_a_channel_stays_unknown():
    doubts = doubts_of("Whenever a new order comes in, add it to the spreadsheet.")
    assert any("'add'" in d for d in doubts)


def test_gone_through_with_no_source_fetches_nothing():
    text = "Every Friday at 5pm, go through the checklist and email the team at ops@example.com."
    assert read(text) == ("0 17 * * 5", [E])


def test_every_fortnight_is_still_a_schedule():
    text = "Every fortnight on Monday at 9am, email the rota to staff@example-rota.com."
    assert read(text)[1] == [E]
    assert read(text)[0] is not None


def test_short_word_with_no_object_is_no_verb():
    text = "Every day at 9, post the chk list from https://x.example-q.com/api/chk in #qa."
    assert read(text) == ("0 9 * * *", [H, S])


def test_condition_not_read_still_doubted():
    text = (
        "Lock & Riddle Escape Rooms: every 20 minutes, poll https://rooms.example-lr.co.uk/api"
        " and post in #ops whenever a team has fumbled its slot."
    )
    # (Round 82: "has overrun its slot" is read now, as a limit passed; a verb no rule reads
    # keeps the doubt.)
    assert any("was not understood" in d for d in doubts_of(text))
