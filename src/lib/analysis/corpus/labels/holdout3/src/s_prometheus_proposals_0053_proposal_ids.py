DOC = "prometheus-proposals/0053-proposal-ids"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# ## Proposal IDs
("**Owners:**", "T"),
("`@bwplotka`", "T"),
("**Implementation Status:** `Implemented`", "T"),
("**Related Issues and PRs:**", "T"),
("https://github.com/prometheus/proposals/issues/51", "T", "link-only metadata line"),
("TL;DR: We propose every Prometheus proposal has a stable reference/ID in the form of the `PROM-<number>`.", "PSX", "the decision, in the summary; its reasons are in the Why section"),
("The number is the PR ID from the original PR that was used to discuss and approve the proposal.", "PSX", "part of the rule; 'PR ID' is a concrete identifier"),
# ## Why
("It's important to reference decisions made in the proposal in the following development (code, docs, discussions).", "", "the motivation, not a rule"),
("Currently, we either have some tribal naming for a proposal, link to a proposal repo PR when proposal is not yet approved or GH link to the proposal file with that original `<date>-template.md`.", "S"),
("We want to ensure that \"link\" is even more consistent, stable and short than the current approach.", "PR", "aim of the proposal; the sentence before (today's inconsistent references) is its reason"),
# ### Pitfalls of the current solution
("We use inconsistent references (name, PR link, file link).", ""),
("The references e.g. links are hard to use (e.g. mentioning in the code commentary) and hard to memorize.", ""),
("The date in the file is usually misleading.", "H", "'usually'"),
("It's a creation date vs approval date (the latter might be what we usually expect).", "H", "'might', 'usually'"),
("While we try to ensure links in the `proposal/` directory never change, there's a risk we break those one day.", "HS", "'try to'"),
# ## Goals
("Goals and use cases for the solution as proposed in [How](#how):", "T", "verbatim from the proposals template 0000-template.md"),
("Each proposal has a short, memorable and unique ID.", "PX", "Goals item; reasons in Why"),
# ## How
("We propose every Prometheus proposal has a stable reference/ID in the form of the `PROM-<number>`.", "PSX", "repeats the TL;DR"),
("This number is captured in the file name and it originates from the ID of the Pull Request that was used to approve and merge the proposal.", "PSX"),
("We propose to NOT add a stable number of digits in the official referencing.", "P", "no reason given; the reason in the next sentence is for the file-name rule"),
("However, we propose we DO add a stable number of digits in the file name, so the file browsing has a convenient ordering.", "PR"),
("We propose 4 digits for now, prefixed by zeros, which can be increased to 5 once we have PR numbers in ten-thousands (likely in a decade).", "PHS", "'likely' (prediction); 4 digits is a measure"),
("For example, this proposal is referenced as `PROM-53`, because we proposed this in the [PR `#53`](https://github.com/prometheus/proposals/pulls/53).", "S", "worked example; 'because' explains the number, not a policy"),
("This proposal file name is then `0053-proposal-ids.md`.", "S"),
("For the existing proposals, we propose to rename existing proposal's file to have its `PROM-<number>` (based on their initial PRs), but leave the old files with a link to a new file, so the old links work.", "PRS"),
# ## Alternatives
# ### Different Prefixes
("There are a few alternatives to the `PROM-` prefix e.g.", "S"),
("PEP- (\"Prometheus Enhancement Proposal\")", "S", "alternative considered: a named prefix"),
("Consistent with K8s and Otel, but Prometheus community never used \"EP\" naming.", "S"),
("P- or PP- (\"Prometheus Proposal\")", "S"),
("Short but NOT clearly unique for Prometheus (e.g. Python [PEPs](https://peps.python.org/)) and not suggesting proposals", "S"),
("PROMETHEUS-", "S"),
("A bit too long?", "", "question; not a hedge word"),
# ## Action Plan
("The tasks to do in order to migrate to the new idea.", "T", "verbatim from the template"),
("[X] Adjust template and proposal docs.", "", "completed checklist item: history, not a policy"),
("[X] Rename each existing proposal's file to have its `PROM-<number>`; Leave the old files with a link to a new file, so the old links work.", "S", "completed checklist item: history"),
]
