DOC = "cert-manager-community/ai-policy"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # AI Usage Policy
("The cert-manager project has some key rules for AI usage.", "S"),
("We don't discourage AI usage but we do require that people use AI tools responsibly.", "P", "AI is a category, not a name"),
("**All AI usage in any form must be disclosed.**", "P", "no reason given for disclosure"),
("You should state the tool you used (e.g. Claude Code, Cursor, ...) along with the extent that the work was AI-assisted.", "PS"),
("**The human-in-the-loop must fully understand all code.**", "P", "the next sentence is a sanction, not a reason"),
("If you can't explain what your changes do and how they interact with the greater system without the aid of AI tools, you're unlikely to be able to contribute to cert-manager.", "PHS", "a rule put as its consequence; 'unlikely'"),
("**Interactions can use AI assistance but must have a full human-in-the-loop.**", "P"),
("This means that any content generated with AI must have been reviewed by a human before submission.", "PR", "the next sentence gives the reason (AI output is verbose and noisy)"),
("AI is very good at being overly verbose and including noise that distracts from the main point.", ""),
("Humans should do their research and trim this down.", "PR", "reason in the sentence before"),
("**It's still your responsibility to ensure you have the right to contribute.**", "PR", "the next sentence grounds it (the DCO signoff requirement)"),
("The cert-manager project requires a DCO signoff on commits, and AI does not change anything about that requirement or the meaning of a DCO signoff.", "PS"),
# ## cert-manager is maintained by humans
("Community contributions have been a huge boon to cert-manager and we've all benefited together from the work we've shared with each other.", "S"),
("AI can and does help.", ""),
("That said: the cert-manager community - whether in issues, PRs or conversations - should be humans interacting with each other.", "PRS", "the next sentence gives the reason (humans own the responsibility)"),
("Humans are ultimately who will own the responsibility of reviewing and merging code or responding to conversation, even if those humans use AI to help.", "P", "a standing rule about responsibility; serves as the reason for the sentence before"),
("It is rude and disrespectful to approach the community with low-effort, unqualified work, since it puts the burden of validation on the maintainer.", "PR", "a norm (do not bring low-effort work) with 'since'"),
("Please be respectful of everyone's time.", "PR", "reason in the sentence before"),
# ## Credit
("This policy is adapted (by a human!) from [Ghostty's AI usage policy](https://github.com/ghostty-org/ghostty/blob/7cb44fea332efa74e3843e531fd1aa4e764a8e4d/AI_POLICY.md), which is [MIT licensed](https://github.com/ghostty-org/ghostty/blob/7cb44fea332efa74e3843e531fd1aa4e764a8e4d/LICENSE).", "S"),
("Huge thanks to them!", ""),
]
