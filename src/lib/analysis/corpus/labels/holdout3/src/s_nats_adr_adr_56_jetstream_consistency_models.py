DOC = "nats-adr/adr-56-jetstream-consistency-models"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # JetStream Consistency Models
("| Metadata | Value                       |", "T"),
("| Date     | 2025-09-12                  |", "T"),
("| Author   | @ripienaar, @MauriceVanVeen |", "T"),
("| Status   | Approved                    |", "T"),
("| Tags     | server, 2.12                |", "T"),
("| Revision | Date       | Author                      | Info                                              |", "T", "revision-history table: metadata"),
("| 1        | 2025-09-12 | @ripienaar, @MauriceVanVeen | Initial document for R1 `async` persistence model |", "T"),
# ## Context and Problem Statement
("JetStream is a distributed message persistence system and delivers certain promises when handling user data.", "S"),
("This document intends to document the models it support, the promises it makes and how to configure the different models.", ""),
("[!NOTE]", "T", "GitHub alert marker"),
("This document is a living document; at present we will only cover the `async` persistence model with an aim to expand in time", "HS", "scope of the document, not a decision about the system; 'with an aim to expand in time' is non-committal"),
# ## R1 `async` Persistence Mode
("The `async` persistence mode of a stream will result in asynchronous flushing of data to disk, this result in a significant speed-up as each message will not be written to disk but at the expense of data loss during severe disruptions in power, server or disk subsystems.", "PRS", "defines the mode's behaviour and gives its benefit (speed-up) and cost"),
("If the server is running with `sync: always` set then that setting will be overridden by this setting for the specific stream.", "PS", "precedence rule; the if-clause is a condition"),
("It would not be in `sync: always` mode anymore despite the system wide setting.", "S", "restates the consequence of the rule before it"),
("At the moment this mode cannot support batch publishing at all and any attempt to start a batch against a stream in this mode must fail.", "PRS", "'must fail' is the rule; 'cannot support batch publishing' is its reason, in the same sentence"),
("This setting will require API Level 2.", "PS"),
("The interactions between `PersistMode:async` and `sync:always` are as follows:", "S"),
("`PersistMode:default`, `sync:always` - all writes are flushed (default) and synced", "S", "existing default behaviour, listed for comparison"),
("`PersistMode:default`, not `sync:always` - all writes are flushed (default), but synced only per sync interval", "S", "existing default behaviour"),
("`PersistMode:async` - PubAck is essentially returned first, writes are batched in-memory, and the write happens asynchronously in the background", "PS", "the new mode's behaviour, a specification; 'essentially' is an approximator, not a hedge"),
# ### Implications:
("The Publish Ack will be sent before the data is known to be written to disk", "S", "consequence, not a decision"),
("An increased chance of data loss during any disruption to the server", "", "consequence"),
# ### Configuration:
("The `PersistMode` key should be unset or `default` for the default strongest possible consistency level", "PRS", "'for the default strongest possible consistency level' states the benefit"),
("Setting it on anything other than a R1 stream will result in an error", "PS", "rule stated as a consequence; R1 names a replica count"),
("Scaling a R1 stream up to greater resiliency levels will fail if the `PersistMode` is not set to `async`", "PS"),
("When the user provides no value for `PersistMode` the implied default is `default` but the server will not set this in the configuration, result of INFO requests will also have it unset", "PS"),
("Setting `PersistMode` to anything other than empty/absent will require API Level 2", "PS"),
]
