DOC = "buildpacks-rfcs/0025-dont-trust-builders"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
# link reference definitions ([meta]: #meta etc.) are not sentences and are not labelled
S = [
# # Meta
("Name: Isolate Registry Credentials from Builder Images", "T"),
("Start Date: 2020-01-14", "T"),
("Status: Implemented", "T"),
("CNB Pull Request: [rfcs#43](https://github.com/buildpacks/rfcs/pull/43)", "T"),
("CNB Issue:", "T"),
("Supersedes: N/A", "T"),
# # Summary
("`pack build` will run `analyze` `restore` and `export` phases in containers built from trusted images rather than the builder image.", "PXS", "the reason (credentials exposed to builders) is in Motivation"),
# # Motivation
("Users of `pack` must select a builder image during `pack build`.", "S", "describes the current tool, not a new rule"),
("The builder image is currently used to create all lifecycle phase containers.", ""),
("When `pack build` is run with the `--publish` flag, the user's registry credentials are injected into the `analyze` and `export` containers as environment variables.", "S"),
("This means that users must place a high level of trust in their selected builder image.", "", "consequence of the current state, not a prescription"),
("Users may not realize that credentials are given to builder images and experiment with builders from untrusted vendors.", "H"),
# # What it is
# ### Ephemeral Lifecycle Images
("When `pack build` executes and is provided the `--publish` flag, it will generate an ephemeral \"lifecycle image\" on the fly, by adding a single layer container the correct lifecycle to a scratch image.", "PXS"),
("`pack` will then use this image to created the `analyze`, `restore`, and `export` containers.", "PXS"),
("`pack` will clean up the image when the build completes.", "PS"),
("When generating lifecycle images `pack` will read the lifecycle version from the builder metadata and fetch the matching lifecycle version from the lifecycle github release assets.", "PS"),
("If the lifecycle version specified in a builder image does not match any known lifecycle release, `pack build` will fail with a helpful message.", "PS"),
# ### `--trust-builder` Flag
("If `pack build` is run with the `--publish` and `--trust-builder` flag, then all lifecycle steps will be run in a single container.", "PS"),
("The registry credentials will be provided only to `analyzer` and `exporter` processes.", "PXS"),
("Users can run `pack trust-builder <build-image>` to permanently trust a builder.", "PS", "planned capability with a command: defined behaviour"),
# ### The Daemon Image Exception
("When `pack build` is run without the `--publish` flag, registry credentials are not necessary.", "S"),
("Therefore, `pack` will treat every builder as a \"trusted builder\" to [potentially optimize performance](https://github.com/buildpacks/rfcs/pull/46).", "PRHS", "'Therefore' links to the sentence before; 'to potentially optimize performance' is a purpose, hedged"),
# # Drawbacks
("This change prevents us from reducing the number of containers to improve performance in all cases (this can still be accomplished in the \"trusted builder\" case)", "", "drawback: consequence, not a policy"),
# # Alternatives
("Keep trusting builders but plaster warnings everywhere", "", "alternative, not adopted"),
# # Prior Art
("Creating ephemeral lifecycle images is similar to work `pack build` already does when it creates ephemeral builder images (e.g when it adds another layer because of the `--buildpack`).", "S"),
# # Unresolved Questions
("Registry credential isolation in irrelevant when `--publish` is not supplied, should we prioritize performance or consistency in this case?", "S"),
("Is there is simpler way to acheive the same level of credential isolation?", ""),
]
