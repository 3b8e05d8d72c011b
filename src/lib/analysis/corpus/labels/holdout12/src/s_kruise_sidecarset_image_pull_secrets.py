DOC = "kruise/sidecarset-image-pull-secrets"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: SidecarSet ImagePullSecrets", "T"),
("authors:", "T"),
("\"@veophi\"", "T"),
("reviewers:", "T"),
("\"@Fei-Guo\"", "T"),
("\"@furykerry\"", "T"),
("\"@FillZpp\"", "T"),
("creation-date: 2021-07-13", "T"),
("last-updated: 2021-07-13", "T"),
("status: implementable", "T"),
# # SidecarSet ImagePullSecrets
("Provide a way to pull images using `Secret` from private repositories for `SidecarSet`.", "PXS", "the one-line summary under the title states the change; the reason is in Motivation"),
# ## Table of Contents
("A table of contents is helpful for quickly jumping to sections of a proposal and for highlighting any additional information provided beyond the standard proposal template.", "T", "template boilerplate"),
("[Tools for generating](https://github.com/ekalinin/github-markdown-toc) a table of contents from markdown are available.", "T"),
("[SidecarSet ImagePullSecrets](#sidecarset-imagepullsecrets)", "T", "table of contents"),
("[Table of Contents](#table-of-contents)", "T", "table of contents"),
("[Motivation](#motivation)", "T", "table of contents"),
("[Proposal](#proposal)", "T", "table of contents"),
("[User Story](#user-story)", "T", "table of contents"),
("[Implementation Plan](#implementation-plan)", "T", "table of contents"),
("[Implementation History](#implementation-history)", "T", "table of contents"),
# ## Motivation
("In k8s, `Secret` is an easy and safe way to store and manage sensitive information, such as passwords, OAuth tokens, and ssh keys.", "S"),
("One of the most common-used features of it is to pull images from private repositories.", ""),
("However, `SidecarSet` does not support this feature so far.", "S", "current state"),
# ## Proposal
("**Main idea**: In this design, we separate the logic of `Secret` and `SidecarSet`.", "PXS"),
("In `SidecarSet` part, we only consider injecting their `imagePullSecrets` fields into Pod.", "PXS", "'consider' means 'handle' here, not a suggestion: not hedged"),
("Users should manually  distribute the required `Secrets` to all the namespaces that the `SidecarSet` may be instantiated.", "PS", "'may be instantiated' is a possibility of the system, not doubt"),
# ### API Definition
("We add `imagePullSecrets` field in `apis/apps/v1alpha1/sidecarset_types.go`:", "PXS"),
# ### User Story
("A typical example:", ""),
("The image will be pulled from the private repository `my-repository`, if the secret `my-secret` has stored the correct `username` and `password` of this repository.", "S", "the example's behaviour"),
("If the correct secret `my-secret` doesn't exist, it will fail to pull this image.", "S"),
# ### Implementation
("We will merge the `imagePullSecrets` both in `Pod` and `SidecarSet` in `pkg/webhook/pod/sidercarset.go` file:", "PXS"),
# ## Implementation History
("[ ] 13/07/2021: Proposal submission", "T", "implementation-history line from the template"),
]
