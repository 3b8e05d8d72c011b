DOC = "longhorn/concurrent-backup-restore-limit"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Concurrent Backup Restore Per Node Limit
# ## Summary
("Longhorn has no boundary on the number of concurrent volume backup restoring.", "S"),
("Having a new `concurrent-backup-restore-per-node-limit` setting allows the user to limit the concurring backup restoring.", "PRS", "the sentence after gives the benefit (lowers the risk of overloading the cluster)"),
("Setting this restriction lowers the potential risk of overloading the cluster when volumes restoring from backup concurrently.", "S"),
("For ex: during the Longhorn system restore.", "S"),
# ### Related Issues
("https://github.com/longhorn/longhorn/issues/4558", "S"),
# ## Motivation
# ### Goals
("Introduce a new `concurrent-backup-restore-per-node-limit` setting to define the boundary of the concurrent volume backup restoring.", "PXS"),
# ### Non-goals
("`None`", ""),
# ## Proposal
("Introduce a new `concurrent-backup-restore-per-node-limit` setting.", "PXS"),
("Track the number of per-node volumes restoring from backup with atomic count (thread-safe) in the engine monitor.", "PXS"),
# ### User Stories
("Allow the user to set the concurrent backup restore per node limit to control the risk of cluster overload when Longhorn volume is restoring from backup concurrently.", "S"),
# ### User Experience In Detail
("Longhorn holds the engine backup restore when the number of volume backups restoring on a node reaches the `concurrent-backup-restore-per-node-limit`.", "PXS", "user experience rules: how the system will behave"),
("The volume backup restore continues when the number of volume backups restoring on a node is below the limit.", "PXS"),
# ## Design
# ### Implementation Overview
# #### The `concurrent-backup-restore-per-node-limit` Setting
("This setting controls how many engines on a node can restore the backup concurrently.", "PS"),
("Longhorn engine monitor backs off when the volume [backup restoring count](#track-the-volume-backup-restoring-per-node) reaches the setting limit.", "PXS"),
("Set the value to **0** to disable backup restore.", "PS", "the setting's semantics, a rule for its value"),
# #### Track the volume backup restoring per node
("Create a new atomic counter in the engine controller.", "PXS"),
("Pass the restoring counter to each of its engine monitors.", "PX"),
("Increase the restoring counter before backup restore.", "PX"),
("Ignore DR volumes (volume.Status.IsStandby).", "PX", "an instruction beside the step"),
("Decrease the restoring counter when the backup restore caller method ends", "PX"),
# ### Test plan
("Test the setting should block backup restore when creating multiple volumes from the backup at the same time.", "PX", "test plan items are planned work"),
("Test the setting should be per-node limited.", "PX"),
("Test the setting should not have effect on DR volumes.", "PX"),
# ### Upgrade strategy
("`None`", ""),
# ## Note [optional]
("`None`", ""),
]
