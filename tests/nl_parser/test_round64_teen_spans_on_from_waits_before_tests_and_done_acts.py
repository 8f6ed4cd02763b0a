"""Round 64: a span counted in any teen ("fourteen hours later") is a wait, "ten days on from
<event>" is the span after it, the wait after an event comes before a test that opens a later
clause, and "hold it until she does" (an act named before, said again by "do") waits for her."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, WT, SIG = "check_status", "wait", "wait_for_signal"

# "Fourteen hours later, read …": every teen and ten counts a span like any other number word.
TEEN_SPANS = [
    (
        "Each Friday at 22:00, trigger the kiln-start webhook at Cinder Lane Pottery. Fourteen"
        " hours later, read the kiln temperature from"
        " https://kiln.example-cinderlanepottery.co.uk/api/temp and, should it be below 100°C,"
        " ping #studio that it's safe to unload.",
        ("0 22 * * 5", [W, WT, H, C, S]),
    ),
    (
        "When a dough batch is mixed, post it to #bakery and, sixteen hours later, email"
        " chef@example-rye.com to start shaping.",
        (None, [S, WT, E]),
    ),
    (
        "Every Monday at 8am, call the irrigation webhook. Eighteen hours later, fetch"
        " https://farm.example.com/api/moisture and if it is below 30, post in #field.",
        ("0 8 * * 1", [W, WT, H, C, S]),
    ),
    (
        "When a tenant moves out, email them a checkout form, then thirteen days later send"
        " them a deposit reminder by email.",
        (None, [E, WT, E]),
    ),
    (
        "After each vaccination, email the owner a thank-you and seventy days later post a"
        " booster reminder in #clinic.",
        (None, [E, WT, S]),
    ),
]

# "ten days on from each tyre fitting, send …": the span on from an event is the span after it.
ON_FROM_AN_EVENT = [
    (
        "Ten days on from each tyre fitting at Roadgrip Tyres, send the customer an email asking"
        " them to check their tyre presures.",
        (None, [WT, E]),
    ),
    (
        "Two weeks on from every boiler service, email the homeowner a short survey.",
        (None, [WT, E]),
    ),
    (
        "A month on from each new member joining, post a welcome-back note in #community.",
        (None, [WT, S]),
    ),
    (
        "Post a check-in in #onboarding three days on from each new hire's start.",
        (None, [WT, S]),
    ),
    (
        "48 hours on from every delivery, email the customer asking how it went.",
        (None, [WT, E]),
    ),
]

# "seven days after we send the proofs, check whether …; if they haven't, email …": the wait the
# event opens comes before the test that guards the step.
WAIT_BEFORE_A_LATER_TEST = [
    (
        "Seven days after we send a Lumen Photography client their online proofs, check whether"
        " they've picked their favourites; if they haven't, send them a gentle reminder email.",
        (None, [WT, C, E]),
    ),
    (
        "Three days after we email a tenant their lease, see whether they've signed it; if they"
        " haven't, email them a reminder.",
        (None, [WT, C, E]),
    ),
    (
        "Five days after we post a quote to a customer, check whether they've accepted it; if"
        " not, post a nudge in #sales.",
        (None, [WT, C, S]),
    ),
    (
        "Two days after we ship a kit to a school, check whether they've unpacked it; if"
        " they haven't, email the head teacher.",
        (None, [WT, C, E]),
    ),
    (
        "A week after we send a patient their forms, check whether they've filled them in; if"
        " they haven't, ping #frontdesk.",
        (None, [WT, C, S]),
    ),
]

# "it needs the nurse to okay it, so hold each request until she does": "does" says again the
# act of a person named before, so the run waits for her.
UNTIL_SHE_DOES = [
    (
        "Visits to Hazelmere Care Home are booked online. Once a family requests a slot it needs"
        " the nurse in charge to okay it, so hold each request until she does, then email the"
        " family to confirm and put the visit in #reception.",
        (None, [SIG, E, S]),
    ),
    (
        "When a refund is requested, the finance lead has to approve it, so hold it until he"
        " does, then email the customer.",
        (None, [SIG, E]),
    ),
    (
        "When a new article is drafted, it needs an editor to sign it off; wait until they do,"
        " then post it in #published.",
        (None, [SIG, S]),
    ),
    (
        "When a leave request comes in, the manager must okay it: hold the request till the"
        " manager does and then email hr@example-acme.com.",
        (None, [SIG, E]),
    ),
    (
        "When a quote is ready, someone in sales has to review it, so hold it until someone"
        " has, then email it to the client.",
        (None, [SIG, E]),
    ),
]

# Near cases: a timed wait, "from now" as a date, a test with no event before it, "until it
# does" (a thing's change).
UNCHANGED = [
    (
        "Ten days after each tyre fitting, send the customer an email.",
        (None, [WT, E]),
    ),
    (
        "When a kiln is fired, wait fourteen hours, then post in #studio.",
        (None, [WT, S]),
    ),
    (
        "When a proof is sent, check whether the client has picked a favourite; if they haven't,"
        " email them a reminder.",
        (None, [C, E]),
    ),
    (
        "When a refund is requested, hold it until the manager approves it, then email the"
        " customer.",
        (None, [SIG, E]),
    ),
    (
        "When a batch finishes, wait 2 hours, then post in #ops.",
        (None, [WT, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEEN_SPANS)
def test_a_span_counted_in_teens_is_a_wait(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), ON_FROM_AN_EVENT)
def test_a_span_on_from_an_event_waits_after_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("not understood" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), WAIT_BEFORE_A_LATER_TEST)
def test_the_wait_after_an_event_comes_before_a_later_test(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNTIL_SHE_DOES)
def test_until_someone_does_waits_for_that_person(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("no duration" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
