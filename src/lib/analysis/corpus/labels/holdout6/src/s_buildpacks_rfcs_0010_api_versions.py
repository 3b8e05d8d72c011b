DOC = "buildpacks-rfcs/0010-api-versions"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
# link reference definitions ([meta]: #meta etc.) are not sentences and are not labelled
S = [
# # Meta
("Name: API Versions", "T"),
("Start Date: 2019-08-05", "T"),
("Status: Implemented", "T"),
("CNB Pull Request: [rfcs#19](https://github.com/buildpacks/rfcs/pull/19), [pack#282](https://github.com/buildpacks/pack/pull/282)", "T"),
("CNB Issue: (leave blank)", "T", "unfilled template field"),
("Supersedes: N/A", "T"),
# # Summary
("Begin versioning the various APIs that the spec describes.", "PX", "summary states the decision; the reason is the Motivation section"),
("Then require these versions be specified in related TOML files, under an `api` field.", "PXS"),
# # Motivation
("To enable logic and/or validation based on `api`.", "S", "a reason (fragment), not a policy"),
("For instance, we could keep users from attempting to use a combination of incompatible buildpacks and lifecycle.", "H", "example of the benefit; 'could'"),
# # What it is
("There would be two pieces to this:", "", "lead-in; 'two pieces' counts the design's own parts, but nothing is named"),
("A reference to the current versions of all APIs placed in the spec.", "PX"),
("Currently, we would version the Buildpack API (buildpack-to-lifecycle contract) and the Platform API (lifecycle-to-platform contract).", "PXS"),
("An `api` field in TOML files for entities that are dependent on a specific version of an API.", "PXS"),
("For instance, `buildpack.toml` would have an `api` to represent the version of the buildpack API to which the buildpack conforms.", "S", "example"),
("Example `api` field for `buildpack.toml`:", "S"),
("The format of a version would be `<major>.<minor>` or `<major>` (with a `minor` of `0` implied).", "PS", "specification rule, no reason"),
("A change to the `major` version of an API would indicate a non-backwards-compatible change, while a change to the `minor` version would indicate availability of one or more opt-in features.", "PS"),
("A **missing or empty** `api` key would indicate `1.0` (the current version of the Buildpack API and Platform API, as of this writing).", "PS"),
("The next breaking change to either of the current APIs would bump that API version to `2.0`.", "PS"),
# # Unresolved Questions
("Where in the spec should we document current API versions?", "", "question"),
("What about files that are not spec'd, but rather are related to the `pack` implementation (e.g. `builder.toml`)?", "S"),
("Will it be confusing that the spec is already titled \"Buildpack API v3 - Specification\", while the Buildpack API version to be documented inside of it references only a subset of the spec (which begins at `1.0`, not `3.0`)?", "S"),
# # Related RFCs
("[RFC: Lifecycle descriptor](https://github.com/buildpacks/rfcs/pull/20)", "T", "link-only reference line"),
]
