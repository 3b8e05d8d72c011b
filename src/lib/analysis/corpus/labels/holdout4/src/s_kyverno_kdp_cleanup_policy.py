DOC = "kyverno-kdp/cleanup-policy"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # New Policy Type - DeletingPolicy
("Name: New Policy Type - Cleanup Policy", "T"),
("Start Date: 2025-05-07", "T"),
("Update data 2025-05-07", "T"),
("Author(s): fjogeleit, eddycharly", "T"),
("Supersedes: N/A", "T"),
# # Table of Contents
("[Meta](#meta)", "T"),
("[Table of Contents](#table-of-contents)", "T"),
("[Overview](#overview)", "T"),
("[Motivation](#motivation)", "T"),
("[Proposal](#proposal)", "T"),
# # Overview
("Reimplementation of CleanupPolicies as part of the new CEL driven and vap/map inspired policy types.", "PSX", "the decision; reasons in Motivation"),
("See [Kyverno Design Proposal - New Policy Types](https://github.com/kyverno/KDP/pull/66)", "T", "link-only line"),
# # Motivation
("As the Kubernetes ecosystem and feature set has evolved, CEL has become the preferred method for defining build-in policies.", "S"),
("As part of our initiative to align our policy APIs with the new Kubernetes build-in types, we want to provide new policy types for our existing feature set to align with these standards, improve usability and performance, and lower the barrier to entry for new users.", "PRS", "'to align ..., improve ..., lower ...' are benefits"),
# # Proposal
("Supporting the same featureset as the existing DeletingPolicy type", "PSX"),
("Using generic and similar APIs as arealdy implemented new policy types like ValidatingPolicy", "PSX"),
("MatchConstraints for resource selection", "PSX"),
("Conditions which using the MatchCondition API to define CEL based expressions for resource targeting", "PSX"),
# ## DeletingPolicy API
("This example showcases the conversion of the current CleanupPolicy API to the new CEL based approach.", "S"),
("The new API uses matchConstraints similar to the native VAP / MAP and new kyverno policy types VPOL and IVPOL.", "PSX"),
("The conditions now use the MatchCondition API and are based on CEL expressions to targeting resources.", "PSX"),
("DeletingPolicies will support variables.", "PSX"),
("They can be used in conditions", "P", "capability the design specifies; 'can' is not a hedge"),
("Schedule defines a valid cron expression to define when the deleting policy will be executed", "PS", "field definition; no reason given"),
("DeletionPropagationPolicy defines how resources will be deleted (Foreground, Background, Orphan)", "PS"),
("The built-in variable `target` is supported to reference the target object.", "PS", "'to reference' is what the variable does, not a reason"),
("For example, the variable `target` is used in this policy to represent the pod resource and test its name for a given value.", "S", "example"),
]
