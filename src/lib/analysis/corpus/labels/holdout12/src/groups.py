"""Group labels for holdout 12: five design docs for plugins of the Volcano batch scheduler
(docs/design/ in volcano-sh/volcano, 2021-2026, several authors): the PDB plugin (respect
PodDisruptionBudgets when evicting), the SLA plugin (a maximum waiting time per job), the TDM plugin
(time-division multiplexing of nodes shared with Yarn), the nodegroup plugin (queue affinity to groups
of labelled nodes) and the proportion plugin (keep CPU and memory in proportion to a primary resource
such as GPU). Read as one group of related design docs (definitions: /work/shared/samples/README.md;
format: the "groups" of labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

Template: the shared section headings, and one sentence of the SLA design's "Feature Interaction"
that was copied verbatim into the PDB design (it still talks about `sla-waiting-time`).
"""
V = 'volcano/'
PDB, SLA, TDM, NG, PR = (V + n for n in ('pdb-plugin', 'sla-plugin', 'tdm-plugin', 'node-group', 'proportional'))
ALL = [PDB, SLA, TDM, NG, PR]


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "volcano-scheduler-plugins": {
        "note": "Five designs, each adding one plugin to the Volcano scheduler. They share three habits: the plugin is switched on and configured as an entry under `tiers: plugins:` of the scheduler configuration (volcano-scheduler-configmap / volcano-scheduler.conf); it works by registering callback functions with the scheduler framework's actions and phases (PredicateFn, NodeOrderFn, PreemptableFn, VictimTasksFn, JobOrderFn ...); and users opt objects in with a label or annotation on nodes, pods or jobs. The third is argued once: the SLA design puts its argument in a job annotation 'for simplicity' and says a job plugin may be a better way later. The TDM and nodegroup designs also split hard constraints (PredicateFn) from preferences (NodeOrderFn).",
        "recurring_decisions": [
            {"id": "enable-in-scheduler-conf-tiers",
             "summary": "The plugin is enabled, and its arguments set, as a named entry under `tiers: plugins:` in the Volcano scheduler configuration (volcano-scheduler-configmap / volcano-scheduler.conf), not through a new API object or flag",
             "docs": ALL,
             "evidence": ev(PDB, "Secondly, user can open `PDB Plugin` via `volcano-scheduler-configmap` in following format:")
             + ev(SLA, "For all jobs, user can set `sla-waiting-time` field in `sla` plugin arguments via `volcano-scheduler-configmap` in following format:")
             + ev(TDM, "Add `tdm` plugin and config for volcano scheduler.")
             + ev(NG, "we also need to enable nodegroup plugin.")
             + ev(PR, "Firstly set the proportion binding in volcano-scheduler.conf:"),
             "controversial": False,
             "topic_keywords": ["volcano-scheduler-configmap", "volcano-scheduler.conf", "tiers", "plugins", "arguments", "enable", "config"]},
            {"id": "register-scheduler-framework-callbacks",
             "summary": "The plugin changes scheduling only by registering callback functions with the scheduler framework's actions and phases (ReclaimableFn/PreemptableFn/VictimTasksFn, JobEnqueueableFn/JobPipelinedFn/JobOrderFn, PredicateFn/NodeOrderFn, the predicate phase)",
             "docs": ALL,
             "evidence": ev(PDB, "The plugin register , `ReclaimableFn`, `PreemptableFn` and `VictimTasksFn` in `Reclaim`, `Preempt` and `Shuffle` action")
             + ev(SLA, "`sla` plugin return 3 callback functions: `JobEnqueueableFn`, `JobPipelinedFn`, and `JobOrderFn`:")
             + ev(TDM, "Add `VictimTasksFn` for scheduler framework, it returns all the tasks which will be evicted in the scheduler period.")
             + ev(NG, "Hard constraints are implemented by using PredicateFn, and soft constraints are implemented by using NodeOrderFn.")
             + ev(PR, "This plugin works in the phase of predicates"),
             "controversial": False,
             "topic_keywords": ["callback", "PredicateFn", "NodeOrderFn", "PreemptableFn", "VictimTasksFn", "JobOrderFn", "action", "predicate", "scheduler framework"]},
            {"id": "opt-in-by-label-or-annotation",
             "summary": "Users opt objects in with a label or annotation: `sla-waiting-time` on a job, `volcano.sh/preemptable` on pods and `volcano.sh/revocable-zone` on nodes, `volcano.sh/nodegroup-name` on nodes; the SLA design argues the alternative (a job plugin) for later",
             "docs": [SLA, TDM, NG],
             "evidence": ev(SLA, "so I add it into annotations for simplicity and invocation, but when `sla` plugin is extended with more arguments, a better way to invoke this plugin may be job plugin like `svc` and `ssh`")
             + ev(TDM, "Add `volcano.sh/revocable-zone: rz1` label for nodes.")
             + ev(NG, "First, we need mark out some nodes(add `volcano.sh/nodegroup-name` labels) which are the same group."),
             "controversial": True,
             "topic_keywords": ["annotation", "label", "volcano.sh/", "mark out", "nodes", "job plugin"]},
            {"id": "hard-constraints-in-predicate-preferences-in-node-order",
             "summary": "Hard placement constraints are enforced in PredicateFn (filter nodes) and preferences in NodeOrderFn (score nodes)",
             "docs": [TDM, NG],
             "evidence": ev(TDM, "NodeOrderFn: For the `preemptable task`, they preferred to use `revocable nodes` in revocable time period.")
             + ev(NG, "Hard constraints are implemented by using PredicateFn, and soft constraints are implemented by using NodeOrderFn."),
             "controversial": False,
             "topic_keywords": ["PredicateFn", "NodeOrderFn", "hard constraints", "soft constraints", "preferred", "score"]},
        ],
        "non_decision_mentions": [
            {"doc": PR, "quote": "Volcano scheduler handles jobs requiring different types of resources, such as GPU, CPU, memory.", "topic": "resources"},
            {"doc": TDM, "quote": "In a co-located environment, some nodes are in both Kubernetes cluster and Yarn cluster.", "topic": "nodes"},
            {"doc": PDB, "quote": "contains information about pods whose eviction was processed by the API server eviction subresource handler", "topic": "eviction"},
        ],
        "incidental_recurring": [],
        "template_lines": tl([PDB, SLA], "By now we only need 1 argument `sla-waiting-time`, so I add it into annotations for simplicity and invocation", "## Feature Interaction")
        + tl([PDB, SLA, TDM], "## Introduction")
        + tl([PDB, SLA, TDM, NG], "## Solution"),
    }
}
