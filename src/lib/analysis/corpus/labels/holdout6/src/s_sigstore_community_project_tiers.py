DOC = "sigstore-community/project-tiers"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
# Project-list items (a link to each repository under its tier) assign the project to a tier: policies, specific, no reason.
S = [
# # Introduction and motivation
("As the Sigstore TSC looks to formalize and future-proof our stewardship of the Sigstore project, we find ourselves needing to honor lifecycle differences amongst the codebases and services that comprise the Sigstore estate.", "S"),
("The existing flat landscape of projects has caused a certain amount of confusion amongst would-be contributors / adopters to-date, and the time has come to create a robust framework for signaling project maturity to the community as well as to create a notional “on-ramp” for future community projects.", "", "the problem; 'the time has come to create' states the need"),
("In this document we will establish that framework.", "PR", "reason in the sentence before"),
# ## Goals
("Create a tiered labeling system for GitHub projects to signal the level of support / community involvement that a given repo has.", "PRS", "purpose infinitive 'to signal ...'"),
("Establish a tier/label for all existing projects.", "PX", "reason in the introduction"),
("Establish guidelines for future projects \\- both for accepting new projects and for moving existing ones between tiers.", "PX"),
# # Tiers and their definitions
# ## Core projects
("Core projects are fundamental to the goals of Sigstore as articulated by the TSC.", "PS", "definition of a tier the document establishes"),
("They encompass the basic services that power the Sigstore Public Good Instance, as well as the official CLI tool and the client libraries and repos that are currently in use by 3rd party integrators (e.g. package registries like npm and RubyGems and software vendors like GitHub and GitLab) to support implementations of Sigstore for use cases like provenance attestations, publishing attestations, runtime verification etc.", "PS"),
# ## Community projects
("Community projects are ones which are deemed to have sufficient mindshare and promise that the Sigstore TSC determines that they should be brought into the Sigstore GitHub organization and live under the governance of the overall Sigstore umbrella.", "PS"),
# ### Creating a community project
("Obviously anyone with an interest in Sigstore can create their own GitHub repository and begin writing code.", "S", "statement of fact, not a rule of the process"),
("If such a repo originator believes that their source code / project should become a Community project, they must complete the following steps:", "P"),
("Create a `ROADMAP.md` document in the root of their repo describing the intended evolution of the project.", "PS"),
("Create a `CONTRIBUTORS.md` document in the root of their repo naming the GitHub users who will be responsible for maintaining the project.", "PS"),
("Open an issue on the Sigstore Community Repo describing the project, its benefit, and describing why it’s an appropriate candidate for stewardship as a Community project.", "PS"),
("Notify the Sigstore TSC (by opening an issue on [github.com/sigstore/tsc](http://github.com/sigstore/tsc)) that they’d like to discuss their project at an upcoming meeting.", "PS"),
("A Sigstore TSC member will add it to the meeting agenda.", "PS"),
("Attend the meeting of the Sigstore TSC where their project is to be discussed.", "PS"),
("Sigstore TSC will then discuss the project and its roadmap (in closed session, if desired) and vote on whether to bring it into the GitHub organization as a designated Community project.", "PS"),
("The originating maintainer will then transfer the GitHub repository to Sigstore, including having its GitHub configuration managed by the Sigstore TSC.", "PS"),
# ## Criteria for up-leveling from Community to Core
("TSC must vote to move a project from Community to Core", "PS", "the Sigstore TSC"),
("There must be a dedicated maintainer and at least one other person acting as a contributor.", "P", "'at least one other person' counts a defined group but is a threshold of one; not counted specific"),
("Ideally these should be from two different employers.", "PHS", "'Ideally'; two employers is a measured count"),
("The project must have had at least X contributions within the trailing Y months", "P", "unfilled thresholds X and Y: not a measure"),
("In the case of a language client, it must pass all tests described in the sigstore-conformance repo", "PS"),
# ## Why would a project want to go from Community to Core?
("Core projects enjoy consideration for targeted funding from OpenSSF, Sigstore, or other funding sources.", "S", "the benefit of the tier; describes, does not prescribe"),
("Membership in Core is a signal to the broader OSS community that the project is stable enough for adoption or productization.", ""),
# # Project lists
("[Cosign](https://github.com/sigstore/cosign)", "PS", "one project assigned to a tier"),
("[Fulcio](https://github.com/sigstore/fulcio)", "PS"),
("[Rekor](https://github.com/sigstore/rekor)", "PS"),
("[Rekor v2](https://github.com/sigstore/rekor-tiles)", "PS"),
("[Policy Controller](https://github.com/sigstore/policy-controller/)", "PS"),
("[Timestamp Authority](https://github.com/sigstore/timestamp-authority)", "PS"),
("[sigstore-conformance](https://github.com/sigstore/sigstore-conformance)", "PS"),
("[sigstore-go](https://github.com/sigstore/sigstore-go)", "PS"),
("[sigstore-js](https://github.com/sigstore/sigstore-js)", "PS"),
("[sigstore-java](https://github.com/sigstore/sigstore-java)", "PS"),
("[sigstore-python](https://github.com/sigstore/sigstore-python)", "PS"),
("[sigstore-ruby](https://github.com/sigstore/sigstore-ruby)", "PS"),
("[protobuf-specs](https://github.com/sigstore/protobuf-specs)", "PS"),
("[cosign-installer](https://github.com/sigstore/cosign-installer)", "PS"),
("[terraform-modules](https://github.com/sigstore/terraform-modules)", "PS"),
("[helm-charts](https://github.com/sigstore/helm-charts)", "PS"),
("[sigstore-probers](https://github.com/sigstore/sigstore-probers)", "PS"),
("[root-signing](https://github.com/sigstore/root-signing)", "PS"),
("[scaffolding](https://github.com/sigstore/scaffolding)", "PS"),
("[GitSign](https://github.com/sigstore/gitsign)", "PS"),
("[Rekor-monitor](https://github.com/sigstore/rekor-monitor)", "PS"),
("[helm-sigstore](https://github.com/sigstore/helm-sigstore)", "PS"),
("[cosign-gatekeeper-provider](https://github.com/sigstore/cosign-gatekeeper-provider)", "PS"),
("[model-validation-operator](https://github.com/sigstore/model-validation-operator)", "PS"),
("[gh-action-sigstore-python](https://github.com/sigstore/gh-action-sigstore-python)", "PS"),
("[rekor-search-ui](https://github.com/sigstore/rekor-search-ui)", "PS"),
("[model-transparency](https://github.com/sigstore/model-transparency)", "PS"),
("[sigstore-rs](https://github.com/sigstore/sigstore-rs)", "PS"),
("[sigstore-rust](https://github.com/sigstore/sigstore-rust)", "PS"),
("[sigstore-a2a](https://github.com/sigstore/sigstore-a2a)", "PS"),
]
