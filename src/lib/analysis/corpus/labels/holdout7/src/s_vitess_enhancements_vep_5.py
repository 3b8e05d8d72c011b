DOC = "vitess-enhancements/vep-5"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # # VEP-5 Vitess Release cadence and Bugfixes
# ## Abstract
("[VEP-1](https://github.com/vitessio/enhancements/blob/main/veps/vep-1.md) established a support lifecycle for Vitess.", "S", "history"),
("[VEP-2](https://github.com/vitessio/enhancements/blob/main/veps/vep-2.md) later amended parts of the This VEP suggests a change to how bugfixes are handled, how often releases are made, and how long they are supported for and thus replaces the Support lifecycle section in VEP-1, and all of VEP-2.", "PS", "garbled in the source ('amended parts of the This VEP suggests'): the decision, no reason given anywhere"),
("All other sections of VEP-1 will continue to be in force without any change.", "PS"),
# ## Support Lifecycle
("Because the release cycle includes a new release every 4 months, most fixes will only be pushed to the main branch.", "PRS"),
("An exception to this process will be made for high severity bugs.", "P"),
("For these bug fixes, the fix will be applied to all supported release branches where the bug is manifested.", "P"),
("Patch releases for supported versions are released at irregular intervals, depending on what has been fixed on the branch.", "P"),
("High severity bugs in this context include CVEs, data corruption, wrong results or outage inducing issues.", "S", "definition"),
("The Vitess team MAY decide to only fix bugs in release branches with higher user impact.", "PS", "deontic MAY: permission"),
# ## Versioning and Release Cadence
("The `COMPATIBILITY` number will be incremented every 4 months.", "PS"),
("For example, the next major release will have a `COMPATIBILITY` number of `11.0`.", "S", "example"),
("Each `COMPATIBILITY` number will be supported by the Open Source Vitess community for 12 months after the initial release.", "PS"),
("Patch releases will be created as needed.", "PH", "'as needed'"),
("Patch releases will follow SemVer.", "PS"),
("The numbering scheme will be `COMPATIBILITY.PATCH_NUMBER`.", "PS"),
("For example, the first patch release on `7.0`, if there is one, will be `7.0.1`.", "S", "example"),
("`PATCH_NUMBER` will be monotonically increasing.", "PS"),
("Events that trigger patch releases are major regressions in functionality or performance, and CVEs.", "PS"),
# ## Amendments
("Matt Lord, correct default branch name ([PR#10](https://github.com/vitessio/enhancements/pull/10))", "T", "amendment metadata line"),
]
