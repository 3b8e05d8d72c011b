DOC = "kubeflow-community/kubeflow-distribution"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # KEP-434: Kubeflow Distributions
# ## Objective
("Clarify how Kubeflow distributions will be owned and developed going forward.", "PS", "the objective"),
# ## Motivation
("Kubeflow can be divided into pieces", "S"),
("Individual Kubeflow applications (e.g. Pipelines, KFServing, notebooks, etc...)", "S"),
("Distributions of Kubeflow (e.g. Kubeflow on GCP, Kubeflow on AWS, MiniKF, etc...)", "S"),
("Since July, the Kubeflow community has been working on forming working groups to create greater accountability for the different parts of Kubeflow.", "S", "history (temporal 'Since')"),
("At this point in time, Kubeflow has formed working groups with clear ownership for all of the individual Kubeflow applications.", "S"),
("There is an ongoing debate about who should own and maintain Kubeflow distributions.", "S", "a debate reported, not a decision"),
("To date there are two categories of distributions", ""),
("Kubeflow distributions tied to a specific platform (e.g. AWS, GCP, etc...)", "S"),
("Generic distributions (e.g. for MiniKube, any conformant K8s cluster, etc...)", "S"),
("The former have been owned and maintained by the respective vendors.", ""),
("The general consensus is that these should continue to be owned and maintained by the respective vendors outside any KF working group.", "PS", "the consensus recorded as a rule"),
("This leaves the question of what to do about generic distributions.", ""),
("In particular, in [kubeflow/community#402](https://github.com/kubeflow/community/pull/402) there was a long debate about whether the deployments working group would own them or not.", "S"),
("That discussion appears to be converging with the decision being that the deployments working group will not own any distributions.", "PH", "a decision reported with 'appears to be converging'"),
# ## Proposal
("Going forward all distributions of Kubeflow should be owned and maintained outside of Kubeflow.", "PXS", "reasons under Ownership & Development"),
# ### What is a Kubeflow Distribution
("A Kubeflow distribution is an opinionated bundle of Kubeflow applications optimized for a particular use case or environment.", "S", "a definition"),
# ### Ownership & Development
("Going forward new distributions of Kubeflow should be developed outside of the Kubeflow GitHub org.", "PRS", "the reasons follow ('This ensures')"),
("This ensures", ""),
("Accountability for the distribution", ""),
("Insulates Kubeflow from the success or failure of the distribution", "S"),
("Avoid further taxing Kubeflow's overstretched engprod resources(see[kubeflow/testing#737](https://github.com/kubeflow/testing/issues/737))", "S"),
("The owners of existing distributions should work with the respective WG/repository/org owners to come up with appropriate transition plans.", "P"),
# ### Naming
("Distributions of Kubeflow are encouraged to pick unique names that avoid creating confusion and conflict by suggesting that a given distribution is endorsed by Kubeflow.", "PRS", "'that avoid creating confusion'"),
("As an example, the name \"KFCube\" for a distribution targeting minikube is highly discouraged as this suggests the distribution is endorsed by Kubefow.", "PRS", "causal 'as this suggests'"),
("An alternative, like \"MLCube\" would be preferable.", "PS"),
# ### Releasing & Versioning
("Releasing and versioning for each distribution is the responsibility of the distribution owners.", "P"),
("This includes determining the release cadence.", "P"),
("The release cadence of distributions doesn't need to be in sync with Kubeflow releases.", "PS"),
# ## Alternatives Considered
("An alternative would be to spin up a work group to own or maintain one or more generic distribution.", "", "the rejected alternative"),
("This has the following disadvantages", ""),
("Distributions aren't treated uniformly as some distributions are owned by Kubeflow and thus implicitly endorsed by Kubeflow", "S"),
("Historically, creating accountability for generic distributions has been difficult", ""),
]
