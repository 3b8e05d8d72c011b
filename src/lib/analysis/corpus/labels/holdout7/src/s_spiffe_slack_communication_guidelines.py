DOC = "spiffe/slack-communication-guidelines"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# ## SPIFFE Slack Channel Communication Guidelines
# ### Overview
("To foster a productive and positive community, we have established the following guidelines for professional and respectful communication within the SPIFFE Slack channel.", "PRS", "'To foster a productive and positive community'"),
("These guidelines apply to all members, including consumers, maintainers, and contributors.", "P"),
# ### General Conduct
# #### Be Respectful
("Treat all members with respect and courtesy.", "P"),
("Avoid personal attacks, harassment, and discriminatory language.", "P"),
# #### Be Professional
("Maintain a professional tone in all communications.", "P"),
("Focus on technical issues and constructive discussions.", "P"),
# #### Be Inclusive
("Welcome and encourage participation from all community members.", "P"),
("Respect diverse perspectives and experiences.", "P"),
# ### Communication Etiquette
# #### Stay on Topic
("Keep discussions relevant to the SPIFFE project and related technical issues.", "PS"),
("Use appropriate channels for off-topic conversations.", "P"),
# #### Use Appropriate Language
("Avoid using slang, jargon, or abbreviations that may not be understood by all members.", "PH", "epistemic 'may' in the rule's own scope"),
("Use clear and precise language to communicate your message.", "P", "'to communicate your message' is the object, not a reason"),
# ### Conflict Resolution
# #### Address Issues Privately
("If a conflict arises, try to resolve it privately with the involved parties.", "PH", "'try to'"),
("Use direct messages for personal disagreements or sensitive issues.", "P"),
# #### Seek Mediation
("If a private resolution is not possible, seek mediation from a designated moderator or impartial SSC member.", "PS"),
("Provide context and details to facilitate a fair resolution.", "PR", "'to facilitate a fair resolution'"),
# #### Follow the Escalation Process
("If disruptive behavior continues, follow the escalation process outlined in the [Procedure for Engaging With Vendor Companies](vendor-companies-engagement-procedure.md) documentation.", "PS", "names the escalation procedure document"),
("Respect the decisions made regarding conflict resolution.", "P"),
# ### Reporting Issues
# #### Report Disruptive Behavior
("If you observe disruptive behavior, report it to a moderator or an SSC member.", "PS"),
("Provide specific details and context to help address the issue.", "PR", "'to help address the issue'"),
# #### Maintain Confidentiality
("Respect the privacy and confidentiality of all members when reporting issues.", "P"),
("Avoid publicly discussing reported incidents to prevent escalation.", "PR", "'to prevent escalation'"),
# ### Consequences for Violations
# #### Initial Warning
("Members who violate these guidelines will receive an initial warning outlining the behavior and consequences of continued violations.", "P"),
# #### Temporary Suspension
("Repeated violations may result in a temporary suspension from the Slack channel.", "PS", "a sanction rule: 'may result in' is a conditional specification, not a hedge"),
("The duration of the suspension will be determined by SSC.", "PS"),
# #### Permanent Removal
("Severe or repeated violations may result in permanent removal from the Slack channel.", "PS"),
("Decisions for permanent removal will be made by the SSC team and communicated to the interested parties.", "PS"),
# ### Feedback and Improvement
# #### Provide Feedback:
("We encourage all members to provide feedback on these guidelines and the overall community experience.", "P"),
("Use designated channels or direct messages to share your thoughts and suggestions.", "P"),
# ### Continuous Improvement
("We will regularly review and update these guidelines based on community feedback and observed behavior.", "P"),
("Our goal is to create a positive and productive environment for all SPIFFE community members.", "PS", "'Our goal is to create ...': a goal statement of the project (holdout 6's call)"),
]
