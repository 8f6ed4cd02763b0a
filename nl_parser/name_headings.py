"""A name heading a text written as fields: "Wrenfield Vets | new online booking | emergency? → …".

A firm's or a place's name alone, in capitals and with no verb, before the first break of a text
written as fields, says whose workflow it is. It is no step and no event, and the field after it
opens the text as a first field would ("new online booking" is then the trigger).
"""

import re

from nl_parser.clauses import Clause
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


def heads_with_a_name(clauses: list[Clause]) -> bool:
    """Tell whether the first clause is only a name heading the fields after it."""
    if len(clauses) < 3:
        return False
    first = clauses[0]
    return (
        not first.conditional
        and clauses[1].sentence > first.sentence
        and _NAME.fullmatch(first.text) is not None
        and _SYSTEM.search(first.text) is None
        and main_verb(first.text) is None
    )
