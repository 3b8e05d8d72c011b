DOC = "keda/deprecations"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Deprecations & Breaking Changes in KEDA
("This document describes how KEDA handles deprecations and breaking changes and should provide clarity to KEDA end-users on what to expect when upgrading to a new version of KEDA.", "S"),
("If you are interested in the current open deprecations, we recommend checking our [GitHub Discussions](https://github.com/kedacore/keda/discussions/categories/deprecations) or the open [breaking changes](https://github.com/kedacore/keda/issues?q=is%3Aopen+label%3Abreaking-change+sort%3Aupdated-desc).", "S", "advice to the reader"),
# ## Our versioning strategy
("KEDA follows the deprecation strategy of Kubernetes and is allowed to make breaking changes in minor versions after a deprecation period.", "PS"),
("The KEDA runtime, which consists of the operator and metric server, will provide support on the deprecated features for 6 months (currently the equivalent of 2 releases) after the deprecation was announced.", "PS"),
("In the following release, the feature will be removed.", "P"),
("Depending on the area of the change, KEDA might not wait the above mentioned deprecation period to introduce a breaking change because one of its dependencies such as Kubernetes or scaler dependencies.", "PRHS", "'might'; 'because one of its dependencies'"),
("However, these are the only exceptions to the rule.", "P"),
# ### Custom Resource Definitions (CRDs)
("Our custom resource definitions (CRDs) have a separate versioning scheme than the KEDA runtime given they have an `apiVersion`.", "PRS", "'given they have an `apiVersion`'"),
("For this, we follow the [official Kubernetes API versioning policy](https://kubernetes.io/docs/reference/using-api/#api-versioning).", "PRS", "reason in the sentence before"),
("KEDA is allowed to make breaking changes to the CRDs, when a new `apiVersion` is introduced.", "PS", "permission"),
# ### Experimental features
("New features in KEDA can be marked as experimental which means end-users can use them; but they are not supported by the KEDA team yet.", "PS"),
("KEDA can make any breaking changes to experimental features without any deprecation period.", "PS", "permission"),
("Experimental features are only available for evaluation and *not recommended for production use*.", "P"),
("An overview of experimental features will become available in the documentation and graduation to stable features are communicated in the release notes.", "P"),
# ### Autoscaling triggers and their metadata
("Until KEDA introduces a [versioning scheme for autoscaling triggers](https://github.com/kedacore/keda/issues/613), it is not allowed to make breaking changes for triggers.", "PS", "'Until ...' is a condition, not a reason"),
("However, it is allowed to introduce new triggers and features in the same `apiVersion`.", "PS"),
("The only exceptions to this rule is when KEDA maintainers decide to remove a scaler as part of our [scaler governance](SCALERS.md).", "PS"),
("In this case, the scaler will be removed after the above mentioned deprecation period of 2 releases/6 months.", "PRS", "reason in the next sentence"),
("The reason for being able to remove scalers is that they are no longer maintained and thus no longer supported.", "", "the reason for the sentence before"),
# ### Helm chart
("The Helm charts that KEDA provides has a separate release & version lifecycle.", "PS"),
("They follow [Semantic Versioning](https://semver.org/) but specifically around the Helm charts and is versioned independently from the KEDA runtime.", "PS"),
# ### Kubernetes compatibility
("As per our [Kubernetes compatibility](https://keda.sh/docs/latest/operate/cluster/#kubernetes-compatibility) policy, we provide support for Kubernetes N-2.", "PS"),
("This means that a minor version upgrade of KEDA is backwards-compatible with Kubernetes N-2, but might remove support for an older version.", "PHS", "'might remove support'"),
("This kind of change will be announced in the release notes and enforced in our Helm charts.", "PS"),
("You can find an overview of our compatibility matrix in our [Kubernetes compatibility](https://keda.sh/docs/latest/operate/cluster/#kubernetes) documentation.", "T", "pointer"),
("The only exception to this rule is when we are forced to make a breaking change that is enforced by Kubernetes and we need to introduce it sooner.", "PS"),
# ## What is considered a breaking change?
("A breaking change is a change that is not backwards-compatible and requires end-users to take manual action to migrate or lose existing functionality.", "", "definition"),
# ## Avoiding breaking changes
("When contributors want to introduce a new approach, they are allowed to do so without breaking changes.", "P", "permission"),
("This means that the new approach will live next to the deprecated functionality during the deprecation period.", "P"),
("Every occasion of this must provide warning(s) in the KEDA logs to make end-users aware of the change so they can decide whether to migrate to the new approach - Either by using the new functionality in the next minor version or by migrating to the new approach when the next major version was released.", "PRS", "'to make end-users aware ... so they can decide'"),
("Every deprecation must follow our process described below.", "P"),
# ## Introducing new deprecations
("When introducing a new deprecation, it must comply with the following rules:", "P"),
("Every deprecation announcement must be mentioned in the release notes and will be highlighted in the upcoming release(s)", "P"),
("Every deprecation announcement is typically for two releases", "PHS", "'typically'; two releases is a measure"),
("Every deprecation announcement must have a warning in the KEDA logs to create awareness", "PRS", "'to create awareness'"),
("We recommend using this as inspiration: `The '{parameter}' setting is DEPRECATED and will be removed in v2.18 - Use '{replacement}' instead`", "PS", "a recommendation: policy"),
("We recommend using the `deprecatedAnnounce` parameter", "PS"),
("Every deprecation announcement must be documented on [`keda.sh`](https://github.com/kedacore/keda-docs) and explicitly mention timelines", "PS"),
("We recommend using this as inspiration: # DEPRECATED: This parameter is deprecated as of KEDA v2.16 in favor of {replacement} and will be removed in version 2.18`", "PS"),
("Every deprecation announcement must have a representing issue that is used for tracking breaking changes for our upcoming major version.", "P"),
("Because of that, it must be labeled with [`breaking-change`](https://github.com/kedacore/keda/issues?q=is%3Aopen+label%3Abreaking-change+sort%3Aupdated-desc)", "PRS", "'Because of that'"),
("A label will be added to indicate the version in which it will be removed, example `removal:keda-v2.18`.", "PS", "'to indicate' says what the label is for, not why the rule"),
("Every deprecation announcement must be announced on [GitHub Discussions](https://github.com/kedacore/keda/discussions/categories/deprecations) ([example](https://github.com/kedacore/keda/discussions/3552))", "PS"),
("It should explain when the deprecation takes effect, what the impact is, how to migrate and when it will be removed.", "P"),
("After the period of deprecation announcement, the announcement must be converted to a deprecated status, triggering an error.", "P", "'triggering an error' is the consequence, not a reason"),
("We recommend using this as inspiration: `The '{parameter}' setting is DEPRECATED and is removed in v2.18 - Use '{replacement}' instead`", "PS"),
("We recommend using the `deprecated` parameter", "PS"),
("Every deprecation is typically for two releases and removed after that", "PHS", "'typically'"),
]
