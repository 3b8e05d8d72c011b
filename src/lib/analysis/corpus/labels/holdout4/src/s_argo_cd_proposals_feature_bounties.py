DOC = "argo-cd-proposals/feature-bounties"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Offering Feature Bounties (Experimental)", "T", "YAML front matter"),
("authors:", "T"),
("\"@crenshaw-dev\"", "T"),
("\"@todaywasawesome\"", "T"),
("sponsors:", "T"),
("\"@jannfis\"", "T"),
("reviewers:", "T"),
("TBD", "T"),
("approvers:", "T"),
("TBD", "T"),
("creation-date: 2023-06-27", "T"),
# # Offering Feature Bounties (Experimental)
# ## Summary
("We'd like to have the ability to offer monetary rewards for significant features to be added to Argo.", "PSX", "the proposal in the Summary; reason in Motivation"),
# ## Motivation
("The Argo Project is driven by community contributions and in shared trust with maintainer companies.", "S"),
("Sometimes there are important features worth investing in that represent substantial work and are tougher, or take longer to implement.", ""),
("By providing a financial incentive, we can spur additional development from the community and independent contributors.", "", "the reason; 'can spur' is the expected effect, not a hedge"),
# ## Proposal
("Add the ability to mark a proposal with a bounty and a specific amount.", "PX"),
("When a PR is successfully merged, release payment to the PR author(s).", "PX"),
("This proposal is experimental, meaning after trying a single bounty, we will review as a project and decide if we would like to continue this program.", "P"),
("Accepting this proposal only constitutes the program for a single bounty as an experiment.", "P"),
# ### Guidelines and Rules
# #### Creating a Bounty
("A bounty is a special proposal created under `docs/proposals/feature-bounties`.", "PS"),
("A bounty proposal may only be created by an existing Argo maintainer.", "PS", "deontic 'may only'"),
("The proposal document must be reviewed in regular maintainer meetings and an invitation for feedback will provide 7-days to comment.", "PS"),
("Bounty should have approval with [lazy-consensus](https://community.apache.org/committers/lazyConsensus.html)", "P", "'should' in a rulebook; lazy consensus counted as a concept, not a named system"),
("Once a bounty is created, they must be honored.", "P"),
("Bounty progress will be tracked in a GitHub issue linked in the proposal.", "PS"),
("Creating a bounty requires the funds be available and not already committed elsewhere.", "P"),
# #### Claiming a Bounty
("Argo will pay out bounties once a pull request implementing the requested features/changes/fixes is merged.", "PS"),
("A bounty is limited to a single successful PR.", "P"),
("Those interested in working on the bounty are encouraged to comment on the issue, and users may team up to split a bounty if they prefer but collaboration is not required and users should not shame each other for their preferences to work alone or together.", "P", "deontic 'may'"),
("A comment of interest does not constitute a claim and will not be treated as such.", "P"),
("The first pull request submitted that is ready for merge will be reviewed by maintainers.", "P"),
("Maintainers will also consider any competing pull requests submitted within 24-hours.", "PS", "'consider' means review here, not a hedge"),
("We expect this will be a very rare circumstance.", "H", "prediction"),
("If multiple, high-quality, merge ready pull requests are submitted, 3-5 Approvers for the sub-project will vote to decide the final pull request merged.", "PS"),
# ### Funding
("The Argo Project has a small amount of funds from HackerOne bounties that can provide for a few feature bounties.", "S"),
]
