DOC = "otel-oteps/0266-move-oteps-to-spec"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("[!WARNING]", "T", "note marker"),
("OTEPs have been moved to the [Specification](https://github.com/open-telemetry/opentelemetry-specification/tree/main/oteps/) repository.", "T", "site banner, verbatim on every OTEP"),
("This repository has been preserved for reference purposes.", "T"),
("Please otherwise refer to the Specification.", "T"),
# # Move OTEPS to the Specification repository
("Let's move OTEP documentation and PRs back into the github.com/open-telemetry/opentelemetry-specification repository.", "PSX", "the decision; reasons in Motivation/Explanation"),
# ## Motivation
("Moving OTEPs back into the specification solves two main issues:", "S", "OTEP counted as a named artefact"),
("Maintaining its tooling infrastructure (currently woefully out of date)", ""),
("Bringing it into the existing triage and voting process currently within the Specification.", "S", "'the Specification' (the OpenTelemetry Specification) counted as named"),
# ## Explanation
("Originally, OTEPs were kept as a separate repository to keep disjoint/disruptive designs as a separate repository.", "S", "history"),
("There are a few differences between a normal PR and an OTEP:", "S"),
("OTEPs are expected to be directional and subject to change when actually entered into the specification.", "S", "describes the current process, not a new rule"),
("OTEPs require more approvals than specification PRs", "S", "current state"),
("OTEPs have different PR worklfows (whether due to accidental omission or conscious decision), e.g. staleness checks, linting.", "S"),
("As OpenTelemetry is stabilizing, the need for OTEPs to live outside the specification is growing less, and we face challenges like:", "S"),
("Keeping OTEP tooling up to date", "S"),
("Advertising the repositories existence", ""),
("New contributors to OpenTelemetry often can't find recorded decision that exist in OTEPs.", "S", "'often' reports frequency, not a hedge"),
("Getting reviews from folks used to checking the Specification repository, but not the less-frequently-worked-on OTEP repository.", "S"),
("To solve these, let's move OTEPs into a directory within the [specification repository](github.com/open-telemetry/opentelemetry-specification).", "PRS"),
("We would also update all tooling and expected reviews to match existing standards for OTEPs.", "PSX", "'would' is the proposal's mood, not a hedge; the 'To solve these' in the sentence before is the reason for the move, so only X"),
("Given the maintainers of OTEPs are the same as maintainers of the specification, this should not change the bar for acceptance.", "HS", "epistemic 'should' in a prediction"),
# ## Internal details
("The following changes would occur:", ""),
("The following files would be moved to the specification repo:", "PSX", "lead-in of the plan"),
("`text/` directory -> `oteps/text/`", "PSX"),
("`0000-template.md` -> `oteps/0000-template.md`", "PSX"),
("Update the specification `Makefile` to include linting, spell checking, link checking and TOC-ing the oteps directory.", "PSX", "'to include' is the object"),
("A one-time cleanup of OTEP markdown upon import to the specification repository.", "PSX"),
("Close existing OTEP PRs and ask folks to reopen against the specification repository.", "PSX"),
("New labels within the specification repository to tag OTEPs, including automation to set these on PR open.", "PSX", "reason (keep OTEPs distinguishable) is in Trade-offs"),
("Updating contributing guidelines to include a section about OTEPs.", "PSX"),
("Add `oteps/README.md` file outlining that OTEPS are not normative and part of enhancement proposal process.", "PSX"),
("Add disclaimer to the header of every OTEP that the contents are not normative and part of the enhancement proposal process.", "PSX"),
# ## Trade-offs and mitigations
("Moving into the specification repository DOES mean that we would have a directory with a different quality bar and, somewhat, process than the rest of the repository.", "", "a cost, not a rule"),
("This can be mitigated through the use of clear, vibrant labels for OTEPS, and updating process guidelines for the specification repository to retain the important aspects of the current OTEP status.", "S", "argument for the mitigation; 'can be mitigated' is possibility, not a hedge"),
# ## Prior art and alternatives
("OTEPs were originally based on common enhancement proposal processes in other ecosystems, where enhancements live outside core repositories and follow a more rigorous criteria and evaluation.", "S"),
("We are finding this problematic for OpenTelemetry for reasons discussed above.", "S"),
("Additionally, unlike many other ecosystems where enhancement/design is kept separate from core code, OpenTelemetry *already* keeps its design separate form core code via the Specification vs. implementation repositories.", "S"),
("Unlike these other OSS projects, our Specification generally requires rigorous discussion, design and prototyping prior to acceptance.", "HS", "'generally'; describes practice"),
("Even after acceptance into the specification, work is still required for improvements to roll out to the ecosystem.", ""),
("Effectively: The OpenTelemetry specification has no such thing as a \"small\" change: There are only medium changes that appear small, but would be enhancements in other proejcts or large changes that require an OTEP.", "S"),
# ## Open questions
("What are the important portions of the OTEP process to bring over?", "S"),
("Have we missed anything in this description?", ""),
# ## Future possibilities
("In the future, we could figure out how to make OTEPs more searchable, discoverable and highlighted within the opentelemetry.io website.", "HS", "tentative idea: hedged, not a policy"),
("Additionally, we can look at extending staleness deadlines for OTEP labeled PRs.", "HS", "tentative 'can look at'"),
]
