"""Group labels for holdout 11: five Karmada proposals for the Karmada operator (docs/proposals/
karmada-operator/ in karmada-io/karmada, 2024-2025, one author), each adding one configuration knob
to the `Karmada` custom resource that the operator reconciles: suspension of reconciliation, a
priority class name for control-plane components, the validity period of leaf certificates, etcd
client credentials from a Secret, and API server sidecar containers. Read as one group of related
design docs (definitions: /work/shared/samples/README.md; format: the "groups" of
labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

Template is what the Karmada proposal template puts in every proposal: the front-matter keys and the
section headings.
"""
K = 'karmada/operator-'
RS, PC, LC, EE, SC = (K + n for n in ('reconciliation-suspension', 'component-priority-class-name',
                                      'custom-leaf-cert-validity', 'external-etcd-credentials-ref',
                                      'api-server-sidecard-containers'))
ALL = [RS, PC, LC, EE, SC]


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "karmada-operator": {
        "note": "Five proposals (2024-2025) that extend the Karmada operator's `Karmada` API one knob at a time. They share three habits: the knob is a new optional field on an existing API struct, leaving the field out keeps today's behaviour (backward compatibility is stated as a goal or a mitigation every time), and the operator honours the field inside its existing reconcile loop by checking whether it is set. The sentence 'During the reconciliation process, the Karmada operator will:' recurs verbatim in three of them and is not used as evidence (verbatim repetition reads as the author's template).",
        "recurring_decisions": [
            {"id": "new-optional-field-on-the-karmada-api",
             "summary": "Expose the new capability as a new optional field on an existing struct of the Karmada operator API (KarmadaSpec.suspend, CommonSettings.priorityClassName, CustomCertificate.LeafCertValidityDays, ExternalEtcd.SecretRef, KarmadaAPIServer.SidecarContainers) rather than as operator flags or a new resource",
             "docs": ALL,
             "evidence": ev(RS, "Add the optional `suspend` **boolean** field to the `Karmada` spec:")
             + ev(PC, "Introduce a new optional `priorityClassName` field in the `CommonSettings` struct")
             + ev(LC, "The proposal introduces a new optional field, `LeafCertValidityDays`, in the `CustomCertificate` struct")
             + ev(EE, "Introduce a new field, `SecretRef`, within the `ExternalEtcd` configuration to reference a Kubernetes secret")
             + ev(SC, "Introduce support for configuring sidecar containers for the Karmada API server."),
             "controversial": False,
             "topic_keywords": ["optional field", "new field", "KarmadaSpec", "CommonSettings", "CustomCertificate", "ExternalEtcd", "KarmadaAPIServer", "struct", "API changes"]},
            {"id": "absent-field-keeps-current-behaviour",
             "summary": "Backward compatibility by default: when the new field is not set, the operator behaves exactly as before (reconcile as usual, system-node-critical, one-year certificates, the inline etcd fields kept, only the API server container)",
             "docs": ALL,
             "evidence": ev(RS, "if not explicitly set to `true`, all existing objects will continue to be reconciled as they do today")
             + ev(PC, "Default to `system-node-critical` to maintain backward compatibility.")
             + ev(LC, "if no validity period is provided, the operator will default to the current behavior of 1 year, maintaining backward compatibility")
             + ev(EE, "The existing inline configuration fields will be preserved to maintain backward compatibility.")
             + ev(SC, "Maintain the current deployment behavior with only the API server container."),
             "controversial": False,
             "topic_keywords": ["backward compatibility", "default", "current behavior", "not specified", "existing", "optional"]},
            {"id": "reconcile-loop-checks-whether-the-field-is-set",
             "summary": "The operator applies the knob inside its existing reconcile loop: check whether the field is set on the object being reconciled, act on it if so, otherwise keep the old path",
             "docs": [RS, PC, LC, SC],
             "evidence": ev(RS, "Inspect the `suspend` field for each `Karmada` object to be reconciled.")
             + ev(PC, "Check if `priorityClassName` is specified in the component’s `CommonSettings`.")
             + ev(LC, "Check if `CustomCertificate.LeafCertValidityDays` is set.")
             + ev(SC, "Check if `SidecarContainers` is specified in the KarmadaAPIServer spec."),
             "controversial": False,
             "topic_keywords": ["reconcile", "reconciliation", "check if", "specified", "is set", "controller"]},
        ],
        "non_decision_mentions": [
            {"doc": SC, "quote": "Once set up, the API server communicates to the plugin over a UNIX domain socket via gRPC.", "topic": "api server"},
            {"doc": EE, "quote": "Today, the Karmada operator stores the in-cluster etcd client credentials in a secret.", "topic": "secret"},
            {"doc": RS, "quote": "Other CNCF project operators expose a pause/suspend flag", "topic": "operator"},
        ],
        "incidental_recurring": [],
        "template_lines": tl(ALL, "title:", "authors:", "reviewers:", "approvers:", "creation-date:", "## Summary", "## Motivation", "Goals")
        + tl([PC, LC, SC], "## Design Details", "#### Story 1")
        + tl([RS, PC, LC], "Risks and Mitigations")
        + tl([RS, PC, LC, SC], "User Stories"),
    }
}
