"""Round 58: a test picked after a dash with a degree or pound sign, "anything above £40k gets a
shout-out in #x", fields pulled "for each" item between "::" fields, and sentiment's own labels
routed after "classify by sentiment" under a "<name> — every new <item>:" heading."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
Q, X, K = "salesforce.query", "extract", "classify"

# "— any tank above 24°C → fire …": a degree sign before the unit, or a pound or euro before the
# amount, still names the picked items' test.
SIGNED_UNITS = [
    (
        "Copperkettle Brewing, brewhouse monitoring: every 20 minutes between 6am and 10pm, read"
        " the fermenter temperatures from https://tanks.example-copperkettlebrewing.com/api/"
        "fermenters — any tank above 24°C → fire the glycol-chiller webhook and ping #brewhouse.",
        ("*/20 6-22 * * *", [H, C, W, S]),
    ),
    (
        "every hour, poll https://greenhouse.example.com/api/sensors — any bed below 12°C → post"
        " in #growers",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Hourly, GET https://cold.example-dairy.co.uk/api/fridges — any fridge over 5 °C → email"
        " dairy@example-dairy.co.uk",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "every 15 minutes, check https://kiln.example.com/api/temps; any kiln above 1200°C →"
        " trigger the shutdown webhook",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "every 30 minutes, read the boiler temperatures from https://plant.example.com/api/boilers"
        " — any boiler below 60°F → page the maintenance webhook",
        ("*/30 * * * *", [H, C, W]),
    ),
]

# "— anything above £40k gets a shout-out in #showroom": after a dash, the picked items get a
# message where it lands; the test picks them.
PICKED_GET_A_MESSAGE = [
    (
        "At 5:30pm on Fridays, grab every deal Quarry Lane Kitchens closed this week out of"
        " Salesforce — anything above £40k gets a shout-out in #showroom.",
        ("30 17 * * 5", [Q, C, S]),
    ),
    (
        "Every Monday at 9, pull last week's closed deals from Salesforce — any deal over $25k"
        " gets a mention in #wins.",
        ("0 9 * * 1", [Q, C, S]),
    ),
    (
        "Daily at 6pm, fetch today's orders from https://shop.example.com/api/orders — anything"
        " above €500 earns a ping in #big-orders.",
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "Every Friday at 4pm, query Salesforce for renewals signed this week — anything over £10k"
        " deserves a thank-you email to ceo@example.com.",
        ("0 16 * * 5", [Q, C, E]),
    ),
    (
        "each weekday at 8, get yesterday's invoices from https://ap.example.com/api/invoices —"
        " every invoice above £2,000 gets a note in #finance",
        ("0 8 * * 1-5", [H, C, S]),
    ),
]

# "Name :: Tue + Fri, 06:50 :: GET … :: pull origin and kg remaining for each sack :: …": a
# double colon parts fields as an arrow does, and fields listed "for each" item are extracted.
DOUBLE_COLON_FIELDS = [
    (
        "Ridgeway Coffee Roasters :: Tue + Fri, 06:50 :: GET https://roastery.example-"
        "ridgewaycoffee.com/api/green-stock :: pull origin and kg remaining for each sack :: any"
        " origin under 30 kg => email buying@example-ridgewaycoffee.com",
        ("50 6 * * 2,5", [H, X, C, E]),
    ),
    (
        "Hartley Mills :: daily 07:00 :: GET https://mill.example.com/api/silos :: pull grain and"
        " tonnes left for each silo :: any silo under 5 t => post in #mill",
        ("0 7 * * *", [H, X, C, S]),
    ),
    (
        "Bayside Dairy :: every Monday 9am :: GET https://dairy.example.com/api/stock :: any"
        " cheese under 20 kg => email orders@example.com",
        ("0 9 * * 1", [H, C, E]),
    ),
    (
        "Pinecrest Bakery :: weekdays 5:00 :: fetch https://bakery.example.com/api/flour :: grab"
        " supplier and sacks left for each flour :: any flour under 10 sacks => email"
        " buyer@example.com",
        ("0 5 * * 1-5", [H, X, C, E]),
    ),
    (
        "Every day at 7, GET https://shop.example.com/api/stock, pull the sku and quantity for"
        " each item and post them in #stock.",
        ("0 7 * * *", [H, X, S]),
    ),
]

# "classify by sentiment; negative → email …; positive → …": sentiment's labels are named
# alone after it, as listed labels would be; "<name> — every new <item>:" is what arrives.
SENTIMENT_ROUTED = [
    (
        "Tinker & Tide toy shop — every new product review: classify by sentiment; negative →"
        " email care@example-tinkerandtide.co.uk; positive → share it in #shop-wins.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Oakfield Dental — every new patient survey: sort by sentiment; negative → email"
        " manager@example-oakfield.co.uk",
        (None, [K, C, E]),
    ),
    (
        "every new app store review: classify it by sentiment; negative → post in #app-feedback;"
        " positive → email marketing@example.com",
        (None, [K, C, S, C, E]),
    ),
    (
        "when a customer comment arrives, classify it by tone; negatives → email"
        " care@example.com, positives → #wins",
        (None, [K, C, E, C, S]),
    ),
    (
        "Greenway Cycles — each new support chat: classify by sentiment; negative ones → page the"
        " support webhook; neutral → #support",
        (None, [K, C, W, C, S]),
    ),
]

# Near cases: no picked test, no fields, no label named; nothing new is read into them.
UNCHANGED = [
    (
        "At 5:30pm on Fridays, grab every deal closed this week out of Salesforce and post them"
        " in #showroom.",
        ("30 17 * * 5", [Q, S]),
    ),
    (
        "At 5:30pm on Fridays, grab every deal closed this week out of Salesforce — the team gets"
        " a shout-out in #showroom.",
        ("30 17 * * 5", [Q, S]),
    ),
    (
        "Every day at 7, GET https://shop.example.com/api/stock and post it in #stock.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Tinker & Tide toy shop — every new product review: post it in #reviews",
        (None, [S]),
    ),
    (
        "when a new product review comes in, classify it as positive or negative; negative →"
        " email care@example.co.uk; positive → share it in #shop-wins.",
        (None, [K, C, E, C, S]),
    ),
]

CASES = SIGNED_UNITS + PICKED_GET_A_MESSAGE + DOUBLE_COLON_FIELDS + SENTIMENT_ROUTED + UNCHANGED


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_cron_and_actions(text, expected):
    assert read(text) == expected


# The Ridgeway miss keeps a doubt of its schedule ("Tue + Fri" named apart) and the Copperkettle
# one its unread heading ("…, brewhouse monitoring:"), neither of their steps.
CONFIDENT = [t for t, _ in CASES if "Ridgeway" not in t and "Copperkettle" not in t]


@pytest.mark.parametrize("text", CONFIDENT)
def test_right_answers_are_confident(text):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize("text", [t for t, _ in SIGNED_UNITS + PICKED_GET_A_MESSAGE])
def test_no_comparison_is_left_untested(text):
    assert not [d for d in doubts_of(text) if "compares" in d or "condition" in d]


def test_a_sack_is_no_slack():
    text = DOUBLE_COLON_FIELDS[0][0]
    assert not [d for d in doubts_of(text) if "slack" in d.lower()]
