DOC = "volcano/sla-plugin"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Service Level Agreement (SLA) Plugin
# ## Introduction
("When users apply jobs to volcano, they may need adding some particular constraints to job, for example, longest Pending time aiming to prevent job from starving.", "HS", "epistemic 'may need'"),
("And these constraints can be regarded as Service Level Agreement (SLA) which are agreed between volcano and user.", "S"),
("So sla plugin is provided to receive and realize SLA settings for both individual job and whole cluster.", "PRS", "'So' after the need"),
# ## Solution
("In sla plugin, arguments `sla-waiting-time` is provided to realize job resource reservation: `sla-waiting-time` is maximum time one job should stay `Pending` or `inqueue` status and not be allocated.", "PRS", "'to realize job resource reservation'"),
("When `sla-waiting-time` is over, `sla` plugin sets the job to be `inqueue` in `enqueue` action immediately.", "PXS", "reason (starving jobs) in the Introduction"),
("Then `sla` plugin locks idle resources pre-allocated to pods of this job in `allocate` action, even if the job has not been `Ready` yet.", "PXS"),
("In this way, `sla` plugin realizes large job election and resource reservation, thus replaces `elect` & `reserve` action in v1.1.0.", "PRS", "the replacement, with the means-benefit 'In this way ... realizes'"),
("Arguments `sla-waiting-time` can be set for one job, and for all jobs in cluster.", "PS"),
("For one job, user can set them in job annotations in following format:", "P"),
("For all jobs, user can set `sla-waiting-time` field in `sla` plugin arguments via `volcano-scheduler-configmap` in following format:", "PS"),
("`sla` plugin return 3 callback functions: `JobEnqueueableFn`, `JobPipelinedFn`, and `JobOrderFn`:", "PS"),
("`JobEnqueueableFn` returns `Permit` when job waiting time in `Pending` status is longer than  `sla-waiting-time`, and job will go through `enqueue` action and be `inqueue` instantly, regardless of other plugins returning `Reject` or `Abstain` to reject this job from being `inqueue`.", "PXS"),
("`JobPipelinedFn` returns `Permit` when job waiting time in `inqueue` status is longer than `sla-waiting-time`, and job will be `Pipelined` status instantly, regardless of other plugins returning `Reject` or `Abstain` to reject this job from being `Pipelined`.", "PRS", "the next sentence ('In this way allocate action reserves resources ...') gives the effect it is for"),
("In this way `allocate` action reserves resources for pods of the job even if the job is not Ready yet.", "S", "the consequence of the rule before"),
("`JobOrderFn` adjusts the order of this job in waiting queues of `enqueue` & `allocate` action.", "PXS"),
("The more close to  `sla-waiting-time` that job waiting time is, the higher scored of this job in `JobOrderFn` of `sla` plugin, so that job would have larger probability to be front int priority queue, which means that it can touch more idle resources and have higher priority to be `inqueue` and allocated.", "PRS", "'so that'; 'would have larger probability' describes the scoring, not doubt"),
("the execution flow chart of `sla` plugin is shown as below:", "S"),
# ## Feature Interaction
("By now we only need 1 argument `sla-waiting-time`, so I add it into annotations for simplicity and invocation, but when `sla` plugin is extended with more arguments, a better way to invoke this plugin may be job plugin like `svc` and `ssh`.", "PRHS", "'for simplicity and invocation'; 'may be' is epistemic. The same sentence was copied into the PDB plugin design, where it is template"),
]
