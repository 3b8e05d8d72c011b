DOC = "cortex/genai-policy"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Generative AI Contribution Policy
# ## Purpose
("The Cortex project welcomes contributions that make use of generative AI (GenAI) tools.", "PRS", "a stance that permits; the next sentence gives the benefit"),
("AI assistants can help contributors write code, explore the codebase, draft documentation, and improve productivity.", "", "'AI' is a category, not a name; 'can' states ability"),
("However, **humans bear full responsibility** for every contribution they submit, regardless of how it was produced.", "P", "a rule in the present tense; it is itself the ground of the later rules"),
("This policy applies to all repositories under the [cortexproject](https://github.com/cortexproject) GitHub organisation.", "PS", "scope rule"),
# ## Permitted Use of AI Tools
("The following uses of AI tools are encouraged and permitted:", "P"),
("**Coding assistants** - Using tools like GitHub Copilot, Claude Code, Cursor, or similar to help write, refactor, or debug code.", "PS", "permitted use (the list head states the rule); 'to help write' is what the tool does, not the reason for permitting it"),
("**Codebase exploration** - Querying AI tools to understand project architecture, locate relevant code, or learn conventions.", "P"),
("**Documentation drafting** - Generating initial drafts of documentation, comments, or commit messages.", "P"),
("**PR review assistance** - Using AI to help review code, identify potential issues, or suggest improvements.", "P"),
("**Maintainer-configured review bots** - Automated review bots configured by project maintainers.", "P"),
# ## Contributor Responsibilities
("When using AI tools to assist with contributions, you must:", "PX", "the reason is the Purpose section's 'humans bear full responsibility'"),
("**Understand every line you submit.", "PX"),
("You must be able to independently explain any change in your contribution.", "PX"),
("\"The AI wrote it\" is not an acceptable justification during review.", "PX"),
("**Review and validate AI output.", "PX"),
("Never submit AI-generated content verbatim without careful review.", "PX"),
("Verify correctness, check for hallucinated APIs or dependencies, and ensure the output follows Cortex conventions.", "PXS"),
("**Disclose significant AI usage.", "P"),
("If AI generated the bulk of a contribution (e.g., an entire new feature, large refactors, or substantial documentation), note this in the PR description.", "P"),
("Minor assistance (autocomplete, small suggestions) does not require disclosure.", "P"),
("**Honour the DCO.", "PRS", "the next sentence says why: the sign-off certifies the DCO for all content"),
("Your `Signed-off-by` line on each commit certifies the [Developer Certificate of Origin](https://developercertificate.org/) for **all** content in that commit, including any AI-generated portions.", "PS", "a rule in the present tense (what the sign-off covers)"),
("You are attesting that you have the right to submit the work.", "", "explains what the sign-off means"),
("**Meet the same quality bar.", "P"),
("AI-assisted contributions are held to the same standards as any other contribution: tests, documentation, CHANGELOG entries, passing CI, and adherence to the project's [design patterns and conventions](docs/contributing/design-patterns-and-conventions.md).", "PS", "CHANGELOG names the project's file"),
# ## GitHub Communications
("**Issues, pull request reviews, and discussions** must be substantively human-authored.", "P"),
("Do not submit bulk AI-generated comments, reviews, or issue reports.", "P"),
("Sharing AI-generated analyses (e.g., \"I asked an AI to summarise the failure modes and here is what it found\") is acceptable when clearly attributed and verified by the contributor.", "P"),
("Do not use AI tools to generate large volumes of low-quality issues or review comments.", "P", "'to generate' is the object of the ban, not a reason"),
# ## Maintainer Authority
("Maintainers may:", "P", "deontic may"),
("**Request disclosure** of AI tool usage for any contribution.", "P"),
("**Close or request revision** of PRs or issues that appear to contain unreviewed AI-generated content.", "P", "'appear to contain' is the rule's trigger (what the maintainer judges), not the author's doubt: not hedged"),
("**Escalate persistent low-effort submissions** through the project's normal [Code of Conduct](code-of-conduct.md) enforcement process.", "PS"),
# ## Relationship to Other Policies
("| Document | Purpose |", "", "table header"),
("| [Contributing Guide](CONTRIBUTING.md) | General contribution workflow and requirements |", "S", "a row naming a project document: authored reference, not a policy"),
("| [Code of Conduct](code-of-conduct.md) | Community behaviour standards |", "S"),
("| [Governance](GOVERNANCE.md) | Project governance and decision-making |", "S"),
("| [AGENTS.md](AGENTS.md) | Technical guidance **to** AI coding agents working in this repo |", "S"),
("**AGENTS.md vs GENAI_POLICY.md:** `AGENTS.md` provides instructions that AI coding agents consume when working with the codebase (build commands, architecture, conventions).", "S"),
("This document (`GENAI_POLICY.md`) governs how **human contributors** use AI tools when preparing their contributions.", "PS", "scope rule, like 'This policy applies to ...'"),
# ## References
("[OpenTelemetry GenAI Contribution Policy](https://github.com/open-telemetry/community/blob/main/policies/genai.md)", "S", "authored reference list item (as holdout 10's Relevant Resources)"),
("[Linux Foundation AI Guidelines](https://www.linuxfoundation.org/legal/generative-ai)", "S"),
("[Developer Certificate of Origin](https://developercertificate.org/)", "S"),
]
