DOC = "karmada/operator-reconciliation-suspension"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Support Suspension of Reconciliation for Karmada Control Planes", "T"),
("authors:", "T"),
("\"@jabellard\"", "T"),
("reviewers:", "T"),
("\"@RainbowMango\"", "T"),
("approvers:", "T"),
("\"@RainbowMango\"", "T"),
("creation-date: 2025-05-08", "T"),
# # Support Suspension of Reconciliation for Karmada Control Planes
# ## Summary
("This proposal adds support to pause/suspend the reconciliation of a Karmada resource by the operator.", "PXS"),
("When paused/suspended, the operator should refrain from enqueuing reconciliation requests for changes to the primary `Karmada` resource, or any of its related objects.", "PXS"),
# ## Motivation
("**Emergency Troubleshooting** Platform engineers can hot‑patch components without having the Karmada operator overwrite their critical emergency patches.", "S"),
("**Coordinated Maintenance** During multi‑step upgrades, teams can freeze reconciliation of control planes, validate each phase, then proceed.", ""),
("**Blast-Radius Control** Pausing the reconcile loop of a resource during incidents prevents automation that can worsen outages.", ""),
("**Ecosystem Consistency** Other CNCF project operators expose a pause/suspend flag; adopting the same pattern will feel familiar to users and tooling.", "S"),
# ## Goals
("Provide an opt-in mechanism to pause reconciliation for an individual `Karmada` resource.", "PXS"),
("Resume reconciliation deterministically when the pause is removed.", "PX"),
("Maintain full backward compatibility— `Karmada` objects that do not use the feature will behave exactly as they do today.", "PRS", "the dash clause says what backward compatibility means here; read as the benefit"),
# ## Non-Goals
("Pausing at a per-component granularity (e.g., only the karmada scheduler).", "S"),
# ## Proposal
# ### API Changes
("Add the optional `suspend` **boolean** field to the `Karmada` spec:", "PXS"),
# ## User Stories
("**Emergency Troubleshooting** As a platform engineer, I want the ability to hot‑patch control plane components without having the Karmada operator overwrite my critical emergency patches.", "S"),
("**Blast‑radius Control** As a platform engineer, I want the ability to pause the reconcile loop of a resource during incidents to prevents automation that can worsen outages.", ""),
# ## Risks and Mitigations
# ### Backward Compatibility
("Existing installations are not aware of this new field.", ""),
("**Mitigation**: The new field is completely optional; if not explicitly set to `true`, all existing objects will continue to be reconciled as they do today.", "PRS", "a mitigation: the reason is the risk in the sentence before"),
# ## Implementation Plan
("Add `suspend` boolean field to the `KarmadaSpec` struct.", "PXS"),
("Update the controller reconcile logic to:", "PX"),
("Inspect the `suspend` field for each `Karmada` object to be reconciled.", "PXS"),
("If explicitly set to `true`, the controller will refrain from enqueueing reconciliation requests for the object.", "PXS"),
("Otherwise, reconciliation will continue to behave as is today.", "PX"),
]
