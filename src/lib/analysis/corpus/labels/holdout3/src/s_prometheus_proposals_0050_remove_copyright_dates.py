DOC = "prometheus-proposals/0050-remove-copyright-dates"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# ## Remove copyright dates
("**Owners**", "T"),
("Ben Kochie ([@SuperQ](https://github.com/SuperQ))", "T"),
("**Implementation**: Accepted", "T"),
("**Related Issues and PRs:**", "T"),
("https://github.com/prometheus/proposals/issues/50", "T"),
("**Other docs or links:**", "T"),
("https://github.com/cncf/foundation/blob/main/copyright-notices.md", "T", "link-only metadata line"),
("CONSENSUS: We agree that we want to remove the date from the license headers from our files", "PX", "the decision; its reason (CNCF guidelines) follows, but under the Why heading: a reason across a heading counts as another section"),
# ## Why
("The CNCF copyright notice guidelines recommend against including dates/years in them.", "S"),
("We should, on a best effort basis, remove the year from the notice headers on our projects.", "PRH", "'on a best effort basis' softens it like 'where possible'; the next sentence gives the benefit"),
("This would reduce the issues with having to deal with PRs copy-and-pasting the wrong year when creating new files.", "", "the reason for the sentence before"),
# ## How
("The new copyright header at the beginning of source files:", "PX", "introduces the header text (code block) that the proposal decides; reason in Why"),
("Simple sed script to help automate updates:", "S", "a helper, not a rule"),
]
