DOC = "tensorflow-community/code-and-collaboration"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # TensorFlow Governance: Code and Collaboration
# ## Projects
("A **project** is the primary unit of collaboration.", ""),
("It can either have its own repo, or be a part of another repo (e.g. a directory in _tensorflow/models_).", "S"),
# ## Contributors
("Anyone can submit a PR contribution to any project, as long as they have signed the CLA and follow the guidelines in [CONTRIBUTING.md](https://github.com/tensorflow/tensorflow/blob/master/CONTRIBUTING.md).", "PS"),
("Their code must be reviewed by a maintainer, and must pass all applicable tests.", "P"),
("Code reviews check for code quality and style, including documentation, and enforce API compatibility guarantees and other policies.", "P"),
("Contributions may be rejected for strategic reasons unrelated to the code in question.", "P", "deontic may (a rule about rejection); the next sentence gives examples of the strategic reasons, not the reason for the rule"),
("For instance, because a feature may be too costly to maintain, or because it would duplicate APIs.", "H", "examples (For instance), hedged for may"),
# ## Maintainers
("A project has one or more **maintainers**.", "P"),
("Maintainers have write access to the repo containing their project.", "P"),
("That means they can review PRs—an approving review will allow PRs to be merged.", "P"),
("They can also change labels (which means they can trigger tests), add assignees and reviewers, and they can be assigned to issues and PRs.", "P"),
("Note that for some repos being a maintainer may not allow direct commit access, which is reserved for administrators or bots.", "PH", "for some repos ... may not: epistemic, hedged"),
("*tensorflow/tensorflow* is a case in point, due to the complexity around releasing, only a small group of release engineers are administrators.", "PRS", "an example that states the rule, with its reason (due to)"),
("In this case maintainers have approval rights.", "P"),
("If a repo is shared between many projects, we use GitHub's CODEOWNERS to identify owners and route PRs to them for review.", "PRS"),
("Because of the way CODEOWNERS works, it is not possible to use the GitHub routing mechanism everywhere -- for example, the TensorFlow CODEOWNERS file is mainly for informational purposes, as to not impede merges.", "PRS", "as to not impede merges: purpose"),
("Once there are more than a couple of maintainers for a project, we will create a GitHub team for the project maintainers.", "PRS", "R: the next sentence (easier maintenance)"),
("This allows for easier maintenance, and opens up some [GitHub tooling](https://help.github.com/articles/about-team-discussions/) for communication.", "S"),
("Larger projects can facilitate coordination and contribution through establishing a [TensorFlow SIG](SIGS.md).", "PS"),
# ### Repositories requiring synchronization
("For some projects initiated by Google (including the _tensorflow/tensorflow_ repo), the infrastructure which synchronizes and merges internal and external changes requires that all merges are performed by a Google employee.", "PRS", "the infrastructure requires: the reason in the sentence"),
("In such cases, Google sets up an on-call rotation which merges PRs once they pass tests (and a specific label is applied to the PR in order to notify the rotation to merge it).", "PRS"),
("This does not preclude non-Google contributors from becoming maintainers.", "PS"),
("In this case, the maintainers of the project decide on what should be merged, then the actual merging is performed as a service.", "P"),
("In some cases, Google-internal tests may fail and may have to be fixed: the Google employee will work with the submitter to achieve this.", "PHS"),
# ### Achieving maintainer status
("Maintainers may elevate a contributor to maintainer status, on evidence of previous contributions and established trust.", "P"),
# ## Collaboration
("Maintainers are free to agree on their preferred form of collaboration and decision making, with the requirement that regular communication about decisions must be made publicly accessible—this can happen after the fact, for example in the form of publishing meeting minutes, reviews, or announcements.", "P"),
("Communication about topics such as admitting other maintainers, or as of yet undisclosed security issues, can be kept confidential.", "P"),
("If significant engagement from multiple parties is encountered, the group may request the formation of a SIG to formalize collaboration and cooperation.", "PR"),
("The threshold for SIG formation includes:", "P"),
("A clearly stated purpose", "P"),
("Two or more non-maintainers willing to contribute code, and evidence of existing demand for the group", "PS"),
("Project maintainers willing to be in the group and shepherd contributions", "P"),
("For further details on SIGs, read [TensorFlow SIGs](SIGS.md).", "T"),
("As with most structures, a project doesn't need a SIG to get started, but should find a home in one if it has proven itself as an ongoing concern, as SIGs are the primary organizational vehicle for the contributor community.", "PR", "as causal (SIGs are the primary vehicle)"),
]
