DOC = "chaos-mesh-rfcs/workflow-status-check"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Status Check in Workflow
# ## Summary
("The state check is responsible for collecting the system state before, during and after the chaos workflow execution and is used to determine whether the chaos workflow is successful or not.", "PXS", "what the status check does: the design; reason in Motivation"),
("The chaos workflow can also be stopped automatically when the system becomes unhealthy during the execution of the chaos workflow.", "PXS"),
# ## Motivation
("When currently executing chaos workflows, the user cannot quickly determine the impact of the chaos workflow on the system.", "S"),
("One conceivable path is:", ""),
("click to start the workflow", ""),
("manually check the key panel on monitor system", ""),
("if the system is observed to become unhealthy", ""),
("go back to Chaos Dashboard and manually stop the workflow", "S"),
("It is clearly a user-unfriendly design.", ""),
("To optimize this process, it is necessary to introduce status check in workflow.", "PR", "'To optimize this process'"),
# ## Detailed design
# ### Concept
# #### StatusCheck Template
("`StatusCheck Template` enables `StatusCheck` to be quickly reused by multiple workflows.", "PRS", "'to be quickly reused by multiple workflows'"),
("Users can create the `StatusCheck Template` in advance and then create the `StatusCheck` by referring to the `StatusCheck Template` when creating the workflow.", "PXS"),
# #### StatusCheck
("`StatusCheck` defines how the user wants to check the health status of the system.", "PXS"),
("Users can create `StatusCheck` by referring to the `StatusCheck Template` or by customizing it on Chaos Dashboard.", "PXS"),
# ### `StatusCheck` Properties
# #### General Properties
("Execution mode, it could be Continuous or Synchronous", "PS", "a property of the design ('could be' lists the options)"),
("Overall execution time, it corresponds to the `deadline` of the `WorkflowNode`, after which the execution of `StatusCheck` stops", "PS"),
("Timeout of single execution, different types of StatusCheck have different implementations.", "PS"),
("For example, in HTTP StatusCheck, it is the response time of the request, beyond which the execution is considered to have failed", "PS"),
("Number of retries", "P"),
("BTW, Synchronous StatusCheck also has a retry mechanism to prevent the impact of system jitter", "PRS", "'to prevent the impact of system jitter'"),
("Retry interval time", "P"),
("Failure to abort the workflow", "P"),
("The number of the execution history is saved", "P"),
("Here are the details of the execution mode.", ""),
("Continuous StatusCheck and Synchronous StatusCheck are both supported as children of `Parallel WorkflowNode` or `Serial WorkflowNode`, or as `EntryNode` (the statuscheck as `EntryNode` is not really meaningful, but it can be written that way).", "PS"),
("The recommended scenario for Continuous StatusCheck is specified here: Continuous StatusCheck is a child of the `EntryNode` which is Parallel.", "PS"),
("In this scenario, it means that the status check will continue throughout the workflow execution.", ""),
("The yaml example for the rest of the cases is as follows:", ""),
# #### The Status of `StatusCheck`
("Conditions of current StatusCheck", "PS"),
("StatusCheck execution histories, including the execution time and outcomes", "PS"),
# ### Status Check with HTTP
("HTTP StatusCheck determines the health of the system by response code, response time, or response body returned from the request URL.", "PXS"),
# #### HTTP StatusCheck Properties
("Request URL", "P"),
("For example: system health API, system key API, Grafana alert API", "S"),
("Request Method", "P"),
("Request Header", "P"),
("For example: AUTH-KEY", "S"),
("Response Time", "P"),
("Response Code", "P"),
("Response Body", "P"),
("here is a example yaml of HTTP StatusCheck:", "S"),
("HTTP StatusCheck VS existing `Workflow HTTP Request Task`", "S"),
("`Workflow HTTP Request Task` is an instant request, not a continuous request", "S"),
("`Workflow HTTP Request Task` can not stop the workflow", "S"),
# #### How to abort `Workflow`
("There are two ways to abort `Workflow`:", "PS"),
("When StatusCheck Failed, it could abort workflow automatically", "PS", "'could' states the capability, not doubt"),
("Users could abort Workflow manually, by adding the annotation to the workflow", "PS"),
# ## Drawbacks
("Saving the history of `StatusCheck` in the `status` of `StatusCheck`", "S", "the drawback named"),
("Since an object in Kubernetes cannot exceed `1M`, we have to consider the extreme case of a huge amount of `StatusCheck` history, so we added a `HistoryLimit` field to limit the number of times it can be saved.", "PRS", "'Since ... so we added'"),
# ## Alternatives
("`StatusCheck` in `Experiment` or `Schedule`?", "S", "a question"),
("At the moment it seems to be an appropriate choice to put `StatusCheck` in Workflow.", "PHS", "'it seems to be an appropriate choice'"),
("We don't want to inflate `Experiment` or `Schedule` functionality too much, so if there are scenarios that require `StatusCheck`, then it is recommended to use `Workflow`.", "PRS", "'so ... it is recommended'"),
("`StatusCheck` with other types?", "S"),
("For example, to get data from Prometheus metrics, or to execute some commands.", "S"),
("If you want to get data from Prometheus metrics, it is more efficient to determine if grafana triggers an alarm through HTTP requests (the data from Prometheus needs to be calculated by promQL, while grafana alarms are configured in advance, which seems easier to use)", "PRHS", "recommendation with its reason; 'seems easier'"),
("If the HTTP StatusCheck does not meet your needs, feel free to make any suggestions (BTW, it is better to explain your usage scenarios, so that we can better help you solve the problem)", "S", "an invitation, not a rule"),
# ## Unresolved questions
]
