DOC = "longhorn/recurring-filesystem-trim"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Recurring Filesystem Trim
# ## Summary
("Longhorn currently supports the [filesystem trim](./20221103-filesystem-trim.md) feature, which allows users to reclaim volume disk spaces of deleted files.", "S"),
("However, this is a manual process, which can be time-consuming and inconvenient.", ""),
("To improve user experience, Longhorn could automate the process by implementing a new RecurringJob `filesystem-trim` type.", "PRHS", "the Summary's proposal, worded tentatively ('could'): a hedged policy; 'To improve user experience' is its purpose"),
("This enhancement enables regularly freeing up unused volume spaces and reducing the need for manual interventions.", ""),
# ### Related Issues
("https://github.com/longhorn/longhorn/issues/5186", "S"),
# ## Motivation
# ### Goals
("Introduce a new recurring job type called `filesystem-trim` to periodically trim the volume filesystem to reclaim disk spaces.", "PRS", "'to reclaim disk spaces' is the purpose of trimming"),
# ### Non-goals [optional]
("`None`", ""),
# ## Proposal
("To extend the RecurringJob custom resource definition by adding new `RecurringJobType: filesystem-trim`.", "PXS"),
# ### User Stories
("To schedule regular volume filesystem trims, user can create a RecurringJob with `spec.task=filesystem-trim` and associating it with volumes.", "S", "a user story: how a user will use it, not a decision"),
# ### User Experience In Detail
# #### Recurring Filesystem Trim
("The user sees workload volume size has increased over time.", ""),
("Create RecurringJob with the `filesystem-trim` task type and assign it to the volume.", "S", "a user step in the UX walkthrough"),
("The RecurringJob runs and relaims some volume spaces.", "S"),
# ### API changes
("`None`", ""),
# ## Design
# ### Implementation Overview
# #### The RecurringJob `filesystem-trim` Task Type
("Call Volume API `ActionTrimFilesystem` when the RecurringJob type is `filesystem-trim`.", "PXS"),
# ### RecurringJob Mutate
("Mutate the `Recurringjob.Spec.Retain` to 0 when the task type is `filesystem-trim` as it is not effective for this type of task.", "PRS", "causal 'as'"),
# ### Test plan
# #### Test Recurring Filesystem Trim
("Create workload.", "PX"),
("Create a file with some data in the workload.", "PX"),
("Volume actual size should increase.", "", "a test's expected result, not a decision"),
("Delete the file.", "PX"),
("Volume actual size should not decrease.", ""),
("Create RecurringJob with type `filesystem-trim` and assign to the workload volume.", "PXS"),
("Wait for RecurringJob to complete.", "PXS"),
("Volume actual size should decrease.", ""),
# ### Upgrade strategy
("`None`", ""),
# ## Note [optional]
("`None`", ""),
]
