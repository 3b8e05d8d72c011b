DOC = "volcano/node-group"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# ## Introduction
("nodegroup is the nodes with the same specified label, on the basis of nodegroup, different queues and nodegroups have some relationship about affinity and anti-affinity.", "", "definition"),
("case1: different departments (like nlp and recommend) use different nodes (nodegroup1 and nodegroup2), nlp queue uses nodegroup1 first, and nodegroup2 can also be used when resources are insufficient, but recommend queue can only use nodegroup2.", "S", "a use case (a need), not a decision; the example queue and group names are identifiers"),
("case2: recommend queue can use private cloud nodes or public cloud nodes, but tts queue can only use private cloud nodes because its task takes a long time, which is not easy to the release of nodes in public cloud (for saving money)", "S", "a use case; its 'because' explains the need"),
("case3: An organization has a hierarchical structure (like engineering -> backend-team and engineering -> frontend-team).", "S"),
("The parent queue (engineering) is associated with production nodegroup, and the jobs submitted by child queues (backend-team, frontend-team) are automatically associated with the nodegroup associated with the parent queue, unless the child queue specifies its own nodegroup affinity.", "S", "the behaviour the use case wants"),
# ## Solution
("First, we need mark out some nodes(add `volcano.sh/nodegroup-name` labels) which are the same group.", "PXS", "the reason is the Introduction's cases"),
("Second, we need to express the relationship between queue and nodegroup, such as affinity and anti-affinity, so I add the `queue.spec.affinity` field in Queue.", "PRS", "'so' after the need"),
# ### Hierarchical Queue Support
("The nodegroup plugin supports hierarchical queue with affinity inheritance.", "PXS", "case3 motivates it"),
("This feature allows child queues to inherit nodegroup affinity configurations from their parent queues when they don't have explicit affinity settings.", "PX"),
# #### Inheritance Rules
("**Direct Inheritance**: A child queue without affinity configuration inherits from its immediate parent queue.", "PX"),
("**Ancestor Inheritance**: If the parent queue also lacks affinity configuration, the child queue inherits from the nearest ancestor that has affinity configured.", "PX"),
("**Root Queue Inheritance**: Queues without explicit parent configuration are considered children of the root queue and can inherit its affinity settings.", "PX", "'are considered' defines, it is not a hedge"),
("**Override Capability**: Child queues can override inherited affinity by specifying their own affinity configuration.", "PX"),
# #### Hierarchy Examples
("**Example 1: Direct Parent Inheritance**", "", "example label"),
("**Example 2: Affinity Override**", "", "example label"),
("affinity configure:", ""),
("affinity.nodeGroupAffinity.requiredDuringSchedulingIgnoredDuringExecution, hard constraints, such as `nlp = nodegroup1,nodegroup2`, it means that task in queue=nlp can only run on the nodes in nodegroup1 or nodegroup2.", "PS"),
("affinity.nodeGroupAffinity.preferredDuringSchedulingIgnoredDuringExecution, soft constraints, such as `nlp = nodegroup1`, it means that task in queue=nlp runs on nodegroup1 first, but if the resources of nodegroup1 is insufficient, it can also run on other nodegroups.", "PS"),
("Combine rule1 and rule2, task in queue=nlp runs on nodegroup1 first,  but if the resources of nodegroup1 is insufficient, it can also run on nodegroup2.", "S", "a worked consequence of the two rules"),
("When `enablePreferredOrder` is enabled in plugin arguments, the order of the list determines priority — earlier entries get higher scores (score formula: `0.5 * BaseScore * (N - i) / N`).", "PS"),
("By default, all preferred nodegroups receive the same score.", "P"),
("affinity.nodeGroupAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution, hard constraints, such as `nlp = nodegroup1`, it means that task in queue=nlp can run on any nodegroups but nodegroup1.", "PS"),
("affinity.nodeGroupAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution, soft constraints, such as `nlp = nodegroup1`, it means that task in queue=nlp runs on any other nodegroups, but if the resources of other nodegroup is insufficient, it can also run on nodegroup1.", "PS"),
("we also need to enable nodegroup plugin.", "PS"),
("risk: The resources of the queue can not be too different from the resources of the nodegroup(such as queue.capability.memory = 1024G,but all the memory of binding nodegroup is 512G), otherwise it may cause that task can be scheduled to run from the queue's point of view, but cannot find a suitable node.", "PRS", "a constraint with 'otherwise' giving the reason; 'may cause' is a conditional technical possibility, not a hedge"),
# ## Implement
("Hard constraints are implemented by using PredicateFn, and soft constraints are implemented by using NodeOrderFn.", "PS"),
("predict flow chart:", ""),
("score flow chart:", ""),
]
