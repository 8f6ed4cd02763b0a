"""Round 70: a thing handed over with a particle ("lost property is handed in", "keys are
brought back") arrives, an event; and an end said as a state ("once a wedding is over", "when
the conference has ended") is the moment the workflow starts, not a test of a status."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, WAIT, CHECK = "email.send", "slack.post_message", "wait", "check_status"
SLACK_ONLY = {"availableTools": [S]}

# "is handed in at the museum": a passive of handing over with its particle is an arrival,
# whatever its subject (a mass noun with no article is no state's owner).
HANDED_OVER = [
    ("When lost property is handed in at Greyhollow Museum, tell the front desk.", SLACK_ONLY, [S]),
    ("Whenever keys are handed in at reception, post a message in Slack.", {}, [S]),
    ("When equipment is brought back to the depot, email the stores team.", {}, [E]),
    ("When paperwork gets sent in by a tenant, email the lettings team.", {}, [E]),
    ("When lost luggage is handed over at the information desk, email the owner.", {}, [E]),
    ("Each time coursework is turned in at the office, post it in #tutors.", {}, [S]),
    ("When borrowed tools are given back at the shed, post a note in #volunteers.", {}, [S]),
]

# "Once a wedding is over, give it a week": the end of an event is a moment, not a status.
ENDED = [
    (
        "Once a wedding at Thornbury Barn is over, give it a week and then send the couple our"
        " feedback survey by email.",
        [WAIT, E],
    ),
    ("When the match is over, post the final score to Slack.", [S]),
    (
        "Once the conference has ended, wait two days and email the speakers a thank-you note.",
        [WAIT, E],
    ),
    ("After the auction is over, email the bidders a thank-you note.", [E]),
    ("When each tour is all over, email the guide a summary.", [E]),
    ("Once the fundraiser has wrapped up, post the total in #committee.", [S]),
]

# Near cases: "over" with an amount or a limit compares; a state after "turned" stays a test.
UNCHANGED = [
    ("If the project is over budget, email the manager.", (None, [CHECK, E])),
    ("If the order total is over $500, email sales.", (None, [CHECK, E])),
    ("When the queue is over 100 items, post a warning in #ops.", (None, [CHECK, S])),
    ("If the heater is turned off, email facilities.", (None, [CHECK, E])),
    ("Give it a week and then send the couple our feedback survey by email.", (None, [WAIT, E])),
    ("Tell the front desk on Slack.", (None, [S])),
]


@pytest.mark.parametrize(("text", "context", "actions"), HANDED_OVER)
def test_things_handed_over_arrive(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "actions"), ENDED)
def test_an_end_said_as_a_state_is_the_trigger(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
