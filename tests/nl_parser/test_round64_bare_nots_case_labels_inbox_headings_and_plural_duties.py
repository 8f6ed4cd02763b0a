"""Round 64: "if not just drop it in #x" is the other branch with any verb that lands in a place,
a bare label before a step with an "otherwise" after it is the case tested for, an inbox named
before a step on each of its items is the trigger (its labels may be listed in brackets), and a
bare plural after a test is the subject of a passive duty ("passengers … are to be informed")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, CL = "check_status", "classify"
TOOLS = {"availableTools": [E, S]}

# "…, if not just drop it in #exams": after a bare "if not", a verb that is no delivery word on
# its own ("drop", "put", "share") starts the step when a channel or address closes it.
BARE_NOT_PLACED = [
    (
        "when a parent enters their kid for a grade exam at copper beech music school, if its"
        " grade 6 or above email the theory teacher at theory@example-copperbeechmusic.co.uk,"
        " if not just drop it in #exams",
        (None, [C, E, C, S]),
    ),
    (
        "when a new order lands, if it's over $500 email sales@example-kettleworks.com, if not"
        " drop it in #orders",
        (None, [C, E, C, S]),
    ),
    (
        "when a booking comes in, if the party is bigger than 8 email"
        " events@example-tidemill.co.uk, if not just put it in #front-desk",
        (None, [C, E, C, S]),
    ),
    (
        "whenever a ticket is opened, if it is urgent page the on-call webhook, if not simply"
        " share it in #support-queue",
        (None, [C, W, C, S]),
    ),
    (
        "when an invoice arrives, if the total is above £2,000 email"
        " finance@example-alderbrook.org, if not just drop a note to ops@example-alderbrook.org",
        (None, [C, E, C, E]),
    ),
]

# "…: distinction → post their name …, otherwise email …": a word or two alone before a step,
# with an other branch after it, is the case the item is tested for.
CASE_LABELS = [
    (
        "when a grade exam result comes back for a pupil at pirouette dance academy:"
        " distinction → post their name in #wall-of-fame, otherwise just email the parent the"
        " result",
        (None, [C, S, C, E]),
    ),
    (
        "when a review comes in: negative → email support@example-fernhollow.com, otherwise"
        " post it in #reviews",
        (None, [C, E, C, S]),
    ),
    (
        "when a swim test is graded: gold: post their name in #squad, otherwise email the coach"
        " at coach@example-otterpool.org",
        (None, [C, S, C, E]),
    ),
    (
        "when a belt grading finishes: black belt → post the name in #dojo-news, else email"
        " sensei@example-kaizendojo.com",
        (None, [C, S, C, E]),
    ),
    (
        "when a reading is logged: high risk → page the safety webhook, otherwise just post it"
        " in #readings",
        (None, [C, W, C, S]),
    ),
]

# "stables inbox → classify each message (a / b / c) → complaints: email … → the rest: #x": the
# inbox is where the items arrive, and the bracket lists the labels.
INBOX_CLASSES = [
    (
        "willowmere riding stables inbox → classify each message (lesson booking / livery"
        " enquiry / complaint) → complaints: email yard-manager@example-willowmerestables.co.uk"
        " → the rest: #yard-office",
        (None, [CL, C, E, C, S]),
    ),
    (
        "bakery orders inbox → classify each email (wholesale / custom cake / complaint) →"
        " complaints: email owner@example-crumbandco.co.uk → the rest: #orders",
        (None, [CL, C, E, C, S]),
    ),
    (
        "clinic helpdesk → categorise every message (billing, appointment or complaint) →"
        " complaints: email practice@example-elmsclinic.co.uk → the rest: #reception",
        (None, [CL, C, E, C, S]),
    ),
    (
        "lettings mailbox → tag each enquiry (viewing / repair / complaint) → repairs: email"
        " maintenance@example-keystonelets.co.uk → the rest: #lettings",
        (None, [CL, C, E, C, S]),
    ),
    (
        "school office inbox → sort each message (absence / trip / complaint) → complaints:"
        " email head@example-brookfield.sch.uk → everything else: #office",
        (None, [CL, C, E, C, S]),
    ),
]

# "Where the wave height exceeds 2.5 metres, passengers booked on the first crossing are to be
# informed via the SMS webhook": a bare plural after a test is the subject of the duty; "is to
# be consulted" reads the source; "Harrowby Ferries — operations notice." is a heading.
PLURAL_DUTIES = [
    (
        "Harrowby Ferries — operations notice. At 05:40 daily, the sea-conditions feed at"
        " https://marine.example-harrowbyferries.co.uk/api/conditions is to be consulted. Where"
        " the forecast wave height exceeds 2.5 metres, passengers booked on the first crossing"
        " are to be informed via the SMS webhook; in all other cases, the message 'first"
        " crossing running to schedule' is to be placed in #deckhands.",
        ("40 5 * * *", [H, C, W, C, S]),
    ),
    (
        "Kestrel Rail — service bulletin. Every weekday at 06:00, the delays feed at"
        " https://api.example-kestrelrail.co.uk/delays is to be consulted. Where more than 3"
        " trains are late, commuters on the early services are to be alerted via the SMS"
        " webhook.",
        ("0 6 * * 1-5", [H, C, W]),
    ),
    (
        "At 07:15 daily, the snow report at https://snow.example-highpeaks.com/api/report is to"
        " be checked. If fresh snow exceeds 20 cm, skiers booked for lessons are to be notified"
        " through the SMS webhook; in all other cases, the message 'normal lessons today' is to"
        " be posted in #instructors.",
        ("15 7 * * *", [H, C, W, C, S]),
    ),
    (
        "Every Monday at 9am, fetch https://api.example-greenacre.org/orders. If more than 50"
        " orders are pending, customers awaiting delivery are to be emailed at"
        " updates@example-greenacre.org.",
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "At 18:00 daily, the river gauge at https://gauge.example-wyeriver.org/level is to be"
        " read. Should the level exceed 3 metres, residents on the flood list are to be warned"
        " via the SMS webhook.",
        ("0 18 * * *", [H, C, W]),
    ),
]

UNCHANGED = [
    (
        "when a new order lands, if it's over $500 email sales@example-kettleworks.com, if not"
        " post it in #orders",
        (None, [C, E, C, S]),
    ),
    (
        "when a new order lands, if it's over $500 email sales@example-kettleworks.com",
        (None, [C, E]),
    ),
    ("when a review comes in: post it in #reviews", (None, [S])),
    ("support inbox → each new ticket → post it in #support", (None, [S])),
    (
        "classify each message as booking or complaint → complaints: email"
        " yard@example-willowmere.co.uk → the rest: #yard-office",
        (None, [CL, C, E, C, S]),
    ),
    (
        "Hollin Dental — patient notice. Every Friday at 4pm, post the list of next week's"
        " appointments in #reception.",
        ("0 16 * * 5", [S]),
    ),
    (
        "At 07:00 daily, fetch https://x.example-tidemill.com/api. If the wave height exceeds"
        " 2.5 metres, the passengers are to be informed via the SMS webhook.",
        ("0 7 * * *", [H, C, W]),
    ),
    (
        "When a ticket closes, the reports are to be generated and sent to #ops.",
        (None, ["generate_report", S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_NOT_PLACED)
def test_a_bare_not_guards_a_step_that_lands_in_a_place(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), CASE_LABELS)
def test_a_bare_label_before_an_other_branch_is_a_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), INBOX_CLASSES)
def test_an_inbox_heads_a_classification_listed_in_brackets(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.8
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), PLURAL_DUTIES)
def test_a_bare_plural_after_a_test_is_told_of_a_duty(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
