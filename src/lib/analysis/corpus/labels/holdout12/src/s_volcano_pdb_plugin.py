DOC = "volcano/pdb-plugin"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Pod Disruption Budget (PDB) Plugin
# ## Introduction
("When users apply jobs to volcano, they may limit the number of Pod copies that are destroyed at the same time.", "S", "'may' states what users can choose, not doubt"),
("This restriction is often limited by the [PDB resources](https://kubernetes.io/docs/tasks/run-application/configure-pdb/) created by the user.", "S", "'often' describes frequency; not a listed hedge"),
("So PDB plugin is provided to meet the PBD constraints set by the user during the Volcano scheduling process.", "PRS", "'So' after the need, and 'to meet'"),
# ## Usage
("Firstly, please ensure that your k8s version is at least 1.21 and that you have created the PDB resource.", "PS"),
("Secondly, user can open `PDB Plugin` via `volcano-scheduler-configmap` in following format:", "PS", "how the plugin is enabled (a design choice shared by the group)"),
("*PDB Plugin can be used in any one action of reclaim, preempt, shuffle*", "PS"),
# ## Solution
("The plugin register , `ReclaimableFn`, `PreemptableFn` and `VictimTasksFn` in `Reclaim`, `Preempt` and `Shuffle` action to filter out tasks that violate the PDB constraint.", "PRS", "'to filter out' is the purpose"),
("The execution flow chart of filter process of `pdb` plugin is shown as below:", "S"),
("*`DisruptedPods` contains information about pods whose eviction was processed by the API server eviction subresource handler but has not yet been observed by the PodDisruptionBudget controller.*", "S", "a note describing a Kubernetes field"),
# ### About the Cache
("The PDB plugin first registers `informerFactory.Policy().V1().PodDisruptionBudgets()` in `newSchedulerCache()` function.", "PS"),
("Then the plugin adds `v1.PodDisruptionBudgetLister` variable to type definition and inits it with `informerFactory.Policy().V1().PodDisruptionBudgets().Lister()` in `New()` function.", "PS"),
("Finally the plugin uses this `Lister` to list the PDBs from the informer cache.", "PS", "'to list' is the object of 'uses', not a reason"),
# ## Feature Interaction
("By now we only need 1 argument `sla-waiting-time`, so I add it into annotations for simplicity and invocation, but when `sla` plugin is extended with more arguments, a better way to invoke this plugin may be job plugin like `svc` and `ssh`.", "T", "copied verbatim from the SLA plugin design (it is about the sla plugin, not PDB): text repeated verbatim across documents is template, and no finding should land on it here"),
]
