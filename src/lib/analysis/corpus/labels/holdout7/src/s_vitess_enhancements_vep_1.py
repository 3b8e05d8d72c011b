DOC = "vitess-enhancements/vep-1"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # VEP-1 Vitess Release Cycle
# ## Abstract
("Vitess releases have historically been infrequent and not on a fixed release schedule.", "S", "history"),
("This has led to a status quo of advanced users maintaining their own branches and pulling in changes from the Vitess main branch.", "S"),
("While keeping _main_ in a permanent stable state is desirable, there will be future scenarios where breaking backward compatibility is desired.", "S", "prediction, not a policy; `main` a branch name"),
("This VEP aims to codify a release cycle with rules around backward compatibility, supported upgrade paths, and deprecation schedule.", "PXH", "summary of the decision; 'aims to'; reasons in Motivation"),
("Definitions of *MUST*, *SHOULD*, *MAY* from [RFC2119](https://www.ietf.org/rfc/rfc2119.txt).", "S", "definition"),
# ## Motivation
("The motivation for stable releases is two-fold:", ""),
("Stable releases are easier to consume by novice users.", ""),
("Bug reports, documentation, and support requests will be easier to follow when the user's deployed version is clearer.", ""),
("Advanced users benefit from a clear cycle from which to merge upstream changes into their branch.", ""),
("This also allows for incompatible changes to be introduced at known intervals, which can help improve the health of the project.", "", "benefit, part of Motivation"),
# ## Versioning and Release Cadence
("The proposed release cycle is best described as _Monotonic Versioning_ with a release cadence similar to Kubernetes.", "PXS", "the decision; reasons in Motivation"),
("The terminology `COMPATIBILITY.RELEASE` used in this document is directly sourced from the [Monotonic Versioning Manifesto](http://blog.appliedcompscilab.com/monotonic_versioning_manifesto/):", "S"),
("The `COMPATIBILITY` number will be incremented every 12 weeks.", "PXS"),
("Docker images will be tagged weekly as `COMPATIBILITY.yy+YYYYMMDD`.", "PXS"),
("Each supported version of Vitess will be tagged weekly.", "PXS"),
("If no changes have been made to the branch from the prior week, a tag will not be created.", "PS", "detail, no reason of its own"),
("Each `COMPATIBILITY` number will be supported by the Open Source Vitess community for 9 months after the initial release.", "PXS"),
("_Support Lifecycle_ is further described below.", "", "pointer without a link"),
("Monotonic versioning itself is a modified version of [Semantic Versioning](https://semver.org/).", "S"),
# ## Release Criteria
("The release cadence is based on time-based rather than feature-based milestones.", "PX", "time-based cadence: Motivation's known intervals"),
("However; all releases must pass the suite of continuous integration and regression tests prior to release.", "P"),
("Large or compatibility breaking features will be encouraged to merge within the first 6 weeks of the development cycle.", "PS"),
("Performance testing will be completed on a recurring basis throughout the development cycle.", "P"),
# ## Backwards and Forwards Compatibility Promise
("For each `COMPATIBILITY` number, both backwards and forwards compatibility **MUST** be ensured.", "PXS"),
("To use hypothetical examples:", ""),
# ### Example 1: Deprecating an Unsafe or Architecturally Complex Feature
("Version `3.xx` of Vitess supports a query that is determined to be dangerous, and/or requires complex architectural support which needs to be deprecated to improve the code quality of the project:", "S", "scenario of the example"),
("Vitess `4.xx` **MUST** still support this query, because blocking it would be backwards incompatible.", "PRS", "worked example that states the deprecation rule: policy"),
("However, Vitess `4.xx` **MAY** add an option to _prevent unsafe queries_.", "PS", "deontic MAY: permission"),
("It is expected that the default behavior of _prevent unsafe queries_ would be `FALSE`.", "HS", "'It is expected ... would be': a prediction"),
("Executing the query **SHOULD** result in a deprecation warning.", "P"),
("When Vitess `5.xx` is released, the default for _prevent unsafe_queries_ **MAY** be changed to `TRUE`.", "PRS", "reason in the next sentence"),
("Waiting until Vitess `5.xx` to change the default makes the behavior _forwards compatible_ because users can test out the change prior to upgrading.", "S", "the reason for the sentence before"),
("Attempting to execute the query **SHOULD** produce an error stating that the `4.xx` behavior can be restored by changing a setting, but the setting is deprecated and will be removed soon.", "PS"),
("When Vitess `6.xx` is released, the option to _prevent unsafe queries_ **MAY** be removed with the implied behavior that the option is permanently `TRUE`.", "PS"),
("_Based on the impact of functionality being removed, the Vitess team **MAY** at their discretion extend the deprecation cycle.", "PS", "condition, not a reason"),
("This example serves to demonstrate the minimum time required._", ""),
# ### Example 2: Deprecating and removing an obsolete utility
("Version `3.xx` of Vitess supports a utility that has been made obsolete by recently added functionality:", "S"),
("Vitess `4.xx` **SHOULD** invoke a warning when attempting to use this utility, with the utility completely removed in Vitess `5.xx`.", "PRS", "reason in the next sentence"),
("_This change is backward compatible in Vitess `4.xx` because the utility can still be used.", "S"),
("It is forwards compatible because attempting to use it will suggest the alternative functionality which is available._", ""),
# ## Exclusions
("The following is not subject to the Backwards and Forwards Compatibility Promise:", "P", "lead-in to the exclusion list"),
("Functionality which has been marked as experimental.", "P"),
("As a new feature is developed, the Vitess authors may release it in a stable release but as experimental.", "PS", "deontic may: permission"),
("As feedback is received, changes may be made to the feature without respecting the regular deprecation cycle associated with backwards and forwards compatibility.", "P", "'As feedback is received' is temporal"),
("Functionality limited to the source code and/or build environment.", "P"),
("If the Vitess authors desired to make a change, such as upgrading the required Go version, or switching from `govendor` to Go modules, there is no requirement to ensure compatibility with older versions of Go.", "PRS", "reason in the next sentence"),
("The promise is intended for user-facing functionality.", "", "the reason for the exclusions"),
# ## Support Lifecycle
("Because the release cycle includes a new release every 12 weeks, most fixes will only be pushed to the main branch.", "PRS"),
("An exception to this process will be made for high severity bugs, in which case a fix will be available in the weekly release for all currently supported versions.", "PS"),
("High severity bugs in this context include [CVEs](https://cve.mitre.org/), data corruption, wrong results or outage inducing issues.", "S", "definition"),
("The Vitess team **MAY** decide to only backport bugs with higher user impact.", "PS"),
# ## Supported Upgrade Paths
("Because the _Backwards and Forwards Compatibility Promise_ is only between single major versions, it is not recommended to skip versions when upgrading. i.e.", "PR"),
("To use _Example 1_ (from above): Before upgrading, a user will be able to execute the statement `SELECT 1` on their Vitess `3.xx` system without error.", "S", "example"),
("If the user were to upgrade directly to `5.xx` this query would now result in an error by default, with a configuration option available to temporarily permit the query again.", "S"),
("Had the user upgraded to Vitess `4.xx` first, they would have received deprecation warnings when executing the soon-to-be unsupported query.", "S"),
("Further, had the user upgraded directly from `3.xx` to `6.xx` there would be no longer be support for a compatibility configuration option.", "S"),
("The query would just be unsupported.", ""),
("The Vitess team **MUST** document incompatibilities so that users who require skip-version upgrades can achieve this provided they read all release notes between versions.", "PRS"),
# ## References
("[RFC2119](https://www.ietf.org/rfc/rfc2119.txt)", "T", "link-only reference"),
("[Kubernetes Release Versioning](https://github.com/kubernetes/community/blob/master/contributors/design-proposals/release/versioning.md)", "T"),
("[Monotonic Versioning](http://blog.appliedcompscilab.com/monotonic_versioning_manifesto/)", "T"),
("[Semantic Versioning](https://semver.org/)", "T"),
# ## Amendments
("Matt Lord, correct default branch name ([PR#10](https://github.com/vitessio/enhancements/pull/10))", "T", "amendment metadata line"),
]
