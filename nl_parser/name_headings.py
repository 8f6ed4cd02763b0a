"""A name heading a text written as fields: "Wrenfield Vets | new online booking | emergency? → …".

A firm's or a place's name alone, in capitals and with no verb, before the first break of a text
written as fields, says whose workflow it is. It is no step and no event, and the field after it
opens the text as a first field would ("new online booking" is then the trigger).
"""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.verbs import main_verb

# "Wrenfield Vets", "Harbour View Bed and Breakfast", "St Aldhelm's School": capitalised words,
# with a small joining word ("and", "of", "the", "on") allowed between two of them.
_NAME = re.compile(r"\s*[A-Z][\w'.-]*(?:\s+(?:(?:and|of|the|on|at)\s+)?[A-Z0-9][\w'.-]*){0,5}\s*")
# "Salesforce | new lead | …", "Zendesk | …": a system named first is where the items come from.
_SYSTEM = re.compile(
    r"\b(?:salesforce|sfdc|crm|api|slack|zendesk|jira|github|gitlab|hubspot|stripe|shopify|"
    r"gmail|typeform|intercom)\b",
    re.IGNORECASE,
)


# "Pass First Driving School", "Check Mate Chess Club": a name may open with a verb; every word
# after it capitalised too makes it a name, not an order ("Pass the leads to …").
_NAMED_WITH_A_VERB = re.compile(
    r"\s*[A-Z][a-z]+(?:\s+(?:(?:and|of|the|on|at|&)\s+)?[A-Z][\w'.-]*){2,5}\s*"
)
# A dash may close the name when the schedule said after it was read out of the text.
_CLOSING_DASH = " \u2014\u2013-"


def heads_with_a_name(clauses: list[Clause], *, scheduled: bool) -> bool:
    """Tell whether the first clause is only a name heading the fields after it."""
    if len(clauses) < 3:
        return False
    first = clauses[0]
    name = first.text.rstrip(_CLOSING_DASH) if scheduled else first.text
    if (
        first.conditional
        or clauses[1].sentence <= first.sentence
        or _NAME.fullmatch(name) is None
        or _SYSTEM.search(name) is not None
    ):
        return False
    if main_verb(name) is None:
        # A scheduled text's name with no verb makes no step anyway: it is left as it was read.
        return not scheduled
    return _NAMED_WITH_A_VERB.fullmatch(name) is not None
