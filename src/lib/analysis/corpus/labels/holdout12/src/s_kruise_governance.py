DOC = "kruise/governance"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Governance
("The governance model adopted in OpenKruise is influenced by many CNCF projects.", "S", "history of the model"),
# ## Principles
("**Open**: Openkruise is an open source community.", "S", "a principle stated as a description"),
("**Welcoming and respectful**: See [Code of Conduct](https://github.com/cncf/foundation/blob/master/code-of-conduct.md).", "T", "a principle whose text is only a link pointer"),
("**Transparent and accessible**: Work and collaboration should be done in public.", "P"),
("**Merit**: Ideas and contributions are accepted according to their technical merit and alignment with project objectives, scope and design principles.", "P", "a rule in the present tense"),
# ## Code of Conduct
("The OpenKruise [Code of Conduct](CODE_OF_CONDUCT.md) is aligned with the CNCF Code of Conduct.", "S", "a statement of fact"),
# ## Community Membership
("See [community membership](https://github.com/openkruise/community/blob/master/community-membership.md).", "T", "link-only pointer"),
# ## Decision making process
("Decisions are made based on consensus between maintainers.", "P"),
("Proposals and ideas can either be submitted for agreement via a github issue or PR.", "PS"),
("In general, we prefer that technical issues and maintainer membership are amicably worked out between the persons involved.", "PH", "'In general' (like 'generally')"),
("If a dispute cannot be decided independently, get a third-party maintainer (e.g. a mutual contact with some background on the issue, but not involved in the conflict) to intercede and the final decision will be made.", "P", "'to intercede' is what the third party is asked to do, not a reason"),
("Decision making process should be transparent to adhere to the principles of Openkruise project.", "PRS", "'to adhere to the principles'"),
# ## Credits
("Some contents in this documents have been borrowed from [BFE](https://github.com/bfenetworks/bfe/blob/develop/GOVERNANCE.md) and [CoreDNS](https://github.com/coredns/coredns/blob/master/GOVERNANCE.md) projects.", "S", "attribution"),
]
