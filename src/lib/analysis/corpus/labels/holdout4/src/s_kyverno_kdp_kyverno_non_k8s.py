DOC = "kyverno-kdp/kyverno-non-k8s"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Meta
("Name: Kyverno for non-Kubernetes workloads", "T"),
("Start Date: Sep 24th, 2023", "T"),
("Update data:", "T"),
("Author(s): @JimBugwadia", "T"),
# # Table of Contents
("[Meta](#meta)", "T"),
("[Table of Contents](#table-of-contents)", "T"),
("[Overview](#overview)", "T"),
("[Definitions](#definitions)", "T"),
("[Motivation](#motivation)", "T"),
("[Proposal](#proposal)", "T"),
("[Implementation](#implementation)", "T"),
("[Migration (OPTIONAL)](#migration-optional)", "T"),
("[Drawbacks](#drawbacks)", "T"),
("[Alternatives](#alternatives)", "T"),
("[Prior Art](#prior-art)", "T"),
("[Unresolved Questions](#unresolved-questions)", "T"),
("[CRD Changes (OPTIONAL)](#crd-changes-optional)", "T"),
# # Overview
("Enable use of Kyverno for non-Kubernetes workloads.", "PSX", "the decision; reasons in Motivation"),
# # Motivation
("Kyverno is popular with platform engineering teams for Kubernetes policy management, due to its advanced features and simplicity.", "S"),
("The platform engineering teams that manage Kubernetes, also typically also manage:", "HS", "'typically'"),
("Cloud infrastructure & services: storage, networking, security, databases, clusters, etc.", ""),
("Serverless: access and governance for serverless workloads", ""),
("Containers (non-Kubernetes): other application container workloads.", "S"),
("These teams would like to leverage Kyverno across these domains, to unify policy and governance for platform engineering use cases.", "S", "users' wish: the motivation, not a rule"),
# # Proposal
("Currently, Kyverno runs as an admission controller and a background scanner in Kubernetes clusters and is also available as a CLI that can operate without access to any cluster.", "S"),
("The proposal is to extend the Kyverno CLI, and make Kyverno available in two new form factors.", "PSX"),
("Here are the proposed changes:", ""),
("Extend the Kyverno CLI to process raw JSON data for policy evaluation.", "PSX", "'to process' is the object"),
("An application service that performs policy evaluations via a REST API.", "PSX"),
("A Kyverno Golang library that can be integrated in applications for policy evaluations.", "PSX"),
# # Implementation
# ## Extending the Kyverno CLI
("The Kyverno CLI allows passing resources via the `--resource` flag.", "S"),
("We can consider a new flag for JSON (e.g. `--resource-json`) or use the same flag and add logic to detect if the resource is of raw JSON type (i.e. not a Kubernetes resource).", "HS", "tentative 'We can consider': hedged, not a policy"),
("When the CLI detects a non-Kubernetes resource, it can format it as a built-in custom resource type (e.g. `kyverno.io/v1alpha1/JSON`) with the assumption that policies are written to match that resource.", "PS", "planned behaviour (hard call: follows a tentative sentence); the reason ('make it easier for users') is two sentences later"),
("Note that this can be done manually today.", ""),
("The enhancement required is to make it easier for users.", "", "the reason for the CLI change"),
# ## Application Service
("A policy management solution requires:", "", "general requirements of any solution, not this design's rules"),
("A way to configure the service", ""),
("A way to configure and manage policies", ""),
("An API to evaluate policies against application resources and data", ""),
("Currently for Kyverno, all three of these are done via Kubernetes.", "S"),
("Kyverno is deployed and managed as a Kubernetes workload, and it self-registers with the API server as an dynamic admission controller.", "S"),
("Policies are managed as Kubernetes custom resources, as are policy reports, and policy exceptions.", "S"),
("Evaluation of policies is done by the API server at admission controls, and via periodic background scans.", "S", "the Kubernetes API server counted as named"),
("For policy evaluation for non-Kubernetes services and workloads, Kyverno can provide a REST API.", "PS", "the planned service; 'can' is the proposal's capability"),
("However, Kyverno can still be installed and managed as a Kubernetes application, and Kyverno policies can still be managed as Kubernetes resources.", "PS"),
("The service exposed on the existing Kyverno admission controller, as an optional feature, or as a completely separate instance of the Kyverno policy engine packages as a web application.", "PS"),
# ## Golang library
("Internally, Kyverno already has a policy engine package that exposed an interface to evaluate policies.", "S"),
("The engine is supplied a set of policies and a resource, and returns a policy decision.", ""),
("This interface can be formalized and documented to allow other applictaions to integrate the Kyverno engine.", "PRS", "'to allow other applications to integrate' is the benefit"),
# ## Link to the Implementation PR
("TBD", "T", "unfilled template field"),
# # Migration (OPTIONAL)
("N/A", "T", "unfilled template field"),
# # Drawbacks
("Kyverno has been focused on Kubenetes, and can leverage Kubernetes internals to simplify policy management for platform engineering teams.", "S"),
("While its important to extend Kyverno, we do not want to loose focus or compromise on its core value proposition.", "PS", "a constraint, no reason beyond the 'important'"),
# # Alternatives
("None.", ""),
("The alternative is to not do this.", ""),
# # Prior Art
("Here is a blog post that discusses a prototype that validates raw JSON with Kyverno policies:", "S"),
("https://nirmata.com/2023/07/20/experimental-generic-json-validation-with-kyverno/", "T", "link-only line"),
# # Unresolved Questions
("There are several Kubernetes specific declarations in a Kyverno policies, such as the `match` and `exclude` clauses.", "S"),
("These will need to be discussed.", "", "open item, not a decision"),
# # CRD Changes (OPTIONAL)
("A new CRD may be required if we want a resource type that represents a raw JSON payload, e.g. `kyverno.io/v1alpha1/JSON`.", "HS", "epistemic 'may'"),
]
