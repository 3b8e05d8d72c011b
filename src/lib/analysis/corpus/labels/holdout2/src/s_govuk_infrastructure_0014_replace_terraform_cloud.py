DOC = "govuk-infrastructure/0014-replace-terraform-cloud"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # 14. Replace Terraform Cloud backend with AWS S3
("Date: 2025-06-10", "T", "metadata line"),
# ## Status
("Accepted", "T", "status value under the template Status heading"),
# ## Context
("GOV.UK's infrastructure-as‑code currently stores Terraform state in **Terraform Cloud**.", "S"),
("We have **93 workspaces** (each with integration, staging, and production environments) and pay a lot for the service.", "S"),
("While Terraform Cloud gives us managed state, variable sets, secret interpolation, and a friendly UI, its cost and proprietary lock‑in are no longer acceptable.", "S", "assessment in Context, not a rule"),
("A renewal decision is due within six months.", "S", "'within six months' is a deadline"),
("S3‑backed state with S3 native locking has matured, and AWS already meets our security baseline (Server-Side Encryption (SSE) using AWS Key Management Service (KMS), CloudTrail, GuardDuty).", "S"),
("We estimate an annual cost of **<£100**, a >99% saving.", "S"),
# ## Decision
("**Adopt S3 as the canonical Terraform backend** for all workspaces.", "PSX", "Decision item; reasons (cost, lock-in) are in the Context section"),
("Provision **one bucket per environment**:", "P", "imperative; 'one bucket per environment' has no named system in the sentence itself"),
("`govuk-terraform-state-integration`", "S", "bucket name in the list under the Provision item; the rule is the lead-in"),
("`govuk-terraform-state-staging`", "S", "bucket name, as above"),
("`govuk-terraform-state-production` with versioning, bucket‑level public‑access blocks and SSE‑KMS.", "PS", "the 'with versioning...' clause prescribes settings for all buckets"),
("Retain object versions for **90 days** via an S3 lifecycle rule.", "PS"),
("Manage these resources through a shared `state-backend` Terraform module in `govuk-infrastructure`.", "PS"),
("Example workspace backend block:", "", "label for a code block"),
("**Access controls**", "", "bold label line"),
("CI role `github-actions-tf` (or *Atlantis*, pending spike) – write + lock.", "PS", "access rule; pending spike is not a hedge word"),
("Human role `govuk-platform-engineer` – read/write for break‑glass only.", "PS"),
("**Migration plan**: workspace‑by‑workspace, beginning with integration; fallback is to repoint the backend to Terraform Cloud.", "PS"),
("We will cancel the Terraform Cloud subscription once we have migrated all the workspaces; this ADR will move to *Accepted*.", "PSX", "the second clause ('this ADR will move to Accepted') is a status note"),
# ## Consequences
# ### Positive
("Reduces infrastructure as code platform spend by ≥99%.", "S", "consequence (benefit), not a rule"),
("Removes vendor lock‑in; state lives wholly inside our AWS org.", "S"),
("Leverages existing AWS security tooling and auditing.", "S"),
("Aligns with open source, Cloud Native Computing Foundation‑standard workflows.", "S"),
# ### Negatives and risks
("Loss of Terraform Cloud convenience features (run UI, drift detection, cost estimation).", "S"),
("*Mitigation:* self‑hosted GitHub Actions runner or Atlantis; `Infracost`; scheduled drift plans.", "PRS", "planned mitigation; the risk it answers is the line right before"),
("Mis‑configured bucket access control lists or KMS access cab expose or corrupt state.", "S", "'can' (typo 'cab') is a technical possibility"),
("*Mitigation:* module tests, CI policy checks, Slack alerts on failed state writes or locks.", "PRS"),
("Pipeline‑runner security: anyone with repository write might gain infrastructure access.", "H", "epistemic 'might'"),
("*Mitigation:* decide between hardened self‑hosted GitHub Actions runners or Atlantis.", "PRS"),
# ### Follow‑ups
("Complete runner spike and update ADR with chosen solution.", "P", "follow-up action; no named system"),
("Automate monthly cost report comparing S3 spend and historical Terraform Cloud invoice.", "PS"),
("Document onboarding steps for new workspaces.", "P"),
]
