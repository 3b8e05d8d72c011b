DOC = "kruise/cascading-deletion-protection"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: Proposal Template", "T", "the template's title left unchanged by the author"),
("authors:", "T"),
("\"@FillZpp\"", "T"),
("reviewers:", "T"),
("\"@Fei-Guo\"", "T"),
("\"@furykerry\"", "T"),
("creation-date: 2021-03-31", "T"),
("last-updated: 2021-03-31", "T"),
("status: implementable", "T"),
# # Cascading deletion protection
("Provide a safety policy to protect Kubernetes resources from the cascading deletion mechanism.", "PRS", "'to protect' states the purpose"),
# ## Table of Contents
("A table of contents is helpful for quickly jumping to sections of a proposal and for highlighting any additional information provided beyond the standard proposal template.", "T", "template boilerplate"),
("[Tools for generating](https://github.com/ekalinin/github-markdown-toc) a table of contents from markdown are available.", "T"),
("[Disable cascading deletion](#disable-cascading-deletion)", "T", "table of contents"),
("[Table of Contents](#table-of-contents)", "T", "table of contents"),
("[Motivation](#motivation)", "T", "table of contents"),
("[Proposal](#proposal)", "T", "table of contents"),
("[User Stories](#user-stories)", "T", "table of contents"),
("[Requirements](#requirements)", "T", "table of contents"),
("[Implementation Details/Notes/Constraints](#implementation-detailsnotesconstraints)", "T", "table of contents"),
("[Risks and Mitigations](#risks-and-mitigations)", "T", "table of contents"),
("[Implementation History](#implementation-history)", "T", "table of contents"),
# ## Motivation
("Currently, there are so many risks can be caused by cascading deletion mechanism:", ""),
("delete a CRD mistakenly, all CR disappeared", "S", "a risk (CRD, CR are Kubernetes kinds)"),
("delete a Workload mistakenly, all Pods belongs to it deleted", "S"),
("delete all Workloads mistakenly in batches, all applications in the cluster unavailable", ""),
("delete a namespace, all resources in it deleted", "S"),
("Kruise should provide a safety policy which could help users protect Kubernetes resources and applications' availability from the cascading deletion mechanism.", "PRHS", "the risks listed right before are the reason; 'could help' is hedged"),
# ## Proposal
("API definition:", ""),
("a new feature-gate named `ResourcesDeletionProtection`", "PXS"),
("a label named `policy.kruise.io/delete-protection`, the values can be:", "PXS"),
("`Always`: this object will always be forbidden to be deleted, unless the label is removed", "PS"),
("`Cascading`: this object will be forbidden to be deleted, if it has active resources owned", "PS"),
("If the feature-gate has enabled, the resources below with this label will be validated for deletion operation:", "PX"),
("| Kind                        | Group                  | Version            | Cascading judgement                                |", "S", "table header"),
("| `Namespace`                 | core                   | v1                 | whether there is active Pods in this namespace     |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `CustomResourceDefinition`  | apiextensions.k8s.io   | v1beta1, v1        | whether there is existing CRs of this CRD          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `Deployment`                | apps                   | v1                 | whether the replicas is 0                          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `StatefulSet`               | apps                   | v1                 | whether the replicas is 0                          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `ReplicaSet`                | apps                   | v1                 | whether the replicas is 0                          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `CloneSet`                  | apps.kruise.io         | v1alpha1           | whether the replicas is 0                          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `StatefulSet`               | apps.kruise.io         | v1alpha1, v1beta1  | whether the replicas is 0                          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
("| `UnitedDeployment`          | apps.kruise.io         | v1alpha1           | whether the replicas is 0                          |", "PXS", "a table row: which kind is protected and how cascading is judged"),
# ### User Stories
("delete a CRD mistakenly, all CR disappeared", "S", "a user story repeating the Motivation item (a need, not a decision)"),
("delete a Workload mistakenly, all Pods belongs to it deleted", "S", "a user story repeating the Motivation item (a need, not a decision)"),
("delete all Workloads mistakenly in batches, all applications in the cluster unavailable", "", "a user story repeating the Motivation item (a need, not a decision)"),
("delete a namespace, all resources in it deleted", "S", "a user story repeating the Motivation item (a need, not a decision)"),
# ### Requirements
("If users enable `ResourcesDeletionProtection` feature-gate when install or upgrade Kruise, Kruise will require more authorities:", "PS"),
("Webhook for deletion operation of namespace, crd, deployment, statefulset, replicaset and workloads in Kruise.", "PS"),
("By default, clusterRole for reading all resource types, because CRD validation needs to list the CRs of this CRD.", "PRS", "'because'"),
("Optionally, users can use `manager.role.groupsAuthorization` helm parameter to only limit which groups can be listed by Kruise.", "PS"),
# ### Implementation Details/Notes/Constraints
("Intercept deletion operation of the resources with `policy.kruise.io/delete-protection`:", "PXS"),
("For a `Namespace`, list the active Pods in it", "PS"),
("For a workload, just decide by its replicas", "P"),
("For a `CRD`, list the CRs of it using unstructured client", "PS"),
# ### Risks and Mitigations
("If all kruise-manager Pods are crashed or in other abnormal states, the deletion webhook will fail for the resources above, which means these resources can not be deleted temporarily.", "S", "the risk; no mitigation is given"),
# ## Implementation History
("[ ] 31/03/2021: Proposal submission", "T", "implementation-history line from the template (date and event)"),
]
