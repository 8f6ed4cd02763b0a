"""Round 74: every step denied until someone acts ("No further action shall be taken until the
house manager has approved it, whereupon …") is a wait for them, and "whereupon" orders the step
after it as "then" does; a passive duty denied until someone acts, after an event's comma ("Upon
receipt of …, the matter shall not be opened until the compliance team confirms …"), is a hold
of its own, and the newcomer an item comes from ("from a new client") is the trigger's kind, no
test; "Upon <something> reporting <a state>, …" is the event "when it reports …", and the hour
after it is part of the same test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

CHECK, SIGNAL, WAIT = "check_status", "wait_for_signal", "wait"
E, S, W = "email.send", "slack.post_message", "webhook.post"

# "No further action shall be taken until …": nothing may run before the person acts.
NOTHING_UNTIL_SOMEONE_ACTS = [
    (
        "NOTICE — Lyric Playhouse Box Office. Subject: large refunds. Any refund request above"
        " £200 shall be emailed to finance@example-lyricplayhouse.co.uk on receipt. No further"
        " action shall be taken until the house manager has approved it, whereupon the payments"
        " webhook is to be triggered.",
        (None, [CHECK, E, SIGNAL, W]),
    ),
    (
        "When a planning application is lodged, email it to planning@example-fernbyparish.org."
        " No further action is to be taken until the clerk approves it, whereupon the notice"
        " webhook shall be triggered.",
        (None, [E, SIGNAL, W]),
    ),
    (
        "When a grant claim arrives, post it in #grants. Nothing further shall be done until the"
        " treasurer has signed it off, whereupon it is to be emailed to"
        " payments@example-oakfund.org.",
        (None, [S, SIGNAL, E]),
    ),
    (
        "Whenever a locker damage report comes in, email it to facilities@example-gymco.com; no"
        " action will be taken until the duty manager confirms the damage, whereupon the"
        " repairs webhook is to be fired.",
        (None, [E, SIGNAL, W]),
    ),
    (
        "When a new supplier invoice arrives, post it in #accounts-payable. No further steps"
        " shall be taken until the finance lead approves it; thereafter the invoice is to be"
        " sent to the payments webhook.",
        (None, [S, SIGNAL, W]),
    ),
]

# "…, the matter shall not be opened until the compliance team confirms the ID checks": after
# the event, a duty denied until someone acts is a hold.
DENIED_DUTY_AFTER_EVENT = [
    (
        "PROCEDURE: Harlow & Finch Solicitors, new client onboarding. Upon receipt of an"
        " engagement letter from a new client, the matter shall not be opened until the"
        " compliance team confirms the ID checks. Thereafter, the matter-opening webhook shall"
        " be triggered and the fee earner notified in #litigation.",
        (None, [SIGNAL, W, S]),
    ),
    (
        "When a tenancy application arrives, the file must not be closed until the letting"
        " manager approves it. Thereafter, the tenant is to be emailed at"
        " lettings@example-brookhomes.co.uk.",
        (None, [SIGNAL, E]),
    ),
    (
        "Upon receipt of a purchase order from a new customer, the order is not to be released"
        " until the credit team confirms the account; then post it in #warehouse.",
        (None, [SIGNAL, S]),
    ),
    (
        "Whenever a booking request comes in, the booking shall not be confirmed until the"
        " duty manager has signed it off. Thereafter, the confirmation webhook shall be"
        " triggered.",
        (None, [SIGNAL, W]),
    ),
    (
        "When a new patient referral comes in from a new patient, the referral should not be"
        " processed until the triage nurse approves it, and then it is to be posted in"
        " #referrals.",
        (None, [SIGNAL, S]),
    ),
]

# "Upon the monitoring system reporting a gate left open after 18:00, …": the event, what it
# reports and the hour tested together; one test.
UPON_SOMETHING_REPORTING = [
    (
        "NOTICE TO ALL DUTY STAFF — Whitcombe Zoo, Animal Welfare. Upon the enclosure monitoring"
        " system reporting a perimeter gate left open after 18:00, the keeper pager webhook shall"
        " be triggered immediately; a follow-up e-mail to welfare@whitcombezoo.example shall be"
        " sent thirty minutes thereafter.",
        (None, [CHECK, W, WAIT, E]),
    ),
    (
        "Upon the door controller reporting a fire exit left open after 22:00, the security"
        " webhook shall be triggered; an email to estates@example-campus.ac.uk shall be sent"
        " ten minutes thereafter.",
        (None, [CHECK, W, WAIT, E]),
    ),
    (
        "Upon the boiler sensor reporting a pressure above 3 bar, the plumbing webhook is to be"
        " triggered.",
        (None, [CHECK, W]),
    ),
    (
        "Upon the tank monitor detecting a temperature below 24°C, post it in #reptile-house.",
        (None, [CHECK, S]),
    ),
    (
        "Upon a vending machine reporting fewer than 10 items left, the restock webhook shall be"
        " triggered.",
        (None, [CHECK, W]),
    ),
]

# Near cases: the same shapes without the new part keep their reading.
UNCHANGED = [
    (
        "When a refund is requested, email it to finance@example-shop.com and trigger the"
        " payments webhook.",
        (None, [E, W]),
    ),
    (
        "The matter shall not be opened until the compliance team confirms the ID checks."
        " Thereafter, the webhook shall be triggered.",
        (None, [SIGNAL, W]),
    ),
    ("if anyone logs in from a new country, email the user.", (None, [CHECK, E])),
    (
        "Whenever a tenant opens their unit after 10pm, email the details to"
        " security@example-storage.com.",
        (None, [CHECK, E]),
    ),
    (
        "Upon receipt of an engagement letter, trigger the matter-opening webhook.",
        (None, [W]),
    ),
    (
        "Upon a new booking arriving from the website, email the guest a welcome pack.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTHING_UNTIL_SOMEONE_ACTS)
def test_nothing_done_until_someone_acts_is_a_wait_for_them(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), DENIED_DUTY_AFTER_EVENT)
def test_a_duty_denied_after_the_event_until_someone_acts_is_a_hold(text, expected):
    assert read(text) == expected
    # The miss's heading ("PROCEDURE: Harlow & Finch Solicitors, …") is left unread, and costs.
    if not text.startswith("PROCEDURE"):
        assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UPON_SOMETHING_REPORTING)
def test_upon_something_reporting_a_state_is_the_event_and_its_test(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
