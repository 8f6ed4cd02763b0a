"""Markers that the run happens once: "Just once, please:", "One-off for Calloway & Finch:"."""

import re

# "Quick one-off:", "a small one-time job for …", "Big one-off for …:", "Urgent one-off —": how
# big or pressing the one-off is says nothing more.
_SMALL_JOB = (
    r"(?:(?:an?\s+)?(?:quick|small|little|short|big|bigger|large|huge|massive|major|hefty|"
    r"chunky|urgent|special|simple|important)\s+)?"
)
# "Just once, please: pull …", "One time only — email …": a run with no schedule; no step.
ONE_OFF = re.compile(
    # "just this once:", "this one time only —": the run named as this one.
    # "Just the once, please:", "Right now:", "Straight away —": the run asked for once, now.
    r"^\W*(?:(?:just|only)\s+(?:this\s+|the\s+)?once|(?:just\s+)?this\s+(?:once|one\s+time)(?:\s+only)?"
    r"|(?:right|straight)\s+(?:now|away)"
    # "Run this once:", "Please do it just once —": the run asked for once, in the imperative.
    r"|(?:please\s+)?(?:run|do)\s+(?:this|it)\s+(?:(?:just|only)\s+)?(?:once|one\s+time)(?:\s+only)?"
    # "once-off", the Irish and British word, is "one-off"; "Bit of a one-off:", "A one-off —":
    # the marker may be hedged or take an article.
    rf"|once\s+only|(?:(?:(?:a\s+)?bit\s+of\s+|just\s+)?an?\s+)?{_SMALL_JOB}"
    r"(?:one[\s-]time(?:\s+only)?|onc?e[\s-]off)"
    # "One pass, no schedule:", "A single run —", "No schedule: …": the run counted as one, or
    # told it has no schedule.
    r"|(?:just\s+)?(?:one|an?\s+single|single)\s+(?:pass|run|sweep)|no\s+schedule)\b"
    # "one-time job: query …", "one-off run — email …": the run named after its marker;
    # "… | one-off | fetch …": a field of its own between bars (read by then as ";").
    r"(?:\s+(?:job|run|task|thing))?"
    r"(?:\s*,\s*(?:no\s+schedule|not\s+(?:scheduled|recurring|repeated)|no\s+repeats?))?"
    # (not the comma before "for <whom>:", read whole by the marker for whom below)
    # "JOB: one-off\nINPUT: …": a field's value alone on its line ends at the line's end.
    r"(?:\s*,?\s*please)?[ \t]*(?:[:;\n\u2013\u2014-]"
    r"|,(?!\s+for\s+[^:\n.!?;,\u2013\u2014]{1,60}?(?:\s*[:\u2013\u2014]|\s-)\s))"
    # "One-time job for Calloway & Finch Solicitors: …": whom the run is for, before the colon
    # or dash that opens the steps (a comma may end a clause there, so it ends no heading).
    # "Need this once for Thursday's board pack: …", "Just once for the audit —": the run said
    # to happen once, asked for or not, before what it is for.
    # "One-time tidy-up for Copperfield Office Furniture: …": the one-off named by its work.
    rf"|^\W*(?:{_SMALL_JOB}one[\s-]time(?:\s+[\w-]+){{0,2}}?|{_SMALL_JOB}onc?e[\s-]off(?:\s+[\w-]+){{0,2}}?"
    r"|(?:(?:i|we)\s+)?(?:need|want)s?\s+(?:this|it)\s+"
    r"(?:(?:done|run)\s+)?(?:(?:just|only)\s+)?once"
    r"|(?:(?:just|only)\s+)?(?:this\s+|the\s+)?once(?:\s+only)?)"
    r"(?:\s+(?:job|run|task|thing|piece\s+of\s+work))?"
    # "One-off request from the Bellhaven Golf Club office: …": or who it comes from; "Just once,
    # for Marrow & Quince Architects: …": a comma may part the marker from whom.
    # "Quick one-off ahead of today's board meeting at Tillerman Yacht Charters: …": or the
    # occasion it must be done by.
    r"\s*,?\s+(?:for|from|ahead\s+of|before)\s+[^:\n.!?;,\u2013\u2014]{1,60}?(?:\s*[:\u2013\u2014]|\s-)(?=\s)"
    # "One-time tidy-up:", "One-off clean-up —": the one-off named by its work alone.
    rf"|^\W*{_SMALL_JOB}(?:one[\s-]time|onc?e[\s-]off)\s+[\w-]+\s*[:\u2013\u2014](?=\s|$)"
    # "Once, for the board pack: query …": "once" alone before a break ("once a guest books"
    # is an event; "once-a-week" a cadence).
    r"|^\W*once\s*[:,\u2013\u2014]",
    re.IGNORECASE,
)
