"""Round 63: people looped in ("loop in the stewarding team", "keep the wardens in the loop"),
news told bare after "let … know" to a body named with "&" ("let the Crumb & Co Bakery delivery
drivers know the day's route sheets are ready"), a hold until someone named by whose they are
acts ("until the owner's vet confirms"), and a test trailing a step an "N days after <event>"
wait delays (made when the step runs, after the wait)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, WAIT, SIGNAL = "check_status", "wait", "wait_for_signal"
SLACK_ONLY = {"availableTools": [S]}
MAIL_ONLY = {"availableTools": [E]}

# "loop in the stewarding team", "loop the wardens in", "keep the crew in the loop": people
# brought into what is going on are told, a notification; the medium is the caller's.
LOOPED_IN = [
    (
        "Every time a new volunteer registers for the Fennick Folk Festival, loop in the"
        " stewarding team.",
        SLACK_ONLY,
        (None, [S]),
    ),
    (
        "Whenever a guest books the function room at the Old Anchor, loop the events crew in.",
        SLACK_ONLY,
        (None, [S]),
    ),
    (
        "When a new planning application lands at Hollins Parish Council, keep the clerk in the"
        " loop.",
        MAIL_ONLY,
        (None, [E]),
    ),
    (
        "Each time a pupil joins Brookfield Primary, loop in their form tutor by email.",
        {},
        (None, [E]),
    ),
    (
        "Every Friday at 5pm, loop in #site-managers.",
        {},
        ("0 17 * * 5", [S]),
    ),
]
# A loop that is iterated, or "in" that places the thing, is no one told.
LOOPS_KEPT = [
    ("Every hour, loop through the open orders and post each one in #packing.", {}, [S]),
]

# "let the Crumb & Co Bakery delivery drivers know the day's route sheets are ready": who is
# told may be a body of names joined by "&"; the news after "know", a subject and its state
# with no "that", is what the message says, no data to fetch.
BARE_NEWS_TOLD = [
    (
        "Every weekday at 7:50, let the Crumb & Co Bakery delivery drivers know the day's route"
        " sheets are ready to collect.",
        MAIL_ONLY,
        ("50 7 * * 1-5", [E]),
    ),
    (
        "Every Monday at 8am, let the Dale & Finch Removals crews know this week's delivery routes"
        " are on the noticeboard.",
        SLACK_ONLY,
        ("0 8 * * 1", [S]),
    ),
    (
        "Every day at 6pm, let the kitchen porters know tomorrow's deliveries are due at 7.",
        MAIL_ONLY,
        ("0 18 * * *", [E]),
    ),
    (
        "Every Saturday at 9am, let the Birch and Bramble Nursery volunteers know the day's"
        " planting lists are on the noticeboard.",
        SLACK_ONLY,
        ("0 9 * * 6", [S]),
    ),
    (
        "At 7am on weekdays, tell the warehouse pickers today's pick sheets are ready by email.",
        {},
        ("0 7 * * 1-5", [E]),
    ),
]
# Data the people are sent, not news of it, is still fetched first; a question after "know"
# picks the items it asks about.
BARE_NEWS_KEPT = [
    (
        "Each weekday at 8:10, let the audiologists know which of today's patients are due a"
        " device service.",
        {},
        ("10 8 * * 1-5", [H, C, E]),
    ),
    (
        "Every weekday at 7:50, email the delivery drivers the day's route sheets.",
        {},
        ("50 7 * * 1-5", [H, E]),
    ),
    (
        "Every weekday at 7:50, let the delivery drivers know that the day's route sheets are"
        " ready.",
        {},
        ("50 7 * * 1-5", [E]),
    ),
]

# "hold it until the owner's vet confirms": the person awaited may be named by whose they are.
HELD_FOR_WHOSE = [
    (
        "New booking at Whiskers Rest Cattery → hold it until the owner's vet confirms the cat's"
        " jabs are up to date → email the owner their booking confirmation",
        {},
        (None, [SIGNAL, E]),
    ),
    (
        "When a tenancy application comes in, hold it until the tenant's guarantor signs the"
        " form, then email the letting agent at lets@example-keyhouse.co.uk.",
        {},
        (None, [SIGNAL, E]),
    ),
    (
        "New grant request → wait until the charity's treasurer approves it → post it in #grants.",
        {},
        (None, [SIGNAL, S]),
    ),
    (
        "When a school trip is booked, hold the booking till the pupil's parent returns the"
        " consent form, then email trips@example-greenhill.sch.uk.",
        {},
        (None, [SIGNAL, E]),
    ),
    (
        "For each new loan request, wait until the member's guarantor confirms, then email"
        " loans@example-unioncu.org.",
        {},
        (None, [SIGNAL, E]),
    ),
]
HELD_FOR_A_TIME_KEPT = [
    (
        "When a booking comes in, wait until the day's end, then email the owner.",
        {},
        (None, [WAIT, E]),
    ),
]

# "Three days after a free trial lesson, email the parent a code unless they've signed up": the
# test is made when the step runs, after the wait the event opens.
TEST_AFTER_THE_WAIT = [
    (
        "Three days after a free trial lesson at Otterpool Swim School, email the parent a"
        " discont code unless they've already signed up.",
        {},
        (None, [WAIT, C, E]),
    ),
    (
        "Two days after a guest checks out of the Gull Rock Hostel, email them a review link"
        " unless they've already booked.",
        {},
        (None, [WAIT, C, E]),
    ),
    (
        "A week after a quote is sent from Lark Lane Glazing, email the customer a reminder if"
        " they haven't replied.",
        {},
        (None, [WAIT, C, E]),
    ),
    (
        "48 hours after a demo call, post the lead in #sales-follow-up unless they've already"
        " signed up.",
        {},
        (None, [WAIT, C, S]),
    ),
    (
        "Ten days after an invoice is issued at Moss & Fern Design, text the client through the"
        " SMS webhook unless it has been paid.",
        {},
        (None, [WAIT, C, W]),
    ),
]
TEST_BEFORE_THE_STEP_KEPT = [
    (
        "When a free trial lesson ends, email the parent a discount code unless they've already"
        " signed up.",
        {},
        (None, [C, E]),
    ),
    (
        "Three days after a free trial lesson, email the parent a discount code.",
        {},
        (None, [WAIT, E]),
    ),
]

READ = LOOPED_IN + BARE_NEWS_TOLD + HELD_FOR_WHOSE + TEST_AFTER_THE_WAIT
KEPT = BARE_NEWS_KEPT + HELD_FOR_A_TIME_KEPT + TEST_BEFORE_THE_STEP_KEPT


@pytest.mark.parametrize(("text", "context", "expected"), READ + KEPT)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), READ)
def test_right_readings_are_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.7, doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "actions"), LOOPS_KEPT)
def test_a_loop_iterated_tells_no_one_new(text, context, actions):
    assert read(text, context)[1] == actions
