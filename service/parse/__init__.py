"""A thin HTTP door onto nl_parser, checked by the definition validator."""
