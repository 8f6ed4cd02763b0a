"""Words on a trigger that say which events count, and a state read as a test on a schedule."""

import re
from dataclasses import replace

from nl_parser.calendar_words import DAY, MONTH
from nl_parser.condition_fields import config, status_field
from nl_parser.conditions import (
    CONDITION,
    EVENT,
    OVER_AT_AN_END,
    ConditionDraft,
    read_condition,
)
from nl_parser.part_states_reported import part_state_reported
from nl_parser.predicates import CHANGED_TO, COMES_BACK_AS, GRADE_BROUGHT

_I = re.IGNORECASE

# "a guest RSVPs no", "a member votes yes": the answer given says which events count.
_ANSWERED = re.compile(
    r"\b(?:rsvps?|rsvp'?d|votes?|voted|answers?|answered|replies|replied|responds?|responded)\s+"
    r"['\"\u2018\u201c]?(?P<answer>yes|no|maybe)\b(?!\s+[a-z])",
    _I,
)
# "comes back from a pub with a damaged coupler", "arrives with a cracked screen": a part in a
# bad state on the item the event brings says which events count; the part is the field.
_WITH_DAMAGED_PART = re.compile(
    r"\bwith\s+(?:an?|the|its|their|one)\s+(?P<state>damaged|broken|faulty|defective|cracked|"
    r"torn|leaking|leaky|missing|bent|dented|split|snapped|burst|chipped|scratched|loose|worn)"
    r"\s+(?P<part>[a-z][\w-]*)\b",
    _I,
)
# "an order comes in with a nut allergy note", "an RSVP comes through with a plus-one": a thing
# the arriving item brings, ending the event, says which events count (a field it has).
_ARRIVES_WITH_A_THING = re.compile(
    r"\b(?:comes?\s+(?:in|through|thru)|came\s+(?:in|through|thru)|arrives?|arrived|lands?)\s+"
    r"with\s+an?\s+(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*$",
    _I,
)
# "a booking request comes in asking for a deafblind interpreter", "a ticket arrives mentioning
# a refund": what the arriving item asks for or names, told by a participle after its verb of
# arriving, says which events count (the field is what is asked, containing those words).
_ARRIVES_ASKING = re.compile(
    r"\b(?:comes?\s+(?:in|through|thru)|came\s+(?:in|through|thru)|arrives?|arrived|lands?)\s+"
    r"(?P<asking>asking\s+for|requesting|mentioning|wanting|looking\s+for)\s+"
    r"(?:an?\s+|the\s+|some\s+)?(?P<asked>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s*$",
    _I,
)
# "an order comes in with the express option ticked", "a booking arrives with the gift-wrap box
# checked": a choice the arriving item was sent with, ending the event, says which events count
# (its field true; "option", "box" and the like name only how it was chosen).
_ARRIVES_WITH_AN_OPTION_SET = re.compile(
    r"\b(?:comes?\s+(?:in|through|thru)|came\s+(?:in|through|thru)|arrives?|arrived|lands?|"
    r"(?:is|was|gets?)\s+(?:placed|submitted|made|booked))\s+"
    r"with\s+(?:(?:the|an?|its|their)\s+)?(?P<option>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?:\s+(?:option|box|checkbox|tick-?box|toggle|flag|setting|field))?\s+"
    r"(?:ticked|checked|selected|chosen|enabled|switched\s+on|turned\s+on|set)\s*$",
    _I,
)
# "a distributor reports a keg as damaged", "flags an order as fraud", "marks a room at the
# Belvoir Hotel as 'needs deep clean'": the state the event gives its object, however named,
# whoever's it is ("flags a customer's load as damaged").
_REPORTED_AS = re.compile(
    r"\b(?:reports?|reported|flags?|flagged|marks?|marked|lists?|listed|logs?|logged)\s+"
    r"(?:an?|the|one|some|any|its|their)\s+(?:[\w-]+(?:['\u2019]s)?\s+){0,9}?as\s+(?:an?\s+)?"
    r"(?!(?:soon|well|long|much|many|usual|needed|planned)\b)['\"\u2018\u201c]?(?P<state>[a-z][\w-]*)",
    _I,
)
# "comes back from the manufacturer marked 'beyond economic repair'": the state quoted whole,
# however many words it has.
_MARKED_QUOTED = re.compile(
    r"\b(?:marked|flagged|labell?ed|tagged|stamped|listed|logged)\s+(?:as\s+)?"
    r"['\"\u2018\u201c](?P<state>[a-z][\w -]{1,40}?)['\"\u2019\u201d]",
    _I,
)
# "comes in flagged urgent", "arrives tagged vip": the state unquoted, one word, after the
# participle that gives it ("tagged on GitHub", "flagged by a customer" name no state).
_MARKED_BARE = re.compile(
    r"\b(?:marked|flagged|labell?ed|tagged|stamped)\s+(?:as\s+)?"
    r"(?!(?:on|in|at|by|from|for|with|within|via|through|and|or|the|an?|it|them|up|off|out)\b)"
    r"(?P<marked>[a-z][\w-]*)",
    _I,
)
_QUOTED_STATE = re.compile(r"['\"\u2018\u201c](?P<state>[a-z][\w -]{1,40}?)['\"\u2019\u201d]", _I)
# "a participant misses a scheduled visit", "a client misses one of their check-in calls": what
# did not happen is told by the item's state.
_MISSED = re.compile(
    r"\b(?:misses|missed|skips|skipped|no-shows?)\s+(?:(?:one|any|either)\s+of\s+)?"
    r"(?:an?|the|their|his|her)\b",
    _I,
)

# "is discharged on a controlled drug", "is sent home on antibiotics", "is placed on probation":
# the regimen the item is put on when the event happens says which events count ("on a Friday",
# "on the blog" name no regimen).
_ON_A_REGIMEN = re.compile(
    r"\b(?:(?:is|are|was|were|gets?|got)\s+(?:[a-z]{3,}(?:ed|en)|put|sent|kept|left|set)"
    r"(?:\s+(?:home|back|out))?"
    r"|goes\s+home|went\s+home)\s+on\s+(?:an?\s+|the\s+)?"
    r"(?P<regimen>(?:[a-z][\w-]*\s+){0,2}?(?:drugs?|medications?|medicines?|antibiotics|steroids|"
    r"painkillers|opioids|insulin|oxygen|ventilators?|drips?|diets?|probation|payment\s+plans?|"
    r"watch\s?lists?|warnings?))\b",
    _I,
)
# "a checkout leaves a minibar balance unpaid", "a cleaner leaves a fire door open": the state
# the event leaves a thing in says which events count ("leaves a review" names none).
_LEAVES_IN_A_STATE = re.compile(
    r"\bleav(?:es|e|ing)\s+(?:an?|the|its|their|his|her)\s+(?P<left_thing>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?P<left_state>un[a-z]{3,}|open|empty|outstanding|overdue|blank)\b",
    _I,
)
# "is made public", "gets set private": a verb of making with the state it gives the item.
_MADE = re.compile(
    r"\b(?:is|are|was|were|gets?|got)\s+(?:made|turned|set|switched)\s+"
    # "is made with Rosewood Catering": who it is made with, never a state.
    r"(?!(?:to|into|by|for|from|in|on|at|up|off|with|the|an?)\b)(?P<made>[a-z][\w-]*)",
    _I,
)
# "is returned damaged", "gets handed in unsigned", "arrives broken", "is left unpaid": an event
# with the state its item is in when it happens says which events count (a participle first,
# or a verb of arriving: "is damaged" alone, or "is returned", is the event itself).
_ARRIVES_IN_A_STATE = re.compile(
    r"\b(?:(?:is|are|was|were|gets?|got)\s+[a-z]{3,}(?:ed|en|nt|ht)(?:\s+(?:back|in|up|out|off))?"
    r"|arriv(?:es|ed|e)|lands?|landed|(?:comes?|came|turns?|turned|shows?|showed)\s+(?:in|up))\s+"
    r"(?P<arrived>damaged|broken|faulty|defective|incomplete|empty|dirty|torn|cracked|soiled|wet|"
    r"leaking|scratched|dented|stained|missing|stolen|un[a-z]{3,}ed"
    # "is reported out of order", "gets logged out of stock": a state of being out of use.
    r"|out\s+of\s+(?:order|service|stock|use|action|commission|date))\b",
    _I,
)
# "gets declined by the lender", "is turned down by the council": a refusal told with who
# refused it is one outcome of a decision made elsewhere, the state of the item ("is rejected"
# alone is the event).
_REFUSED_BY = re.compile(
    r"\b(?:is|are|was|were|gets?|got)\s+(?P<refused>declined|rejected|refused|denied|"
    r"turned\s+down|knocked\s+back)\s+by\s+(?:the|an?|its|their|our)\s+\w",
    _I,
)
# "logs in from a new country", "is scanned into the wrong zone": a place or source the event
# happens in, marked as not the usual one. "Ships a laptop to a new hire", "gives the keys to a
# new tenant": a role one joins is the newcomer the event is done for, no place; so is the one
# it comes from ("an engagement letter from a new client": the kind of item the trigger awaits).
_NEWCOMER = (
    r"(?:hire|starter|joiner|recruit|employee|member|colleague|teammate|student|pupil|tenant|"
    r"resident|intern|apprentice|volunteer|trainee|client|customer|patient)s?"
)
_ODD_PLACE = re.compile(
    r"\b(?:from|into|in|to|at|on)"
    rf"\s+(?:an?|the)\s+(?!new\s+{_NEWCOMER}\b)(?P<odd>new|wrong|unknown|unfamiliar|"
    r"unrecognized|unrecognised|different|foreign)\s+(?P<noun>[a-z][\w-]*)",
    _I,
)
# "is opened by a first-time contributor", "a ticket from a VIP customer": the kind of person
# the event comes from says which events count ("comes in from a tenant", unqualified, does not).
_ACTOR_KIND = re.compile(
    r"\b(?:by|from)\s+(?:an?)\s+(?!(?:new|wrong|unknown|different|single|given|specific|"
    r"particular|certain|real|human|person)\b)(?P<kind>[a-z][\w'-]*)\s+"
    r"(?P<actor>customer|client|user|contributor|member|buyer|shopper|guest|visitor|patient|"
    r"student|donor|subscriber|tenant|vendor|supplier|partner|employee|author|contact|account|"
    r"caller|player|driver|rider|seller|merchant|reviewer|applicant|volunteer)s?\b",
    _I,
)
# "is collected by someone who isn't on their approved pick-up list": the event done by one
# missing from a list says which events count (whether the doer is on it).
_BY_ONE_NOT_LISTED = re.compile(
    r"\b(?:by|from|with)\s+(?:someone|somebody|anyone|anybody|a\s+person|an?\s+[a-z]+)\s+"
    r"(?:(?:who|that)\s+(?:is|are|was|were)(?:n['\u2019]t|\s+not)|not)\s+(?:on|in)\s+"
    r"(?:the|their|his|her|its|our|an?)\s+(?P<list>(?:[\w-]+\s+){0,3}?"
    r"(?:list|register|rota|roster|whitelist|allowlist|allow-list))\b",
    _I,
)
# "downgrades from Pro to Basic": a change named by the state it leaves says which events count
# ("downgrades to the free plan" alone is the event itself).
_FROM_TO = re.compile(
    r"\b(?:(?:up|down)grades?|moves?|switch(?:es)?|changes?|goes)\s+from\s+"
    r"(?P<left>[\w'-]+)(?:\s+[\w'-]+)?\s+to\s+\w",
    _I,
)
# "gets held at customs", "is stuck at the port", "gets held up at the depot": an item kept
# back on its way is in a state that says which events count ("a meeting is held at the town
# hall" takes place there, so "held" alone needs "up" or a checkpoint after it).
_HELD_UP = re.compile(
    r"\b(?:is|are|was|were|gets?|got|has\s+been)\s+(?:(?P<kept_back>stuck|detained|stranded|"
    r"impounded|seized|quarantined|held\s+up)\b|held\s+(?:at|in|by)\s+(?:the\s+)?"
    r"(?P<checkpoint>customs|border|security|immigration|quarantine|inspection)\b)",
    _I,
)
# "is cancelled because of weather": the cause given says which events count.
_BECAUSE = re.compile(
    r"\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:the\s+)?(?P<cause>[a-z][\w-]*)", _I
)
# "is called off because the swell's too big", "is postponed because the pitch is waterlogged":
# a reason told as a clause names its cause by the clause's subject, as "because of" names it.
_BECAUSE_CLAUSE = re.compile(
    r"\bbecause\s+(?:the|its|their|our|an?)\s+(?P<cause_subject>[a-z][\w-]*)"
    r"(?=['\u2019]s\b|\s+(?:is|are|was|were|has|have|had|got|gets|looks|looked)\b)",
    _I,
)
# "is called off for wind", "gets postponed for rain", "is closed for repairs": after a setback,
# "for" and a lower-case noun is its cause, as "because of" is ("for a week", "for the day" and
# "for Friday" say how long or when, not why).
_SETBACK_FOR = re.compile(
    r"\b(?=[acdghps])(?:cancell?ed|called\s+off|postponed|delayed|scrubbed|grounded|suspended|closed|shut|"
    r"halted|abandoned)\s+for\s+(?!(?:the|a|an|this|that|today|tonight|tomorrow|now|good|ever|"
    r"once|later|more|less|up|over|about|around)\b)(?-i:(?P<setback_cause>(?:low|high|"
    r"strong|bad|poor|heavy)\s+[a-z][\w-]*|[a-z][\w-]*))\b(?!\s*\d)",
    _I,
)
# "trips its emergency stop", "trips a circuit breaker": a machine that trips its safety device
# is in the fault state the device names.
_TRIPPED = re.compile(
    r"\b(?=[t])trip(?:s|ped)\s+(?:its|their|the|an?)\s+(?P<tripped>(?:[\w-]+\s+){0,2}?"
    r"(?:stop|e-stop|breaker|cut-?out|cut-?off|fuse|interlock|overload|brake|relay))\b",
    _I,
)
# "a bait station detects rodent activity", "a sensor senses smoke": what a device picks up is
# a reading, and the reading says which events count ("detects a new device" is only news).
_DETECTS = re.compile(
    r"\b(?=[ds])(?:detects?|detected|senses?|sensed)\s+(?!(?:an?\s+)?new\b)"
    r"(?:an?\s+|any\s+|some\s+)?(?P<detected>[a-z][\w-]*"
    r"(?:\s+(?!(?:at|in|on|near|from|and|or|for|by|to|with)\b)[a-z][\w-]*)?)",
    _I,
)
# "an inquiry comes in for a Saturday in June": one day of any, the item's date, says which count.
_FOR_A_DAY = re.compile(rf"\bfor\s+an?\s+(?P<day>{DAY}(?:\s+in\s+{MONTH})?)\b", _I)
# A number that names a place or a form, not a count: "arrives at dock 4", "submits a W-9" (or
# "a w-9", written in lower case). "buys a 10-class pass", "books a 3-night stay": a number
# hyphened to a noun after "a" names which kind of thing, not a count to test; a rating
# ("leaves a 1-star review") is the grade the event brings, and stays. Spelled out after an
# article ("buys a ten-visit pass", "books the six-week course") it names a kind as well.
_NAMED_NUMBER = re.compile(
    r"(?<=\b[a-z]-)\d+\b|\b(?:at|in|on|from|into)\s+(?:the\s+)?[a-z]+\s+#?\d+\b"
    r"(?!\s*(?:%|[a-z]))"
    r"|(?:(?<=\ba\s)|(?<=\ban\s))\d+(?=-(?!(?:stars?|points?)\b)[a-z]+\b)"
    r"|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen)(?=-(?!(?:stars?|points?)\b)[a-z]+\b)"
    # "for the Year 8 field trip", "at the Gate 4 locker": a capitalised word and a number after
    # "the" are a name, whatever follows.
    r"|(?<=\bthe\s)(?-i:[A-Z][a-z]+)\s+\d+\b(?!\s*%)"
    # "enters the coldwater harriers 10k", "signs up for the 5k fun run": a distance after "the"
    # (and a few words of name) is the race itself, not an amount the event is tested on.
    r"|\bthe\s+(?:[\w'-]+\s+){0,3}?\d+(?:k|km|mi)\b(?!\s*[%+])"
    # "joins 4th Elmstead Scouts", "registers at 5th Street Dental": an ordinal opening a
    # capitalised name is a word of the name ("on 4th March" is a date, still a test).
    rf"|\b\d+(?:st|nd|rd|th)\s+(?!(?:{MONTH}|{DAY})(?!\w))(?=(?-i:[A-Z][a-z]))",
    _I,
)

# "leaves a one-star review", "gives us a 2-star rating", "a five star review comes in": the
# stars the event brings are the grade that says which events count.
_STARS = re.compile(
    r"\b(?P<stars>one|two|three|four|five|[1-5](?:\.5)?)[- ]stars?\b"
    r"(?=\s+(?:[\w-]+\s+)?(?:reviews?|ratings?|scores?|feedback)\b)",
    _I,
)
# "leaves a negative review", "posts a bad rating", "a glowing review comes in": the feeling of
# the feedback the event brings says which events count, as its stars do.
_FELT = {"negative": "negative", "bad": "negative", "poor": "negative", "critical": "negative"}
_FELT |= {"angry": "negative", "scathing": "negative", "harsh": "negative", "unhappy": "negative"}
_FELT |= {"positive": "positive", "good": "positive", "glowing": "positive", "rave": "positive"}
_FELT |= {"happy": "positive", "great": "positive"}
_FELT_WORDS = tuple(_FELT)
_SENTIMENT = re.compile(
    r"\b(?:(?:an?|some|any)\s+|(?:leaves?|left|gives?|gave|posts?|posted|writes?|wrote|submits?"
    r"|submitted)\s+(?:us\s+|me\s+)?)"
    rf"(?:really\s+|very\s+)?(?P<felt>{'|'.join(_FELT)})\s+"
    r"(?:[\w-]+\s+)?(?:reviews?|ratings?|feedback|comments?|survey\s+responses?)\b",
    _I,
)

# "a specimen is booked in and it has no matching request form", "lands in the inbox and it's
# for water damage": a state of the item joined to the event by "and", its subject the item's
# pronoun (its verb written out or not), is a test of the item; so is the state it reports of
# itself ("a lift reports it's stuck between floors", "a pump signals that it has lost prime").
_AND_ITS_STATE = re.compile(
    r"\b(?:and|reports?|reported|says|said|signals?|signalled|signaled|indicates?|indicated)\s+"
    r"(?:that\s+)?(?P<its>(?:it|they)\s+(?:has|have|is|are|was|were|isn't|aren't|hasn't|haven't|"
    r"doesn't|don't|does\s+not|do\s+not|has\s+not|have\s+not)\b"
    r"|it['\u2019]s\b|they['\u2019]re\b)",
    _I,
)
# "a rescue call comes in and the animal is a deer", "a ticket arrives and its priority is
# high": a part of the item named after "and" (the, its, their), then what it is, tests the item
# as the pronoun does. A passive is news of a second event, not a state ("and the check-in
# photos are uploaded", "and the team is told").
_AND_ITS_PART_STATE = re.compile(
    r"\band\s+(?P<its>(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:is|are|isn't|aren't)\s+"
    r"(?!(?:being|been|getting|now|then|also|[a-z]+ed|sent|done|made|taken|given|written|shown|"
    r"seen|told|put|set)\b))",
    _I,
)
# "an emergency callout comes in where a child or pet is locked inside", "a booking is made
# where the guest is a minor": a "where" right after the event's verb says what the case it
# brings is like, so which events count; "is locked" there is how things stand, no second
# event ("lands in the folder where invoices are kept": after a noun, "where" is a place).
_WHERE_IT_STANDS = re.compile(
    rf"(?:{EVENT.pattern}|\b(?:is|are|gets?|was|were)\s+[a-z]{{3,}}ed)\s+(?:where|in\s+which)\s+"
    r"(?P<its>(?!(?:we|you|i|it|they|he|she|there)\b)(?P<subject>(?:[\w'-]+\s+){1,4}?)"
    r"(?:is|are)\s+(?P<not>not\s+)?(?:an?\s+|the\s+)?(?P<state>[a-z][\w-]*))",
    _I,
)
_WHERE_WORDS = (" where ", " in which ")
# "and it's for water damage", "and they are about billing": what the item is for is its kind.
_FOR_A_KIND = re.compile(
    r"^(?:it|they)(?:['\u2019]s|['\u2019]re|\s+is|\s+are)\s+(?:for|about)\s+(?:an?\s+|the\s+)?"
    r"(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$",
    _I,
)

# "we hand over a finished renovation", "a new owner takes over the store": "over" as a verb's
# particle says a handing or a taking, and compares nothing ("comes in over budget" does).
# "once a wedding is over": nor does "over" that ends the clause, the event's end.
# "a supplier sends over a price list", "a client emails over the plans": so is "over" after a
# verb of sending, which says the thing came to us.
_PARTICLE_OVER = re.compile(
    r"\b(?:hand|take|took|sign|turn|pass|carr(?:y|ie)|roll|switch|send|sent|e-?mail|mail|fax"
    r"|forward|ship|bring|brought|ping|flick)(?:s|es|ed|d|ing)?\s+over\b"
    rf"|{OVER_AT_AN_END}",
    _I,
)

# "registers with the food bank", "checks in with the front desk", "signs up with Clearroad
# Driving School": after a verb of joining (or a noun of meeting), "with" and a named party (the,
# our, or a capitalised name) say who is joined, not which events count ("signs up with a company
# email" does: what the joining uses); so do they after what is booked ("books a service with
# Ashby & Sons").
# So do they after what the joiner means to do ("signs up to ring with the St Aldhelm's band",
# "joins to row with the Kingsmead club"): the purpose names no state either.
_JOINED_PARTY = re.compile(
    r"\b(?:registers?|registered|signs?\s+up|signed\s+up|enrol?ls?|enrolled|joins?|joined|"
    r"books?|booked|checks?\s+in|checked\s+in|subscribes?|subscribed|volunteers?|volunteered"
    # "a week after each learner's last lesson with Roadwise": after a noun of meeting, the same
    # "with" names who was met.
    r"|lessons?|sessions?|appointments?|calls?|meetings?|class(?:es)?|visits?|consultations?"
    r"|chats?|courses?|fittings?|viewings?|interviews?)"
    r"(?:\s+(?:an?|the|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+to\s+[a-z][\w-]*(?:\s+(?!with\b)[a-z][\w-]*)?)?"
    r"\s+(?P<with>with\s+(?:(?:the|our)\s|(?-i:[A-Z])))",
    _I,
)

# "signs a lease with Fenwick Lettings", "opens an account with Acme Bank", "books a class with
# Studio Nine": after a verb of agreeing or arranging and its object, "with" and a capitalised
# name say who the deal is made with, not which events count ("opens a ticket with high
# priority" does). So do they after a verb of filing ("logs a repair request with Harbour
# Lettings", "lodges a complaint with Northwind Rail"): who the request is made to. So do they
# after a verb of settling a plan ("confirms the service date with Ashgrove Funeral Directors",
# "finalises the menu with Rosewood Catering"): who it is settled with.
_DEAL_PARTY = re.compile(
    r"\b(?:signs?|signed|opens?|opened|books?|booked|places?|placed|takes?\s+out|took\s+out|"
    r"makes?|made|schedules?|scheduled|arranges?|arranged|renews?|renewed|starts?|started|"
    r"confirms?|confirmed|agrees?|agreed|finali[sz]es?|finali[sz]ed|settles?|settled|"
    r"reserves?|reserved|"
    r"logs?|logged|files?|filed|lodges?|lodged|raises?|raised|submits?|submitted)\s+"
    r"(?:an?|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?P<with>with\s+(?-i:[A-Z]))",
    _I,
)

# "a planning objection is lodged with Wrenfold Parish Council", "a complaint is filed with the
# ombudsman": the passive of filing, then "with" and a named party (the, our, or a capitalised
# name), says who it is filed with, as the active "lodges a complaint with …" does. Of a deal,
# only a capitalised name is the party ("an order is placed with Brackenridge Supplies"); "is
# opened with the priority set to high" still says which events count.
# The whole name is cut with "with", so no word of it is read as a state ("made Rosewood").
_CAPITALISED_NAME = r"(?-i:[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*)"
_FILED_WITH_PARTY = re.compile(
    r"\b(?:is|are|was|were|gets?|got|has\s+been|have\s+been)\s+"
    r"(?:(?:lodged|filed|logged|raised|submitted)\s+(?P<filed>with\s+(?:(?:the|our)\s+[\w'-]+|"
    rf"{_CAPITALISED_NAME}))"
    r"|(?:placed|booked|signed|opened|made|scheduled|arranged|reserved|taken\s+out)\s+"
    rf"(?P<dealt>with\s+{_CAPITALISED_NAME}))",
    _I,
)

# "someone is fitted with new hearing aids", "a volunteer is issued with a lanyard": after a
# passive of equipping, "with" and its object are what the item is given, the event's own
# object, not which events count ("is fitted with a faulty valve" still names a grade).
_EQUIPPED_WITH = re.compile(
    r"\b(?:is|are|was|were|gets?|got|has\s+been|have\s+been)\s+"
    r"(?:fitted|issued|supplied|provided|equipped|kitted\s+out|fitted\s+out|furnished|"
    r"presented)\s+(?P<with>with)\s+(?!(?:an?|the|some|new)?\s*(?:faulty|broken|damaged|wrong|"
    r"defective|incorrect)\b)",
    _I,
)

# "keystone piano services", "lotus day spa", "harbourview lettings": a firm's name typed
# lower-case, a word or three before the kind of firm it is (no article: "a cleaning service"
# is a thing, "with a referral code" a test).
_FIRM_KINDS = (
    r"services|studios?|salon|clinic|surgery|lettings|bakery|garage|academy|agency|spa|hotel|"
    r"solicitors|vets|ltd|inc|llc|co"
)
_FIRM_IN_LOWER_CASE = (
    r"(?!(?:an?|the|some|any|no|its|their|his|her|our|my|your)\s)"
    rf"(?:[a-z][\w'&-]*\s+){{1,3}}(?:{_FIRM_KINDS})\b"
)

# After a trigger's verb, words that say which events count rather than what happened: a manner
# ("late", "twice", "partially"), an attendant state ("with warnings"), a number or comparison
# (a number, not a digit inside a name: "lands in S3"), a quoted value or a span of time.
_EVENT_STATE = re.compile(
    # "goes home with its new family": "with" before an owner's word names a companion, not
    # which events count ("signs up with a company email" does); nor does "with" before a
    # person's pronoun ("a puppy is registered with us", "books with you"): the party, no test.
    # "a live chat with a customer ends": "with" inside the subject, before a verb that only
    # starts or ends the event, names who took part, not which events count.
    # "a driver leaves with an order": after a departure, "with" and one thing name its load,
    # not which events count ("leaves with an unpaid bill" still tests the bill).
    r"\b(?!(?:(?<=\bleaves )|(?<=\bdeparts )|(?<=\bsets off )|(?<=\bheads out ))"
    r"with\s+(?:an?|the)\s+[\w-]+\s*$)"
    # "lands with Westbrook University admissions", "pays a deposit with Goldleaf Photography":
    # "with" before a capitalised name names the party the event happens with, whatever verb;
    # so does a firm's name typed lower-case, known by the kind of firm it ends on ("books a
    # tuning with keystone piano services").
    rf"(?:with(?!\s+(?-i:[A-Z][a-z]))(?!\s+{_FIRM_IN_LOWER_CASE})"
    r"(?!\s+(?:its|their|his|her|our|my)\b)(?!\s+(?:us|you|me|them|him)\b)(?!\s+(?:an?|the)\s+[\w-]+\s+"
    r"(?:ends|ended|finishes|finished|closes|closed|starts|started|begins|concludes|wraps\s+up)\b)"
    r"|without|late|early|again|twice|thrice|partially|successfully|unsuccessfully|"
    r"two|three|four|five|six|seven|eight|nine|ten|dozen)\b"
    # A word in -ly written lower-case: an adverb, never a name ("through Calendly"); after a
    # preposition of means it is a name whatever its case ("books through calendly"), and so it
    # is between a determiner and its noun ("lands in the ledgerly helpdesk").
    r"|(?<!\bthrough )(?<!\bvia )(?<!\busing )(?<!\bfrom )"
    r"(?!(?<=\bthe )[a-z]+ly\s+[a-z])(?!(?<=\bour )[a-z]+ly\s+[a-z])"
    # "on the wobbly jelly soft play site", "the lovely friendly staff": an -ly word after
    # another, with the noun still to come, is one more adjective of the same noun.
    r"(?!(?<=ly )[a-z]+ly\s+[a-z])"
    r"\b(?!(?:only|daily|weekly|monthly|hourly|nightly|yearly|quarterly|family|apply|reply|"
    r"supply|rely|july|italy|anomaly)\b)(?-i:[a-z]{3,}ly)\b"
    r"|\b\d|%|\b(?:more|less|fewer)\s+than\b|\b(?:over|above|under|below|exceeds?|crosses)\b"
    # "is moved to Blocked", "is upgraded to Enterprise": a verb of changing a state or rank with
    # the value it reaches ("downgrades to the free plan", active, is the event itself).
    rf"|\b(?:marked|flagged|set\s+to|{CHANGED_TO})\s+\w|{_MARKED_BARE.pattern}"
    r"|\b(?:after|before|past)\s+(?:midnight|noon)\b"
    # "submits grades after the deadline": a manner of the event against its deadline.
    r"|\b(?:after|past)\s+(?:the|its|their)\s+(?:deadline|cut-?off|due\s+date)\b"
    # "is rated 'bad'", "gets labelled "urgent"": a participle with the quoted value it sets.
    r"|\b[a-z]{3,}ed\s+(?:as\s+)?['\"\u2018\u201c]\w"
    # "is reopened for the third time": which occurrence of the event counts.
    r"|\bfor\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|nth)\s+time\b"
    # "comes back clear", "turns out negative": a result with the value it brings.
    rf"|{COMES_BACK_AS}"
    # "a scan finds a critical vulnerability": a grade on what the event brings says which count.
    rf"|{GRADE_BROUGHT}"
    # "a start date is a week away": a spelled-out span of time says which events count.
    r"|\b(?:an?|one)\s+(?:day|week|fortnight|month|year)\s+(?:away|old|late|overdue|out)\b"
    rf"|{_ANSWERED.pattern}|{_REPORTED_AS.pattern}|{_MISSED.pattern}"
    rf"|{_MADE.pattern}|{_ARRIVES_IN_A_STATE.pattern}|{_ODD_PLACE.pattern}|{_FROM_TO.pattern}"
    rf"|{_BECAUSE.pattern}|{_BECAUSE_CLAUSE.pattern}|{_SETBACK_FOR.pattern}|{_TRIPPED.pattern}"
    rf"|{_DETECTS.pattern}"
    rf"|{_FOR_A_DAY.pattern}|{_ON_A_REGIMEN.pattern}|{_LEAVES_IN_A_STATE.pattern}"
    rf"|{_ACTOR_KIND.pattern}|{_AND_ITS_STATE.pattern}|{_ARRIVES_ASKING.pattern}"
    rf"|{_STARS.pattern}|{_BY_ONE_NOT_LISTED.pattern}|{_REFUSED_BY.pattern}|{_HELD_UP.pattern}",
    _I,
)


def _without_party(match: re.Match[str]) -> str:
    """Return a passive of filing with its party cut off ("is lodged with X" -> "is lodged")."""
    party = "filed" if match["filed"] is not None else "dealt"
    return match.group()[: match.start(party) - match.start()]


def says_which_events(event: str) -> bool:
    """Tell whether an event clause says which events count ("is paid late", "bounces twice")."""
    # Its first three words are the opener and the start of the subject ("When a 5-star …");
    # what follows a comma is a step the splitter left on it, not part of the event.
    if "over" in event:  # the cheap test first
        event = _PARTICLE_OVER.sub(lambda m: m.group().rsplit(None, 1)[0], event)
    if "with" in event:
        event = _JOINED_PARTY.sub(lambda m: m.group()[: m.start("with") - m.start()], event)
        event = _DEAL_PARTY.sub(lambda m: m.group()[: m.start("with") - m.start()], event)
        event = _FILED_WITH_PARTY.sub(_without_party, event)
        event = _EQUIPPED_WITH.sub(lambda m: m.group()[: m.start("with") - m.start()], event)
    said = event.split(",")[0]
    # "When security marks a gallery as closed": a one-word subject leaves the verb among the
    # first three words, so the state it gives its object is looked for in the whole clause.
    if " as " in said and _REPORTED_AS.search(said):
        return True
    if "star" in said and _STARS.search(said):
        return True  # "If a five star review comes in": the grade may sit on the subject
    if any(felt in said for felt in _FELT_WORDS) and _SENTIMENT.search(said):
        return True  # "leaves a negative review": the feeling sits on what the event brings
    if " and " in said and _AND_ITS_PART_STATE.search(said):
        return True  # "comes in and the animal is a deer": what follows "and" is the test
    if any(word in said for word in _WHERE_WORDS) and _WHERE_IT_STANDS.search(said):
        return True  # "comes in where a child is locked inside": the case the event brings
    if part_state_reported(said):
        return True  # "the machine reports coin box full": the part's state is the test
    words = " ".join(said.split()[3:])
    return bool(_EVENT_STATE.search(_NAMED_NUMBER.sub(" ", words)))


def read_event_state(event: str) -> ConditionDraft | None:
    """Read the answer, state or miss an event clause says counts ("RSVPs no"), or None."""
    its_state = _AND_ITS_STATE.search(event) or (
        _AND_ITS_PART_STATE.search(event) if " and " in event else None
    )
    if its_state:
        said = event[its_state.start("its") :]
        kind = (
            _FOR_A_KIND.match(said.strip(" .,;")) if " for " in said or " about " in said else None
        )
        if kind:
            return _draft("$.category", "_".join(kind["kind"].lower().split()), event)
        # Stated in a clause of its own, the test is firm, however loose the rule that reads it.
        state = read_condition(said)
        return replace(state, strength=1.0) if state else None
    part_state = part_state_reported(event)
    if part_state:
        return _draft(*part_state, event)
    where = _WHERE_IT_STANDS.search(event) if any(w in event for w in _WHERE_WORDS) else None
    if where:
        return _where_it_stands(where, event)
    stars = _STARS.search(event) if "star" in event else None
    if stars:
        count = stars["stars"].lower()
        return _draft("$.rating", str(_SPELLED.get(count, count)), event)
    felt = _SENTIMENT.search(event) if any(felt in event for felt in _FELT_WORDS) else None
    if felt:
        return _draft("$.sentiment", _FELT[felt["felt"].lower()], event)
    answered = _ANSWERED.search(event)
    if answered:
        return _draft("$.response", answered["answer"].lower(), event)
    reported = _REPORTED_AS.search(event)
    if reported:
        # "marks a visit as 'needs parts'": a quoted state is all of its words, not the first.
        quoted = _QUOTED_STATE.match(event, reported.start("state") - 1)
        state = quoted["state"] if quoted else reported["state"]
        return _draft("$.status", "_".join(state.lower().split()), event)
    quoted = _MARKED_QUOTED.search(event)
    if quoted:
        return _draft("$.status", "_".join(quoted["state"].lower().split()), event)
    bare = _MARKED_BARE.search(event) if "ed " in event else None
    if bare:
        return _draft("$.status", bare["marked"].lower(), event)
    if _MISSED.search(event):
        return _draft("$.status", "missed", event)
    made = _MADE.search(event)
    if made:
        return _draft("$.status", made["made"].lower(), event)
    damaged = _WITH_DAMAGED_PART.search(event) if "with " in event else None
    if damaged:
        return _draft(
            f"$.{damaged['part'].lower().replace('-', '_')}_status", damaged["state"].lower(), event
        )
    chosen = _ARRIVES_WITH_AN_OPTION_SET.search(event) if "with " in event else None
    if chosen:
        field = "$." + "_".join(chosen["option"].lower().replace("-", "_").split())
        return ConditionDraft(CONDITION, config(field, "equals", True), 1.0, text=event.strip())
    brought = _ARRIVES_WITH_A_THING.search(event) if "with a" in event else None
    if brought:
        field = "$." + "_".join(brought["thing"].lower().replace("-", "_").split())
        return ConditionDraft(CONDITION, config(field, "exists", True), 1.0, text=event.strip())
    asking = _ARRIVES_ASKING.search(event) if "ing " in event else None
    if asking:
        field = "$.mentions" if asking["asking"].lower() == "mentioning" else "$.request"
        asked = "_".join(asking["asked"].lower().replace("-", "_").split())
        return ConditionDraft(CONDITION, config(field, "contains", asked), 1.0, text=event.strip())
    arrived = _ARRIVES_IN_A_STATE.search(event)
    if arrived:
        return _draft("$.status", "_".join(arrived["arrived"].lower().split()), event)
    refused = _REFUSED_BY.search(event) if " by " in event else None
    if refused:
        return _draft("$.status", "_".join(refused["refused"].lower().split()), event)
    held = held_up_state(event)
    if held:
        return held
    left = _FROM_TO.search(event)
    if left:
        return _draft("$.previous_status", left["left"].lower(), event)
    odd = _ODD_PLACE.search(event)
    if odd:
        return _draft(f"$.{odd['noun'].lower()}", odd["odd"].lower(), event)
    cause = _BECAUSE.search(event)
    if cause:
        return _draft("$.reason", cause["cause"].lower(), event)
    cause = _BECAUSE_CLAUSE.search(event) if "because " in event else None
    if cause:
        return _draft("$.reason", cause["cause_subject"].lower(), event)
    cause = _SETBACK_FOR.search(event) if " for " in event else None
    if cause:
        return _draft("$.reason", "_".join(cause["setback_cause"].lower().split()), event)
    tripped = _TRIPPED.search(event) if "trip" in event else None
    if tripped:
        return _draft("$.status", "_".join(tripped["tripped"].lower().split()), event)
    detected = _DETECTS.search(event) if "detect" in event or "sens" in event else None
    if detected:
        return _draft("$.detected", "_".join(detected["detected"].lower().split()), event)
    left = _LEAVES_IN_A_STATE.search(event) if "leav" in event else None
    if left:
        return _draft(status_field(left["left_thing"]), left["left_state"].lower(), event)
    regimen = _ON_A_REGIMEN.search(event) if " on " in event else None
    if regimen:
        return _draft("$.regimen", "_".join(regimen["regimen"].lower().split()), event)
    day = _FOR_A_DAY.search(event)
    if day:
        return _draft("$.date", " ".join(day["day"].lower().split()), event)
    unlisted = _BY_ONE_NOT_LISTED.search(event) if "not" in event or "n't" in event else None
    if unlisted:
        field = "_".join(unlisted["list"].lower().replace("-", "_").split())
        return ConditionDraft(
            CONDITION, config(f"$.on_{field}", "equals", False), 1.0, text=event.strip()
        )
    actor = _ACTOR_KIND.search(event)
    if actor:
        return _draft(f"$.{actor['actor'].lower()}_type", actor["kind"].lower(), event)
    return None


def _where_it_stands(where: re.Match[str], event: str) -> ConditionDraft | None:
    """Return the test in "comes in where a child is locked inside": how the case stands."""
    said = event[where.start("its") :].strip(" .,;")
    if EVENT.search(said):
        return None  # "where the invoices are uploaded": a second event, no state
    # Stated in a clause of its own, the test is firm, however loose the rule that reads it.
    state = read_condition(said)
    if state is not None and state.strength >= 0.5:
        return replace(state, strength=1.0, text=event.strip())
    operator = "not_equals" if where["not"] else "equals"
    field = status_field(where["subject"])
    return ConditionDraft(
        CONDITION, config(field, operator, where["state"].lower()), 1.0, text=event.strip()
    )


_KEPT_BACK_WORDS = ("held", "stuck", "detained", "stranded", "impounded", "seized", "quarantined")


def held_up_state(event: str) -> ConditionDraft | None:
    """Return the test in "a shipment gets held at customs": the hold-up it is in, or None."""
    lowered = event.lower()
    if not any(word in lowered for word in _KEPT_BACK_WORDS):  # the cheap test first
        return None
    held = _HELD_UP.search(event)
    if held is None:
        return None
    kept = held["kept_back"]
    state = f"held_at_{held['checkpoint']}" if kept is None else kept.split()[0]
    return _draft("$.status", state.lower(), event)


_SPELLED = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _draft(field: str, value: str, text: str) -> ConditionDraft:
    return ConditionDraft(CONDITION, config(field, "equals", value), 1.0, text=text.strip())


# "if the upper chairlift is closed": on a schedule "is closed" is a state the item is in, not
# the news of a record being closed that EVENT reads it as.
_DONE = re.compile(
    r"\b(?:is|are|was|has\s+been)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(ready|done|finished|complete|completed|closed|shut)\b",
    _I,
)


def read_state(text: str) -> ConditionDraft | None:
    """Read "the job is complete", "the lift is closed" as a test of its status (on a schedule)."""
    match = _DONE.search(text)
    if match is None:
        return None
    field = status_field(text[: match.start()])
    return ConditionDraft(
        CONDITION, config(field, "equals", match.group(1).lower()), 0.85, text=text.strip()
    )
