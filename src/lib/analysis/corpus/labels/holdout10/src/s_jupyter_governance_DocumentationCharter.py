DOC = "jupyter-governance/DocumentationCharter"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Documentation Working Group Charter
# ## Team Compass
("[Documentation Working Group Team Compass](https://github.com/jupyter/docs-team-compass)", "T"),
# ## Mission and Goals
("The Documentation Working Group (\"Docs Working Group\") serves as a support, helper, and advisory body to Jupyter Subprojects on all aspects of documentation.", "PS"),
("The core pillars of our mission:", ""),
("Improve all aspects of documentation across the Jupyter ecosystem.", "PS"),
("Make high quality documentation that is clear, comprehensive, inclusive, and serves the varying needs of Jupyter's diverse community.", "PS"),
("Engage with the community to help users with Jupyter products, discover their needs, and connect them with relevant information, expertise and resources.", "PRS"),
("The Docs Working Group will provide a place for consistent, focused, holistic efforts to be spent on documentation across the whole ecosystem.", "PS"),
("This group exists in part to provide capacity and resources to the subprojects (some of which are already suffering from a lack of resources/capacity, and more specifically to work on documentation in particular).", "PR"),
("We want all users to have positive experiences inside the Jupyter ecosystem, especially users who are learning and coming in for the first time, and users with disabilities.", "PS"),
# ## Areas of Responsibility
("The Docs Working Group is responsible for the following:", "PS"),
("Setting standards for documentation where needed.", "PH"),
("The Docs working group will take ownership of documentation and related resources not owned by a Subproject.", "PS"),
("Including the Jupyter.org documentation (under docs.jupyter.org/).", "PS"),
# ## Doumentation Working Group's Activities
("The Docs Working Group will focus on the efforts described below, in service of its mission:", "PS"),
("Help write documentation (inside the bounds of each Subproject's governance) including meta documentation, cross-cutting documentation (items relevant to multiple Subprojects), developer and contributor documentation, non user-facing documentation and others.", "P"),
("Develop recommendations and guidance for best practices surrounding documentation authoring, communication of information, concepts and styling, to promote consistency across the Jupyter ecosystem.", "PRS"),
("Community engagement to help connect users with information, expertise, and resources; and to gather feedback from the community about what needs to be documented/what information they need.", "PR"),
("Help support and improve all aspects of documentation across the Jupyter ecosystem: our scope also includes any tasks - beyond writing documents - that will support the Doumentation Working Group's goals.", "PS"),
("To help illustrate the scope of our work, some clarifying examples are included below:", ""),
("Improving the user experience inside Jupyter applications by implementing offline and interactive documentation extensions.", "S"),
("Implementing analytics systems for documentation webpages for better understanding of documentation usage.", ""),
("Any other innovations or work that may improve Jovyans' experience in/understanding of the Jupyter ecosystem.", "HS"),
# ## Founding Members
("Carlos Brandt", "T"),
("Carol Willing", "T"),
("Eric Gentry", "T"),
("Frederic Collonval", "T"),
("Michał Krassowski", "T"),
("Nick Bollweg", "T"),
("Paul Ivanov", "T"),
("Rosio Reyes", "T"),
# ## Decision Making
("The Docs Working Group will establish a council (by Jupyter convention) to make decisions.", "PS"),
("The Docs Working Group Council will initially be made up of the founding members.", "PS"),
("Council members can then initiate a vote to add new members (or remove members by a two thirds majority with a quorum of two thirds of all council members).", "PS"),
("The voting process will follow the guidelines established in the [Jupyter Governance Decision Making document](https://jupyter.org/governance/decision_making.html).", "PS"),
]
