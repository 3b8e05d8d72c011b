DOC = "karmada/operator-api-server-sidecard-containers"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Support for API Server Sidecar Containers in Karmada Operator", "T"),
("authors:", "T"),
("\"@jabellard\"", "T"),
("reviewers:", "T"),
("\"@RainbowMango\"", "T"),
("approvers:", "T"),
("\"@RainbowMango\"", "T"),
("creation-date: 2025-02-07", "T"),
# # Support for API Server Sidecar Containers in Karmada Operator
# ## Summary
("This proposal aims to enhance the Karmada operator by introducing support for configuring additional containers  for the Karmada API server component.", "PXHS", "'aims to' is a listed hedge"),
("By allowing users to define additional containers, this feature unlocks new use cases such as integration with [Key Management Service (KMS)](https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/) plugins for configuring encryption at rest.", "S"),
("This enhancement provides greater flexibility while maintaining the declarative nature of the Karmada operator’s deployment model.", "S"),
# ## Motivation
("Currently, the Karmada operator provisions the API server as a standalone container within a pod.", "S"),
("While the API server supports configurability via extra arguments, additional volumes, and volume mounts, it lacks built-in support for defining additional containers.", ""),
("By introducing explicit support for additional containers, this feature enables:", ""),
("Seamless integration of auxiliary services such as KMS-based encryption providers.", "S"),
("Greater deployment flexibility by enabling users to extend the API server’s functionality without modifying the core operator logic.", ""),
# ### Goals
("Introduce support for configuring sidecar containers for the Karmada API server.", "PXS"),
# ### Non-Goals
("Introduce changes beyond the scope of what is needed to support additional containers for the Karmada API server component.", "S"),
# ### User Stories
("As an infrastructure engineer, I want to integrate with my organization's KMS to configure encryption at rest for managed Karmada control planes.", "S"),
("When using a KMS-based encryption provider, a KMS plugin  is required to enable the integration.", "S", "a fact about Kubernetes KMS, not this design's rule"),
("Once set up, the API server communicates to the plugin over a UNIX domain socket via gRPC.", "S"),
("For that to work, when the API server is deployed as a pod as is the case when provisioned by the Karmada operator, the plugin has to run as a sidecar of the API server container.", "S", "a technical necessity, not a decision"),
# ##### Sample Configuration
# ## Design Details
("During the reconciliation process, the Karmada operator will:", "PXS"),
("Check if `SidecarContainers` is specified in the KarmadaAPIServer spec.", "PXS"),
("If specified:", ""),
("Append the defined containers to the API server pod specification.", "PX"),
("If not specified:", ""),
("Maintain the current deployment behavior with only the API server container.", "PX"),
]
