DOC = "jupyter-governance/distinguished_contributors"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Distinguished Contributors
("The current Distinguished Contributors are listed [here](https://jupyter.org/about#distinguished-contributors).", "T"),
# ## Purpose
("This document describes the Distinguished Contributors body of the Jupyter Governance Model.", "S"),
("Membership in the Distinguished Contributors is meant to recognize the work of community members that have gone above-and-beyond in their work on the project.", "PRS"),
("It is not meant as a means of conveying power or responsibility.", "P"),
("A public record of each Distinguished Contributor’s current biography and achievements will be maintained by the members themselves and will be displayed on the Jupyter website.", "PS"),
# ## Rights of Distinguished Contributors
("Distinguished Contributors have the right to elect new Distinguished Contributors.", "PS"),
("We recognize the knowledge and experience that Distinguished Contributors bring to the project.", "S"),
("From time to time, the Executive Council and Software Steering Council may poll the group of Distinguished Contributors for their insights.", "PS"),
# ## Distinguished Contributor membership
# ### Criteria for Nominating New Distinguished Contributors
("To be considered for nomination as a Distinguished Contributor a Project Contributor must have produced contributions to Jupyter itself that are substantial in quality and quantity, and sustained over at least two years.", "PS"),
("When considering potential Members, the existing Distinguished Contributors will look at nominees with a comprehensive view of their contributions.", "PS"),
("This will include but is not limited to code, code review, infrastructure work, mailing list and chat participation, community help/building, education and outreach, fundraising, branding, marketing, inclusion and diversity, UX design and research, etc.", "P"),
("We are deliberately not setting arbitrary quantitative metrics (like “100 commits in this repo”) to avoid encouraging behavior that plays to the metrics rather than the project’s overall well-being.", "PR"),
# ### Term length
("Membership in the Distinguished Contributors body is a lifetime appointment.", "PS"),
# ### Selecting Distinguished Contributors Members
("Distinguished Contributors are added to this body on an annual basis, through a voting process carried out by the pre-existing body of Distinguished Contributors.", "PS"),
("The number of candidates chosen each year will be limited to 5 new members.", "PS"),
("Nominations for election can be submitted by any Distinguished Contributor to be reviewed by a committee of peer reviewers chosen from the Distinguished Contributors.", "PS"),
("This committee is responsible for managing the private voting process and reviewing nominees to ensure that they meet the minimum criteria for Distinguished Contributor status.", "PS"),
("After nominees are finalized, the Distinguished Contributors will vote in a ranked preference process.", "PS"),
("Each newly inducted member will be awarded a nominal purse of $500 per awardee, subject to budgetary constraints, in recognition for service to the community.", "PRS"),
# ### Bootstrapping the Distinguished Contributors
("The inaugural members of the Distinguished Contributors will be the members of the original Jupyter Steering Council.", "PS"),
("There will be no monetary award for these bootstrap year inductions.", "P"),
("Within the first 3 months of its existence, the DCs will run a special election to address the backlog of potential DCs.", "PRS"),
("This special election will be limited to 20 additional members.", "PS"),
]
