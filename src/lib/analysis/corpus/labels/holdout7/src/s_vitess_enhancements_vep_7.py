DOC = "vitess-enhancements/vep-7"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # VEP-7 AI Assistance Disclosure
# ## Abstract
("As AI tools become common in software development, establishing transparency about their use in Vitess contributions helps maintainers understand the context of pull requests and fosters respectful collaboration.", "S", "a claim of benefit, not the rule itself"),
# ## Motivation
("AI assistance varies widely in scope and quality.", ""),
("When contributors disclose how AI tools were used, it provides valuable context that helps reviewers understand the work and offer more targeted feedback.", ""),
("This transparency is fundamentally about respect for the humans reviewing the code and creating an environment of open collaboration.", ""),
("There are many members of the team that use these tools daily, and the motivation is not to make it more difficult to do so.", ""),
("At this time, the quality produced by AI tooling can vary heavily, so it's important to acknowledge that and apply the appropriate level of scrutiny.", "PR", "'it's important to ... apply the appropriate level of scrutiny', reason before 'so'"),
# ## Disclosure Guidelines
# ### When to Disclose
("Contributors should disclose AI assistance when it was used for:", "PX", "reasons in Motivation and Rationale"),
("Code generation or substantial modification", "PX"),
("Writing documentation or comments", "PX"),
("Creating tests", "PX"),
("Drafting pull request descriptions or responses", "PX"),
# ### How to Disclose
("A simple note in the pull request description is sufficient.", "P"),
("Examples:", ""),
# ### What Doesn't Need Disclosure
("Basic IDE features like single-word autocomplete, spell check, and standard linting suggestions don't require disclosure.", "P"),
("Using AI to review human-generated code in the process of writing a PR does not require disclosure.", "P"),
# ## Rationale
("It's required that PR authors understand the code that they're proposing, and take responsibility for responding to feedback.", "P", "a rule stated in the Rationale section"),
("Using AI tools does not absolve humans from that expectation.", "P"),
("By encouraging disclosure, we aim to create mutual understanding between contributors and maintainers.", "H", "purpose of the policy, not a policy; 'aim to'"),
("Contributors can use AI tools productively while maintainers gain context about the work they're reviewing.", "", "benefit"),
("The goal is building a system that makes code review more effective and collaborative.", ""),
# ## Implementation
("This guideline applies to new pull requests.", "P"),
("Failure to disclose will not automatically invalidate a pull request, but maintainers reserve the right to request this context.", "P"),
]
