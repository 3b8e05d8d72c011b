DOC = "gateway-api/gep-820"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: \"GEP-820: Drop extension points from Route matches\"", "T"),
("Issue: [#820](https://github.com/kubernetes-sigs/gateway-api/issues/820)", "T", "metadata line"),
("Status: Standard", "T", "metadata line"),
# ## TLDR
("Drop extension points within Route match block.", "PX", "reason in the Introduction's list"),
("These extension points are not well understood.", ""),
# ## Goals
("Drop the extension points within Route match block.", "PX", "a goal"),
# ## Non-Goals
("Figure out a replacement solution for the use-case that these extension points addressed", "PX", "a non-goal"),
# ## Introduction
("As the API moves towards `v1alpha2`, the maintainers intend to make the API standard and forward compatible for the foreseeable future.", "PS", "'intend to make the API standard' with 'v1alpha2'"),
("To that end, maintainers intend to minimize (eliminate if possible) breaking changes post `v1alpha2`.", "PRS", "'To that end'"),
("This GEP is part of that initiative.", ""),
("Extension points for match criteria in Routes were added to enable use-cases where match criteria defined by implementation was a super-set of match criteria defined within this API.", "S", "history: why the extension points were added"),
("To the best of our knowledge, even though extension points were added, no concrete examples or use-cases were known at that time and none have been discovered so far.", "", "'To the best of our knowledge' reports, not a hedge on a rule"),
("This proposal advocates removal of these extension points because:", "PR", "'because:'"),
("It goes against the unwritten design principles this API has followed so far:", ""),
("minimize number of API types as much as possible", "P", "an unwritten design principle: a rule"),
("minimize strongly coupled API types and instead shoot for self-contained types.", "P"),
("extension points are introduced with clear use-cases and possibilities in mind.", "P"),
("Vague extension points are avoided as they become harder to maintain.", "PR", "'as they become harder to maintain'"),
("It is unlikely that the user experience resulting from defining two k8s resources for defining a Route will be optimal.", "H", "'It is unlikely'"),
("There is not prior art on splitting match criteria and backend forwarding semantics (spec.backends) in the community.", ""),
("We believe they are kept together for good reasons.", "H", "'We believe'"),
# ## API
("The following fields and all associated documentation will be removed:", "PX"),
("HTTPRouteMatch.ExtensionRef", "PS"),
("TCPRouteMatch.ExtensionRef will be removed.", "PS"),
("This results in a struct without any members: TCPRouteMatch.", "S", "a consequence"),
("The struct will be kept as it is expected that more match criteria might be added to L4 routes.", "PRHS", "'as it is expected that ... might be added'"),
("Do the same to UDPRoute and TLSRoute", "PS"),
# ## Alternatives
("N/A", ""),
]
