DOC = "fluxcd/rfc-process"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Flux RFCs
("In many cases, new features and enhancements are proposed on [flux2/discussions](https://github.com/fluxcd/flux2/discussions).", "S", "'In many cases' describes frequency here"),
("A proposal is discussed in public by maintainers, contributors, users and other interested parties.", "P", "process step stated in the present tense"),
("After some form of consensus is reached between participants, the proposed changes go through the pull request process where the implementation details are reviewed, approved or rejected by maintainers.", "P"),
("Some proposals may be **substantial**, and for these we ask for a design process to be followed so that all stakeholders can be confident about the direction Flux is evolving in.", "PRS", "'so that all stakeholders can be confident' is the reason; 'may be substantial' only says some proposals are, it does not soften the rule"),
("The \"RFC\" (request for comments) process is intended to provide a consistent and controlled path for substantial changes to enter Flux.", "S", "purpose of the process, not a rule"),
("Examples of substantial changes:", "", "lead-in to examples"),
("API additions (new kinds of resources, new relationships between existing APIs)", "", "example of a substantial change; defines scope, not a rule"),
("API breaking changes (new required fields, field removals)", ""),
("Security related changes (Flux controllers permissions, tenant isolation and impersonation)", "S"),
("Impactful UX changes (new required inputs to the bootstrap process)", ""),
("Drop capabilities (sunset an existing integration with an external service due to security concerns)", ""),
# ## RFC Process
("Before submitting an RFC please discuss the proposal with the Flux community.", "PS"),
("Start a discussion on GitHub and ask for feedback at the weekly dev meeting.", "PS"),
("You must find a maintainer willing to sponsor the RFC.", "P"),
("Submit an RFC by opening a pull request using [RFC-0000](RFC-0000/README.md) as template.", "PS"),
("The sponsor will assign the PR to themselves, will label the PR with `area/RFC` and will request other maintainers to begin the review process.", "PS"),
("Integrate feedback by adding commits without overriding the history.", "P"),
("At least two maintainers have to approve the proposal before it can be merged.", "PS", "'two maintainers' counts approvers"),
("Approvers must be satisfied that an [appropriate level of consensus](https://github.com/fluxcd/community/blob/main/GOVERNANCE.md#decision-guidelines) has been reached.", "P"),
("Before the merge, an RFC number is assigned by the sponsor and the PR branch must be rebased with main.", "P", "'main' is not marked as an identifier; no other anchor"),
("Once merged, the proposal may be implemented in Flux.", "PS", "deontic 'may' (permission)"),
("The progress could be tracked using the RFC number (used as prefix for issues and PRs).", "PH", "'could be tracked' makes the convention a soft suggestion"),
("After the proposal implementation is available in a release candidate or final release, the RFC should be updated with the Flux version added to the \"Implementation History\" section.", "PS"),
("During the implementation phase, the RFC could be discarded due to security or performance concerns.", "P", "a permitted outcome of the process ('could' = may), not the author's uncertainty"),
("In this case, the RFC \"Implementation History\" should state the rejection motives.", "PS"),
("Ultimately the decision on the feasibility of a particular implementation, resides with the maintainers that reviewed the code changes.", "P"),
("A new RFC could be summited with the scope of replacing an RFC rejected during implementation.", "P", "permission ('could' = may)"),
("The new RFC must come with a solution for the rejection motives of the previous RFC.", "P"),
]
