DOC = "chaos-mesh-rfcs/ui-monorepo"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Scalable codebase in UI via monorepo
# ## Summary
("Use [Yarn Workspaces](https://classic.yarnpkg.com/lang/en/docs/workspaces/) to easily extend the front-end codebase.", "PRS", "'to easily extend'"),
# ## Motivation
("Why are we doing this?", "T", "the RFC template's question, kept verbatim"),
("As the project grows, so does the number of features that need to be supported on the front-end.", ""),
("But the current architecture of front-end is a single-repo, which means all dependencies are intertwined.", ""),
("With this system, isolating applications and dependencies is difficult.", ""),
("You can only put the common logic under a certain folder, like `lib` or `components`, it's not possible to put the logic out of the `src` folder.", "S"),
("So we decided to use monorepo to separate the front-end codebase.", "PR", "'So we decided ... to separate'"),
("What use cases does it support?", "T"),
("According to Chaos Mesh itself, in the future, the front-end will plan to generate the corresponding typescript definitions through CRDs.", "PRS", "reason in the next sentence"),
("Code like this is application agnostic, and putting them together with the original code can be a huge hindrance to testing and management.", ""),
("What is the expected outcome?", "T"),
("Before monorepo, the codebase looks like this:", ""),
("After using monorepo:", ""),
# ## Detailed design
("First, it's needed to treat the current `src` folder as a package, we decided to rename it to `app` and move it to `ui/app`.", "PXS"),
("Then extract the public logic, like `husky` and `lint-staged`, we will use them in the root:", "PXS"),
("Then add the below into `ui/package.json`:", "PS"),
("Finally, we are ready to create packages:", "P"),
("Note:", ""),
("Some commands will be changed, like:", "P"),
("- `yarn start:default` -> `yarn workspace @ui/app start:default`", "PS"),
# ## Drawbacks
("A good explanation:", ""),
("https://fossa.com/blog/pros-cons-using-monorepos/", "T", "link-only line"),
# ## Alternatives
("There should be no better way to manage future non-application related logic, after all, the front-end code is also attached to the entire chaos-mesh codebase.", "H", "epistemic 'should be no better way'"),
# ## Unresolved questions
("No.", ""),
]
