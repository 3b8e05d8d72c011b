DOC = "gateway-api/gep-3965"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: \"GEP-3965: HTTPRoute Implementation-Specific Matches\"", "T", "front matter"),
("Issue: [#3965](https://github.com/kubernetes-sigs/gateway-api/issues/3965)", "T", "metadata line"),
("Status: Provisional", "T", "metadata line"),
("(See [status definitions](../overview.md#gep-states).)", "T", "link-only pointer"),
# ## TLDR
("Add an implementation-specific match extension point to `HTTPRoute`.", "PRS", "the reason is the next sentence"),
("This gives implementations a supported place for custom matching such as CEL, WASM, or other implementation-defined logic without trying to standardize those mechanisms in core Gateway API.", "S"),
# ## Goals
("Add a clear extension point for custom HTTP request matching.", "PXS", "a goal; reasons in the Introduction"),
("Keep the built-in `HTTPRoute` matches portable and unchanged.", "PXS"),
("Avoid pushing custom matching into annotations or side APIs.", "PX"),
# ## Non-Goals
("Standardize CEL, WASM, or any other custom matcher language.", "PXS", "a non-goal"),
("Replace existing `HTTPRoute` matches.", "PXS"),
("Guarantee portability for implementation-specific matches.", "PX"),
# ## Introduction
("`HTTPRoute` has solid built-in matching for common cases: path, headers, query params, and method.", "S"),
("That covers the basics, but some implementations need more.", ""),
("Examples include matching with CEL, WASM, or platform-specific request attributes.", "S"),
("Today there is no clean way to express that in `HTTPRoute`.", "S"),
("Implementations either rely on annotations or make users step outside the Route API entirely.", "S"),
("This GEP proposes adding a narrow extension point for custom matching in `HTTPRoute`.", "PXS"),
("The exact API shape is intentionally left open for now, but a reference-based mechanism such as `extensionRef` is the likely direction.", "PHS", "'the likely direction'"),
("This also revisits [GEP-820](../gep-820/index.md), which removed route match extension points because there were no concrete use cases at the time.", "S", "history of GEP-820"),
("We now have concrete use cases:", ""),
("CEL-based matching for complex request logic.", "S"),
("CEL is quickly becoming a popular choice for policies both in Gateway API sub-projects (AI Gateway and Agentic Networking) and implementation-specific policies.", "S"),
("A custom matcher could allow a CEL matcher, which would enable use cases like [routing based on JWT claims](https://istio.io/latest/docs/tasks/security/authentication/jwt-route/) or [routing based on body](https://gateway-api-inference-extension.sigs.k8s.io/#concepts-and-definitions).", "HS", "'could allow'"),
# ## Purpose (Why and Who)
("This is for implementations that already support richer matching and for users who need it without giving up on `HTTPRoute`.", "S"),
("It also gives the project a cleaner answer than annotations.", ""),
("Core matches stay standard.", "PX"),
("Custom matches stay explicitly implementation-specific.", "PX"),
# ## API
("The exact API is left for a follow-up revision of this GEP.", "P", "defers the API shape"),
("The likely shape is an implementation-specific reference on `HTTPRouteMatch`, or another narrowly scoped mechanism with the same effect.", "HS", "'The likely shape'"),
("Whatever shape we choose should:", "P"),
("live next to existing HTTP matches", "PS"),
("make implementation-specific behavior explicit", "P"),
("compose with existing match semantics", "P"),
("fail clearly when the referenced matcher is unsupported", "P"),
# ## Conformance Details
("No new conformance requirements are proposed in `Provisional`.", "PS"),
("Any implementation-specific match mechanism would be outside core portability guarantees unless and until a specific part of it is standardized later.", "P"),
# ## Alternatives
# ### Annotations
("Easy to add, but opaque and inconsistent.", "", "the reason against annotations"),
# ### Standardize CEL or WASM directly
("Too specific.", ""),
("The problem is the extension point, not the choice of engine.", ""),
# ## References
("[GEP-820: Drop extension points from Route matches](../gep-820/index.md)", "S", "an authored reference"),
("[GEP-1364: Status and Conditions Update](../gep-1364/index.md)", "S"),
]
