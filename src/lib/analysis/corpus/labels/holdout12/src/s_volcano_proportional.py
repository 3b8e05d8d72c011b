DOC = "volcano/proportional"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# ## Background
("Volcano scheduler handles jobs requiring different types of resources, such as GPU, CPU, memory.", "S"),
("Under particular circumstances, we may specify a 'primary' resource(e.g., GPU in deep learning), and preserve the amount of associated 'secondary' resources by a pre-set proportion.", "S", "describes the use case the plugin serves; 'may' is what a user can choose, not doubt"),
("This plugin works in the phase of predicates, dedicates to ensure the node's idle resource is enough for the proportion after jobs requiring secondary resources are scheduled.", "PR", "'dedicates to ensure' states the purpose"),
# ## Scenario of default scheduler
("Considering we have a node with 74CPUs, 8GPUs, 128G memory.", "S", "worked example"),
("As no job is submitted, resource NodeAllocatable is equal to NodeIdle.", "S"),
("Node | NodeAllocatable | NodeIdle", "S", "table header"),
("nodeC0-0 | cpu 74, memory 128G, nvidia.com/gpu 8 | cpu 74, memory 128G, nvidia.com/gpu 8 |", "S"),
("Then two jobs requiring 8CPUs, 8G memory are submitted, and scheduled to the node; the resource status is as below:", "S"),
("Job | Pod | Resource | Node | NodeAllocatable | NodeIdle", "S"),
("default/single-1000-0 | single-1000-0 | cpu 8, memory 8G, nvidia.com/gpu 0 | nodeC0-0 | cpu 74, memory 128G, nvidia.com/gpu 8 | cpu 66, memory 120G, nvidia.com/gpu 8 |", "S"),
("default/single-1000-1 | single-1000-1 | cpu 8, memory 8G, nvidia.com/gpu 0 | nodeC0-0 | cpu 66, memory 120G, nvidia.com/gpu 8 | cpu 58, memory 112G, nvidia.com/gpu 8 |", "S"),
("If we take GPU as primary resource and want to use 1GPU 'binded' with 8CPUs, the left 58 CPUs are insufficient for 8 GPUs; the proportion plugin is designed to solve this problem.", "PRS", "the problem, then the plugin as the answer to it"),
# ## with proportion plugin
("Firstly set the proportion binding in volcano-scheduler.conf:", "PS"),
("The proportion is GPU:CPU:MEMORY=1:8:8, and let the test scenario just as above:", "S", "the example's setting"),
("Node | NodeAllocatable | NodeIdle", "S"),
("nodeC0-0 | cpu 74, memory 128G, nvidia.com/gpu 8 | cpu 74, memory 128G, nvidia.com/gpu 8 |", "S"),
("Job | Pod | Resource | Node | NodeAllocatable | NodeIdle", "S"),
("default/single-1000-0 | single-1000-0 | cpu 8, memory 8G, nvidia.com/gpu 0 | nodeC0-0 | cpu 74, memory 128G, nvidia.com/gpu 8 | cpu 66, memory 120G, nvidia.com/gpu 8 |", "S"),
("default/single-1000-1 | single-1000-1 | cpu 8, memory 8G, nvidia.com/gpu 0 | - | - | - |", "S"),
("After job single-1000-0 is scheduled, the Idle resource is 8GPUs, 66CPUs, 120G memory.", "S"),
("During the predicate phase, this plugin calculates the resource left if job single-1000-1 is scheduled `(node.Idle.CPU - task.Resreq.CPU < node.Idle.GPU * cpuRatio || node.Idle.Memory - task.Resreq.Memory < node.Idle.GPU * memoryRatio)` ; the result is 8GPUs, 58CPUs, 112G memory, that unsatisfied the 1:8:8 proportion.", "PXS", "the plugin's rule, shown on the example; the reason is in Background"),
("Therefore, nodeC0-0 is removed from the predicateNodes, and NodeIdle remains 8GPUs, 66CPUs, 120G memory.", "S", "the example's outcome"),
]
