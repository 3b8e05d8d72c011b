DOC = "keda/releases"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Releases
("This document describes how KEDA handles versioning, releases new versions and communicates about them.", "S"),
("KEDA uses semantic versioning so that their users can reliably upgrade according to their needs.", "PRS", "'so that their users can reliably upgrade'"),
# ## Release Cycle
("You can learn about our roadmap and upcoming releases [here](https://github.com/kedacore/keda/blob/main/ROADMAP.md).", "T", "pointer"),
# ## Release Process
("You can learn about our release process [here](https://github.com/kedacore/keda/blob/main/RELEASE-PROCESS.md).", "T"),
# ## Keeping Track Of Changes
("We provide a changelog that includes every change per version must be available as part of the repo, for example, here is the changelog for [KEDA Core](https://github.com/kedacore/keda/blob/main/CHANGELOG.md).", "PS"),
("Next to that, every closed issue and PR should be added to a GitHub Milestone that provides an overview of everything that will be included and provide an indication of what the current intended release date is.", "PS"),
("However, the release date is subject to change and only provides an indication.", "H", "'subject to change'; a caveat, not a policy"),
("Lastly, every new release will come with a GitHub Release which provides the exact changelog for that release.", "PS"),
# ## Get Notified For New Releases
("If you want to be notified of new releases, we recommend [watching](https://docs.github.com/en/github/managing-subscriptions-and-notifications-on-github/setting-up-notifications/configuring-notifications#configuring-your-watch-settings-for-an-individual-repository) our [KEDA Core repository](https://github.com/kedacore/keda) on GitHub and ensure you are subscribing for releases.", "S", "advice to the reader, not a project policy"),
("Next to that, you can join the conversation for every new release on [GitHub Discussions](https://github.com/kedacore/keda/discussions/categories/announcements).", "S"),
# ## Removing Features, Breaking Changes & Deprecations
("Every new major version, KEDA maintainers are allowed to remove features or make breaking changes as per [semantic versioning](https://semver.org/).", "PS", "permission"),
("Along with such a release there will always be a migration guide to provide an overview of what has changed, what the impact is and how to migrate.", "P", "'to provide an overview' says what the guide contains, not why"),
("Here is an example of our v1.x to v2.0 migration guide ([example](https://keda.sh/docs/latest/migration/)).", "S", "example"),
("For every one of these, KEDA will always announce a deprecation notice on [GitHub Discussions](https://github.com/kedacore/keda/discussions/categories/deprecations) that provides context on why it is changing, what the impact is, when it will change and what steps that are required to be taken.", "PS"),
("In majority of the cases, we will allow you to already migrate in the next minor version where we introduce the deprecation so that you can migrate fast.", "PRH", "'In majority of the cases' (in most cases); 'so that you can migrate fast'"),
# ## Support
("Learn more about our support policy [here](https://github.com/kedacore/governance/blob/main/SUPPORT.md).", "T", "pointer"),
]
