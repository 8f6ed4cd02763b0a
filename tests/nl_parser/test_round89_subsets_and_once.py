"""Round 89: a thing made "of just the ones worth over £25k" covers that subset; items thrown
away ("throw away the spam", "get rid of the test orders") are dropped, keeping the rest; fields
pulled "out of every negative one" come from that class; "w/" and "w/o" are "with" and
"without" texted short; and "One pass, no schedule:" says the run happens once."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W = "check_status", "slack.post_message", "email.send", "webhook.post"
Q, H, K, X, M = "salesforce.query", "http.request", "classify", "extract", "summarize"

# "a digest of just the ones worth over £25k": the made thing covers a subset by its worth.
MADE_OF_A_SUBSET_BY_WORTH = [
    (
        "Tuesdays at 13:45, pull every open oportunity for Ridgemoor Timber Frames out of"
        " Salesforce, write up a digest of just the ones worth over \u00a325k, and post it in"
        " #estimating.",
        {},
        ("45 13 * * 2", [Q, C, M, S]),
    ),
    (
        "Every Monday at 9am, pull the open deals from Salesforce, write a summary of only the"
        " ones worth more than $10k, and email it to sales@x.example.",
        {},
        ("0 9 * * 1", [Q, C, M, E]),
    ),
    (
        "Each Friday at 4pm, grab the quotes from https://quotes.example/api/open, summarise just"
        " those worth over \u20ac5,000, and post it in #quotes.",
        {},
        ("0 16 * * 5", [H, C, M, S]),
    ),
    (
        "Daily at 08:00, fetch the orders from https://shop.example/api/orders, draft a digest"
        " covering just the ones valued at over \u00a3500, and send it to #ops.",
        {},
        ("0 8 * * *", [H, C, M, S]),
    ),
    (
        "At 7am every weekday pull the renewals out of Salesforce, put together a recap of the"
        " ones worth above 20k, and post it in #renewals.",
        {},
        ("0 7 * * 1-5", [Q, C, M, S]),
    ),
]

# "throw away the spam", "get rid of the test orders": a drop, so the rest go on.
THROWN_AWAY = [
    (
        "Just this once: fetch the 3,000 guestbook entries from"
        " https://guestbook.ferncombegardens.example/api/entries, classify each as praise,"
        " complaint or spam, throw away the spam, and post the rest to #visitor-team.",
        {"availableTools": ["http.request", "classify", "slack.post_message"]},
        (None, [H, K, C, S]),
    ),
    (
        "One-off: pull the survey replies from https://survey.example/api/replies, sort them"
        " into useful or junk, chuck away the junk, and email the rest to team@x.example.",
        {},
        (None, [H, K, C, E]),
    ),
    (
        "Every day at 6pm, fetch the orders from https://shop.example/api/orders, get rid of"
        " the test orders, and post the rest in #sales.",
        {},
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "Pull the tickets from https://desk.example/api/tickets, tag each as bug, question or"
        " spam, toss away the spam, and send the rest to the triage webhook.",
        {},
        (None, [H, K, C, W]),
    ),
    (
        "Fetch the signups from https://club.example/api/signups, label each as real or bot,"
        " throw out the bots, and post the rest in #members.",
        {},
        (None, [H, K, C, S]),
    ),
]

# "pull the reward tier out of every negative one": one item of a class stands for the class.
TAKEN_FROM_EACH_OF_A_CLASS = [
    (
        "One-off: run through the 900 backer comments on the Loomcraft Knitting Kits crowdfunding"
        " page, score each as positive or negative, pull the reward tier out of every negative"
        " one, and send those to support@loomcraft.example.",
        {},
        (None, [K, C, X, E]),
    ),
    (
        "Classify each review as praise or complaint, pull the order number out of each"
        " complaint one, and email them to care@x.example.",
        {},
        (None, [K, C, X, E]),
    ),
    (
        "Sort every enquiry into wholesale or retail, extract the company name from every"
        " wholesale one, and post it in #trade.",
        {},
        (None, [K, C, X, S]),
    ),
    (
        "Tag each lead as hot or cold, pull the phone number out of each hot one, and send"
        " them to the dialler webhook.",
        {},
        (None, [K, C, X, W]),
    ),
    (
        "Score each comment as positive or negative, then summarise every negative one and"
        " post it in #product.",
        {},
        (None, [K, C, M, S]),
    ),
]

# "w/", "w/o": "with" and "without" texted short.
WITH_TEXTED_SHORT = [
    (
        "mon/wed/fri 2:30pm -> pull open orders frm https://shop.woolyfeetsocks.example/api/orders"
        " -> any w/ express shipping -> ping #packing",
        {},
        ("30 14 * * 1,3,5", [H, C, S]),
    ),
    (
        "daily 9am -> grab orders from https://shop.example/api/orders -> any w/ gift wrap ->"
        " post in #wrapping",
        {},
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "every weekday at 8am pull the tickets from https://desk.example/api/tickets and post"
        " the ones w/ priority high in #support",
        {},
        ("0 8 * * 1-5", [H, C, S]),
    ),
    (
        "at 5pm daily fetch the parcels from https://depot.example/api/parcels and email the"
        " ones w/o a signature to ops@x.example",
        {},
        ("0 17 * * *", [H, C, E]),
    ),
    (
        "fridays 10am -> pull bookings from https://spa.example/api/bookings -> any w/ a"
        " voucher -> ping #front-desk",
        {},
        ("0 10 * * 5", [H, C, S]),
    ),
]

# "One pass, no schedule:": the run counted as one, or told it has no schedule.
ONCE_COUNTED = [
    (
        "Treadlight Cycles has 900 return notes from the spring sale sitting in a spreadsheet."
        " One pass, no schedule: tag each note with a return reason (wrong size, arrived damaged,"
        " changed mind) and send the arrived-damaged ones to the supplier-claims webhook.",
        {},
        (None, [K, C, W]),
    ),
    (
        "We have 400 feedback cards from the open day. Single pass, no schedule: sort each card"
        " into praise or complaint and email the complaint ones to care@x.example.",
        {},
        (None, [K, C, E]),
    ),
    (
        "Our shop has 2,000 old enquiries in a spreadsheet. One pass only: classify each as"
        " wholesale or retail and post the wholesale ones in #trade.",
        {},
        (None, [K, C, S]),
    ),
    (
        "One run, no schedule: fetch the members from https://club.example/api/members and"
        " post the lapsed ones in #committee.",
        {},
        (None, [H, C, S]),
    ),
    (
        "The archive holds 600 support emails from last year. No schedule: label each as bug"
        " or question and send the bug ones to the triage webhook.",
        {},
        (None, [K, C, W]),
    ),
]

ALL = [
    *MADE_OF_A_SUBSET_BY_WORTH,
    *THROWN_AWAY,
    *TAKEN_FROM_EACH_OF_A_CLASS,
    *WITH_TEXTED_SHORT,
    *ONCE_COUNTED,
]


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_round89_constructions_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_round89_right_answers_stay_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "condition" in d or "understood" in d]


def test_a_digest_of_every_item_makes_no_test():
    text = (
        "Tuesdays at 13:45, pull every open opportunity out of Salesforce, write up a digest of"
        " them, and post it in #estimating."
    )
    assert read(text) == ("45 13 * * 2", [Q, M, S])


def test_a_thing_thrown_to_a_place_is_still_sent():
    assert read("Pull the list from https://x.example/api/list and throw it to #ops.") == (
        None,
        [H, S],
    )


def test_a_class_with_no_sort_before_it_makes_no_test():
    text = "Pull the reward tier out of every comment and send it to support@x.example."
    assert read(text) == (None, [X, E])


def test_a_path_with_w_slash_is_no_with():
    text = "Fetch https://x.example/w/orders daily at 9am and post them in #ops."
    assert read(text) == ("0 9 * * *", [H, S])


def test_one_pass_of_a_step_is_no_once_label():
    text = (
        "Every day at 6am, run one pass over the queue at https://x.example/api/q and post it"
        " in #ops."
    )
    assert read(text)[0] == "0 6 * * *"


def test_a_booking_w_a_firm_names_whom_it_is_with():
    text = (
        "wen someone books a tuning w/ keystone piano tuning, txt them a confirmation thru the"
        " sms webhook"
    )
    assert read(text) == (None, [W])
