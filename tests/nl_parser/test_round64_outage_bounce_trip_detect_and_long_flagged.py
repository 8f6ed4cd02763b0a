"""Round 64: "drops off air" is an outage, a payment that "bounces" has failed, a machine that
"trips into a fault state" is in that state, what a device "detects" is a reading, and "flags
a hold on the lead wall at … as loose" gives its state however long the object named."""

import pytest

from tests.nl_parser.reading import confidence_of, read

E, S, W = "email.send", "slack.post_message", "webhook.post"
C = "check_status"
CALL_OR_MAIL = {"availableTools": [W, E]}
CALL_OR_POST = {"availableTools": [W, S]}

# An event clause whose verb says the item is in a state: the state is tested.
STATE_EVENTS = [
    (
        "If the transmitter at Wyvern FM drops off air, page the duty engineer through the pager"
        " webhook and post in #engineering.",
        {},
        [C, W, S],
    ),
    ("When the studio feed goes off air, email engineering@example-radio.com.", {}, [C, E]),
    ("If our stream at Harbour Radio falls off the air, post in #on-air.", {}, [C, S]),
    (
        "Whenever the relay mast at Cairn Hill drops off air, text the engineer through the SMS"
        " webhook.",
        {},
        [C, W],
    ),
    (
        "Whenever a membership payment at Ironclad Fitness bounces, email the member and post a"
        " note in #front-desk.",
        {},
        [C, E, S],
    ),
    (
        "When a tenant's rent cheque bounces, email the landlord at rent@example-lets.co.uk.",
        {},
        [C, E],
    ),
    (
        "If a donor's direct debit at Hopewell Trust bounces, post the donor ID in #donor-care.",
        {},
        [C, S],
    ),
    ("Whenever a client's card payment bounced, email accounts@example-studio.com.", {}, [C, E]),
    (
        "When a turbine trips into a fault state, page the duty tech through the pager webhook.",
        {},
        [C, W],
    ),
    (
        "If the chiller at Northgate Foods trips into alarm mode, email"
        " facilities@example-northgate.com.",
        {},
        [C, E],
    ),
    (
        "Whenever a lift at the Meridian Tower trips into safe mode, post in #building-ops.",
        {},
        [C, S],
    ),
    (
        "When a pump trips into a fault state at the Ashby works, text the fitter through the SMS"
        " webhook.",
        {},
        [C, W],
    ),
    (
        "If a bait station at a Sentinel Pest Control client site detects rodent activity, text"
        " the area technician through the SMS webhook.",
        CALL_OR_MAIL,
        [C, W],
    ),
    ("When a smoke sensor in the server room detects smoke, post in #facilities.", {}, [C, S]),
    (
        "If the leak detector under the boiler senses water, email maintenance@example.com.",
        {},
        [C, E],
    ),
    (
        "Whenever our CCTV system detects a person in the yard, post a snapshot note in #security.",
        {},
        [C, S],
    ),
    (
        "When a member of staff flags a hold on the lead wall at Cragside Climbing Centre as"
        " loose, text the head route-setter through the SMS webhook and drop a note in"
        " #setting-crew.",
        CALL_OR_POST,
        [C, W, S],
    ),
    (
        "When a lifeguard flags a lane in the main pool at Riverside Leisure Centre as unsafe,"
        " post in #poolside.",
        {},
        [C, S],
    ),
    (
        "If a ranger reports a footbridge on the north trail at Brackwater Country Park as"
        " damaged, email estates@example-brackwater.org.",
        {},
        [C, E],
    ),
    (
        "Whenever a driver marks a parcel for the Eastgate depot in the van app as"
        " undeliverable, post the parcel ID in #depot.",
        {},
        [C, S],
    ),
]

# Without the state the event is only news: no test.
PLAIN_EVENTS = [
    (
        "When a membership payment comes in at Ironclad Fitness, email the member a receipt.",
        {},
        [E],
    ),
    ("When a pump trips, post in #ops.", {}, [S]),
    ("When the CRM detects a new lead, email sales@example.com.", {}, [E]),
    (
        "When a member of staff flags a hold on the lead wall, text the head route-setter through"
        " the SMS webhook.",
        CALL_OR_MAIL,
        [W],
    ),
]


@pytest.mark.parametrize(("text", "context", "actions"), STATE_EVENTS)
def test_state_told_by_the_event_is_tested(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "actions"), PLAIN_EVENTS)
def test_event_without_a_state_is_no_test(text, context, actions):
    assert read(text, context) == (None, actions)


@pytest.mark.parametrize(
    "text",
    [
        "When a parcel bounces email the sender the return label.",
        "When a newsletter email bounces, email the editor.",
        "Whenever a letter bounced, post the address in #post-room.",
    ],
)
def test_a_sent_item_that_bounces_comes_back_and_is_no_test(text):
    """A parcel, letter or email that bounces has come back: the event, with no test of it."""
    assert "check_status" not in read(text)[1]
