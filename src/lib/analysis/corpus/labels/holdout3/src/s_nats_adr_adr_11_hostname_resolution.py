DOC = "nats-adr/adr-11-hostname-resolution"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Hostname resolution
("|Metadata|Value|", "T"),
("|Date    |2021-07-21|", "T"),
("|Author  |@kozlovic|", "T"),
("|Status  |Approved|", "T"),
("|Tags    |client|", "T"),
# ## Context and Problem Statement
("The client library should take a random IP address when performing a host name resolution prior to creating the TCP connection.", "PSX", "the decision stated up front; the reason (DNS order rarely changes, so all clients hit one server) is in the Decision section"),
# ## Prior Work
("The Go client is doing host name resolution as shown [here](https://github.com/nats-io/nats.go/blob/2b2bb8f326dfdd2814ba6d59c59b562354b1af30/nats.go#L1641) and then shuffle this list (unless the `NoRandomize` option is enabled) as shown [here](https://github.com/nats-io/nats.go/blob/2b2bb8f326dfdd2814ba6d59c59b562354b1af30/nats.go#L1663)", "S"),
# ## Design
("When the library is about to create a TCP connection, if given a host name (and not an IP), a name resolution must be performed.", "PSX"),
("If the list has more than 1 IP returned, it should be randomized, unless the existing `NoRandomize` option is enabled.", "PSX", "'should' in a spec is a requirement, not a hedge"),
("We could introduce a new option specific to this IP list as opposed to the server URLs provided by the user.", "H", "tentative idea ('could'), not a decision"),
("Then the connection should happen in the order of the shuffled list and stop as soon as one is successful.", "PX"),
# ## Decision
("This was driven by the fact that the Go client behaves as described above and some users have shown interest in all clients behaving this way.", "S", "the reasons, in their own section"),
("Some users have DNS where the order almost never change, which with client libraries not performing randomization, would cause all clients to connect to the same server.", "S"),
# ## Consequences
("This should be considered as a CHANGE for client libraries, since we are changing the default behavior.", "PR", "directive on how to treat the change; 'since' is causal"),
("If it is strongly felt that this new default behavior should have an opt-out, other than the use of the existing `NoRandomize` option, a new option can be introduced to disable this new default behavior.", "PS", "conditional permission ('can be introduced'); the if-clause is a trigger, not a reason or a hedge"),
]
