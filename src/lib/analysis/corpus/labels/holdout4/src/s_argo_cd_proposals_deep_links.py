DOC = "argo-cd-proposals/deep-links"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Deep Links", "T", "YAML front matter"),
("authors:", "T"),
("\"@gdsoumya\"", "T"),
("\"@alexmt\"", "T"),
("sponsors:", "T"),
("TBD", "T"),
("reviewers:", "T"),
("TBD", "T"),
("approvers:", "T"),
("TBD", "T"),
("creation-date: 2022-08-01", "T"),
# # Deep Links
("Deep links allow end users to quickly redirect to third-party systems such as Splunk, DataDog etc. from the Argo CD user interface.", "PSX", "the feature the proposal introduces; why it helps is in Motivation"),
# ## Summary
("Argo CD administrator will be able to configure links that redirect users to third-party systems such as Splunk, DataDog etc.", "PSX"),
("The template should be able to reference different types of resources relating to where the links show up, this includes projects, applications, or individual resources(pods, services etc.) that are part of the application.", "P", "'should' in a design: requirement"),
("Deep Link is a generic integration solution for third-party systems which enables users to integrate any system -  not only popular solutions but also custom/private systems that can leverage the data available in Argo CD.", "PRS", "', which enables users to integrate any system' is the benefit (hard call: could be read as description)"),
# ## Motivation
("Argo CD UI with deep links to third-party integrations will provide a unified solution for users making it easier for them to switch between relevant systems without having to separately navigate and correlate the information.", "S", "the reason, a predicted benefit"),
# ## Proposal
("The configuration for Deep Links will be present in the `argocd-cm`, we will add new `<location>.links` fields in the cm to list all the deep links that will be displayed in the provided location.", "PS"),
("The possible values for `<location>` currently are :", "S"),
("`project` : all links under this field will show up in the project tab in the Argo CD UI.", "PS"),
("`application` : all links under this field will show up in the application summary tab.", "PS"),
("`resource` : all links under this field will show up in the individual resource(deployments, pods, services etc.) summary tab.", "PS"),
("Each link in the list has five subfields :", "PS", "count of a defined group"),
("`title` : title/tag that will be displayed in the UI corresponding to that link", "PS"),
("`url` : the actual URL where the deep link will redirect to, this field can be templated to use data from the application, project or resource objects (depending on where it is located)", "PS", "'can be templated' is a capability, not a hedge"),
("`description` (optional) : a description for what the deep link is about", "PS"),
("`icon.class` (optional) : a font-awesome icon class to be used when displaying the links in dropdown menus.", "PS"),
("`if` (optional) : a conditional statement that results in either `true` or `false`, it also has access to the same data as the `url` field.", "PS"),
("If the condition resolves to `true` the deep link will be displayed else it will be hidden.", "PS"),
("If the field is omitted by default the deep links will be displayed.", "P"),
("An example `argocd-cm.yaml` file with deep links and its variations :", "S", "label for the example"),
("The argocd server will expose new APIs for rendering deep links in the UI, the server will handle the templating and conditional rendering logic and will provide the UI with the final list of links that need to be displayed for a particular location/resource.", "PS"),
("The following API methods are proposed:", "P", "lead-in to a code block of methods"),
# ### Use cases
("Some example use cases this enhancement intends to take care of -", ""),
# #### Use case 1:
("As a user, I would like to quickly open a splunk/datadog UI with a query that retrieves all logs of application namespace or metrics for specific applications etc.", "S", "a user story, not a rule"),
]
