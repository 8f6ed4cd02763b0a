"""Round 82: a sort into kinds, then routing. Items headed with the firm they come to ("Every new
enquiry to Quietwave Hearing Clinic:", "every repair request a tenant submits to Holloway
Lettings:"); a class the sort lists leading its route after a dash ("triage it as emergency or
routine — emergencies straight to …"); "anything with X in it goes to …; the rest, …"; a kind
named alone before an arrow and its step ("weddings -> email …"); and "work out whether each
customer owns a X, a Y or a Z, and send just the X owners to …"."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, K, C, S, E, W = (
    "http.request",
    "classify",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
)

# "Every <items> to <Firm>: …", "every <items> a <someone> <verb>s to <Firm>: …": a heading.
ITEMS_HEADED_WITH_THE_FIRM_THEY_COME_TO = [
    (
        "Every new enquiry to Quietwave Hearing Clinic: categorise it as hearing test, repair or"
        " new aids. If it's a repair, fire the workshop webhook; if not, email"
        " reception@quietwavehearing.example.",
        (None, [K, C, W, C, E]),
    ),
    (
        "Each new booking to Tidewater Kayak Hire: classify it as lesson, tour or rental. If it's"
        " a tour, post it in #guides; if not, email desk@tidewater.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Every new complaint to Marlow Buses: sort it into delay, driver or fare. If it's a"
        " delay, hit the ops webhook; otherwise email feedback@marlowbuses.example.",
        (None, [K, C, W, C, E]),
    ),
    (
        "Every repair request a tenant submits to Holloway Lettings: triage it as emergency or"
        " routine; emergencies go to the on-call contractor webhook, the rest to"
        " repairs@hollowaylettings.example.",
        (None, [K, C, W, C, E]),
    ),
    (
        "Each order a customer places with Fenwick Florists: classify it as wedding, funeral or"
        " gift; wedding ones go to #events, the rest to shop@fenwick.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Every claim a member files to Oakridge Mutual: label it as theft or damage; theft ones"
        " go to #fraud, the rest to claims@oakridge.example.",
        (None, [K, C, S, C, E]),
    ),
]

# "triage it as X or Y — Xs straight to …, the rest to …": a class the sort lists leads a route.
CLASS_ROUTED_AFTER_THE_SORT = [
    (
        "Every repair request a tenant submits to Holloway Lettings: triage it as emergency or"
        " routine \u2014 emergencies straight to the on-call contractor webhook, the rest to"
        " repairs@hollowaylettings.example.",
        (None, [K, C, W, C, E]),
    ),
    (
        "Each new ticket at Brightline Broadband: classify it as outage or billing \u2014"
        " outages straight to the noc webhook, the rest to #billing.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Every new message at Pinecrest Dental: sort it into emergency or routine \u2014"
        " emergencies to #on-call, everything else to frontdesk@pinecrest.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Each new order at Bramble Bakery: tag it as wholesale or retail \u2014 wholesale"
        " straight to trade@bramble.example, the rest to #counter.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Every new lead at Cobalt Solar: classify it as commercial or domestic \u2014 commercial"
        " ones to the crm webhook, the rest to #domestic.",
        (None, [K, C, W, C, S]),
    ),
]

# "Anything with X in it goes to …; the rest, drop in #y": items named by what they hold.
ITEMS_BY_WHAT_THEY_HOLD = [
    (
        "Every day at 6pm, fetch today's web orders for Ruddock's Cheesemongers from"
        " https://orders.ruddockscheese.example/api/today. Anything with soft cheese in it goes"
        " to the chilled-courier webhook; the rest, drop in #packing.",
        ("0 18 * * *", [H, C, W, C, S]),
    ),
    (
        "Every weekday at 8am, fetch the day's parcels from https://parcels.example/api/today."
        " Anything with glass in it goes to the fragile webhook; the rest go to #dispatch.",
        ("0 8 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "Every hour, pull new orders from https://shop.example/api/orders and send anything"
        " with peanuts in it to allergens@shop.example.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Every Friday at 4pm, fetch the week's boxes from https://boxes.example/api/week. Any"
        " box containing batteries goes to #hazmat; the rest, drop in #shipping.",
        ("0 16 * * 5", [H, C, S, C, S]),
    ),
    (
        "Daily at 7am, fetch the menu changes from https://menu.example/api/changes and post"
        " anything with shellfish in it to #allergy-desk, everything else to #kitchen.",
        ("0 7 * * *", [H, C, S, C, S]),
    ),
]

# "weddings -> email …" / "all other requests -> #gigs": a kind alone before its step's arrow.
KIND_ALONE_BEFORE_ITS_STEP = [
    (
        "Brasswood Brass Band \u2014 hire requests\nMondays 07:00: fetch the week's requests from"
        " https://hire.brasswoodband.example/api/requests\nweddings -> email"
        " bookings@brasswoodband.example\nall other requests -> #gigs",
        ("0 7 * * 1", [H, C, E, C, S]),
    ),
    (
        "Mondays 07:00: fetch the week's requests from https://hire.example/api/requests\n"
        "weddings -> email bookings@hire.example\neverything else -> #gigs",
        ("0 7 * * 1", [H, C, E, C, S]),
    ),
    (
        "Every day at 9am: fetch new bookings from https://camp.example/api/bookings\n"
        "families -> post in #family-desk\nall other bookings -> email office@camp.example",
        ("0 9 * * *", [H, C, S, C, E]),
    ),
    (
        "Fridays 16:00: pull the week's returns from https://returns.example/api/week\n"
        "damaged -> fire the claims webhook\nthe rest -> #returns",
        ("0 16 * * 5", [H, C, W, C, S]),
    ),
    (
        "Every weekday at 10am: fetch the new quotes from https://quotes.example/api/new\n"
        "urgent -> email sales@quotes.example\nall other quotes -> #quotes",
        ("0 10 * * 1-5", [H, C, E, C, S]),
    ),
]

# "work out whether each customer owns a X, a Y or a Z, and send just the X owners to …".
WHAT_EACH_HAS_AS_ITS_CLASS = [
    (
        "Harrowby Piano Tuners, one-time tidy-up: we've got 2,300 old customer records at"
        " https://clients.harrowbypianos.example/api/all. Fetch them, work out whether each"
        " customer owns a grand, an upright or a digital, and send just the grand-piano owners"
        " to the mailing-list webhook.",
        (None, [H, K, C, W]),
    ),
    (
        "Fetch the members from https://club.example/api/members, work out whether each member"
        " owns a road bike, a gravel bike or an e-bike, and email just the e-bike owners to"
        " rides@club.example.",
        (None, [H, K, C, E]),
    ),
    (
        "Pull the clients from https://vets.example/api/clients, figure out whether each client"
        " has a cat, a dog or a rabbit, and post just the rabbit owners in #rabbits.",
        (None, [H, K, C, S]),
    ),
    (
        "Every Monday at 8am, fetch the drivers from https://fleet.example/api/drivers, work out"
        " whether each driver drives a van, a lorry or a car, and send only the lorry drivers to"
        " the tacho webhook.",
        ("0 8 * * 1", [H, K, C, W]),
    ),
    (
        "Fetch the players from https://league.example/api/players, determine whether each"
        " player uses a left, right or switch stance, and email just the switch players to"
        " coach@league.example.",
        (None, [H, K, C, E]),
    ),
]

# The constructions without what this round reads: unchanged.
NEAR = [
    (
        "Every new enquiry to Quietwave Hearing Clinic should be emailed to"
        " reception@quietwave.example.",
        (None, [E]),
    ),
    (
        "Classify each ticket as outage or billing \u2014 then post a summary in #support.",
        (None, [K, "summarize", S]),
    ),
    (
        "Every day at 6pm, fetch orders from https://x.example/api and send them to #packing.",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Mondays 07:00: fetch the week's requests from https://x.example/api/requests -> email"
        " bookings@x.example",
        ("0 7 * * 1", [H, E]),
    ),
    (
        "Fetch the customers from https://x.example/api, work out whether each one is up or not,"
        " and email ops@x.example.",
        (None, [H, E]),
    ),
]

READ_WHOLE = (
    ITEMS_HEADED_WITH_THE_FIRM_THEY_COME_TO
    + CLASS_ROUTED_AFTER_THE_SORT
    + ITEMS_BY_WHAT_THEY_HOLD
    + KIND_ALONE_BEFORE_ITS_STEP
    + WHAT_EACH_HAS_AS_ITS_CLASS
)
# The Brasswood heading's topic line and the Harrowby story before the steps keep their doubts.
CONFIDENT = (
    ITEMS_HEADED_WITH_THE_FIRM_THEY_COME_TO
    + CLASS_ROUTED_AFTER_THE_SORT
    + ITEMS_BY_WHAT_THEY_HOLD
    + KIND_ALONE_BEFORE_ITS_STEP[1:]
    + WHAT_EACH_HAS_AS_ITS_CLASS[1:]
)


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONFIDENT)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), CONFIDENT)
def test_no_new_doubt(text, expected):
    assert not [d for d in doubts_of(text) if "condition" in d or "nothing" in d]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected


def test_the_rest_lacks_what_the_subset_holds():
    tests = [s.config for s in parse(ITEMS_BY_WHAT_THEY_HOLD[0][0], {}).steps if s.action == C]
    assert tests == [
        {"field": "$.text", "operator": "contains", "value": "soft cheese"},
        {"field": "$.text", "operator": "matches", "value": "^(?!.*soft cheese)"},
    ]


def test_just_the_owners_keeps_the_class_they_own():
    tests = [s.config for s in parse(WHAT_EACH_HAS_AS_ITS_CLASS[0][0], {}).steps if s.action == C]
    assert tests == [{"field": "$.category", "operator": "equals", "value": "grand"}]
