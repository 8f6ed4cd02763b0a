"""The verbs that begin a step, and the kinds of them a clause is cut by."""

from nl_parser.lexicon import word_set
from nl_parser.verbs import EXCLUDE, HAND_OVER

# Verbs that begin a new step; a comma or "and" before one of these ends the previous clause.
ACTION_VERBS = (
    word_set(
        """
    pull query fetch call get retrieve grab collect load read download ping poll hit
    request check look monitor gather import scrape export run generate write create compile build
    produce prepare draft make summarize summarise recap condense analyze analyse
    classify categorize categorise organize organise triage label tag prioritize prioritise
    extract parse
    email e-mail mail send post notify alert message forward push deliver share publish sms
    upload escalate page text tell remind dm wait pause sleep delay hold hang put set map convert
    transform format reformat rename normalize pick select keep filter store save log
    update sync drop slack let watch track total tally aggregate chart graph plot visualize
    visualise remove discard exclude ignore skip ask nudge announce broadcast inform warn flag
    thank congratulate welcome greet invite reply score rank grade sort find search scan trigger
    bother mark loop clue fill
    """
    )
    | HAND_OVER
)
# Verbs that stand alone; any other verb followed by a comma or "then" is a listed noun
# ("extract the name, company and email, then …").
INTRANSITIVE = frozenset({"wait", "pause", "sleep", "hold"})
# Verbs that work on the data passed along and need no object: "GET https://… → summarize →
# email …", "pull the tickets, classify, then post …" (none is also a noun in a list).
DONE_TO_THE_DATA = word_set(
    "summarize summarise analyze analyse classify categorize categorise condense"
)
# Verbs that read from somewhere: "and pull from the API" is a step, "and total from each
# invoice" or "and email of the sender" lists nouns.
READS_FROM = word_set(
    """
    pull query fetch call get retrieve grab collect load read download import export scrape
    gather sync poll request
    """
)


# Steps a contrast can guard ("…, but only page ops when …"); "but skip …" says what is not done.
GUARDED_STEP_VERBS = ACTION_VERBS - EXCLUDE


# Delivery verbs that start a step even with no comma or "and" before them.
UNMARKED_STEPS = word_set(
    "email e-mail notify alert slack ping page escalate dm tell warn send post push forward text "
    "message remind"
)


EXTRACTING = frozenset({"extract", "parse", "pull out"})
# "pull out scores and map names", "pick out the totals and sort codes", "take out dates and
# format codes": a verb of taking with "out" extracts, as "extract" does.
TAKES_OUT = frozenset({"pull", "pick", "take", "get", "grab", "dig", "fish", "lift", "read"})
