DOC = "vitess-enhancements/vep-6"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # # VEP-6 Vitess Release Cycle
# ## Abstract
("[VEP-1](https://github.com/vitessio/enhancements/blob/main/veps/vep-1.md) established a support lifecycle for Vitess.", "S", "history"),
("[VEP-2](https://github.com/vitessio/enhancements/blob/main/veps/vep-2.md) later amended parts of it.", "S"),
("[VEP-5](https://github.com/vitessio/enhancements/blob/main/veps/vep-5.md) changed the frequency of major releases to 3 per year and established a 1 year support cycle for each major release, thus replacing the Support Lifecycle section in VEP-1, and all of VEP-2.", "S"),
("This VEP proposes a change to how often releases are made thus replacing all of VEP-5.", "PS", "the decision; no Motivation section anywhere"),
("All other sections of VEP-1 will continue to be in force without any change.", "PS"),
# ## Versioning and Release Cadence
("The proposed release cycle is best described as _Monotonic Versioning_, using the terminology `COMPATIBILITY.RELEASE` from the [Monotonic Versioning Manifesto](http://blog.appliedcompscilab.com/monotonic_versioning_manifesto/):", "PS"),
("The `COMPATIBILITY` number will be incremented every 6 months.", "PS"),
("For example, the next major release will have a `COMPATIBILITY` number of `22.0`.", "S", "example"),
("Each `COMPATIBILITY` number will be supported by the Open Source Vitess community for 12 months after the initial release.", "PS"),
("Patch releases will be created as needed.", "PH", "'as needed'"),
("Patch releases will follow SemVer.", "PS"),
("The numbering scheme will be `COMPATIBILITY.PATCH_NUMBER`.", "PS"),
("For example, the first patch release on `22.0`, if there is one, will be `22.0.1`.", "S", "example"),
("`PATCH_NUMBER` will be monotonically increasing.", "PS"),
("Events that trigger patch releases are critical bugs, major regressions in functionality or performance, and CVEs.", "PS", "a present-tense rule"),
# ## Support Lifecycle
("A new version is released every 6 months, with each version supported for 12 months.", "PS"),
("At any time, two versions are actively supported: the latest release and the one prior.", "PS", "'two versions': a count of a defined group"),
("Bug fixes are applied to the main branch, except for high-severity issues, which will be patched in all supported branches where the issue occurs.", "P", "'the main branch' not in code: generic"),
("Patch releases for these supported versions are released as needed, depending on the fixes available in each branch.", "PH", "'as needed'"),
("High-severity issues in this context include CVEs, data corruption, incorrect results, or issues causing outages.", "S", "definition"),
("The Vitess team may choose to prioritize bug fixes in branches with the highest user impact.", "PS", "deontic may: permission, not a hedge"),
]
