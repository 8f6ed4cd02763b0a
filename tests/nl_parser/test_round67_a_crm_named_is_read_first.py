"""Round 67: a CRM the text names as where the data is, that no step reads ("pull every open lead
out of Salesforce" with a verb the parser does not know), is queried before the first step."""

import pytest

from tests.nl_parser.reading import doubts_of, read

Q, E, S, W, C = (
    "salesforce.query",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "check_status",
)

# Whatever verb or arrow named it, the CRM is where the data starts; the step that reads it is
# added first, with a warning that says so.
NAMED_BUT_UNREAD = [
    (
        "Just need this once: pull every open lead at Oakridge Motors out of Salesforce and email"
        " the ones that mention electric vehicles to ev-team@example-oakridgemotors.co.uk.",
        (None, [Q, C, E]),
    ),
    (
        "One-off: haul every lapsed account for Briar Hill Dairy out of Salesforce and send the"
        " ones in Yorkshire to north@example-briarhill.co.uk.",
        (None, [Q, C, E]),
    ),
    (
        "Every Tuesday at 10:30, yank the won deals for Halden Tiles out of salesforce and email"
        " them to finance@example-haldentiles.com.",
        ("30 10 * * 2", [Q, E]),
    ),
    (
        "Once only, scoop every contact with no phone number out of Salesforce and email the list"
        " to data@example-fernco.com.",
        (None, [Q, E]),
    ),
    (
        "Dredge up every renewal due next month out of Salesforce and post them in #renewals,"
        " just this once.",
        (None, [Q, S]),
    ),
]

# A CRM named as a way to reach it, as where things go, as what a person or a bill is about, or
# on the trigger is no source to read.
UNCHANGED = [
    (
        "Every Friday at 5pm, email the CRM admin at admin@example.com a reminder.",
        ("0 17 * * 5", [E]),
    ),
    (
        "On the 1st of each month at 9am, remind #ops that the Salesforce renewal is due.",
        ("0 9 1 * *", [S]),
    ),
    (
        "When a new contact signs up on the website, add them to the CRM via the CRM webhook.",
        (None, [W]),
    ),
    ("When a deal closes in Salesforce, post it in #wins.", (None, [S])),
    (
        "Every day at 6pm, back up the CRM by calling https://backup.example.com/run.",
        ("0 18 * * *", ["http.request"]),
    ),
    (
        "Every night at 1am, copy the new sign-ups from https://x.example.com/api/signups into the"
        " CRM.",
        ("0 1 * * *", ["http.request"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BUT_UNREAD)
def test_a_crm_named_but_unread_is_queried_first(text, expected):
    assert read(text) == expected
    assert any("so a salesforce.query step was added first" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
    assert not any("added first" in d for d in doubts_of(text))
