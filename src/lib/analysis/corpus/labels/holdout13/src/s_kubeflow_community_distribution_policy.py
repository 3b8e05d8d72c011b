DOC = "kubeflow-community/distribution-policy"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Kubeflow Distribution Policy
("A [Kubeflow Distribution](https://www.kubeflow.org/docs/started/introduction/#kubeflow-distribution) is a vendor-provided and supported deployment of Kubeflow subprojects and integrations designed to run on specific infrastructure or platform environments.", "S", "a definition"),
("This document defines requirements and expectations for Kubeflow Distributions.", "S", "what the document covers"),
# ## Kubeflow Distribution Requirements
("To ensure Kubeflow users will get the expected experience and results regardless of where they run Kubeflow subprojects, each Kubeflow Distribution MUST meet the following criteria to be listed in [the Kubeflow Website](https://www.kubeflow.org/docs/started/installing-kubeflow/#kubeflow-distributions):", "PRS", "'To ensure Kubeflow users will get the expected experience'"),
("Include all [Kubeflow Graduated](../subprojects/PROJECTS.md#graduated) subprojects", "PS", "an item of the MUST criteria"),
("Support Kubeflow subproject versions that are n-2 or newer relative to the latest Kubeflow Community Distribution (KCD) release.", "PS"),
("The supported subprojects versions for each KCD release are published in [the release documentation](https://www.kubeflow.org/docs/kubeflow-distribution/releases/)", "S", "where the versions are published: a fact"),
("Being listed in one of Kubeflow subprojects [`ADOPTERS.md`](../ADOPTERS.md) files", "PS"),
("Well defined documentation website", "P"),
("Point of contact that Kubeflow community can reach out to", "P"),
("Defined Kubernetes target platform", "PS"),
("Kubeflow Distribution Committee is currently working towards the Kubeflow Conformance program.", "S", "current work, not a rule"),
("Once this program is created, Kubeflow Distributions MUST achieve the Kubeflow Certified mark.", "PS"),
# ## Periodic Review & Distribution Removal
("Every 6 months all Kubeflow Distributions are reviewed by the Kubeflow Steering Committee and Kubeflow Distribution Committee to ensure that they still meet the requirements.", "PRS", "'to ensure that they still meet the requirements'"),
("If a distribution no longer qualifies to be listed as a Kubeflow Distribution, its owners will be notified of the reasons why via their contact details and will have 90 days to implement the necessary changes.", "PS"),
("If the distribution owners do not implement the changes or do not respond to requests, then the distribution will be removed and will no longer be listed in the Kubeflow website.", "PS"),
# ## Changes to the Process
("Changes to the Kubeflow Distribution policy can be proposed by any community member via a GitHub PR.", "PS"),
("Amendments will be subject to approval by a standard decision of the Kubeflow Distribution Committee.", "PS"),
("Proposals will be available for at least one week for community comments before a vote occurs.", "PS", "'at least one week'"),
]
