DOC = "cilium-cfps/cfp-39646-decouple-internal-policy-engine"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # CFP-39646: Decouple internal policy engine from external API
("**SIG: SIG-Policy**", "T"),
("**Begin Design Discussion:** 2025-05-20", "T"),
("**Cilium Release:** 1.19", "T"),
("**Authors:** Blaz Zupan <blaz@google.com>", "T"),
("**Status:** Implementable", "T"),
# ## Summary
("This CFP proposes a new internal PolicyEntry structure to decouple Cilium's network policy representation from its public API.", "PRS", "purpose infinitive 'to decouple' gives the benefit; the next sentence adds more reasons"),
("This aims to simplify the PolicyRepository, support existing features, and enable future rule prioritization, which is necessary for AdminNetworkPolicy.", "HS", "states the reasons; 'aims to' is on the hedge list"),
# ## Motivation
("The current internal representation of network policies relies on the public api.Rule structure, making it challenging to introduce new features without altering the public API.", "S"),
# ## Goals
("Separate internal policy representation from the external API.", "PX", "Goals item; reasons in Summary/Motivation"),
("Maintain a single, flat list of rules in the policy repository.", "PX"),
("Ensure full support for existing policy engine features.", "PX"),
("Enable future rule prioritization.", "PX"),
# ## Non-Goals
("New features are not included in this CFP; rule prioritization, in particular, is out of scope.", "", "Non-Goals: scope, not a decision"),
# ## Proposal
("We are proposing to overhaul the internal storage of network policies within the PolicyRepository.", "PSX"),
("This means each rule will become a PolicyEntry struct, and the complete policy will be a flat list of pointers to these structs.", "PSX"),
("Every kind of network policy, including Kubernetes, Cilium, and Admin Network Policy, would then translate its public API into this standardized internal representation.", "PSX", "'would then' is a consequence of the design, not a hedge"),
# ## Impacts / Key Questions
# ### Key Question: Reusing certain Cilium Network Policy API structs
("We are proposing to keep using certain Cilium Network Policy API structs, like api.PortRules, within the new PolicyEntry structure.", "PS", "hard case: the reason (the alternative would move PerSelectorPolicy, widespread impact) is two sentences later in the same paragraph, not adjacent and not in another section, so strictly no rationale"),
("An alternative, using a slice of api.PortProtocol and a pointer to PerSelectorPolicy for policy definition, was evaluated.", "S"),
("However, this would necessitate moving PerSelectorPolicy out of pkg/policy, causing a widespread impact.", "S"),
("Therefore, we have decided to stick with api.PortRules.", "PRS", "'Therefore' points to the reason in the sentence before"),
# ### Option: Use api.PortProtocol and PerSelectorPolicy to represent port rules
# #### Pros
("Significantly simplified internal representation of port rules.", ""),
# #### Cons
("Implementing this change would require moving PerSelectorPolicy outside of pkg/policy (likely to pkg/policy/types), which has broad impact.", "HS", "'likely'"),
# ## Future Milestones
("This CFP will enable the introduction of rule priorities, which are required to support AdminNetworkPolicy.", "S", "prediction/consequence, not a decision"),
]
