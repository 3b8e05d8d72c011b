DOC = "dapr-proposals/20230627-sdk-approval"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Cross SDK changes approval
("Author(s): Artur Souza (@artursouza)", "T"),
("State: Ready", "T"),
("Updated: 06/27/2023", "T"),
# ## Overview
("This defines the criteria to how SDK proposal are approved.", "", "'SDK' alone is a category"),
# ## Background
("The SDK Spec SIG will define the spec for how SDKs operate today but there are still multiple areas where SDKs design are inconsistent due to decisions made within each SDK repository's maintainer.", "S", "describes another group's remit and the problem; not this document's rule"),
("There needs to be a process to improve consistency across SDKs, independent of the SDK Spec SIG, since there are ongoing discussions for new features that keep SDKs drifting away from each other.", "PRS", "'since' is causal"),
# ## Proposal
("Proposals that impact multiple SDKs should be presented in this repository and will be approved if at least a simple majority (50% + 1) of the maintainers of SDK repositories approve the change.", "PSX", "reason (consistency across SDKs) in Background"),
("The vote counted is per person and not per repository.", "PX", "present-tense rule"),
("Voting ends when the simple majority is reached; cannot be mathematically reached; or is idle (no changes, comments or votes) for more than 30 calendar days.", "PSX"),
("The list of maintainers are based on the maintainers listed on GitHub as of the time of the proposal submission.", "PSX"),
("Voting should be done via a comment in the proposal's pull request in this repository.", "PX"),
# ## Approval of this proposal
("As a way to kickstart this process, STC should approve this proposal following the existing voting criteria by STC, commenting on this proposal's pull request for future reference.", "PRS", "'As a way to kickstart this process' and 'for future reference' are purposes; STC is a named body"),
]
