DOC = "longhorn/engine-upgrade-enforcement"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Engine Upgrade Enforcement
# ## Summary
("The current Longhorn upgrade process lacks enforcement of the engine version, potentially leading to compatibility issues.", "S"),
("To address this concern, we propose the implementation of an Engine Upgrade Enforcement feature.", "PRS", "the frame 'To address this concern' gives the reason, pointing back to the sentence before"),
# ### Related Issues
("https://github.com/longhorn/longhorn/issues/5842", "S"),
# ## Motivation
("Longhorn needs to be able to upgrade safely without risking compatibility issue with older version engine images.", "S"),
("Without this enhancement, we are facing various challenges like dealing with potential operation failures and increased maintenance overhead.", ""),
# ### Goals
("The primary goal of this proposal is to enhance Longhorn's upgrade mechanism by introducing logic that prevents upgrading to Longhorn versions while there are incompatible engine images in use.", "PXS"),
# ### Non-goals [optional]
("`None`", "", "an unfilled template section answered with None: not template, not a policy"),
# ## Proposal
("This proposal focuses on preventing users from upgrading to unsupported or incompatible engine versions.", "PXS"),
("This enhancement will build upon the existing pre-upgrade checks to include validation of engine version compatibility.", "PXS"),
# ### User Stories
# #### Story 1: Preventing Incompatible Upgrades
("Previously, users had the freedom to continue using an older engine version after a Longhorn upgrade.", "S"),
("With the proposed enhancement, the Longhorn upgrade process will be blocked if it includes an incompatible engine version.", "PXS"),
("This will enforce users to manually upgrade the engine to a compatible version before proceeding with the Longhorn upgrade.", "PXS", "a consequence stated as a rule: users must upgrade the engine first"),
# ### User Experience In Detail
("User will perform upgrade a usual.", "", "what the user does, description of the flow"),
("Longhorn will examine the compatibility of the current engine version.", "PXS"),
("If the current engine version is incompatible with the target engine version for the upgrade, Longhorn will halt the upgrade process and prompt the user to address the engine version mismatch before proceeding.", "PXS"),
# ### API changes
("`None`", ""),
# ## Design
# ### Implementation Overview
("The implementation approach for this feature will be similar to the [Upgrade Path Enforcement feature](https://github.com/longhorn/longhorn/blob/master/enhancements/20230315-upgrade-path-enforcement.md).", "PXS", "how the implementation will be done: a decision"),
("Key implementation steps include:", ""),
("Enhance the function [CheckUpgradePathSupported(...)](https://github.com/longhorn/longhorn-manager/blob/v1.5.1/upgrade/util/util.go#L168) to include the new checks.", "PXS"),
("Retrieve the current engine images being used and record the versions.", "PXS"),
("Prevent upgrades if the targeting engine version is detact to be downgrading.", "PXS"),
("Prevent upgrades if the engine image version is lower than [the minimum required version for the new engine image controller API](https://github.com/longhorn/longhorn-engine/blob/v1.5.1/pkg/meta/version.go#L10).", "PXS"),
# ### Test plan
("Create unit test for the new logic.", "PX"),
("Run manual test to verify the handling of incompatible engine image versions (e.g., Longhorn v1.4.x -> v1.5.x -> v1.6.x.)", "PXS"),
# ### Upgrade strategy
("`None`", ""),
# ## Note [optional]
("`None`", ""),
]
