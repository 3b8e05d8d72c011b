DOC = "nats-adr/adr-22-publish-retries-on-no-responders"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # JetStream Publish Retries on No Responders
("| Metadata | Value                     |", "T"),
("| Date     | 2022-03-18                |", "T"),
("| Author   | wallyqs                   |", "T"),
("| Status   | Partially Implemented     |", "T"),
("| Tags     | jetstream, client         |", "T"),
# ## Motivation
("When the NATS Server is running with JetStream on cluster mode, there can be occasional blips in leadership which can result in a number of `no responders available` errors during the election.", "S", "'can be'/'can result' describe what the system does (technical possibility), not the author's uncertainty"),
("In order to try to mitigate these failures, retries can be added into JetStream enabled clients to attempt to publish the message to JetStream once it is ready again.", "PRHS", "the ADR's proposal, softly worded; 'In order to ... mitigate' is the reason; 'try to' softens it (hedge)"),
# ## Implementation
("A `no responders available` error uses the 503 status header to signal a client that there was no one available to serve the published request.", "S"),
("A synchronous `Publish` request when using the JetStream context internally uses a `Request` to produce a message and if the JetStream service was not ready at the moment of publishing, the server will send to the requestor a 503 status message right away.", "S", "describes the existing server behaviour"),
("To improve robustness of producing messages to JetStream, a client can back off for a a bit and then try to send the message again later.", "PRS", "purpose infinitive 'To improve robustness' is the reason; 'can' is permission/ability; 'try to send' is the literal action, not a hedge"),
("By default, the Go client waits for `250ms` and will retry 2 times sending the message (so that in total it would have attempted to send the message 3 times).", "PRS", "sets the default; the '(so that ...)' only restates the count, but the sentence right before gives the reason for retrying"),
("Below can be found an example implementation using the `Request` API from the Go client:", "S"),
# ## Errors
("After exhausting the number of attempts, the result should either be a timeout error in case the deadline expired or a `nats: no response from stream` error if the error from the last attempt was still a `no responders error`.", "PS", "'should' in a spec is a requirement"),
# ## Examples
# ### Customizing retries with `RetryWait` and `RetryAttempts`
("Two options are added to customize the retry logic from the defaults:", "PS", "decides two new options (named in the heading); 'to customize' states what they do, not why; 'two options' counts a defined group"),
# ### Make Publish retry as needed until deadline
("It can be possible to set the maximum deadline of the retries so that the client can retry as needed.", "PRH", "'It can be possible' is non-committal; 'so that the client can retry' is the intended benefit; 'as needed'"),
("In the example below a client will attempt to publish up to 10 seconds to wait for an ack response from the server, backing off `250ms` as needed until the service is available again:", "S", "describes the example; 'as needed' describes what the code does, not the author hedging"),
]
