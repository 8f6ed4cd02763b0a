"""Tell the items a colon heads ("every invoice emailed to ap@…:") and items said to arrive."""

import re

# "posted about …", "emailed to …", and as a relative clause "that lands in …", "which gets
# submitted on …": what befell an item, where it came from.
ITEM_ARRIVED = (
    r"(?:[a-z]{3,}ed|sent|left|made|written"
    r"|(?:that|which)\s+(?:(?:gets?|is|are|ha(?:s|ve)\s+been)\s+)?[a-z]{3,})"
)
# "landing in the out-of-hours inbox", "hitting the bookings inbox": an item arriving, told
# with a participle, with the place it arrives at to follow.
ITEM_ARRIVING = (
    r"(?:(?:landing|arriving|coming|dropping|turning\s+up)\s+(?:in|into|at|on|to|through|via)"
    r"|hitting|reaching)"
)
# A firm named in capitals, "&" read as "and" ("Maple and Rye Bakery", "Fairway Boiler Cover").
FIRM_NAME = r"(?-i:[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})"
# "every incoming call transcript", "each new claim": the items a colon heads.
# "each new review posted about the driving school:", "each form that lands in the shared
# inbox:", "every invoice emailed to ap@…:": the items may say where they came from, with a
# participle of arriving too ("each message landing in the out-of-hours inbox:", "every enquiry
# hitting the bookings inbox:"), or name the firm they come to ("each incoming call transcript
# at Fairway Boiler Cover:"), or the firm's site or app they are sent through ("each enquiry
# form from the Bramwell Hotel website:", "every booking from our app:"), or who sends them there
# ("every repair request a tenant submits to Holloway Lettings:").
_SENT_THROUGH = r"(?:web\s?site|site|app|portal|inbox|mailbox|contact\s+form|booking\s+form)"
ITEMS_AT_A_FIRM = (
    rf"\s+(?:(?:an?|the|our)\s+[\w-]+\s+[a-z]{{3,}}s\s+(?:with|to|at|on|via|through)"
    rf"|at|for|from|of|to)\s+(?:(?:the|our)\s+)?{FIRM_NAME}(?:['\u2019]s)?(?:\s+{_SENT_THROUGH})?"
    rf"|\s+(?:from|via|through)\s+(?:the|our)\s+(?:[\w'&-]+\s+){{0,3}}?{_SENT_THROUGH}"
)
ITEMS_HEADED = re.compile(
    r"\s*(?:every|each|any)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    rf"(?:\s+(?:{ITEM_ARRIVED}\s+(?:about|to|in|into|on|at|from|by|via|for|through)"
    rf"|{ITEM_ARRIVING})(?:\s+[\w'.@-]+){{1,6}}|{ITEMS_AT_A_FIRM})?\s*",
    re.IGNORECASE,
)


def inside_items_heading(text: str, tokens: list[tuple[str, int]], i: int, clause_at: int) -> bool:
    """Tell whether token i lies inside the items a colon heads ("every request … to X:")."""
    # "every repair request a tenant submits to Holloway Lettings:": the items a colon heads,
    # a noun in a verb's place, not a step run on after a noun.
    if not text[clause_at : clause_at + 8].lstrip().lower().startswith(("every ", "each ")):
        return False
    colon = next((at for word, at in tokens[i + 1 : i + 12] if word == ":"), None)
    return colon is not None and bool(ITEMS_HEADED.fullmatch(text, clause_at, colon))


def items_headed_after_a_name(text: str, start: int, end: int) -> bool:
    """Tell "Tinker & Tide toy shop — every new product review" (who asks, then the items)."""
    dash = max(text.rfind(" \u2014 ", start, end), text.rfind(" \u2013 ", start, end))
    return dash > start and bool(ITEMS_HEADED.fullmatch(text, dash + 2, end))


# "Quarry delivery dockets land in our dockets inbox — extract …", "supplier invoices arrive in
# the accounts mailbox; pull …": items said to arrive somewhere, as a plain fact, opening an
# unscheduled text, are the trigger, as "when they land" would be; a colon after them heads
# the steps, as after "each new invoice".
# "a new prescription scan lands in the inbox": one item arriving says the same as many.
ARRIVAL_WORDS = frozenset(
    {"land", "arrive", "come", "turn", "show", "get", "are", "drop"}
    | {"lands", "arrives", "comes", "turns", "shows", "gets", "is", "drops"}
)
ITEMS_LAND = re.compile(
    r"\W*(?:[\w'-]+\s+){0,4}?(?:[\w'-]+s\s+(?:land|arrive|come\s+in|turn\s+up|show\s+up|"
    r"drop\s+in|(?:get|are)\s+(?:emailed|sent|dropped|uploaded|forwarded|delivered|posted))"
    r"|(?:new|incoming|fresh)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:lands|arrives|comes\s+in|"
    r"turns\s+up|shows\s+up|drops\s+in|(?:gets|is)\s+(?:emailed|sent|dropped|uploaded|"
    r"forwarded|delivered|posted)))\s+"
    r"(?:in|into|at|on|to|through|via)\s+(?:the|our|my|their|a|an)\s+[^,;.]*$",
    re.I,
)
# "Every milk delivery at Hollins Creamery arrives with a lab sheet:", "each tenancy application
# comes in with a payslip:": each item, told as arriving with the paper it brings, heads the
# steps after the colon as "each new delivery:" does; the paper is what they read.
ITEMS_COME_WITH = re.compile(
    r"\W*(?:every|each|any)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?:" + ITEMS_AT_A_FIRM + r")?\s+"
    r"(?:arrives|comes(?:\s+in)?|turns\s+up|shows\s+up|lands)\s+with\s+(?:an?|its|their|the)\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+\s*:?\s*",
    re.I,
)
