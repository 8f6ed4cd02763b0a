"""Round 59: "if a UPS drops onto battery" tests the state the item went onto, a typo of
"approval" still names a wait for a person, and "once the tenant has signed it", after a step,
is the signature the run waits for."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, WAIT, SIGNAL = "check_status", "wait", "wait_for_signal"

# "drops onto battery", "goes onto generator", "falls back on standby": an item going onto a
# bare state (no "the", no place) is a state it reaches, so "if" (or "when") tests it.
STATES_GONE_ONTO = [
    (
        "If a UPS at the Stormcrest Data Centre drops onto battery, page the on-call engineer via"
        " the pager webhook. Leave it 15 minutes; if mains power still hasn't come back by then,"
        " email facilities@example-stormcrestdc.com too.",
        (None, [C, W, WAIT, C, E]),
    ),
    (
        "If a vaccine freezer at Elmfield Surgery goes onto generator, email"
        " pharmacy@example-elmfieldsurgery.org.",
        (None, [C, E]),
    ),
    (
        "When the core router at the Leeds office falls back on standby power, post in #netops.",
        (None, [C, S]),
    ),
    (
        "If any chiller in the Harbour Street cold store slips onto backup cooling, fire the"
        " facilities webhook and email ops@example-harbourcold.co.uk.",
        (None, [C, W, E]),
    ),
    (
        "If the sump pump at Millbrook Lock goes on to reserve, text the lock keeper through the"
        " SMS webhook.",
        (None, [C, W]),
    ),
    (
        "Ping #signal-box if a level crossing barrier drops onto manual.",
        (None, [C, S]),
    ),
]

# Going onto a place, or reaching a number, is as it was: the arrival is the event, and a
# fall below a value is a comparison.
NOT_STATES = [
    ("When a new file drops into the SFTP folder, email ops@example-tidewater.com.", (None, [E])),
    ("When a parcel goes on the van, email the customer.", (None, [E])),
    ("When a new lead drops onto the CRM, email sales@example-brightpath.com.", (None, [E])),
    (
        "If a UPS battery drops below 40%, page the engineer via the pager webhook.",
        (None, [C, W]),
    ),
    ("If the UPS switches to battery, page the engineer via the pager webhook.", (None, [C, W])),
]

# "wait for the finance lead's aproval", "until the team lead has aproved it": a slip in the
# word of approving still names the person the run waits for.
MENDED_APPROVALS = [
    (
        "When a refund request over €200 reaches Velvet Loom Textiles, wait for the finance"
        " lead's aproval and then fire the payments webhook.",
        (None, [C, SIGNAL, W]),
    ),
    (
        "When a new supplier invoice arrives, hold it until the controller aproves it, then email"
        " it to ap@example-brickworks.com.",
        (None, [SIGNAL, E]),
    ),
    (
        "Every Monday at 9am pull the timesheets from https://hr.example-ashgrove.com/api/timesheets,"
        " wait for the payroll manager's approvel, then email them to"
        " payroll@example-ashgrove.com.",
        ("0 9 * * 1", [H, SIGNAL, E]),
    ),
    (
        "When a leave request comes in, pause until the team lead has aproved it and then post it"
        " in #rota.",
        (None, [SIGNAL, S]),
    ),
    (
        "Email the draft rota to rota@example-kilnyard.com, wait for the manager's apporval, then"
        " post it in #floor-staff.",
        (None, [E, SIGNAL, S]),
    ),
]

# Spelt right, or with no one to wait for, nothing changes.
NOT_MENDED_WAITS = [
    (
        "When a refund request over €200 reaches Velvet Loom Textiles, wait for the finance"
        " lead's approval and then fire the payments webhook.",
        (None, [C, SIGNAL, W]),
    ),
    (
        "When a booking comes in, wait 2 hours and then email the guest a welcome note.",
        (None, [WAIT, E]),
    ),
    ("Email the aproval form to hr@example-ashgrove.com every Friday at 4pm.", ("0 16 * * 5", [E])),
]

# "Pop the lease over to …, and once the tenant has signed it, forward …": after a step,
# someone signing what was sent is word sent back, which the run waits for.
SIGNED_AFTER_A_STEP = [
    (
        "Pop the revised lease over to tenant@example-oakhamlettings.co.uk, and once the tenant"
        " has signed it, forward the signed copy to landlord@example-oakhamlettings.co.uk.",
        (None, [E, SIGNAL, E]),
    ),
    (
        "Email the quote to client@example-joinery.co.uk, and when the client signs it, post the"
        " job in #workshop.",
        (None, [E, SIGNAL, S]),
    ),
    (
        "Send the NDA to partner@example-halcyon.io; once they've countersigned it, file it via"
        " the legal webhook.",
        (None, [E, SIGNAL, W]),
    ),
    (
        "When a new hire is added in BambooHR, email them the contract, and once they sign it,"
        " ping #people-ops.",
        (None, [E, SIGNAL, S]),
    ),
    (
        "Email the tenancy agreement to renter@example-lets.co.uk and, after the renter has"
        " signed the agreement, send a copy to office@example-lets.co.uk.",
        (None, [E, SIGNAL, E]),
    ),
]

# Signing as the first clause is the trigger, and signing up is no word sent back.
NOT_SIGNED_AFTER_A_STEP = [
    (
        "Once a tenant signs their lease, send them the move-in checklist by email and put their"
        " unit number in #property-team.",
        (None, [E, S]),
    ),
    (
        "When a contract is signed, wait 24 hours and then post the account to #wins.",
        (None, [WAIT, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATES_GONE_ONTO)
def test_a_state_gone_onto_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NOT_STATES)
def test_a_place_gone_onto_or_a_value_stays_as_it_was(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), MENDED_APPROVALS)
def test_a_slip_in_approval_still_waits_for_the_person(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    # The mend itself is named, as every typo mended is; nothing else is in doubt.
    assert not [d for d in doubts_of(text) if "likely typo" not in d]


@pytest.mark.parametrize(("text", "expected"), NOT_MENDED_WAITS)
def test_waits_spelt_right_or_timed_stay_as_they_were(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), SIGNED_AFTER_A_STEP)
def test_a_signature_after_a_step_is_waited_for(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NOT_SIGNED_AFTER_A_STEP)
def test_signing_as_the_trigger_stays_the_trigger(text, expected):
    assert read(text) == expected


def test_signing_up_after_a_step_is_no_signature():
    text = "Email the invite to list@example-club.org, and when someone signs up, post in #growth."
    assert SIGNAL not in read(text)[1]
