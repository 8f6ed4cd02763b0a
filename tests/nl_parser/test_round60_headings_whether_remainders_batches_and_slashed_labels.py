"""Round 60: items arriving named in a heading with "incoming" ("Incoming grant applications for
the arts trust: …"), a question of which listed class an item named at length is ("work out
whether each new patient message at the practice is an emergency, …"), the remainder named
before a colon ("Anything else: drop it in #reception"), a counted batch taken from where it was
gathered ("take the 950 comments from last season's survey, …") and two-word labels a slash
lists ("sort into song request / shout-out / complaint; complaints only → email …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

_ROUTED = ["classify", "check_status", "email.send", "check_status", "slack.post_message"]

# "Incoming grant applications for Oakridge Arts Trust: categorise …": the items arriving and
# where, before a colon, label the event the run starts on, as "New booking at the salon:" does.
ARRIVING_ITEMS_HEADING = [
    (
        "Incoming grant applications for Oakridge Arts Trust: categorise each one as visual arts, "
        "music or theatre. Music applications get emailed to music@example-oakridgearts.org; all "
        "other applications go in #grants-panel.",
        {},
        (None, _ROUTED),
    ),
    (
        "Incoming support tickets at Harbour Broadband: classify each one as billing, outage or "
        "other. Outage tickets get posted in #noc; everything else goes to "
        "help@example-harbourbb.com.",
        {},
        (None, ["classify", "check_status", "slack.post_message", "check_status", "email.send"]),
    ),
    (
        "Inbound enquiries for Willowmere Kennels: sort each one into boarding, grooming or "
        "daycare. Boarding enquiries go to #kennel-desk.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Fresh orders from the Etsy shop: tag each one as gift or standard, and post the gift ones "
        "in #wrapping.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Incoming job applications for the Northgate Library: label each as junior, senior or "
        "volunteer; email the senior ones to hr@example-northgate.org.",
        {},
        (None, ["classify", "check_status", "email.send"]),
    ),
]

# "work out whether each new patient message at Elm Street Dental is an emergency, a booking
# request or a billing question": the item asked about may be named at length, with where it
# comes from; the classes listed after "is" are the labels.
WHETHER_A_LONG_ITEM_IS = [
    (
        "Work out whether each new patient message at Elm Street Dental is an emergency, a "
        "booking request or a billing question. Emergencies: text the on-call dentist through "
        "the SMS webhook. Anything else: drop it in #reception.",
        {},
        (None, ["classify", "check_status", "webhook.post", "check_status", "slack.post_message"]),
    ),
    (
        "Figure out whether every incoming email to the Hilltop Vets inbox is a prescription "
        "request, an appointment or a complaint, and post the complaints in #practice-manager.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Decide whether the latest feedback form is praise, a bug report or a feature request. "
        "Bug reports go to #dev; everything else goes to #product.",
        {},
        (
            None,
            [
                "classify",
                "check_status",
                "slack.post_message",
                "check_status",
                "slack.post_message",
            ],
        ),
    ),
    (
        "Determine whether each support chat transcript is a refund, a delivery question or a "
        "complaint. Refunds: email refunds@example-shop.com. The rest: post them in #support.",
        {},
        (None, ["classify", "check_status", "email.send", "check_status", "slack.post_message"]),
    ),
    (
        "Tell whether each new review on the Corner Cafe page is a complaint or a compliment; "
        "complaints go to owner@example-cornercafe.com.",
        {},
        (None, ["classify", "check_status", "email.send"]),
    ),
]

# "Emergencies: text the dentist. Anything else: drop it in #reception": the remainder named
# before a colon hands the step after it the other branch, as "anything else →" does.
REMAINDER_BEFORE_A_COLON = [
    (
        "Classify each ticket as bug or question. Bugs: post in #eng. Everything else: email "
        "help@example.com.",
        {},
        (None, ["classify", "check_status", "slack.post_message", "check_status", "email.send"]),
    ),
    (
        "Sort each lead into hot, warm or cold. Hot leads: ping #sales. All the others: email "
        "nurture@example.com.",
        {},
        (None, ["classify", "check_status", "slack.post_message", "check_status", "email.send"]),
    ),
    (
        "When a new order comes in, tag it as gift or standard. Gift orders: post in #wrapping. "
        "Anything else: email shipping@example-shop.com.",
        {},
        (None, ["classify", "check_status", "slack.post_message", "check_status", "email.send"]),
    ),
    (
        "Every Monday at 9am, fetch the open tickets from https://desk.example.com/api/open, "
        "classify each as urgent or routine. Urgent: page the on-call webhook. The rest: post "
        "in #support.",
        {},
        (
            "0 9 * * 1",
            [
                "http.request",
                "classify",
                "check_status",
                "webhook.post",
                "check_status",
                "slack.post_message",
            ],
        ),
    ),
]

# "take the 950 audience comments from last season's post-show survey, rate each one …": a
# counted batch taken from where it was gathered is the data at hand, neither a fetch nor a test.
COUNTED_BATCH_TAKEN_FROM = [
    (
        "Here's a job for the Brightwater Theatre marketing team: take the 950 audience comments "
        "from last season's post-show survey, rate each one as positive or negative, and share "
        "the positive ones with the marketing team so we can use them as quotes.",
        {"availableTools": ["slack.post_message"]},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Take the 400 reviews from last year's guest survey, classify each one as positive or "
        "negative, and post the negative ones in #guest-experience.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Please take the 1,200 comments from the spring member survey, sort each into praise, "
        "complaint or idea, and email the ideas to board@example-club.org.",
        {},
        (None, ["classify", "check_status", "email.send"]),
    ),
    (
        "For the parks team: take the 300 responses from last month's consultation, tag each as "
        "support or oppose, and post the oppose ones in #parks-planning.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
    (
        "Read the 80 exit interviews from last quarter's leavers, classify each by reason, and "
        "email a summary to hr@example-corp.com.",
        {},
        (None, ["classify", "summarize", "email.send"]),
    ),
]

# "sort into song request / shout-out / complaint; complaints only → email …": a label a slash
# lists may be two words, and the class named alone before an arrow picks what the step gets.
SLASHED_TWO_WORD_LABELS = [
    (
        "Ravenscar FM; nightly 23:50; GET https://requests.example-ravenscarfm.co.uk/api/"
        "listener-messages; sort into song request / shout-out / complaint; complaints only → "
        "email programme-controller@example-ravenscarfm.co.uk",
        {},
        ("50 23 * * *", ["http.request", "classify", "check_status", "email.send"]),
    ),
    (
        "every hour; GET https://desk.example.com/api/new; sort into billing question / tech "
        "fault / other; tech faults only → #support-tech",
        {},
        ("0 * * * *", ["http.request", "classify", "check_status", "slack.post_message"]),
    ),
    (
        "hourly GET https://shop.example.com/api/returns; tag as damaged item / wrong size / "
        "changed mind; damaged items → email quality@example-shop.com",
        {},
        ("0 * * * *", ["http.request", "classify", "check_status", "email.send"]),
    ),
    (
        "when a form is submitted: classify as new booking / cancellation / general query; "
        "cancellations only -> POST https://hooks.example-salon.com/cancel",
        {},
        (None, ["classify", "check_status", "webhook.post"]),
    ),
    (
        "daily 8am: GET https://x.example.com/api/feedback; sort into feature request / bug "
        "report / praise; bug reports → #dev",
        {},
        ("0 8 * * *", ["http.request", "classify", "check_status", "slack.post_message"]),
    ),
]

# Near cases: the same shapes without what the rules read keep their old reading.
UNCHANGED = [
    (
        "New booking at the salon: email the stylist at team@example-salon.com.",
        {},
        (None, ["email.send"]),
    ),
    (
        "Work out whether the site is up or not and post the answer in #ops.",
        {},
        (None, ["slack.post_message"]),
    ),
    (
        "Classify each ticket as bug or question; bugs → post in #eng; anything else → email "
        "help@example.com",
        {},
        (None, ["classify", "check_status", "slack.post_message", "check_status", "email.send"]),
    ),
    (
        "every hour GET https://forum.example.com/api/posts; any post with over 500 comments → "
        "email mods@example.com",
        {},
        ("0 * * * *", ["http.request", "check_status", "email.send"]),
    ),
    (
        "every hour fetch tickets from https://desk.example.com/api/new; sort into billing / "
        "tech / other; tech ones → email it@desk.example.com",
        {},
        ("0 * * * *", ["http.request", "classify", "check_status", "email.send"]),
    ),
    (
        "When a ticket arrives, tag it as urgent/routine and post the urgent ones in #ops.",
        {},
        (None, ["classify", "check_status", "slack.post_message"]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), ARRIVING_ITEMS_HEADING)
def test_items_arriving_named_in_a_heading_make_no_step(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), WHETHER_A_LONG_ITEM_IS)
def test_whether_an_item_named_at_length_is_a_listed_class_classifies(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), REMAINDER_BEFORE_A_COLON)
def test_the_remainder_before_a_colon_is_the_other_branch(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), COUNTED_BATCH_TAKEN_FROM)
def test_a_counted_batch_taken_from_its_source_is_no_test(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), SLASHED_TWO_WORD_LABELS)
def test_two_word_labels_a_slash_lists_pick_the_class_named_after(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected


# Paraphrases with no unknown names: a right reading carries no doubt and a high confidence.
_CONFIDENT = [
    (text, context)
    for group in (
        ARRIVING_ITEMS_HEADING,
        WHETHER_A_LONG_ITEM_IS,
        REMAINDER_BEFORE_A_COLON,
        COUNTED_BATCH_TAKEN_FROM,
        SLASHED_TWO_WORD_LABELS[1:],
    )
    for text, context, _ in group
]


@pytest.mark.parametrize(("text", "context"), _CONFIDENT)
def test_right_readings_are_confident(text, context):
    assert doubts_of(text, context) == []
    assert confidence_of(text, context) >= 0.7
