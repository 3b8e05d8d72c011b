DOC = "nats-adr/adr-6-naming-rules"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Naming Rules
("|Metadata|Value|", ""),
("|Date    |2021-08-17|", ""),
("|Author  |@scottf|", ""),
("|Status  |Approved|", ""),
("|Tags    |server, client|", ""),
# ## Context
("This document describes naming conventions for these protocol components:", ""),
("Subjects (including Reply Subjects)", ""),
("Stream Names", ""),
("Consumer Names", ""),
("Account Names", ""),
# ## Prior Work
("Currently, the NATS Docs regarding [protocol convention](https://docs.nats.io/nats-protocol/nats-protocol#protocol-conventions) says this:", ""),
("Subject names, including reply subject (INBOX) names, are case-sensitive and must be non-empty alphanumeric strings with no embedded whitespace.", ""),
("All ascii alphanumeric characters except spaces/tabs and separators which are \".\" and \">\" are allowed.", ""),
("Subject names can be optionally token-delimited using the dot character (.), e.g.: A subject is comprised of 1 or more tokens.", ""),
("Tokens are separated by \".\" and can be any non space ascii alphanumeric character.", ""),
("The full wildcard token \">\" is only valid as the last token and matches all tokens past that point.", ""),
("A token wildcard, \"*\" matches any token in the position it was listed.", ""),
("Wildcard tokens should only be used in a wildcard capacity and not part of a literal token.", ""),
("Character Encoding: Subject names should be ascii characters for maximum interoperability.", ""),
("Due to language constraints and performance, some clients may support UTF-8 subject names, as may the server.", ""),
("No guarantees of non-ASCII support are provided.", ""),
# ## Specification
# ## Notes
# ### filename-safe
("The `filename-safe` is designed with unix operating systems in mind.", ""),
("If the server is running on Windows, the `filename-safe` is too lenient and will operate like:", ""),
("The server will reject names (return an API error) when it cannot build a valid path.", ""),
# ### kv-key-name
("Keys starting with `_kv` are limited to internal use.", ""),
# ### Client Validation
("This note is simply to capture that currently the Go client simply validates that stream and consumer/durable names are not empty, and do not contain `.`.", ""),
("Any other constraints are left to the server.", ""),
("NATS cli, performs additional validations, `.`, `*`, `>`, `/` and `\\` are not allowed.", ""),
]
