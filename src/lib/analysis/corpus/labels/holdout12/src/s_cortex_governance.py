DOC = "cortex/governance"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Cortex Governance
("This document defines project governance for the cortex project.", "S"),
("Its purpose is to describe how decisions are made on the project and how anyone can influence these decisions.", ""),
("This governance charter applies to every project under the cortex GitHub organization.", "PS", "scope rule"),
("The term \"cortex project\" refers to any work done under the cortexproject GitHub organization and includes the cortexproject/cortex repository itself as well as cortexproject/cortex-tools, cortexproject/cortex-jsonnet and all the other repositories under the cortexproject GitHub organization.", "S", "a definition"),
# ## Voting
("The Cortex project employs voting to ensure no single member can dominate the project.", "PRS", "'to ensure' states the purpose"),
("Any maintainer may cast a vote.", "P", "deontic may"),
("To avoid having a single company dominate the project, at most two votes from maintainers working for the same company will count.", "PRS"),
("For formal votes, a specific statement of what is being voted on should be added to the relevant github issue or PR, and a link to that issue or PR added to the maintainers meeting agenda document.", "PS"),
("Maintainers should indicate their yes/no vote on that issue or PR, and after a suitable period of time (minimum 2 business weeks), the votes will be tallied and the outcome noted.", "PS"),
("Maintainers who do not cast a vote, after a suitable period of time, are not included in the majority calculation.", "P"),
# ## Maintainer Role
("Maintainers are required to participate in the project, by joining discussions, submitting and reviewing pull requests, answering user questions, among others.", "P"),
("Besides that, we have one concrete activity in which maintainers have to engage from time to time: releasing new versions of Cortex.", "PS"),
("This process ideally takes only a couple of hours, but requires coordination on different fronts.", "H", "'ideally'; 'a couple of hours' is a vague quantity"),
("Even though the process is well documented, it is not without eventual glitches, so, each release needs a \"Release shepherd\".", "PR", "'so' after the glitches"),
("How it works is described in the [RELEASE.md](https://github.com/cortexproject/cortex/blob/master/RELEASE.md) file.", "T", "a pointer to another file (navigation)"),
# ## Changes in Maintainership
("Contributors who are interested in becoming a maintainer, if performing relevant responsibilities, should discuss their interest with the existing maintainers.", "P"),
("New maintainers must be nominated by an existing maintainer and must be elected by 2/3 majority vote.", "PS"),
("We do not expect anyone to make a permanent commitment to be a Cortex maintainer forever.", "PRS", "the next sentence ('After all, circumstances change') is the reason"),
("After all, circumstances change, people get new jobs, new interests, and may not be able to continue contributing to the project.", "H", "epistemic 'may not be able'"),
("At the same time, we need to keep the list of maintainers current in order to have effective governance.", "PR", "'in order to'"),
("People may be removed from the current list of maintainers via one of the following ways:", "P", "deontic may"),
("They can resign", "P", "an item of the removal rule"),
("If they stop contributing to the project for a period of 6 months or more", "PS"),
("By a 2/3 majority vote from active maintainers", "PS"),
("Former maintainers are recognized with an honorary _Emeritus Maintainer_ status, and have their names permanently listed in the [README](https://github.com/cortexproject/cortex/blob/master/README.md) as a form of gratitude for their contributions.", "PRS", "'as a form of gratitude' is the purpose"),
# ## Approving PRs
("PRs may be merged after receiving at least two positive votes.", "PS", "deontic may; 'two' counts votes"),
("If the PR author is a maintainer, this counts as a vote.", "P"),
# ## Triage Role
("Triagers are contributors who assist in managing and organizing issues and pull requests.", "P", "a role definition that assigns a responsibility (holdout 11)"),
("See [here](https://docs.github.com/en/organizations/managing-user-access-to-your-organizations-repositories/managing-repository-roles/repository-roles-for-an-organization#repository-roles-for-organizations) for details about the role’s permission.", "T", "link-only pointer"),
# ## Github Project Administration
("Maintainers will be added to the collaborators list of the Cortex repository with \"Write\" access while Triagers will be added to the collaborators list of the Cortex repository with \"Triage\" access.", "PS"),
("After 6 months a maintainer will be given \"Admin\" access to the Cortex repository.", "PS"),
# ## Changes in Governance
("All changes in Governance require a 2/3 majority vote.", "PS"),
# ## Cortex Team
("${Maintainers}", "T", "a site substitution variable (the website fills in the maintainer list)"),
# ## Other Changes
("Unless specified above, all other changes to the project require a 2/3 majority vote.", "PS"),
("Additionally, any maintainer may request that any change require a 2/3 majority vote.", "PS"),
]
