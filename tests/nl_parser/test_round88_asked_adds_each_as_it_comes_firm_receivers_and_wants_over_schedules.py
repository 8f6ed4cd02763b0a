"""Round 88: "can u add them to the roster webhook" (an add to a webhook, asked for after an event
with no comma) posts to it; "As each booking email comes in, …" opens the event as "when" does;
"give the Petal & Stem van drivers the run-down" hands data to people led by a firm's name;
"at seven sharp" keeps "sharp" as the time's; "get the summary to both #x and y@…" sends to
both; and "<firm> would like, <schedule>, the readings … condensed into a digest and posted …"
is the fetch, a summary and the post."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
X, SUM, Q = "extract", "summarize", "salesforce.query"

# "<event> can u add them to the <name> webhook": an add to a webhook is a post to it.
ADDED_TO_A_WEBHOOK = [
    (
        "hey when someone pays for a class on the ironbell kettlebell club app can u add them to"
        " the roster webhook thx",
        (None, [W]),
    ),
    (
        "when someone pays for a class on the club app, can u add them to the roster webhook",
        (None, [W]),
    ),
    (
        "when a new member joins the running club could you append them to the members webhook",
        (None, [W]),
    ),
    ("When a volunteer signs up, add their name and shift to the rota webhook.", (None, [W])),
    (
        "Every Monday at 9, fetch https://x.example/api/new-members and add them to our CRM"
        " webhook.",
        ("0 9 * * 1", [H, W]),
    ),
]

# "As each <item> <arrives>, …": the time of the event, as "when" opens it.
AS_EACH_COMES = [
    (
        "As each session booking email comes into Soundhouse Studios, pull out the band name,"
        " date and hours booked, and POST them to"
        " https://cal.soundhousestudios.example/hooks/sessions.",
        (None, [X, W]),
    ),
    (
        "As every invoice email lands in the finance inbox, pull out the total and email it to"
        " ops@x.example.",
        (None, [X, E]),
    ),
    (
        "As each support email comes in: classify it by urgency and post the urgent ones to"
        " #support.",
        (None, ["classify", CS, S]),
    ),
    ("As each new order arrives in Shopify, post it in #orders.", (None, [S])),
    (
        "As each refund email reaches the shop, extract the order number and post it to"
        " https://hooks.shop.example/refunds.",
        (None, [X, W]),
    ),
]

# "give the <Firm and Firm> <people> the <data>": people led by their firm's name get the data.
GIVEN_TO_A_FIRMS_PEOPLE = [
    (
        "Saturday mornings at seven sharp, grab the day's wedding deliveries from"
        " https://orders.petalandstem.example/api/weddings and give the Petal & Stem van drivers"
        " the run-down.",
        {"availableTools": [H, E]},
        ("0 7 * * 6", [H, E]),
    ),
    (
        "Every weekday at 8, pull the jobs from https://jobs.example/api/today and give the"
        " Hale & Sons plumbers today's jobs by email.",
        {},
        ("0 8 * * 1-5", [H, E]),
    ),
    (
        "Fridays at 4pm, fetch https://rota.example/api/next-week and give the Finch & Moss"
        " stewards the new rota by email.",
        {},
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Saturdays at seven sharp, fetch https://x.example/api/a and email it to a@x.example.",
        {},
        ("0 7 * * 6", [H, E]),
    ),
    (
        "Every weekday at nine on the dot, post the rota from https://x.example/api/rota in #crew.",
        {},
        ("0 9 * * 1-5", [H, S]),
    ),
]

# "get the summary to both #x and y@…": "both" opens the places it goes to.
GOT_TO_BOTH = [
    (
        "Weekly, Thursday 15:30: pull every open placement for Harlow & Penn Recruitment out of"
        " Salesforce, keep only those starting within the next 14 days, summarise them, and get"
        " the summary to both #consultants and directors@harlowpenn.example.",
        ("30 15 * * 4", [Q, CS, SUM, S, E]),
    ),
    (
        "Every Monday at 9, fetch https://x.example/api/orders, summarise them and get the"
        " summary to both #sales and boss@x.example.",
        ("0 9 * * 1", [H, SUM, S, E]),
    ),
    (
        "Daily at 6pm, pull the shifts from https://rota.example/api/today and get them to both"
        " #floor and managers@rota.example.",
        ("0 18 * * *", [H, S, E]),
    ),
    (
        "On Fridays at 3pm, grab the open deals from Salesforce and get the list to both"
        " #deals and cfo@firm.example.",
        ("0 15 * * 5", [Q, S, E]),
    ),
]

# "<firm> would like, <schedule>, <data> condensed into a digest and posted in <place>".
WANTED_OVER_A_SCHEDULE = [
    (
        "To: automation\nRe: gravity readings\nHopwright Brewing would like, each weekday at"
        " 06:40, the fermenter gravity readings from"
        " https://cellar.hopwright.example/api/fv-readings condensed into a short digest and"
        " posted in #brewhouse.",
        ("40 6 * * 1-5", [H, SUM, S]),
    ),
    (
        "Each weekday at 06:40, Hopwright Brewing would like the fermenter gravity readings from"
        " https://cellar.hopwright.example/api/fv-readings condensed into a short digest and"
        " posted in #brewhouse.",
        ("40 6 * * 1-5", [H, SUM, S]),
    ),
    (
        "Larkfield Dental needs, every Monday at 8am, last week's no-shows from"
        " https://pms.larkfield.example/api/no-shows boiled down to a summary and emailed to"
        " frontdesk@larkfield.example.",
        ("0 8 * * 1", [H, SUM, E]),
    ),
    (
        "I'd like, every Friday at 5pm, the week's orders from Salesforce condensed into a brief"
        " report and sent to sales@x.example.",
        ("0 17 * * 5", [Q, SUM, E]),
    ),
    (
        "Hopwright Brewing would like, each weekday at 06:40, the fermenter gravity readings"
        " from https://cellar.hopwright.example/api/fv-readings summarised and posted in"
        " #brewhouse.",
        ("40 6 * * 1-5", [H, SUM, S]),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ADDED_TO_A_WEBHOOK + AS_EACH_COMES + GOT_TO_BOTH + WANTED_OVER_A_SCHEDULE,
)
def test_round88_constructions(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), GIVEN_TO_A_FIRMS_PEOPLE)
def test_data_given_to_a_firms_people(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


def test_an_add_to_a_spreadsheet_stays_unknown():
    text = "when a new member joins the running club could you add them to the spreadsheet"
    assert read(text)[1] == []


def test_as_each_inside_a_step_is_left_alone():
    text = "Every Monday at 9, fetch https://x.example/api/tickets and tag each as each one's team."
    assert read(text)[1][0] == H


def test_a_plain_event_with_a_comma_still_opens_with_when():
    text = "When a form arrives, post it in #forms."
    assert read(text) == (None, [S])


def test_a_want_with_its_schedule_first_is_unchanged():
    text = (
        "Every Friday at 5pm, we would like the week's orders from https://x.example/api/orders"
        " posted in #sales."
    )
    assert read(text) == ("0 17 * * 5", [H, S])


def test_get_to_a_place_without_both_still_sends():
    text = "Every Monday at 9, fetch https://x.example/api/orders and get them to #sales."
    assert read(text) == ("0 9 * * 1", [H, S])
