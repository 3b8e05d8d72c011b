DOC = "falco-proposals/20230511-roadmap-management"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Falco Roadmap Management Proposal
# ## Summary
("This document proposes the introduction of a structured process for managing Falco's roadmap and implementing related changes in our development process.", "PRS", "reason in the next sentence ('The goal is to ensure ...')"),
("The goal is to ensure the efficient execution of our roadmap objectives.", ""),
# ### Goals
("The pillars of this proposal are:", "", "lead-in"),
("Define processes for release cycles and development iterations", "PX", "Goals item; the reason is the Summary's goal"),
("Provide guidelines for planning and prioritizing efforts", "PX"),
("Introduce regular meetings for core maintainers", "PX"),
("Using *GitHub Project* as the primary tool for managing *The Falco Project* roadmap", "PXS"),
# ### Non-Goals
("Providing an exact set of criteria for task prioritization", "", "Non-Goals: scope, not policies"),
("Detailing testing procedures", ""),
("Providing detailed instructions for GitHub Project usage", "S"),
("Addressing hotfix releases", ""),
# ### Scope of this Proposal
("Primarily, the roadmap targets the planning of Falco development and releases.", "PS", "scope rule"),
("However, given Falco's dependence on numerous components, it's inevitable that scheduling and planning activities span across multiple repositories.", "S"),
("We anticipate that all [core repositories](https://github.com/falcosecurity/evolution#official) will be interconnected with the roadmap, making it comprehensive enough to incorporate items from all related [Falcosecurity repositories](https://github.com/falcosecurity) as necessary.", "PRHS", "'We anticipate', 'as necessary'; the reason ('given Falco's dependence on numerous components') is the sentence before"),
("This proposal does **not apply to hotfix releases** that may happen whenever needed at the maintainers' discretion.", "P", "scope exclusion; 'may happen' is deontic/possibility of hotfixes, not a hedge of the rule"),
# ## Release Cycles and Development Iterations
("Falco releases happen 3 times per year.", "PS", "a rule in the present tense"),
("Each release cycle completes, respectively, by the end of January, May, and September.", "PS"),
("A **release cycle is a 16-week time frame** between two subsequent releases.", "PS"),
("Using this schema, in a 52-week calendar year, we allocate 48 weeks for scheduled activities (16 weeks *x* 3 releases), leaving 4 weeks for breaks.", "PS", "'leaving 4 weeks for breaks' is a consequence, not a reason"),
("The 16-week release cycle is further divided into three distinct iterations:", "PS"),
("| Iteration Name | Duration | Description |", "", "table header"),
("| Development | 8 weeks | Development phase |", "PS"),
("| Stabilization | 4 weeks | Feature completion and bug fixing |", "PS"),
("| Release Preparation | 4 weeks | Release preparation, testing, bug fixing, no new feature |", "PS"),
# ### Targeted Release Date
("The final week of the *Release Preparation* should conclude before the *last Monday of the release month* (ie. January/May/September).", "PS"),
("This *last Monday* is designated as the **targeted release date** (when the release is being published), and the remaining part of the week is considered a break period.", "PS"),
# ### Milestones
("For each release, we create a [GitHub Milestone](https://github.com/falcosecurity/falco/milestones) (whose due date must be equal to the target release date).", "PS"),
("We use the milestone to collect all items to be tentatively completed within the release.", "P", "'to collect' is the milestone's use, not a reason; 'tentatively completed' describes the items"),
# ### Alignment of Falco Components
("The release schedule of the [components Falco depends on](https://github.com/falcosecurity/falco/blob/master/RELEASE.md#falco-components-versioning) needs to be synchronized to conform to these stipulations.", "PS"),
("For instance, a [falcosecurity/libs](https://github.com/falcosecurity/libs) release may be required at least one week prior to the termination of each iteration.", "HS", "example, 'may be required' (epistemic)"),
("The maintainers are responsible for adapting those components' release schedules and procedures to release cycles and development iterations of Falco.", "PS"),
("Furthermore, all release processes must be documented and provide clear expectations regarding release dates.", "P"),
# ## Project Roadmap
("We use the [GitHub Project called *Falco Roadmap*](https://github.com/orgs/falcosecurity/projects/5) to plan and track the progress of each release cycle.", "PS", "'to plan and track' is the tool's use, not a reason for choosing it"),
("The GitHub Project needs to be configured with the above mentioned iterations and break periods, compiled with actual dates.", "PS"),
("It's recommended to preconfigure the GitHub Project to accommodate the current plus the following three release cycles.", "PS", "recommendation; three release cycles (counted)"),
# ### Roadmap Planning
("The roadmap serves as a strategic planning tool that outlines the goals and objectives for Falco.", "S"),
("Its purpose is to visually represent the overall direction and timeline, enhance transparency and engage the community.", ""),
("The onus is on the [Core Maintainers](https://github.com/falcosecurity/evolution/blob/main/GOVERNANCE.md#core-maintainers) to manage the roadmap.", "PS", "Core Maintainers: a defined group (named)"),
("In this regard, Core Maintainers meet in **planning sessions on the first week of each calendar month**.", "PS"),
("During these planning sessions, tasks are allocated to the current iteration or postponed to one of the following iterations.", "P"),
("The assigned iteration indicates the projected completion date for a particular workstream.", "", "definition"),
("When a session matches with the commencement of an iteration, maintainers convene to assess the planning and prioritize tasks for the iteration.", "P", "'to assess' names the meeting's content"),
("The first planning session of a release cycle must define top priorities for the related release.", "P"),
# ## Testing and Quality Assurance (QA)
("Each iteration's output must include at least one Falco pre-release (or a viable development build) designated for testing and QA activities.", "PS"),
("While it's acceptable for these builds to contain unfinished features or known bugs, they must enable any community member to contribute to the testing and QA efforts.", "P"),
("The targeted schedule for these Testing/QA activities should be the **last week of each iteration** (or earlier during the *Release Preparation*).", "PS"),
("Testing and Quality Assurance criteria and procedures must be defined and documented across relevant repositories.", "P"),
("Furthermore, given the strong reliance of Falco on [falcosecurity/libs](https://github.com/falcosecurity/libs), the above-mentioned pre-release/build for Testing/QA purposes must be based on the most recent *libs* development for the intended iteration.", "PRS", "'given'"),
("This means that during each interaction, a *libs* release (either pre or stable) must happen early enough to be used for this purpose.", "PRS", "'to be used for this purpose'"),
# ## Next Steps and Conclusions
("The Falco 0.36 release cycle, running from June to September 2023, will mark the initiation of the new process.", "PS"),
("This cycle will also serve as an experimental phase for refining the process.", "P"),
("Furthermore, as soon as possible, we will kick off a Working Group specifically to ensure smooth execution.", "PR"),
("This group will involve community members in assisting maintainers with roadmap management.", "P"),
("It will provide curated feature suggestions for the roadmap, informed by community needs.", "PR", "reason in the next sentence"),
("This approach would facilitate the core maintainers' decisions, as they would mostly need just to review and adopt these pre-vetted recommendations, enhancing efficiency.", "H", "prediction with 'would ... mostly'; the reason for the sentence before"),
("The Working Group's responsibilities will include (non-exhaustive list):", "P"),
("Address input from the [2023-04-27 Core Maintainers meeting](https://github.com/falcosecurity/community/blob/main/meeting-notes/2023-04-27-Falco-Roadmap-Discussion.md)", "PS"),
("Sorting and reviewing pending issues to identify key topics for discussion and potential inclusion in the roadmap", "PR", "purpose 'to identify key topics'"),
("Establishing protocols not explicitly covered in this document", "P"),
("Updating the documentation accordingly", "P"),
("Supporting Core Maintainers in managing the [Falco Roadmap GitHub project](https://github.com/orgs/falcosecurity/projects/5)", "PS"),
("Gathering suggestions from all involved stakeholders to put forward potential enhancements", "PR"),
("Finally, we anticipate the need for minor adjustments, which will become apparent only after an initial period of experimentation.", "", "prediction"),
("Thus we have to intend this process to be flexible enough to adapt to emerging needs and improvements as long as the fundamental spirit of this proposal is upheld.", "PR", "'Thus' ties it to the anticipated adjustments"),
]
