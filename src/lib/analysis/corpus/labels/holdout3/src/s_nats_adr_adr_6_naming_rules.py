DOC = "nats-adr/adr-6-naming-rules"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Naming Rules
("|Metadata|Value|", "T", "metadata table header"),
("|Date    |2021-08-17|", "T"),
("|Author  |@scottf|", "T"),
("|Status  |Approved|", "T"),
("|Tags    |server, client|", "T"),
# ## Context
("This document describes naming conventions for these protocol components:", ""),
("Subjects (including Reply Subjects)", "", "bare NATS concept nouns are treated as categories, not named systems"),
("Stream Names", ""),
("Consumer Names", ""),
("Account Names", ""),
# ## Prior Work
("Currently, the NATS Docs regarding [protocol convention](https://docs.nats.io/nats-protocol/nats-protocol#protocol-conventions) says this:", "S"),
("Subject names, including reply subject (INBOX) names, are case-sensitive and must be non-empty alphanumeric strings with no embedded whitespace.", "S", "blockquote of the existing NATS docs under Prior Work: quoting the current convention, not this ADR's decision (the ADR's rules are the grammar in the code block), so not a policy"),
("All ascii alphanumeric characters except spaces/tabs and separators which are \".\" and \">\" are allowed.", "S", "quoted prior docs"),
("Subject names can be optionally token-delimited using the dot character (.), e.g.:", ""),
("A subject is comprised of 1 or more tokens.", ""),
("Tokens are separated by \".\" and can be any non space ascii alphanumeric character.", "S"),
("The full wildcard token \">\" is only valid as the last token and matches all tokens past that point.", "S", "quoted literal token \">\" counts as a code identifier"),
("A token wildcard, \"*\" matches any token in the position it was listed.", "S"),
("Wildcard tokens should only be used in a wildcard capacity and not part of a literal token.", "", "quoted prior docs: not this ADR's policy"),
("Character Encoding: Subject names should be ascii characters for maximum interoperability.", "S", "quoted prior docs"),
("Due to language constraints and performance, some clients may support UTF-8 subject names, as may the server.", "S", "quoted, and 'may support' states what some clients do: not the author's hedge"),
("No guarantees of non-ASCII support are provided.", "S"),
# ## Specification
# ## Notes
# ### filename-safe
("The `filename-safe` is designed with unix operating systems in mind.", "S"),
("If the server is running on Windows, the `filename-safe` is too lenient and will operate like:", "PRS", "specifies the server's Windows behaviour (the stricter rule in the code block that follows); 'is too lenient' is the reason"),
("The server will reject names (return an API error) when it cannot build a valid path.", "PS", "'API error' names the mechanism; 'when it cannot build a valid path' is a condition, not a reason"),
# ### kv-key-name
("Keys starting with `_kv` are limited to internal use.", "PS", "present-tense rule"),
# ### Client Validation
("This note is simply to capture that currently the Go client simply validates that stream and consumer/durable names are not empty, and do not contain `.`.", "S", "current state of the Go client"),
("Any other constraints are left to the server.", "", "continues the description of the current Go client"),
("NATS cli, performs additional validations, `.`, `*`, `>`, `/` and `\\` are not allowed.", "S", "current state of the CLI"),
]
