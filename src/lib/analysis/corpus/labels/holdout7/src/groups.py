"""Group labels for holdout 7: the five Vitess enhancement proposals read as one group of related
design docs (definitions: /work/shared/samples/README.md; format: the "groups" of labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

VEP-5 replaces VEP-1's Support Lifecycle section and VEP-6 replaces all of VEP-5: both copy VEP-1's
sentences and change the numbers, and VEP-6 then says the same again in its own words. Copied
sentences that carry a changed or reaffirmed policy are evidence of a recurring decision, not
template: no VEP template contains them, and the sentence labels count them as each document's own
policies. Template is only what every VEP carries because of the form: the metadata block, the
section headings, the amendment log line (the default-branch rename logged in VEP-1 and VEP-5 is
metadata, so it is template, not an incidental recurring decision; none was found).
"""
V = 'vitess-enhancements/'
V1, V3, V5, V6, V7 = (V + 'vep-' + n for n in '13567')
ALL = [V1, V3, V5, V6, V7]


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "vitess-veps": {
        "note": "Four of the five VEPs (1, 3, 5, 6) govern Vitess releases, support and compatibility; VEP-5 and VEP-6 amend VEP-1 section by section, VEP-3 restates VEP-1's one-version guarantee while removing the upgrade order. VEP-7 (AI assistance disclosure for pull requests) shares no decision with the others: it only shares the VEP form (template lines).",
        "recurring_decisions": [
            {"id": "time-based-major-release-cadence",
             "summary": "Major Vitess releases (a new COMPATIBILITY number) ship on a fixed, time-based schedule rather than when features are ready: every 12 weeks (VEP-1), amended to every 4 months (VEP-5) and then every 6 months (VEP-6)",
             "docs": [V1, V5, V6],
             "evidence": ev(V1,
                            "Vitess releases have historically been infrequent and not on a fixed release schedule.",
                            "The `COMPATIBILITY` number will be incremented every 12 weeks.",
                            "The release cadence is based on time-based rather than feature-based milestones.")
             + ev(V5, "The `COMPATIBILITY` number will be incremented every 4 months.")
             + ev(V6, "The `COMPATIBILITY` number will be incremented every 6 months.",
                  "A new version is released every 6 months"),
             "controversial": True,
             "note": "Controversial: VEP-1 argues fixed releases against the status quo of infrequent, unscheduled releases and advanced users keeping their own branches (Abstract, Motivation), and names feature-based milestones as the alternative. The interval itself changes twice (VEP-5, VEP-6) without a stated reason. VEP-5's and VEP-6's sentences are VEP-1's with the number changed: an amendment, not template.",
             "topic_keywords": ["release cadence", "release cycle", "release schedule", "major release", "COMPATIBILITY number", "every 12 weeks", "every 4 months", "every 6 months", "3 per year", "time-based", "feature-based", "Kubernetes"]},
            {"id": "support-window-per-major-release",
             "summary": "Each major (COMPATIBILITY) release is supported by the open-source community for a fixed period after its first release: 9 months (VEP-1), extended to 12 months (VEP-5, kept by VEP-6, which adds that two versions are supported at any time)",
             "docs": [V1, V5, V6],
             "evidence": ev(V1, "Each `COMPATIBILITY` number will be supported by the Open Source Vitess community for 9 months after the initial release.")
             + ev(V5, "Each `COMPATIBILITY` number will be supported by the Open Source Vitess community for 12 months after the initial release.")
             + ev(V6, "Each `COMPATIBILITY` number will be supported by the Open Source Vitess community for 12 months after the initial release.",
                  "with each version supported for 12 months",
                  "At any time, two versions are actively supported: the latest release and the one prior."),
             "controversial": False,
             "note": "No doc argues the length of the window. VEP-6 copies VEP-5's sentence and restates it in its own words in Support Lifecycle.",
             "topic_keywords": ["support lifecycle", "supported", "support cycle", "9 months", "12 months", "1 year", "supported versions", "two versions", "latest release", "Open Source Vitess community"]},
            {"id": "fixes-on-main-backport-only-high-severity",
             "summary": "Bug fixes go to the main branch only; only high-severity bugs (CVEs, data corruption, wrong results, outages) are fixed in every supported release branch, and the Vitess team may limit backports to the bugs with the highest user impact",
             "docs": [V1, V5, V6],
             "evidence": ev(V1,
                            "Because the release cycle includes a new release every 12 weeks, most fixes will only be pushed to the main branch.",
                            "An exception to this process will be made for high severity bugs, in which case a fix will be available in the weekly release for all currently supported versions.",
                            "High severity bugs in this context include [CVEs](https://cve.mitre.org/), data corruption, wrong results or outage inducing issues.",
                            "The Vitess team **MAY** decide to only backport bugs with higher user impact.")
             + ev(V5,
                  "Because the release cycle includes a new release every 4 months, most fixes will only be pushed to the main branch.",
                  "For these bug fixes, the fix will be applied to all supported release branches where the bug is manifested.",
                  "The Vitess team MAY decide to only fix bugs in release branches with higher user impact.")
             + ev(V6,
                  "Bug fixes are applied to the main branch, except for high-severity issues, which will be patched in all supported branches where the issue occurs.",
                  "High-severity issues in this context include CVEs, data corruption, incorrect results, or issues causing outages.",
                  "The Vitess team may choose to prioritize bug fixes in branches with the highest user impact."),
             "controversial": False,
             "note": "VEP-5 copies VEP-1's Support Lifecycle with the interval changed; VEP-6 rewrites it in its own words. A reason is given (a new release comes soon) but no alternative is argued.",
             "topic_keywords": ["bug fixes", "bugfixes", "backport", "main branch", "high severity", "high-severity", "CVEs", "data corruption", "wrong results", "outage", "supported branches", "release branches", "user impact"]},
            {"id": "monotonic-versioning-scheme",
             "summary": "Versions follow Monotonic Versioning: the major part is a COMPATIBILITY number that only increases; VEP-5 and VEP-6 number patch releases COMPATIBILITY.PATCH_NUMBER following SemVer, PATCH_NUMBER monotonically increasing",
             "docs": [V1, V5, V6],
             "evidence": ev(V1,
                            "The proposed release cycle is best described as _Monotonic Versioning_ with a release cadence similar to Kubernetes.",
                            "Monotonic versioning itself is a modified version of [Semantic Versioning](https://semver.org/).")
             + ev(V5, "Patch releases will follow SemVer.",
                  "The numbering scheme will be `COMPATIBILITY.PATCH_NUMBER`.",
                  "`PATCH_NUMBER` will be monotonically increasing.")
             + ev(V6,
                  "The proposed release cycle is best described as _Monotonic Versioning_, using the terminology `COMPATIBILITY.RELEASE`",
                  "The numbering scheme will be `COMPATIBILITY.PATCH_NUMBER`.",
                  "`PATCH_NUMBER` will be monotonically increasing."),
             "controversial": False,
             "note": "VEP-1 names Semantic Versioning as the base of Monotonic Versioning but does not argue between them. VEP-1's weekly date tags (`COMPATIBILITY.yy+YYYYMMDD`) give way to SemVer patch numbers in VEP-5 without a stated reason.",
             "topic_keywords": ["monotonic versioning", "Monotonic Versioning Manifesto", "semantic versioning", "SemVer", "COMPATIBILITY.RELEASE", "COMPATIBILITY.PATCH_NUMBER", "PATCH_NUMBER", "numbering scheme", "version number", "versioning"]},
            {"id": "patch-release-schedule-and-triggers",
             "summary": "How supported versions get fixes released: VEP-1 tags each supported version weekly (skipping weeks without changes); VEP-5 and VEP-6 replace this with patch releases made as needed, triggered by regressions, critical bugs and CVEs",
             "docs": [V1, V5, V6],
             "evidence": ev(V1, "Each supported version of Vitess will be tagged weekly.",
                            "If no changes have been made to the branch from the prior week, a tag will not be created.")
             + ev(V5, "Patch releases for supported versions are released at irregular intervals, depending on what has been fixed on the branch.",
                  "Patch releases will be created as needed.",
                  "Events that trigger patch releases are major regressions in functionality or performance, and CVEs.")
             + ev(V6, "Patch releases will be created as needed.",
                  "Events that trigger patch releases are critical bugs, major regressions in functionality or performance, and CVEs.",
                  "Patch releases for these supported versions are released as needed, depending on the fixes available in each branch."),
             "controversial": False,
             "note": "Doubtful as a separate decision: it could be folded into the versioning scheme. Kept apart because VEP-1 decides a weekly schedule and VEP-5 replaces it with releases on demand, a change of schedule rather than of numbering.",
             "topic_keywords": ["patch release", "patch releases", "tagged weekly", "weekly release", "weekly", "as needed", "irregular intervals", "regressions", "critical bugs", "CVEs", "supported versions"]},
            {"id": "one-version-compatibility-guarantee",
             "summary": "Compatibility is promised between adjacent major versions only (backwards and forwards for each COMPATIBILITY number), so upgrades must not skip a major version; VEP-3 keeps this one-version guarantee while requiring new servers to work with the previous version so components can be upgraded in any order",
             "docs": [V1, V3],
             "evidence": ev(V1,
                            "While keeping _main_ in a permanent stable state is desirable, there will be future scenarios where breaking backward compatibility is desired.",
                            "For each `COMPATIBILITY` number, both backwards and forwards compatibility **MUST** be ensured.",
                            "Because the _Backwards and Forwards Compatibility Promise_ is only between single major versions, it is not recommended to skip versions when upgrading.")
             + ev(V3,
                  "In order to support the above use case, we will remove the upgrade order requirements starting from version 8.0: Components can be upgraded in any order.",
                  "This means that a new version of a server must work with an older version as well as the current version.",
                  "The does not change the one-version backward compatibility guarantee: For example, to upgrade from version 4.0 to 6.0, one must upgrade to version 5.0 first."),
             "controversial": True,
             "note": "Controversial: VEP-3 argues the bottom-to-top upgrade order (its advantage, then why it cannot canary vtgates) against upgrading in any order; VEP-1 weighs a permanently stable main against breaking changes at known intervals. VEP-3 restates VEP-1's guarantee in its own words: a recurring decision. Doubtful: whether VEP-3's any-order rule is the same decision or a one-off that only cites VEP-1's.",
             "topic_keywords": ["backward compatibility", "backwards compatibility", "forwards compatibility", "compatibility promise", "compatibility guarantee", "one-version", "upgrade", "upgrade order", "skip versions", "skip-version upgrades", "major version", "vtgate", "vttablet"]},
            {"id": "amend-vep1-by-replacing-sections",
             "summary": "A later VEP amends the release policy by replacing named sections of earlier VEPs (VEP-5 replaces VEP-1's Support Lifecycle and all of VEP-2; VEP-6 replaces all of VEP-5) while every other section of VEP-1 stays in force unchanged",
             "docs": [V5, V6],
             "evidence": ev(V5, "thus replaces the Support lifecycle section in VEP-1, and all of VEP-2.",
                            "All other sections of VEP-1 will continue to be in force without any change.")
             + ev(V6, "This VEP proposes a change to how often releases are made thus replacing all of VEP-5.",
                  "All other sections of VEP-1 will continue to be in force without any change."),
             "controversial": False,
             "note": "Doubtful: a decision about which text governs rather than about the software. The sentence 'All other sections of VEP-1 …' recurs verbatim in VEP-5 and VEP-6, but it is copied from VEP-5, not from a VEP template (VEP-3 and VEP-7 lack it), and it reaffirms VEP-1 (the compatibility promise, release criteria, upgrade paths): judged a restated decision, not template.",
             "topic_keywords": ["VEP-1", "VEP-2", "VEP-5", "replaces", "replacing", "in force", "amended", "supersedes", "Support Lifecycle section"]},
        ],
        "non_decision_mentions": [
            {"doc": V5, "quote": "[VEP-1](https://github.com/vitessio/enhancements/blob/main/veps/vep-1.md) established a support lifecycle for Vitess.", "topic": "support lifecycle (history)"},
            {"doc": V6, "quote": "[VEP-1](https://github.com/vitessio/enhancements/blob/main/veps/vep-1.md) established a support lifecycle for Vitess.", "topic": "support lifecycle (history)"},
            {"doc": V6, "quote": "[VEP-2](https://github.com/vitessio/enhancements/blob/main/veps/vep-2.md) later amended parts of it.", "topic": "VEP-2 (history)"},
            {"doc": V6, "quote": "[VEP-5](https://github.com/vitessio/enhancements/blob/main/veps/vep-5.md) changed the frequency of major releases to 3 per year and established a 1 year support cycle for each major release, thus replacing the Support Lifecycle section in VEP-1, and all of VEP-2.", "topic": "release cadence and support window (history of VEP-5's decision)"},
            {"doc": V3, "quote": "In Kubernetes, we also use mysqlctld as a sidecar to manage the life cycle of the underlying mysql.", "topic": "kubernetes"},
            {"doc": V1, "quote": "[Kubernetes Release Versioning](https://github.com/kubernetes/community/blob/master/contributors/design-proposals/release/versioning.md)", "topic": "kubernetes"},
            {"doc": V3, "quote": "The old binaries will also continue to work because of backward compatibility.", "topic": "backward compatibility (describes the old upgrade order)"},
            {"doc": V3, "quote": "Vitess also relies on an externally configured \"topo server\", which can be configured and upgraded independently.", "topic": "upgrade (describes the topo server)"},
        ],
        "incidental_recurring": [],
        "template_lines": tl(ALL, "VEP: ", "Title: ", "Author: ", "Reviewers: ", "Status: Approved", "Created: ", "## Abstract")
        + tl([V1, V7], "## Motivation")
        + tl([V1, V5, V6], "## Versioning and Release Cadence", "## Support Lifecycle")
        + tl([V1, V5], "## Amendments", "Matt Lord, correct default branch name ([PR#10](https://github.com/vitessio/enhancements/pull/10))"),
    }
}
