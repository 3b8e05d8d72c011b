DOC = "fluxcd/0006-cdevents"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # RFC-0006 Flux CDEvents Receiver
("**Status:** implementable", "T", "metadata line (RFC template)"),
("**Creation date:** 2023-12-08", "T"),
("**Last update:** 2024-03-13", "T"),
# ## Summary
("This RFC proposes to add a `Receiver` type to the Flux notification-controller API for handling [CDEvents](https://cdevents.dev/).", "PSX", "the proposal; the reason (CDF team got many questions about integrating CDEvents) is in the Motivation section"),
("For `Receiver` objects configured to accept CDEvents, notification-controller will verify the events sent to the receiver's webhook URL, check that their type matches the expected type, and trigger the reconciliation of the configured resources.", "PSX"),
# ## Motivation
("CDEvents enables interoperability between CI/CD tools in a workflow, and Flux is a very popular continuous delivery tool, and consequently the CDF team received many questions about integrating CDEvents with Flux.", "S"),
# ### Goals
("Allow Flux to receive CDEvents and trigger the reconciliation of resources based on the received events.", "PSX", "Goals item; the reason is in the Motivation section"),
# ### Non-Goals
("Make the Flux controllers emit CDEvents.", "S", "Non-Goals item: scope, not a decision"),
# ## Proposal
("Add CDEvents to the list of available receivers in Flux notification-controller.", "PSX"),
("Similar to other receivers such as GitHub, Flux users will be able to use `spec.events` in order to specify which event types the receiver will allow.", "PS", "'in order to specify' states what the field does, not a reason"),
("The receiver will also verify using the [CDEvents Go SDK](https://github.com/cdevents/sdk-go) that the payload sent to the webhook URL is a valid CDEvent.", "PS"),
# ### User Stories
("Users of multiple CI/CD tools such as Tekton and Flux could use CDEvents as a way to enable interoperability.", "S", "user story: 'could' describes a capability"),
("For example, a user may want a Flux resource to reconcile as part of a Tekton `pipeline`.", "S", "hypothetical user in a user story; 'may want' is not the author's hedge"),
("The Tekton `pipeline` will fire off a CDEvent to the CloudEvents Broker.", "S"),
("A subscription that the user will have set up externally, e.g. with the [knative broker](https://knative.dev/docs/eventing/brokers/), will then send a relevant CDEvent to the Flux webhook receiver endpoint.", "S"),
# ### Alternatives
("Certain use cases for CDEvents could be done alternatively using available receivers such as the generic webhook.", "S", "'could be done' is a technical possibility"),
# ## Design Details
("Adding a Flux `Receiver` for CDEvents that works much like the other event-based receivers already implemented.", "PSX", "sentence fragment that states the design"),
("The user will be able to define a Flux `Receiver` custom resource and deploy it to their cluster.", "PS"),
("The receiver takes the payload sent to the webhook URL by an external events broker, checks the headers for the event type, and filters out events based on the user-defined list of events in `spec.events`.", "PS"),
("If left empty, it will act on all valid CDEvents.", "PS"),
("It then validates the payload body using the [CDEvents Go SDK](https://github.com/cdevents/sdk-go).", "PS"),
("Valid events will then trigger the reconciliation of all Flux objects specified in `.spec.resources`.", "PS"),
("The CDEvents broker is not a part of this design and is left to the users to set up however they wish.", "PS", "scope decision: the broker is left to users"),
("Example Receiver:", ""),
# ## Implementation History
]
