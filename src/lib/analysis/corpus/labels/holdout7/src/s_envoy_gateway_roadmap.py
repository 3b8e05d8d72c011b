DOC = "envoy-gateway/roadmap"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter
("title: \"Roadmap\"", "T", "front matter"),
("weight: -1", "T"),
("description: \"This section records the roadmap of Envoy Gateway.\"", "T"),
("This document serves as a high-level reference for Envoy Gateway users and contributors to understand the direction of the project.", "S"),
# ## Contributing to the Roadmap
("To add a feature to the roadmap, create an [issue][issue] or join a [community meeting][meeting] to discuss your use case.", "P", "roadmap process"),
("If your feature is accepted, a maintainer will assign your issue to a [release milestone][milestones] and update this document accordingly.", "P"),
("To help with an existing roadmap item, comment on or assign yourself to the associated issue.", "P"),
("If a roadmap item doesn't have an issue, create one, assign yourself to the issue, and reference this document.", "P"),
("A maintainer will submit a [pull request][PR] to add the feature to the roadmap.", "P"),
("__Note:__ The feature should be discussed in an issue or a community meeting before implementing it.", "P"),
("If you don't know where to start contributing, help is needed to reduce technical, automation, and documentation debt.", "", "invitation, not a policy"),
("Look for issues with the `help wanted` label to get started.", "S", "tip to the reader"),
# ## Details
("Roadmap features and timelines may change based on feedback, community contributions, etc.", "H", "epistemic 'may'"),
("If you depend on a specific roadmap item, you're encouraged to attend a community meeting to discuss the details, or help us deliver the feature by contributing to the project.", "", "advice to the reader"),
("`Last Updated: April 2023`", "T", "metadata line"),
# ### [v0.2.0][v0.2.0]: Establish a Solid Foundation
("Complete the core Envoy Gateway implementation- [Issue #60][60].", "PS", "roadmap item; '[Issue #60]' counted as a specific anchor"),
("Establish initial testing, e2e, integration, etc- [Issue #64][64].", "PS"),
("Establish user and developer project documentation- [Issue #17][17].", "PS"),
("Achieve Gateway API conformance (e.g. routing, LB, Header transformation, etc.)- [Issue #65][65].", "PS"),
("Setup a CI/CD pipeline- [Issue #63][63].", "PS"),
# ### [v0.3.0][v0.3.0]: Drive Advanced Features through Extension Mechanisms
("Support extended Gateway API fields [Issue #707][707].", "PS"),
("Support experimental Gateway APIs such as TCPRoute [Issue #643][643], UDPRoute [Issue #641][641] and GRPCRoute [Issue #642][642].", "PS"),
("Establish guidelines for leveragaing Gateway API extensions [Issue #675][675].", "PS"),
("Rate Limiting [Issue #670][670].", "PS", "work-area item"),
("Authentication [Issue #336][336].", "PS"),
# ### [v0.4.0][v0.4.0]: Customizing Envoy Gateway
("Extending Envoy Gateway control plane [Issue #20][20]", "PS"),
("Helm based installation for Envoy Gateway [Issue #650][650]", "PS"),
("Customizing managed Envoy Proxy Kubernetes resource fields [Issue #648][648]", "PS"),
("Configuring xDS Bootstrap [Issue #31][31]", "PS"),
# ### [v0.5.0][v0.5.0]: Observability and Scale
("Observability for data plane [Issue #699][699].", "PS"),
("Allow users to configure xDS Resources [Issue #24][24].", "PS"),
# ### [v0.6.0][v0.6.0]: Preparation for GA
("Observability for control plane [Issue #700][700].", "PS"),
("Compute and document Envoy Gateway performance [Issue #1365][1365].", "PS"),
("Add TrafficPolicy APIs for advanced features [Issue #1492][1492].", "PS"),
("Envoy Gateway meets readiness criteria [Issue #1160][1160].", "PS"),
# ### [v1.0.0][v1.0.0]: Envoy Gateway goes GA
("Visit the [milestones][milestones] page to learn more about the future roadmap.", "T", "pointer"),
]
