DOC = "keda/roadmap"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Roadmap
("KEDA uses [GitHub issues](https://docs.github.com/en/issues/tracking-your-work-with-issues/about-issues) to track open work items with [GitHub Projects (beta)](https://docs.github.com/en/issues/trying-out-the-new-projects-experience/about-projects) to plan for upcoming releases.", "PS", "standing practice; 'to track' names what the tools are used for, not a reason"),
("This document provides insights to the community on how we use it and what to expect.", ""),
("You can find our roadmap [here](https://github.com/orgs/kedacore/projects/2).", "T", "pointer: link-only navigation"),
# ## Upcoming Release Cycles
("As part of our [release governance](https://github.com/kedacore/governance/blob/main/RELEASES.md), we are planning to release a new KEDA version every 4 months following a predictable schedule that avoids slow seasons (summer holidays, Christmas).", "PRS", "'a predictable schedule that avoids slow seasons'"),
("Releases are scheduled for January, May, and September, with our plan being to release during the 2nd week of the month (though this is an estimate that could change).", "PHS", "'an estimate that could change'"),
("For more details about this new release schedule, see [this issue](https://github.com/kedacore/governance/issues/122).", "T", "pointer"),
("Here is an overview of our current release estimations:", ""),
("| Version | Estimated Release Date                               |", "", "table header: plain line"),
("| v2.21   | 2nd week of September 2026                          |", "PS", "planned release row"),
("| v2.22   | 2nd week of January 2027                            |", "PS"),
("| v2.23   | 2nd week of May 2027                                |", "PS"),
("Here is an overview of our previous releases:", ""),
("| Version | Release Date      | Links                                                                  |", ""),
("| v2.20   | Jun 1st, 2026     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.20.0) |", "S", "past release row: history"),
("| v2.19   | Feb 2nd, 2026     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.19.0) |", "S"),
("| v2.18   | Oct 19th, 2025    | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.18.0) |", "S"),
("| v2.17   | Apr 7th, 2025     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.17.0) |", "S"),
("| v2.16   | Nov 7th, 2024     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.16.0) |", "S"),
("| v2.15   | Aug 1st, 2024     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.15.0) |", "S"),
("| v2.14   | April 25th, 2024  | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.14.0) |", "S"),
("| v2.13   | Jan 19th, 2024    | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.13.0) |", "S"),
("| v2.12   | Sept 28th, 2023   | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.12.0) |", "S"),
("| v2.11   | June 22nd, 2023   | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.11.0) |", "S"),
("| v2.10   | March 9th, 2023   | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.10.0) |", "S"),
("| v2.9    | Dec 9th, 2022     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.9.0)  |", "S"),
("| v2.8    | August 10th, 2022 | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.8.0)  |", "S"),
("| v2.7    | May 5th, 2022     | [Release Notes](https://github.com/kedacore/keda/releases/tag/v2.7.0)  |", "S"),
# ## Using our roadmap
("Here is some guidance on how to use our roadmap.", ""),
# ### Upcoming Release
("As we work towards our next release, we are planning and tracking work as part of the next release cycle.", "", "current practice, described"),
("You can find an overview of the items in our upcoming release:", ""),
("As list with the respective categories ([link](https://github.com/orgs/kedacore/projects/2/views/12))", "T", "link-only navigation item"),
("As a board with the current status ([link](https://github.com/orgs/kedacore/projects/2/views/16))", "T"),
# ### Triaging
("All newly created issues are automatically added to the roadmap and waiting to be triaged by a maintainer.", "P", "standing rule of the triage process"),
("You can find an overview of all issues pending to be triaged [here](https://github.com/orgs/kedacore/projects/2/views/10).", "T", "pointer"),
]
