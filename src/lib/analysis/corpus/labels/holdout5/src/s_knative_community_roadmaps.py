DOC = "knative-community/roadmaps"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Roadmap Management for WG Leads
# ## Overview
("All [working groups](../working-groups/WORKING-GROUPS.md) should maintain a current and up-to-date roadmap in a GitHub Project.", "PS", "the benefits list follows two sentences later: not adjacent"),
("It's recommended that a _single org-level project_ in the `knative` org should be used; for linking to issues in `knative-extensions`, cards with the URL of the extensions issue can be used.", "PS"),
("Working Groups should link to their roadmaps in the Working Group documentation, and should work off the roadmap on a week-to-week or month-to-month basis.", "PR", "the next sentence introduces the list of benefits (list lead-in rule)"),
("The are multiple benefits of this process:", "", "lead-in to the reasons"),
("Working Groups should already be using GitHub issues to track their upcoming work; adding project boards minimizes the amount of additional bookkeeping needed to produce a roadmap.", "PRS", "'should already be using' assumes a rule; the second half is the benefit"),
("Having a single process for all Working Groups makes it easier for new contributors to approach a WG and contribute.", "", "benefit (reason)"),
("Org-level projects are editable via the web GUI for all org members, making the additional permissions required simple and light-weight.", "", "benefit"),
("Having roadmaps which track which items are at which stage of implementation is helpful in [managing the flow of work](https://en.wikipedia.org/wiki/Kanban) for contributors, WG leads, and the [Steering Committee](../STEERING-COMMITTE.md).", "S", "benefit; Steering Committee named"),
# ## Roadmap Columns and Guidance
("Roadmaps should have the following columns.", "P"),
("Additional columns can be added temporarily, but it should be possible to map them to these groupings during a Steering Committee review:", "PS", "deontic can; the Steering Committee review named"),
# ### `In Progress` Column
("These are issues / feature requests which are currently being implemented (code written) by contributors.", "", "definition"),
("The goal should be that contributors should be able to focus their efforts on _one_ of these issues at a time, and complete the issue efficiently without a lot of context switching.", "P", "a goal for the column: policy; 'without ... context switching' describes it"),
# #### Guidance:
("**Work in this column ought to be fleshed out enough that the implementation is straightforward.**", "P"),
("Each issue in this column has at least one owner (marked as the GitHub \"assignee\".", "PS", "rule in the present tense; GitHub assignee"),
("For large efforts, it's entirely reasonable to have multiple \"assignees\" if their efforts are focused on the issue.", "P", "permission"),
("Each issue in this column links to something that organizes efforts (more on this below).", "P"),
# ### `Ready To Work` Column
("These are issues / feature requests which are sufficiently designed that the implementation should be straightforward, which are _staged for implementation_ when contributors finish \"In Progress\" work.", "S", "definition; the column names are code-like identifiers"),
("It is the responsibility of Working Group leads to ensure that this column is managed so that contributors have a clear sense of what should be worked on next.", "PR"),
# #### Guidance:
("**Work in this column ought to be fleshed out enough to enable implementation, but does not have someone currently working on it.**", "P"),
("Issues in this column do not currently have an owner assigned.", "P", "rule in the present tense"),
("When an owner is assigned, they should be moved to the \"In Progress\" column.", "PS"),
("Each issue in this column links to something that organizes efforts (issues, other GH Project boards, Milestones, etc).", "PS", "GitHub Project boards, Milestones named"),
# #### `In Design` Column
("These are issues / feature requests where the problem is easily explained, but the solution to the problem is *not well understood*.", "", "definition"),
("Typically, for items in this column, a [feature track document](FEATURE-TRACKS.md) will be written to describe the implementation plan and flesh out the details and interactions with other components.", "PHS", "'Typically'; the feature track document is a named Knative process document; 'to describe' is its content"),
("Note that for straightforward changes without additional system interactions (for example, \"allow field X validation to permit additional value Y\"), Working Group leads may move items directly from the \"Icebox\" to the \"Ready To Work\" column.", "PS", "deontic may (permission)"),
# #### Guidance:
("**Work in this column has clear acceptance criteria, but the path to achivement of the acceptance criteria is either unclear or controversial.**", "P", "entry criterion"),
("Items in this column _should_ have an owner (assignee) who is working on designing and planning the implementation.", "P"),
("That assignee _should_ link an in-progress document as part of moving this to the \"In Design\" column.", "PS"),
("May need a [Feature Track](FEATURE-TRACKS.md) or other planning document.", "HS", "epistemic may"),
("At the acceptance of the Feature Track or other documentation, there should be:", "PS"),
("A written document explaining the plan, _documented in the issue_.", "P"),
("This could be an issue update for smaller or controversial topics, or a link to a longer separate document.", "PH", "'could' offers options (hedged)"),
("The plan should be generally agreeable to the Working Group -- Working Group Leads are responsible for determining that this agreement has been reached Once these have been completed, the issue should be moved to \"Ready To Work\".", "PHS", "'generally'; run-on across a list line"),
("Each issue in this column links to something that organizes efforts (issues, other GH Project boards, Milestones, etc).", "PS"),
# #### `Icebox` Column
("This is the intake column for new issues and feature requests which haven't been evaluated yet.", "", "definition"),
("This is _also_ the column for work which is known to be large and/or controversial, and which the Working Group is not yet ready to tackle.", ""),
("(Ideally, most Working Groups would have fewer than three large designs under discussion at a time.)", "PHS", "'Ideally'; fewer than three: a measured limit"),
# #### Guidance:
("**Work in this column does not need to be fleshed out.**", "P"),
("These items should proceed to \"Ready To Work\" or \"In Design\", depending on their complexity.", "PS", "'depending on' a condition, not a hedge"),
("It is the responsibility of the Working Group leads to manage this process.", "P"),
# ## Additional considerations:
("See https://github.com/knative/community/issues/746 for the original discussion / impetus of this process.", "T", "link-only pointer"),
("These guidelines may be subject to refinement and change in the future.", "H"),
("The [Steering Committee](../STEERING-COMMITTEE.md) will be responsible for updates and communication of process changes.", "PS"),
("Working Group leads _are_ encouraged to experiment with the process within the general guidelines laid out above.", "P"),
("The Steering Committee does not yet have a recommended process for handling issues which have reached \"In Progress\" but have some type of time-based delay (e.g. feature is released in \"alpha\", needs to be progressed to \"beta\" after one release).", "S", "current state"),
("One option is to create a new \"Ready To Work\" issue like `Post-1.3: promote $FEATURE to Beta` and close the original issue, but this is up to Working Group leads to manage.", "PS", "delegation ('up to Working Group leads'); the option is a suggestion"),
("Steering Committee reviews will generally focus on management and possibly coordination implications of work items, and will generally rely on the judgement of the working group in terms of which items to complete first.", "PHS", "'generally', 'possibly'"),
]
