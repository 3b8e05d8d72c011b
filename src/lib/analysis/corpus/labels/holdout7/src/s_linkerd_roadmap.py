DOC = "linkerd/roadmap"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Linkerd Roadmap
("This document is intended to describe high-level plans for the Linkerd project and is neither comprehensive nor prescriptive.", "HS", "'neither comprehensive nor prescriptive': a disclaimer that the plans are not commitments"),
("For a more granular view of planned work, please refer to the project's upcoming [milestones].", "T", "pointer"),
# ## Server-side policy
("Linkerd's `ServiceProfile` abstraction is primarily focused on client-side policy/configuration and is inappropriate to address authorization-oriented policies.", "S", "the problem, reason for the next sentence"),
("We plan on identifying/introducing primitives to support server-oriented policy/configuration to support authorization as well as other types of server-centric policy, including the types of configuration that have been provided by `ServiceProfile`s, including timeouts, routes, etc.", "PRS", "reason in the sentence before"),
("These policies will supplant existing workload-level annotations where possible.", "PH", "'where possible'"),
# ## Client-side policy, v2
("As we identify new primitives/patterns for server-side configuration, we plan to replace the current `ServiceProfile` APIs with new client-side primitives that support the existing resources as well as:", "PS", "'As we identify' is temporal"),
("Circuit-breakers", "P", "list item of the planned primitives"),
("Non-cluster-local traffic targets", "P"),
("TLS requirements", "PS"),
# ## Retries for gRPC services
("Linkerd does not currently support for retries for requests with payloads, but this limits the utility of this feature for gRPC services (that necessarily include request payloads).", "S", "the problem"),
("We plan to support retries for unary (non-streaming) gRPC requests.", "PRS", "reason in the sentence before"),
# ## Mesh expansion
("Linkerd's mTLS identity only works for resources managed by Kubernetes.", "S"),
("We plan to extend Linkerd to support non-Kubernetes workloads.", "PRS"),
# ## OpenMetrics
("The OpenMetrics working group is developing a new standard for metric exposition.", "S", "context: a standard exists"),
("We plan to support this format and follow best practices identified by this project.", "P", "the sentence before says a standard exists, not why Linkerd should adopt it: not R"),
]
