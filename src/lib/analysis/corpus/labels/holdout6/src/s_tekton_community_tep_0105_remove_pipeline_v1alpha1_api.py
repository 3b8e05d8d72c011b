DOC = "tekton-community/tep-0105-remove-pipeline-v1alpha1-api"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter
("status: implemented", "T"),
("title: Remove Pipeline v1alpha1 API", "T"),
("creation-date: '2022-04-11'", "T"),
("last-updated: '2023-03-21'", "T"),
("authors:", "T"),
("'@abayer'", "T"),
# # TEP-0105: Remove Pipeline v1alpha1 API
("[Summary](#summary)", "T", "table of contents"),
("[Background](#background)", "T"),
("[Motivation](#motivation)", "T"),
("[Goals](#goals)", "T"),
("[Non-Goals](#non-goals)", "T"),
("[Proposal](#proposal)", "T"),
("[References](#references)", "T"),
# ## Summary
("This TEP proposes a clear schedule for the removal of Pipeline's deprecated `v1alpha1` API.", "PRS", "reason in the next sentence"),
("As we [move towards the stable V1 API](./0096-pipelines-v1.md), removing the long-deprecated `v1alpha1` API will help clarify migration paths for users and simplify implementation of the `v1` API.", "PRS", "the decision with its benefit"),
# ## Background
("According to the Kubernetes [API versioning guidelines](https://kubernetes.io/docs/reference/using-api/api-overview/#api-versioning) and [deprecation policy](https://kubernetes.io/docs/reference/using-api/deprecation-policy/), which Tekton follows (with the exception of not allowing removal of deprecated APIs for a full 9 months for Beta or a year for Stable, since we release more frequently than Kubernetes does), we have been allowed to remove `v1alpha1` from Pipelines since `v1beta1` was introduced.", "PRS", "states the standing deprecation rule Tekton follows (9 months Beta, a year Stable) with 'since we release more frequently'"),
("But for understandable reasons, we chose not to do so initially.", "", "history"),
("It has now been over two years since `v1alpha1` was deprecated and `v1beta1` was introduced in [the 0.11.0 release]((https://github.com/tektoncd/pipeline/releases/tag/v0.11.0), at the end of March, 2020.", "S"),
("Removing `v1alpha1` at this point should not be overly disruptive for existing users, and doing so will simplify the process of adding the upcoming `v1` stable API.", "HS", "prediction: epistemic 'should'"),
("Therefore, we should determine a timeframe for the removal and start communicating that timeframe to users and downstream consumers of the Pipeline `v1alpha1` API in the near future.", "PRS", "'Therefore' after the reasons"),
# ## Motivation
("The Pipeline `v1alpha1` API has been deprecated [since the introduction of the v1beta1 API on March 31, 2020](https://github.com/tektoncd/pipeline/releases/tag/v0.11.0), but has not yet been removed.", "S"),
("As we approach `v1`, it would be good to remove `v1alpha1` beforehand.", "PRS", "reason in the next sentence; 'it would be good' is a soft recommendation but the decision of the TEP"),
("This will allow us to be sure that no `v1alpha1`-specific behavior or structs remain in `v1beta1`, as well as ensuring that users have upgraded to at least `v1beta1` before `v1` is introduced.", "S", "the benefit of the sentence before"),
# ### Goals
("Establishing a timeline for the removal of the Pipeline `v1alpha1` API.", "PXS", "Goals items: reasons in Summary/Motivation"),
("Communication of the planned removal of the Pipeline `v1alpha1` API.", "PXS"),
("Removal of Pipeline `v1alpha1` usage from all documentation, tutorials, and examples.", "PXS"),
("Removal of the Pipeline `v1alpha1` API from the Pipelines project.", "PXS"),
("Updating of other Tekton projects currently utilizing the Pipeline `v1alpha` API to use `v1beta1` instead, if necessary.", "PXS"),
# ### Non-Goals
("Ensuring compatibility for third-party uses of the `v1alpha1` API.", "S", "non-goal: scope, not a policy"),
# ## Proposal
("We will target removing the Pipeline `v1alpha1` API for the 0.38.0 release, in late July, 2022.", "PXS"),
("This will be communicated in the release notes for 0.36.0 and 0.37.0.", "PS"),
("Due to how `conditions` are entangled with `v1alpha1.TaskSpec`, `v1alpha1.TaskRun`, etc, and that `conditions` are deprecated and due for removal in the same timeframe, if they have not already been removed in 0.37.0, they will also be removed at the same time.", "PRS", "'Due to'"),
("Removal will entail deleting `pkg/apis/pipeline/v1alpha1`, `test/v1alpha1`, and `examples/v1alpha1`, other than files relating to `Run`s and `PipelineResource`s.", "PS"),
("Documentation has already been updated to use `v1beta1`, but there will be some lurking references to `v1alpha1` which should be removed.", "PS", "the 'should be removed' clause is a rule"),
("Documentation relating to migrating from `v1alpha1` to `v1beta1` will remain.", "PS"),
("Projects downstream of Pipeline will be responsible for updating their own code.", "PS", "Pipeline named"),
# ## References
("Implementation: https://github.com/tektoncd/pipeline/pull/5005", "T", "link-only reference"),
]
