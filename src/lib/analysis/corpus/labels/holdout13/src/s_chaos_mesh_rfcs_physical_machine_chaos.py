DOC = "chaos-mesh-rfcs/physical-machine-chaos"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Implement Physical Machine Chaos in Chaos Mesh
# ## Background
("Now we have implemented some chaos in [Chaosd](https://github.com/chaos-mesh/chaosd), which is used to inject fault to the physical machine.", "S"),
("It's a simple command-line tool, and also can work as a server.", ""),
("It lacks UI（just like Chaos Mesh Dashboard to create and manage experiments, and can't orchestrate the experiment just like the [workflow](https://chaos-mesh.org/docs/create-chaos-mesh-workflow).", "S"),
# ## Proposal
("Implement physical machine chaos in Chaos Mesh, and then we can reuse the Dashboard and workflow for it.", "PRS", "'and then we can reuse the Dashboard and workflow'"),
("There are two ways to implement it:", ""),
# ### 1. Treat physical machines as a new selector
("In this way, we will reuse the chaos type in Chaos Mesh, and implement a new selector to choose physical machines.", "S", "describes option 1, which is not chosen"),
("For example, below is a YAML config for NetworkChaos:", "S"),
("It will inject network delay on all pods in the busybox namespace.", "S"),
("For physical machine, we can implement a new selector, the YAML config may looks like:", "H", "'may looks like' about an example of the rejected option"),
("We replace the selector `namespaces` to `physicalMachines` , and the `123.123.123.123:123` and `124.124.124.124:124` are the addresses of Chaosd server.", "S"),
# #### Advantage of proposal 1
("The physics experiment and K8s experiment are unified, the only difference is the selectors.", "S"),
# #### Disadvantage of proposal 1
("Higher implementation costs.", ""),
("We know that Chaos Mesh is designed for K8s, there are too many codes coupled to K8s.", "S"),
("The chaos type is related to a selector, which means each chaos has only one target type.", ""),
("For example, DNSChaos inject fault to some containers, NetworkChaos inject fault to some pods.", "S"),
("This means we need to implement the physical machine selector for every chaos.", "", "consequence of option 1"),
("The config and implementation of the same chaos type for K8s and physical machines are different, like DNSChaos, JVMChaos, etc. It is difficult to unify them.", "S"),
# ### 2. Treat chaos on the physical machine as a new chaos type
("Implement physical machine chaos as a new chaos type in Chaos Mesh.", "PXS", "option 2, the one chosen in the Summary; reasons under its Advantages"),
("Add a new crd named `PhysicalMachineChaos` , the config includes:", "PXS"),
("action: the subtypes of `PhysicalMachineChaos`, the action can be `stress-cpu`, `stress-mem`, `network-delay`, `network-loss` and so on.", "PXS"),
("address: the addresses of chaosd server.", "PXS"),
("config related to the action: for example, for `stress-cpu` action, we need to set `load` and `workers`.", "PXS"),
("Here is the sample YAML config for network delay:", ""),
("Here is the sample YAML config for CPU stress:", ""),
# #### Advantage of proposal 2
("Experiments for the physical machine are relatively independent, and the implementation of it has no effect on other chaos.", ""),
("Low development cost.", ""),
# #### Disadvantage of proposal 2
("We need to define a lot of chaos subtypes in the `PhysicalMachineChaos` , it's a bit complicated to define it.", "S"),
# ### Summary
("I prefer to develop through the second option, keep the physical machine experiment separate, so it is more flexible.", "PR", "'so it is more flexible'"),
]
