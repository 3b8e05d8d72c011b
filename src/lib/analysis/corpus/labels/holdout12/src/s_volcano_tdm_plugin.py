DOC = "volcano/tdm-plugin"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Time Division Multiplexing (TDM) plugin
# ## Introduction
("In a co-located environment, some nodes are in both Kubernetes cluster and Yarn cluster.", "S"),
("For these nodes, Kubernetes and Yarn cluster can use these resource by time-sharing multiplexing.", "S"),
("For example, in 8:00~24:00 the on-line service in kubernetes can use these nodes.", "S", "an example"),
("And in 0:00~8:00, kubernetes need evict the workload on these nodes, left the resource for Yarn cluster.", "S", "part of the example, not a decision"),
# ## Solution
("First, we need mark out these nodes(by add `volcano.sh/revocable-zone` for nodes) which are in both Kubernetes cluster and Yarn cluster.", "PXS", "the reason is the Introduction's time sharing"),
("We call these node are `revocable node`.", "", "a coined term, not a named system"),
("For the kubernetes workload, we add `volcano.sh/preemptable: \"true\"` annotation for pod/podgroup to distinguish which pod can be dispatched to the `revocable node`.", "PRS", "'to distinguish' is the purpose"),
("We call these pod are `preemptable task`.", ""),
("TDM plugin enhance the volcano time-sharing multiplexing resource ability.", "S", "a claim about the plugin"),
("It will try to dispatch `preemptable task` to `revocable node` in node revocable time and evict the `preemptable task` from `revocable node` out of revocable time.", "PXH", "'try to' (a listed hedge) applied even though it describes best-effort behaviour"),
("Add `volcano.sh/preemptable` annotation for Pod/PodGroup.", "PXS"),
("For volcano job when add this annotation in job level, Pod/PodGroup will inherit this annotation.", "PS"),
("The pod with `volcano.sh/preemptable: \"true\"` annotation can be dispatched to `revocable node`.", "PS"),
("Otherwise, the pod can not be dispatched to `revocable node`.", "P", "'Otherwise' is the other branch of the rule, not a reason"),
("Add `tdm` plugin and config for volcano scheduler.", "PS"),
("`tdm.revocable-zone` is a const prefix(), `rz1` is the revocable zone name and the value is a time frame.", "S", "explains the configuration keys (a definition)"),
("Add `volcano.sh/revocable-zone: rz1` label for nodes.", "PS"),
("Nodes which have this label is a `revocable node`.", "", "definition"),
("The value indicates in which time period, the node can be used by kubernetes (run pod).", "S", "definition"),
("Add `VictimTasksFn` for scheduler framework, it returns all the tasks which will be evicted in the scheduler period.", "PS"),
("TDM plugin:", "S", "a list label"),
("PredicateFn: For the `non-preemptable task`, they can not use `revocable nodes`; For the `preemptable task`, they can use `revocable node` in revocable time period, otherwise they also can not use the `revocable node`.", "PS"),
("NodeOrderFn: For the `preemptable task`, they preferred to use `revocable nodes` in revocable time period.", "PS"),
("VictimTasksFn: In 1VictimTasksFn1, the plugin can decide which tasks/pods should be evicted, e.g. based on Job/PodGroup info.", "PS", "'1VictimTasksFn1' is the author's typo for backticks"),
("PreemptableFn: When there is `non-preemptable task` pending, select appropriate `preemptable task` on `non-revocable nodes` to evict.", "PS", "'to evict' is the object, not a reason"),
# ## Feature interaction
("Preempt action: This TDM plugin need work with preempt action.", "PRS", "the next sentence says why (otherwise PreemptableFn is missed)"),
("If does not config preempt action, TDM plugin will miss PreemptableFn.", "S", "the consequence"),
]
