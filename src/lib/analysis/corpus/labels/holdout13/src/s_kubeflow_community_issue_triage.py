DOC = "kubeflow-community/issue-triage"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # KEP-280: Kubeflow Issue Triage
# ## TL;DR
("The purpose of this doc is to define a process for triaging Kubeflow issues.", "S", "what the document covers"),
# ## Objectives
("Establish well accepted criterion for determining whether issues have been triaged", "P", "an objective"),
("Establish a process for ensuring issues are triaged in a timely fashion", "P"),
("Define metrics for measuring whether we are keeping up with issues", "P"),
# ## Triage Conditions
("The following are necessary and sufficient conditions for an issue to be considered triaged.", "P"),
("The issue must have a label indicating which one of the following kinds of issues it is", "P"),
("**bug**", "S", "a label name"),
("Something is not working as intended in general.", ""),
("**question**", "S"),
("Clear question statement", ""),
("Something is not working as intended in author's specific use case and he/she doesn't know why.", ""),
("**feature**", "S"),
("Everything is working as intended, but could be better (i.e more user friendly)", ""),
("**process**", "S"),
("Typically used to leave a paper trail for updating Kubeflow infrastructure.", "HS", "'Typically'"),
("It helps to track the changes to infrastructure for easy debugging in the future.", ""),
("The issue must have at least one [area or platform label](https://github.com/kubeflow/community/blob/master/labels-owners.yaml) grouping related issues and relevant owners.", "P"),
("The issue must have a priority attached to it.", "P"),
("Here is a guideline for priority", ""),
("**P0** - Urgent - Work must begin immediately to fix with a patch release:", "PS"),
("Bugs that state that something is really broken and not working as intended.", "P", "an item under the P0 rule"),
("Features/improvements that are blocking the next release.", "P"),
("**P1** - Rush - Work must be scheduled to assure issue will be fixed in the next release.", "PRS", "'to assure issue will be fixed in the next release'"),
("**P2** - Low - Never blocks a release, assigned to a relevant project backlog if applicable.", "PS"),
("**P3** - Very Low - Non-critical or cosmetic issues that could and probably should eventually be fixed but have no specific schedule, assigned to a relavant project backlog if applicable.", "PHS", "'probably should eventually be fixed'"),
("**P0** & **P1** issues must be attached to a Kanban board corresponding to the release it is targeting", "PS"),
# ## Process
("Global triagers are responsible for ensuring new issues have an area or platform label", "P", "a role responsibility"),
("A weekly rotation will be established to designate a primary person to apply initial triage", "PS", "weekly cadence"),
("Once issues have an area/platform label they should be moved into the appropriate [column \"Assigned to Area Owners\"](https://github.com/orgs/kubeflow/projects/26#column-7382310) in the Needs Triage Kanban board", "PS"),
("There is an open issue [kubeflow/code-intelligence#72](https://github.com/kubeflow/code-intelligence/issues/72) to do this automatically", "S", "an open issue: a fact"),
("Area/Platform owners are responsible for ensuring issues in their area are triaged", "P"),
("The oncall will attempt to satisfy the above criterion or reassign to an appropriate WG if there is some question", "PH", "'will attempt to'"),
# ## Tooling
("The [Needs Triage](https://github.com/orgs/kubeflow/projects/26) Kanban board will be used to track issues that need triage", "PS"),
("Cards will be setup to monitor various issues; e.g. issues requiring discussion by various WG's", "P"),
("The [GitHub Issue Triage action](https://github.com/kubeflow/code-intelligence/tree/master/Issue_Triage/action) can be used to automatically add/remove issues from the Kanban board depending on whether they need triage or not", "S", "a tool that can be used: description"),
("Follow the [instructions](https://github.com/kubeflow/code-intelligence/tree/master/Issue_Triage/action#installing-the-action-on-a-repository) to install the GitHub action on a repository", "PS", "an instruction"),
("The [triage notebook](https://github.com/kubeflow/code-intelligence/blob/master/py/code_intelligence/triage.ipynb) can be used to generate reports about number of untriaged issues as well as find issues needing triage", "S"),
# ## Become a contributor
("Make sure that you have enough permissions to assign labels to an issue and add it to a project.", "P"),
("In order to get permissions, open a PR to add yourself to [project-maintainers](https://github.com/kubeflow/internal-acls/blob/4e44f623ea4df32132b2e8a973ed0f0dce4f4139/github-orgs/kubeflow/org.yaml#L389) group.", "PRS", "'In order to get permissions'"),
# ## Triage guideline
("Take an issue from \"Needs Triage\" project and open it in a new tab.", "PS"),
("Carefully read the description.", "P"),
("Carefully read all comments below.", "PR", "reason right after ('Some issues might be already resolved')"),
("(Some issues might be already resolved).", "H"),
("Make sure that issue is still relevant.", "PR", "reason right after"),
("(Some issues might be open for months and still be relevant to current Kubeflow release whereas some might be outdated and can be closed).", "H"),
("Ping one of the issue repliers if he/she is not replying for a while.", "P"),
("Make sure that all triage conditions are satisfied.", "P"),
# ## Metrics
("We would like to begin to collect and track the following metrics", "P"),
("Time to triage issues", "P"),
("Issue volume", "P"),
# ## References
("[kubeflow/community](https://github.com/kubeflow/community/issues/280)", "T", "link-only reference"),
]
