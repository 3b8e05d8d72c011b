DOC = "buildpacks-rfcs/0103-source-date-epoch"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
# link reference definitions ([meta]: #meta etc.) are not sentences and are not labelled.
# The RFC keeps the template's prompt questions ("Why should we do this?"): template.
S = [
# # Meta
("Name: Use SOURCE_DATE_EPOCH to configure image create time", "T"),
("Start Date: 2022-02-24", "T"),
("Author(s): natalieparellano", "T"),
("Status: Implemented", "T"),
("RFC Pull Request: [rfcs#204](https://github.com/buildpacks/rfcs/pull/204)", "T"),
("CNB Pull Request: (leave blank)", "T"),
("CNB Issue: [buildpacks/lifecycle#809](https://github.com/buildpacks/lifecycle/issues/809)", "T"),
("Supersedes: (put \"N/A\" unless this replaces an existing RFC, then link to that RFC)", "T"),
# # Summary
("To allow for [build reproducibility](https://github.com/buildpacks/spec/blob/main/platform.md#build-reproducibility), images created by Cloud Native Buildpacks have a hard-coded create time of January 1, 1980.", "S", "current state"),
("We have received requests from the community (see [here](https://github.com/buildpacks/pack/issues/1281) and [here](https://buildpacks.slack.com/archives/C94UJCNV6/p1643842965830459)) to allow for this value to be configurable.", ""),
("This RFC proposes making the value configurable by setting `SOURCE_DATE_EPOCH` in the lifecycle's execution environment during `export`.", "PRS", "reason (community requests) in the sentence before"),
# # Definitions
("build reproducibility: identical inputs should produce identical outputs ([blog post](https://medium.com/buildpacks/time-travel-with-pack-e0efd8bf05db))", "", "definition"),
("`SOURCE_DATE_EPOCH`: a \"standardised environment variable that distributions can set centrally and have build tools consume this in order to produce reproducible output\" (see [here](https://reproducible-builds.org/docs/source-date-epoch/))", "S", "definition"),
# # Motivation
("Why should we do this?", "T"),
("Users have asked for it", ""),
("What use cases does it support?", "T"),
("A meaningful image create time, e.g., the ability to determine which images are most recent", ""),
("What is the expected outcome?", "T"),
("Images built with `SOURCE_DATE_EPOCH` set will not be reproducible, as the config blob will change", "S", "prediction, not a policy"),
# # What it is
("Define the target persona: buildpack user, platform operator", "T", "template prompt with its answer"),
("A buildpack user could pass a flag to `pack` to set `SOURCE_DATE_EPOCH` to the current time in the lifecycle's execution environment during `export`.", "S", "usage possibility (capability), not hedged"),
("A platform operator could choose to set `SOURCE_DATE_EPOCH` whenever `export` is run.", "S"),
("If applicable, describe the differences between teaching this to existing users and new users.", "T"),
("We should mention this feature in the lifecycle release notes and docs.", "PS"),
# # How it Works
("This [PR](https://github.com/buildpacks/imgutil/pull/137) to imgutil would read the environment variable at the point of saving the image.", "PS"),
("An alternative implementation could be to have the `exporter` read the variable and provide it via a new `SetCreatedAt()` method on the `imgutil.Image` interface.", "HS", "alternative, tentative"),
("The latter might be safer as it would avoid unintended side effects for other consumers of imgutil (e.g., `pack`).", "HS"),
# # Drawbacks
("Why should we *not* do this?", "T"),
("Platforms that choose to set SOURCE_DATE_EPOCH to real creation time will not have 100% reproducible builds.", "S"),
# # Alternatives
("What other designs have been considered?", "T"),
("Doing nothing", ""),
("Allowing layer timestamps to also be configurable, but this would effectively prohibit launch layer re-use and make builds slower", ""),
("Why is this proposal the best?", "T"),
("It is easy to implement, easy to use, and solves for the desired use case", ""),
("What is the impact of not doing this?", "T"),
("The lack of meaningful image create times makes it difficult to automate cleanup of images and could be a deal breaker for some users", "H"),
# # Prior Art
("See under \"Reading the variable\" [here](https://reproducible-builds.org/docs/source-date-epoch/)", "T", "link-only pointer"),
("[ko](https://github.com/google/ko#why-are-my-images-all-created-in-1970)", "T"),
("[jib](https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#why-is-my-image-created-48-years-ago)", "T"),
# # Unresolved Questions
("What parts of the design do you expect to be resolved before this gets merged?", "T"),
("Should we require users to be on platform api 0.9 in order to use this feature?", "S"),
("(Opinion: no, because this feature is invisible if the environment variable is not set.", "PR", "answers the question: do not require platform api 0.9, because ..."),
("The motivation for spec'ing this in the platform api is to make it clear for platform operators how to use it.)", ""),
("What parts of the design do you expect to be resolved through implementation of the feature?", "T"),
("Should we do this in imgutil or the lifecycle?", "S"),
("(see above)", ""),
# # Spec. Changes (OPTIONAL)
("See [spec PR](https://github.com/buildpacks/spec/pull/292).", "T"),
]
