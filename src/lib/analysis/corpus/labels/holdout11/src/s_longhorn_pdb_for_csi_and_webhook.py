DOC = "longhorn/pdb-for-csi-and-webhook"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Use PDB to protect Longhorn components from drains
# ## Summary
("Some Longhorn components should be available to correctly handle cleanup/detach Longhorn volumes during the draining process.", "PRS", "a requirement on the components; 'to correctly handle cleanup/detach' is its purpose"),
("They are: `csi-attacher`, `csi-provisioner`, `longhorn-admission-webhook`, `longhorn-conversion-webhook`, `share-manager`, `instance-manager`, and daemonset pods in `longhorn-system` namespace.", "S"),
("This LEP outlines our existing solutions to protect these components, the issues of these solutions, and the proposal for improvement.", ""),
# ### Related Issues
("https://github.com/longhorn/longhorn/issues/3304", "S"),
# ## Motivation
# ### Goals
("Have better ways to protect Longhorn components (`csi-attacher`, `csi-provisioner`, `longhorn-admission-webhook`, `longhorn-conversion-webhook`) without demanding the users to specify the draining flags to skip these pods.", "PXS"),
# ## Proposal
("Our existing solutions to protect these components are:", ""),
("For `instance-manager`: dynamically create/delete instance manager PDB", "S"),
("For Daemonset pods in `longhorn-system` namespace: we advise the users to specify `--ignore-daemonsets` to ignore them in the `kubectl drain` command.", "PRS", "a standing recommendation kept by the proposal; the next sentence gives its reason (it follows the Kubernetes best practice)"),
("This actually follows the [best practice](https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/#:~:text=If%20there%20are%20pods%20managed%20by%20a%20DaemonSet%2C%20you%20will%20need%20to%20specify%20%2D%2Dignore%2Ddaemonsets%20with%20kubectl%20to%20successfully%20drain%20the%20node)", ""),
("For `csi-attacher`, `csi-provisioner`, `longhorn-admission-webhook`, and `longhorn-conversion-webhook`: we advise the user to specify `--pod-selector` to ignore these pods", "S", "the existing advice that the proposal replaces: current state"),
("Proposal for `csi-attacher`, `csi-provisioner`, `longhorn-admission-webhook`, and `longhorn-conversion-webhook`: <br>", "S", "a label over the proposal for these four components"),
("The problem with the existing solution is that sometime, users could not specify `--pod-selector` for the `kubectl drain` command.", "S"),
("For example, for the users that are using the project [System Upgrade Controller](https://github.com/rancher/system-upgrade-controller), they don't have option to specify `--pod-selector`.", "S"),
("Also, we would like to have a more automatic way instead of relying on the user to set kubectl drain options.", "S", "a wish in the problem statement, not a decision"),
("Therefore, we propose the following design:", "PR"),
("Longhorn manager automatically create PDBs for `csi-attacher`, `csi-provisioner`, `longhorn-admission-webhook`, and `longhorn-conversion-webhook` with `minAvailable` set to 1.", "PRS", "the next sentence says what the PDBs ensure"),
("This will make sure that each of these deployment has at least 1 running pod during the draining process.", "S"),
("Longhorn manager continuously watches the volumes and removes the PDBs once there is no attached volume.", "PXS"),
("This should work for both single-node and multi-node cluster.", "H", "epistemic 'should' in a prediction"),
# ### User Stories
# #### Story 1
("Before the enhancement, users would need to specify the drain options for drain command to exclude Longhorn pods.", "S"),
("Sometimes, this is not possible when users use third-party solution to drain and upgrade kubernetes, such as System Upgrade Controller.", "S"),
# #### Story 2
# ### User Experience In Detail
("After the enhancement, the user can doesn't need to specify the drain options for the drain command to exclude Longhorn pods.", "S"),
# ### API changes
("None", ""),
# ## Design
# ### Implementation Overview
("Create a new controller inside Longhorn manager called `longhorn-pdb-controller`, the controller listens for the changes for `csi-attacher`, `csi-provisioner`, `longhorn-admission-webhook`, `longhorn-conversion-webhook`, and Longhorn volumes to adjust the PDB correspondingly.", "PXS"),
# ### Test plan
("https://github.com/longhorn/longhorn/issues/3304#issuecomment-1467174481", "S"),
# ### Upgrade strategy
("No Upgrade is needed", ""),
# ## Note
("In the original Github ticket, we mentioned that we need to add PDB to protect share manager pod from being drained before its workload pods because if share manager pod doesn't exist then its volume cannot be unmounted in the CSI flow.", "S"),
("However, with the fix https://github.com/longhorn/longhorn/issues/5296, we can always umounted the volume even if the share manager is not running.", "S"),
("Therefore, we don't need to protect share manager pod.", "PR", "the two sentences before give the reason"),
]
