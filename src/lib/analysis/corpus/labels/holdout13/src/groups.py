"""Group labels for holdout 13: five Chaos Mesh RFCs (chaos-mesh/rfcs, text/, 2020-2022, several
authors) that build out the same platform: authentication and authorization on Chaos Dashboard,
the unified selector of the controller framework, physical machine chaos (a new chaos type driving
chaosd), physical machine auth (a PhysicalMachine resource, RBAC and mTLS) and status checks in
Workflow. Read as one group of related design docs (definitions: /work/shared/samples/README.md;
format: the "groups" of labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

Template: the RFC template's section headings (template.md of chaos-mesh/rfcs), where a document
keeps them.
"""
C = 'chaos-mesh-rfcs/'
AUTHN, SEL, PMC, PMA, WSC = (C + n for n in ('authn-authz-dashboard', 'unified-selector', 'physical-machine-chaos', 'physical-machine-auth', 'workflow-status-check'))


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "chaos-mesh-platform-rfcs": {
        "note": "Five RFCs that extend one platform. They share four habits: access control is delegated to Kubernetes RBAC (ServiceAccount tokens, Role/ClusterRole) instead of a permission system of Chaos Mesh's own, argued against the alternative in the dashboard RFC; new things are modelled as Kubernetes custom resources (PhysicalMachineChaos, PhysicalMachine, StatusCheck), argued against a new selector in the physical-machine-chaos RFC; experiment targets are chosen by selectors, which the physical-machine-chaos RFC set aside (chaosd addresses) and the physical-machine-auth RFC reinstated (the address field removed); and Chaos Dashboard and Workflow are the places users create and orchestrate experiments, which new features reuse.",
        "recurring_decisions": [
            {"id": "kubernetes-rbac-for-access-control",
             "summary": "Access to experiments is controlled by Kubernetes RBAC (ServiceAccount tokens, Role/ClusterRole bindings), not by a permission system built into Chaos Mesh",
             "docs": [AUTHN, PMA],
             "evidence": ev(AUTHN, "This solution depends on kubernetes rbac, reducing many logics for permission management.", "Implement a full-featured rbac platform inner the chaos-dashboard.")
             + ev(PMA, "there is no need to change the existing `Role`/`ClusterRole` content, because the access to `PhysicalMachine` is included in the api group of `chaos-mesh.org`.", "One option considered is to directly use the `resourceNames` field in Kubernetes RBAC"),
             "controversial": True,
             "topic_keywords": ["rbac", "Role", "ClusterRole", "ServiceAccount", "permission", "authorization", "access"]},
            {"id": "service-account-token-login",
             "summary": "End users authenticate with a Kubernetes ServiceAccount token, the same for physical machine chaos as for other chaos",
             "docs": [AUTHN, PMA],
             "evidence": ev(AUTHN, "Users are asked for a `Service Account Token` to login.")
             + ev(PMA, "end-user authentication on physical machine chaos (same with other chaos which is using token)"),
             "controversial": False,
             "topic_keywords": ["token", "Service Account Token", "login", "authentication"]},
            {"id": "model-as-custom-resource",
             "summary": "A new capability is modelled as a Kubernetes custom resource with its own spec and status (PhysicalMachineChaos, PhysicalMachine, StatusCheck), not as a variant of an existing one",
             "docs": [PMC, PMA, WSC],
             "evidence": ev(PMC, "Add a new crd named `PhysicalMachineChaos` , the config includes:", "Implement physical machine chaos as a new chaos type in Chaos Mesh.")
             + ev(PMA, "a resource needs to be introduced to represent the physical machine, which is the new custom resource `PhysicalMachine`.")
             + ev(WSC, "Saving the history of `StatusCheck` in the `status` of `StatusCheck`"),
             "controversial": True,
             "topic_keywords": ["crd", "custom resource", "CR", "PhysicalMachineChaos", "PhysicalMachine", "StatusCheck", "new chaos type"]},
            {"id": "select-targets-with-selectors",
             "summary": "Experiment targets are chosen by selector specifications handled in one place (the unified selector; the selector field of PhysicalMachineChaos), not by addresses or per-chaos code; the physical-machine-chaos RFC had used chaosd addresses and the auth RFC removed them",
             "docs": [SEL, PMC, PMA],
             "evidence": ev(SEL, "An unified selector framework in the controller framework could solve this problem.", "The controller will iterate this map to select every `SelectSpec`.")
             + ev(PMC, "address: the addresses of chaosd server.", "This means we need to implement the physical machine selector for every chaos.")
             + ev(PMA, "Remove the `address` field in `PhysicalMachineChaos`, and use the `selector` field to filter the injection range of the experiment."),
             "controversial": True,
             "topic_keywords": ["selector", "select", "SelectSpec", "address", "targets", "labelSelectors"]},
            {"id": "reuse-dashboard-and-workflow",
             "summary": "New features are created and run through Chaos Dashboard and orchestrated with Workflow, reusing them rather than adding separate entry points",
             "docs": [PMC, WSC],
             "evidence": ev(PMC, "Implement physical machine chaos in Chaos Mesh, and then we can reuse the Dashboard and workflow for it.")
             + ev(WSC, "Users can create `StatusCheck` by referring to the `StatusCheck Template` or by customizing it on Chaos Dashboard.", "then it is recommended to use `Workflow`."),
             "controversial": False,
             "topic_keywords": ["Chaos Dashboard", "dashboard", "workflow", "Workflow", "reuse"]},
        ],
        "non_decision_mentions": [
            {"doc": PMC, "quote": "Now we have implemented some chaos in [Chaosd](https://github.com/chaos-mesh/chaosd), which is used to inject fault to the physical machine.", "topic": "chaosd"},
            {"doc": SEL, "quote": "For example, the IOChaos should select volumes, but it selects container now", "topic": "selector"},
            {"doc": WSC, "quote": "When currently executing chaos workflows, the user cannot quickly determine the impact of the chaos workflow on the system.", "topic": "workflow"},
            {"doc": AUTHN, "quote": "Users could create, suspend, get, and delete chaos experiments via chaos-dashboard.", "topic": "dashboard"},
        ],
        "incidental_recurring": [],
        "template_lines": tl([AUTHN, PMA, WSC], "## Summary", "## Motivation", "## Detailed design", "## Drawbacks", "## Alternatives", "## Unresolved questions")
        + tl([SEL], "## Summary", "## Motivation", "## Alternatives"),
    }
}
