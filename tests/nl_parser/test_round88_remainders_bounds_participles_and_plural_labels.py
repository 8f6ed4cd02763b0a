"""Round 88: a comparative in "-er" after "anything" is the other side of the test before
("…; anything calmer, post …"); a bound told after its number heads its step with a colon
("Level 3 or higher: post …"); a pronoun and an irregular participle pick items ("any lost on
price go to …"); a gapped passive may say how fast ("and the emergencies sent straight to …");
and a class sorted into as a plural ("sort them into praise, complaints …") is what is made of
it ("summarise the complaints")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, S, E = "http.request", "check_status", "webhook.post", "slack.post_message", "email.send"
Q, K, M, R, X = "salesforce.query", "classify", "summarize", "generate_report", "extract"

# "<test> means …; anything <comparative>, <step>": the other side of the test.
COMPARATIVE_REMAINDER = [
    (
        "Isla Ferries, every morning at quarter to six: grab the sea forecast from"
        " https://marine.islaferries.example/api/forecast. Waves over 3 m means firing the"
        " cancellation webhook; anything calmer, post 'all sailings running' in #terminal.",
        ("45 5 * * *", [H, C, W, C, S]),
    ),
    (
        "Every hour, read the river level from https://river.example/api/level. A level above"
        " 2 m means texting the warden via the sms webhook; anything lower, post 'river normal'"
        " in #rowing.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "Every 10 minutes, poll https://noise.example/api/db. Readings over 85 dB mean the alarm"
        " webhook gets triggered; anything quieter, post 'fine' in #site.",
        ("*/10 * * * *", [H, C, W, C, S]),
    ),
    (
        "Every morning at 7, fetch the wind forecast from https://wind.example/api. Gusts above"
        " 40 knots: email the harbour master at hm@port.example; anything gentler, post 'boats"
        " out' in #marina.",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Daily at 8, pull the pollen count from https://pollen.example/api. If it's over 50,"
        " email alerts@clinic.example; anything milder, post 'low pollen' in #clinic.",
        ("0 8 * * *", [H, C, E, C, S]),
    ),
]

# "<measure> <n> or higher: <step>": the bound after its number heads the step.
BOUND_BEFORE_COLON = [
    (
        "Daily at 06:15, check the avalanche risk at https://snow.uplandskihire.example/api/risk."
        " Level 3 or higher: post 'off-piste hire suspended' in #hire-desk. Otherwise, email the"
        " all-clear to shop@uplandskihire.example.",
        ("15 6 * * *", [H, C, S, C, E]),
    ),
    (
        "Every hour, read the wind speed from https://weather.example/api/wind. 25 mph or more:"
        " text the skipper via the sms webhook. Otherwise, post 'all calm' in #harbour.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "Each morning, fetch the stock levels from https://shop.example/api/stock. 10 units or"
        " fewer: email purchasing@shop.example. Otherwise, post 'stock fine' in #ops.",
        ("0 9 * * *", [H, C, E, C, S]),
    ),
    (
        "Every 15 minutes, poll https://tank.example/api/temp. Temperature 30 C or above: trigger"
        " the cooling webhook; otherwise post 'ok' in #plant.",
        ("*/15 * * * *", [H, C, W, C, S]),
    ),
    (
        "Daily at 7, pull the ratings from https://x.example/api/nps. Rating 9 or higher: email"
        " thanks@x.example. Everything else: post it in #cx.",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
]

# "any <irregular participle> <how>": the items in that state.
PRONOUN_THEN_PARTICIPLE = [
    (
        "At 6:45pm every weekday, pull today's closed-lost opportunities from the CRM for"
        " Tessellate Tiles; any lost on price go to pricing@tessellatetiles.example, any lost for"
        " some other reason go to #sales-coaching.",
        ("45 18 * * 1-5", [Q, C, E, C, S]),
    ),
    (
        "pull the closed-lost deals from the CRM; any lost on price go to big@x.example, any lost"
        " for some other reason go to #sales.",
        (None, [Q, C, E, C, S]),
    ),
    (
        "fetch the orders from https://shop.example/api/orders and email any sold at a loss to"
        " finance@shop.example",
        (None, [H, C, E]),
    ),
    (
        "get the parcels from https://depot.example/api/parcels; any held at customs should go to"
        " #logistics, the rest to ops@depot.example",
        (None, [H, C, S, C, E]),
    ),
    (
        "Every morning, pull the bids from the CRM and post those won on price in #wins.",
        ("0 9 * * *", [Q, C, S]),
    ),
    (
        "Every Monday at 8am, pull last week's deliveries from https://fleet.example/api/deliveries;"
        " send any left with a neighbour to #depot and email the rest to ops@fleet.example.",
        ("0 8 * * 1", [H, C, S, C, E]),
    ),
]

# "…, and the <class> sent straight to …": the gapped passive says how fast, then where.
GAPPED_PASSIVE_HURRIED = [
    (
        "Every incoming call transcript at Brightwater Plumbing should be triaged as emergancy or"
        " routine, and the emergencies sent straight to the on-call plumber's pager webhook.",
        (None, [K, C, W]),
    ),
    (
        "Every incoming call transcript should be triaged as emergency or routine, and the"
        " emergencies sent straight to the pager webhook.",
        (None, [K, C, W]),
    ),
    (
        "Each new ticket should be tagged as bug or question, and the bugs forwarded directly to"
        " #dev.",
        (None, [K, C, S]),
    ),
    (
        "Every new ticket should be tagged as bug or question, and the bugs emailed right to"
        " dev@x.example.",
        (None, [K, C, E]),
    ),
    (
        "Each incoming review should be scored as positive or negative, and the negative ones"
        " posted immediately to #cx.",
        (None, [K, C, S]),
    ),
]

# "sort … into praise, complaints and …, summarise the complaints": a plural label made of.
PLURAL_LABEL_MADE_OF = [
    (
        "One-time job: go through the 1,200 comment cards from the Copperhill Museum summer"
        " exhibition, sort them into praise, complaints and suggestions, summarise the"
        " complaints, and email that summary to curators@copperhillmuseum.example.",
        (None, [K, C, M, E]),
    ),
    (
        "sort the tickets into bugs and questions, summarise the bugs and email the summary to"
        " a@b.example",
        (None, [K, C, M, E]),
    ),
    (
        "sort the reviews into praise and complaints, and pull the order number out of the"
        " complaints, then post them to #cx",
        (None, [K, C, X, S]),
    ),
    (
        "sort the leads into hot leads and cold leads, write a report on the hot leads and email"
        " it to a@b.example",
        (None, [K, C, R, E]),
    ),
    (
        "split the feedback into compliments and grievances, then write a summary of just the"
        " grievances and post it in #service.",
        (None, [K, C, M, S]),
    ),
]

ALL = [
    *COMPARATIVE_REMAINDER,
    *BOUND_BEFORE_COLON,
    *PRONOUN_THEN_PARTICIPLE,
    *GAPPED_PASSIVE_HURRIED,
    *PLURAL_LABEL_MADE_OF,
]


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_round88_constructions_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_round88_right_answers_stay_confident(text, expected):
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "not understood" in d]


def test_anything_over_a_number_is_a_test_of_its_own():
    # "over" ends in "-er" but is a preposition: its own comparison, not the other side.
    text = (
        "Daily at 8, pull the orders from https://shop.example/api/orders. Orders over $500 go"
        " to #big-orders; anything under $100, email them to sales@shop.example."
    )
    steps = read(text)[1]
    assert steps == [H, C, S, C, E]


def test_the_other_ones_stay_the_rest():
    text = (
        "tag each ticket as bug or question; post the bug ones to #dev and the other ones to #help"
    )
    assert read(text) == (None, [K, C, S, C, S])


def test_a_sort_summarised_whole_keeps_no_test():
    text = (
        "sort the cards into praise, complaints and suggestions, summarise all the cards and"
        " email the summary to a@b.example"
    )
    assert read(text) == (None, [K, M, E])


def test_a_number_or_more_inside_a_note_is_no_test():
    text = "Every Monday at 9, pull the report from https://x.example/api/r and post it to #ops."
    assert read(text) == ("0 9 * * 1", [H, S])


def test_a_participle_before_its_noun_picks_nothing_new():
    # "any held items" names the items; only "any held at …" (no noun) is the pronoun's state.
    assert read("pull the deals from the CRM and post the deals to #sales") == (None, [Q, S])


def test_a_gapped_passive_without_a_hurry_still_reads():
    text = (
        "Every incoming call transcript should be triaged as emergency or routine, and the"
        " emergencies sent to the pager webhook."
    )
    assert read(text) == (None, [K, C, W])
