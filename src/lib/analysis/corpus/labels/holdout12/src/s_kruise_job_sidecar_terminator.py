DOC = "kruise/job-sidecar-terminator"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: SidecarTerminator", "T"),
("authors:", "T"),
("\"@veophi\"", "T"),
("reviewers:", "T"),
("\"@furykerry\"", "T"),
("\"@zmberg\"", "T"),
("creation-date: 2023-01-30", "T"),
("last-updated: 2023-01-30", "T"),
("status: implementable", "T"),
# # Sidecar Terminator
# ## Table of Contents
("A table of contents is helpful for quickly jumping to sections of a proposal and for highlighting any additional information provided beyond the standard proposal template.", "T", "the proposal template's Table of Contents boilerplate"),
("[Tools for generating](https://github.com/ekalinin/github-markdown-toc) a table of contents from markdown are available.", "T"),
("[Sidecar Terminator](#sidecar-terminator)", "T", "table of contents"),
("[Motivation](#motivation)", "T"),
("[Proposal](#proposal)", "T"),
("[API: Define Sidecar](#api-define-sidecar)", "T"),
("[Controller: Watch &amp; Generate CRR](#controller-watch--generate-crr)", "T"),
("[Pod Running on Virtual-Kubelet](#pod-running-on-virtual-kubelet)", "T"),
("[Implementation](#implementation)", "T"),
# ## Motivation
("In the Kubernetes world, it is challenging to use long-running sidecar containers for short-term application orchestration because there is no straightforward way to terminate the sidecar containers when the main container exits.", "S", "the problem (current state)"),
("For instance, when the main container in a Pod finishes its task and exits, it is expected that accompanying sidecars, such as a log collection sidecar, will also exit actively, so the Job Controller can accurately determine the completion status of the Pod.", "S", "an example of the expected behaviour"),
("However, many sidecar containers may lack an active exit mechanism, and therefore, an additional solution is required to address this issue.", "H", "epistemic 'may lack'; states the need, not the decision"),
# ## Proposal
("OpenKruise has provided the ability to terminate a container via [ContainerRecreateRequest(CRR)](20210316-containerrecreaterequest.md), so we just need to consider the following two things:", "PRS", "reuse CRR, with 'so' giving the reason"),
("How to judge a container is `Main` or `Sidecar` container?", "", "question"),
("When to terminate the sidecar container?", "", "question"),
# ### API: Define Sidecar
("For users, the only action required is to add the specified environment variable to the sidecar container.", "PX", "the reason is the Motivation"),
("Containers without this environment variable will be considered main containers.", "PX"),
# ### Controller: Watch & Generate CRR
("A controller has been designed to monitor all Pods with containers that have the `KRUISE_TERMINATE_SIDECAR_WHEN_JOB_EXIT` environment variable.", "PXS"),
("When all the containers in such a Pod that do not have this variable have exited, the controller will generate a CRR to terminate the marked sidecar containers.", "PXS"),
("CRR operates within the kruise daemon, so users must ensure the kruise daemon running on the node is functioning correctly.", "PRS", "'so users must ensure' follows from the fact before it"),
# ### Pod Running on Virtual-Kubelet
("If a Pod is running on Virtual-Kubelet, CRR will not be able to terminate the containers as the kruise daemon cannot run on Virtual-Kubelet.", "S", "a limitation (fact); causal 'as' explains it"),
("To handle such Pods, a dedicated image must be built that is designed to exit as soon as it is pulled.", "PR", "the limitation right before is the reason; 'To handle such Pods' is the purpose"),
# ### Implementation
("**Pod Event Handler**: Watch the Pods that has `Never/OnFailure` restart policy, and enqueue when all main containers exited.", "PXS"),
("**Sidecar Terminator Controller**: Different strategies are adopted to terminate the sidecar container according to different node types (VK or not).", "PXS"),
]
