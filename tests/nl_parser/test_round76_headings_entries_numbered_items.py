"""Round 76: a firm's heading before the steps is read as a heading: a rule or routine for a
firm ("Heads-up rule for Norrvik Solar: …"), the firm and a topic before a schedule ("Strikeline
Bowl, lane faults: every 15 min, …"), a long firm's name before a one-off marker ("Thistle &
Thread Bridal, one-time job: …"), "Just once, for <firm>: …", a standing instruction naming its
sender, and a memo's To:/From: lines and a subject named by its cadence; an entry made in a
channel ("a 'within range' entry shall be made in #log") is a post there; "DM'd" is "DMed"; a
thing named by its number ("fermenter 2") is no test; and "has been waiting more than …" is a
state the test reads."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
K, X, R, SUM, WAIT = "classify", "extract", "generate_report", "summarize", "wait"

HEADINGS = [
    # the case: a rule set up for a firm
    (
        "Heads-up rule for Norrvik Solar: every weekday at 11:30, if more than 15 open"
        " opportunities in the CRM are still waiting on a site survey, ping #install-planning.",
        {},
        ("30 11 * * 1-5", ["salesforce.query", C, S]),
    ),
    (
        "Morning routine for Fenwick Bakery: every day at 5am, pull the oven temperatures from"
        " https://ovens.fenwickbakery.example/api/temps and post them in #bakers.",
        {},
        ("0 5 * * *", [H, S]),
    ),
    (
        "Reminder rule for Oakridge Dental — each Monday at 8, fetch the week's bookings from"
        " https://book.oakridgedental.example/api/week and email them to"
        " desk@oakridgedental.example.",
        {},
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Stock automation for Pebble Lane Books: every Friday at 6pm, grab the low-stock list"
        " from https://stock.pebblelane.example/api/low and send it to the reorder webhook.",
        {},
        ("0 18 * * 5", [H, W]),
    ),
    (
        "Escalation rule for Harbour Vets: hourly, check https://queue.harbourvets.example/api/"
        "waiting and post in #front-desk if more than 5 clients are waiting.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    # the case: the firm, then the topic, before the schedule
    (
        "Strikeline Bowl, lane faults: every 15 min, 6pm\u201311pm, Fridays & Saturdays — poll"
        " https://lanes.strikelinebowl.example/api/faults and post any lane reporting a pinsetter"
        " fault in #mechanics.",
        {},
        ("*/15 18-23 * * 5,6", [H, C, S]),
    ),
    (
        "Glasshouse Gardens, humidity checks: every 30 minutes, poll"
        " https://sensors.glasshouse.example/api/humidity and post the readings in #growers.",
        {},
        ("*/30 * * * *", [H, S]),
    ),
    (
        "Copper Kettle Cafe, till totals: every night at 11pm, pull the totals from"
        " https://till.copperkettle.example/api/today and email them to"
        " owner@copperkettle.example.",
        {},
        ("0 23 * * *", [H, E]),
    ),
    (
        "Riverside Rowing Club, river levels: daily at 6am, fetch"
        " https://levels.riverside.example/api/now and message #coaches if the level is above 2.5.",
        {},
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "Brightside Dental, missed appointments: every weekday at 6pm, pull the no-shows from"
        " https://pms.brightside.example/api/no-shows and send them to the recall webhook.",
        {},
        ("0 18 * * 1-5", [H, W]),
    ),
    # the case: a long firm's name before the one-off marker
    (
        "Thistle & Thread Bridal, one-time job: grab our 600 customer reviews from"
        " https://reviews.example-thistlethread.co.uk/api/all, sort them into positive and"
        " negative, summarise just the negative ones, and get that summary to the owner.",
        {"availableTools": ["http.request", "email.send"]},
        (None, [H, K, C, SUM, E]),
    ),
    (
        "Hollow Oak Tree Surgeons, one-off job: pull the quotes from"
        " https://quotes.hollowoak.example/api/all and email them to office@hollowoak.example.",
        {},
        (None, [H, E]),
    ),
    (
        "Marsh and Lyle Estate Agents, one-time run: fetch the listings from"
        " https://listings.marshlyle.example/api/all and post them in #lettings.",
        {},
        (None, [H, S]),
    ),
    (
        "Saint Brides Community Choir, one-time job: get the member list from"
        " https://members.stbrides.example/api/all and send it to the welcome webhook.",
        {},
        (None, [H, W]),
    ),
    (
        "Bell & Anchor Inn, one-time job: pull the bookings from"
        " https://bookings.bellanchor.example/api/all and summarise them for #managers.",
        {},
        (None, [H, SUM, S]),
    ),
    # the case: once, then the firm it is for
    (
        "Just once, for Marrow & Quince Architects: fetch the letters from"
        " https://docs.marrowquince.example/api/letters, pull the site address, decision and"
        " decision date out of each, put together a report on approvals vs refusals, and shoot it"
        " over to partners@marrowquince.example.",
        {},
        (None, [H, X, R, E]),
    ),
    (
        "Just once, for Fairweather Sailing School: fetch the sign-ups from"
        " https://signups.fairweather.example/api/all and email them to crew@fairweather.example.",
        {},
        (None, [H, E]),
    ),
    (
        "Only once, for Kiln & Clay Pottery — pull the orders from"
        " https://orders.kilnclay.example/api/all and post a summary in #studio.",
        {},
        (None, [H, SUM, S]),
    ),
    (
        "Just this once, for Larch Hill Farm Shop: grab the stock list from"
        " https://stock.larchhill.example/api/all and send it to the supplier webhook.",
        {},
        (None, [H, W]),
    ),
    (
        "Once only, for Greyfriars Chambers: pull the case list from"
        " https://cases.greyfriars.example/api/open and email it to clerks@greyfriars.example.",
        {},
        (None, [H, E]),
    ),
    # the case: a standing instruction naming who sends it
    (
        "STANDING INSTRUCTION — Kovács Translation Bureau, Finance. On the 28th of each month at"
        " 15:00, the payroll export at https://hr.kovacstranslation.example/api/payroll-export"
        " shall be retrieved and posted to the external accountant's webhook.",
        {},
        ("0 15 28 * *", [H, W]),
    ),
    (
        "Standing instruction: Ashby Lane Garage. Every Monday at 7am, the booking list at"
        " https://garage.ashbylane.example/api/week shall be retrieved and posted in #workshop.",
        {},
        ("0 7 * * 1", [H, S]),
    ),
    (
        "Instruction — Pemberton Lettings, Accounts. Every Friday at 4pm, the rent ledger at"
        " https://ledger.pemberton.example/api/rents shall be retrieved and emailed to"
        " accounts@pemberton.example.",
        {},
        ("0 16 * * 5", [H, E]),
    ),
    (
        "STANDING ORDER — Wrenfield Vets, Reception. Daily at 7:30, the day's appointments at"
        " https://pms.wrenfield.example/api/today shall be retrieved and posted in #reception.",
        {},
        ("30 7 * * *", [H, S]),
    ),
    (
        "Standing instructions: Tallis Music School, Office. Every weekday at 9am, the lesson"
        " list at https://lessons.tallis.example/api/today shall be retrieved and sent to the"
        " rota webhook.",
        {},
        ("0 9 * * 1-5", [H, W]),
    ),
    # the case: a memo's To:/From:/Subject: header
    (
        "To: Warehouse team. From: Operations Manager, Kestrel Valley Distillery. Subject: Daily"
        " cask humidity check. With immediate effect, the bonded-warehouse humidity readings shall"
        " be retrieved from https://sensors.example-kestrelvalley.co.uk/api/warehouse-humidity at"
        " 05:40 every day. Where relative humidity is found to be below 60%, the warehouse foreman"
        " is to be alerted through the pager webhook; in all other cases a 'within range' entry"
        " shall be made in #warehouse-log.",
        {},
        ("40 5 * * *", [H, C, W, C, S]),
    ),
    (
        "To: Kitchen staff. From: Head Chef, Saltmarsh Bistro. Subject: Weekly fridge log. Every"
        " Sunday at 10pm, the fridge temperatures at https://fridges.saltmarsh.example/api/week"
        " shall be retrieved and emailed to chef@saltmarsh.example.",
        {},
        ("0 22 * * 0", [H, E]),
    ),
    (
        "From: Practice Manager, Elm Street Surgery. To: Reception. Every weekday at 8am, pull the"
        " day's cancellations from https://pms.elmstreet.example/api/cancellations and post them"
        " in #reception.",
        {},
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "To: All drivers. Subject: Nightly driver rota. Every night at 9pm, fetch tomorrow's"
        " routes from https://routes.swiftvan.example/api/tomorrow and send them to the drivers"
        " webhook.",
        {},
        ("0 21 * * *", [H, W]),
    ),
    (
        "Cc: Site leads. Subject: Monthly safety summary. On the 1st of every month at 9am, pull"
        " the incident log from https://safety.buildco.example/api/incidents, summarise it and"
        " email it to safety@buildco.example.",
        {},
        ("0 9 1 * *", [H, SUM, E]),
    ),
]

ENTRIES = [
    (
        "Every day at 9, fetch https://tanks.example/api/levels. If the level is below 60%, alert"
        " the foreman through the pager webhook; in all other cases a 'within range' entry shall"
        " be made in #tank-log.",
        ("0 9 * * *", [H, C, W, C, S]),
    ),
    (
        "Every hour, fetch https://pumps.example/api/status and make an entry in #pump-log.",
        ("0 * * * *", [H, S]),
    ),
    (
        "Every Monday at 8, pull the rota from https://rota.example/api/week; a note is to be"
        " made in #shift-leads.",
        ("0 8 * * 1", [H, S]),
    ),
    (
        "Daily at 6pm, fetch https://sales.example/api/today and make a short record in"
        " #sales-log.",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Every Friday at 5pm, get the totals from https://till.example/api/week; an entry should"
        " be made to books@till.example.",
        ("0 17 * * 5", [H, E]),
    ),
]

NUMBERED = [
    (
        "Every Monday at 6:00, fire the Lochside Brewery CIP webhook to start cleaning fermenter"
        " 2, wait 45 minutes, then pull the rinse-water conductivity from"
        " https://brew.example-lochsidebrewery.co.uk/api/fv2 and message #brewhouse if it's still"
        " above 50 µS/cm.",
        ("0 6 * * 1", [W, WAIT, H, C, S]),
    ),
    (
        "Every day at 7am, trigger the flush webhook for tank 3 and post a note in #dairy.",
        ("0 7 * * *", [W, S]),
    ),
    (
        "Every night at 10pm, call the lock webhook for gate 12 and post in #security.",
        ("0 22 * * *", [W, S]),
    ),
    (
        "Every Sunday at 6am, fire the sanitise webhook for kiln 4, wait 30 minutes, then post in"
        " #studio.",
        ("0 6 * * 0", [W, WAIT, S]),
    ),
    (
        "Every weekday at 8, fetch the readings for boiler 7 from https://plant.example/api/b7"
        " and email them to ops@plant.example.",
        ("0 8 * * 1-5", [H, E]),
    ),
]

WAITING_STATES = [
    (
        "Every 30 minutes between 8am and 6pm, check the repair queue at"
        " https://queue.fixfastphones.example/api/jobs and message #bench-techs about any handset"
        " that has been waiting more than two hours.",
        ("*/30 8-18 * * *", [H, C, S]),
    ),
    (
        "Every hour, check the ticket queue at https://help.example/api/open and post in #support"
        " about any ticket that has been waiting more than 4 hours.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes, pull https://orders.example/api/pending and email ops@orders.example"
        " about any order that has been sitting more than 2 hours.",
        ("*/15 * * * *", [H, C, E]),
    ),
    (
        "Every day at 9, fetch https://claims.example/api/open and message #claims about any claim"
        " that has been pending for more than 10 days.",
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "Every 20 minutes, check https://er.example/api/queue and post in #triage about patients"
        " who have been waiting over 90 minutes.",
        ("*/20 * * * *", [H, C, S]),
    ),
]

# "DM'd": a verb written as letters, its past with an apostrophe, is the participle "DMed".
CLIPPED_PASTS = [
    (
        "Incoming patient messages at Luma Physiotherapy should be triaged as clinical or admin;"
        " the clinical ones get DM'd to the duty physio in Slack, and anything else goes by email"
        " to reception@example-lumaphysio.co.uk.",
        (None, [K, C, S, C, E]),
    ),
    (
        "When a bug report comes in, classify it as urgent or minor; urgent ones get DM'd to the"
        " on-call dev in Slack and the rest go to #bugs.",
        (None, [K, C, S, C, S]),
    ),
    (
        "When a refund request arrives, sort it as large or small; large ones get DM'd to the"
        " manager in Slack, and the rest are emailed to desk@x.example.",
        (None, [K, C, S, C, E]),
    ),
    ("Each new lead should be DM'ed to Sam in Slack.", (None, [S])),
    (
        "Every Friday at 5, pull the sales from https://x.example/api/week; the total is to be"
        " DM'd to the owner in Slack.",
        ("0 17 * * 5", [H, S]),
    ),
]

READ_WHOLE = [
    *HEADINGS,
    *((t, {}, e) for t, e in ENTRIES),
    *((t, {}, e) for t, e in NUMBERED),
    *((t, {}, e) for t, e in WAITING_STATES),
    *((t, {}, e) for t, e in CLIPPED_PASTS),
]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    # Only the honest doubt stays: a fetch added for a condition.
    kept = ("step was added before it",)
    assert not [d for d in doubts_of(text, context) if not any(k in d for k in kept)]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.8


# Near cases: the doubt stays where the text was not read.
def test_typo_doubt_stays_beside_the_read_state():
    text = (
        "Every 30 minutes betwen 8am and 6pm, check the repair queue at"
        " https://queue.fixfastphones.example/api/jobs and message #bench-techs about any handset"
        " that has been waiting more than two hours."
    )
    assert read(text) == ("*/30 8-18 * * *", [H, C, S])
    assert [d for d in doubts_of(text) if "betwen" in d]


def test_subject_with_a_cadence_and_no_other_schedule_stays_read():
    text = "Subject: daily rota email. Email the rota to staff@rota.example."
    assert read(text)[0] is not None


def test_count_after_a_verb_is_still_a_possible_test():
    text = "Every day at 9, fetch https://x.example/api/a and post in #ops when it hits 10."
    assert read(text)[1][-1] == S


def test_firm_and_topic_without_a_schedule_is_no_heading():
    text = "Copper Kettle Cafe, till totals: pull them from https://till.example/api/today."
    assert doubts_of(text)


def test_made_thing_not_an_entry_is_no_post():
    text = "Every day at 9, fetch https://x.example/api/a and make a report."
    assert read(text) == ("0 9 * * *", [H, R])


def test_id_for_i_would_is_no_clipped_past():
    text = "Every day at 9, fetch https://x.example/api/a and I'd like it posted in #ops."
    assert "I'd" in text  # the contraction is left as it was written
    assert read(text)[1][-1] == S
