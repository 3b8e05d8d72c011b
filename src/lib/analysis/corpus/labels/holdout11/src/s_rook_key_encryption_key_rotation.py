DOC = "rook/key-encryption-key-rotation"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: key-encryption-key-rotation", "T"),
("target-version: release-1.11.1", "T"),
# # Key Encryption Key Rotation for OSDs
("Target version: 1.11.1", "T"),
# ## Summary
("Currently, Rook encrypts the PVCs backing OSDs with [dm-crypt](https://en.wikipedia.org/wiki/Dm-crypt) using [cryptsetup with LUKS extension](https://man7.org/linux/man-pages/man8/cryptsetup.8.html).", "S"),
("The Key Encryption Key (KEK) can be stored in various Key Management Systems (KMS) that Rook supports such as Kubernetes Secrets, HashiCorp Vault, IBM Key Protect and Key Management Interoperability Protocol (KMIP).", "S"),
("Rook needs to be able to periodically rotate the KEK, update it simultaeously in both the encrypted device backing OSD and the KMS, to enhance security.", "PRS"),
("This proposal describes how Rook will implement this feature.", "S"),
# ### Goals
("Rook will be able to periodically rotate the KEK, update the encrypted devices backing OSDs and update the KMS, without any downtime.", "PXS"),
# ### Non-Goals
("On demand KEK rotation.", "S"),
# ## Proposal details
("The changes required and the workflows are described in the following sections:", ""),
# ### KEK Rotation CronJob
("One [CronJob](https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/) per encrypted PVC backed OSD will be created when key rotation is enabled with the given schedule, written in [cron format](https://en.wikipedia.org/wiki/Cron).", "PXS"),
("The CronJob will use OSD pod affinity `requiredDuringScheduling` using the OSD's labels as selector to run on the same node as the OSD.", "PXS", "'to run on the same node' is what the affinity does, not why"),
("The CronJob will share the host bridge directory with the OSD which contains the enrcypted devices mapped to be able to rotate the KEK.", "PRS", "'to be able to rotate the KEK' is the purpose of sharing the directory"),
# ### KMS KEK Update functionality
("Support for `KMS.UpdateSecret()` needs to be added for each KMS type.", "PRS", "the next sentence gives its purpose (update the KEK in the KMS)"),
("This will be used to update the KEK in the KMS.", "S"),
# ### KEK Rotation logic
("K1 - current KEK in KMS; K2 - new KEK to be added to KMS.", "S"),
("| Step | Operation                 | Luks Slot 0 | Luks Slot 1 | Key in KMS |", "S", "table header"),
("| 1    | Obtain K1                 | K1          |             | K1         |", "PRS", "rotation steps: the Note below says why they are ordered so (the KEK in the KMS always opens the device)"),
("| 2    | Add K1 to slot 1          | K1          | K1          | K1         |", "PRS"),
("| 3    | Create K2 & add to slot 0 | K2          | K1          | K1         |", "PRS"),
("| 4    | Update K2 in KMS          | K2          | K1          | K2         |", "PRS"),
("| 5    | Remove K1 from slot 1     | K2          |             | K2         |", "PRS"),
("Note: The above steps will ensure the KEK in kms will be able to open the encrypted device even if the operation is disrupted at any step and all the edge cases occurring from disrupted processes are handled.", "S", "the reason for the steps, a claim about them"),
("`luksAddKey, luksChangeKey, luksKillSlot` commands will be used to achieve this.", "PXS"),
("Refer: [10 Linux cryptsetup Examples for LUKS Key Management (How to Add, Remove, Change, Reset LUKS encryption Key)](https://www.thegeekstuff.com/2016/03/cryptsetup-lukskey/)", "T", "link-only reference line"),
# ### Cephcluster CR setting
("Following new section `security.keyRotation` will be added to cephcluster spec to enable and configure the key rotation.", "PXS", "'to enable and configure' is the object, not a reason"),
]
