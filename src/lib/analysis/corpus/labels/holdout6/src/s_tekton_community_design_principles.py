DOC = "tekton-community/design-principles"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Tekton Design Principles
# ## API conventions
("Changes to Tekton APIs, especially CRD (Custom Resource Definition) based APIs should comply with [Kubernetes API Conventions](https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#api-conventions).", "PS"),
# ## Reusability
("Existing features should be reused when possible instead of adding new ones.", "PH", "'when possible'; no reason"),
("Before proposing a feature, try solving the problem using existing features first.", "PH", "'try'"),
("Prefer providing a solution in the Catalog when possible to adding a feature.", "PHS", "the Catalog (Tekton Catalog) named; 'when possible'"),
("At authoring time (i.e. when authoring Pipelines and Tasks), authors should be able to include anything that is required for every execution of the Task or Pipeline.", "P"),
("At run time (i.e. when invoking a Pipeline or Task via  PipelineRun or TaskRun), users should be able to control execution as needed by their context without having to modify Tasks and Pipelines.", "PHS", "'as needed'; PipelineRun, TaskRun"),
("In TEPs, discuss how a new feature affects the reusability of Tasks and Pipelines.", "PS", "TEPs (Tekton Enhancement Proposals) named"),
# ## Simplicity
("Tekton should contain only the bare minimum and simplest features needed to meet the largest number of CI/CD use cases.", "PS", "'needed to meet ...' qualifies the features, not a reason"),
("Prefer a [simple](https://www.infoq.com/presentations/Simple-Made-Easy/) solution that solves most use cases to a complex solution that solves all use cases (can be revisited later).", "P", "'(can be revisited later)' is not a reason"),
("New features should be consistent with existing components, in structure and behavior, to make learnability, trialability and adoption easy.", "PRS", "'to make learnability, trialability and adoption easy'"),
("Any new feature should have been previously discussed and agreed upon in a [Tekton Enhancement Proposal](https://github.com/tektoncd/community/tree/main/teps).", "PS"),
("In TEPs, demonstrate that the proposed feature is absolutely necessary.", "PS"),
("What’s the current experience without the feature and how challenging is it?", "", "template-style prompt question"),
# ## Flexibility
("Tekton has a ton of flexibility, which means a lot of things can be implemented by some kind of plugin, such as using `CustomTasks` or in the `Step` level.", "S", "the reason for the next rule"),
("When considering adding something to Tekton itself, we should consider and exhaust all opportunities to implement it using one of the existing plugin mechanisms.", "PRHS", "reason in the sentence before; 'consider'"),
("To keep Tekton flexible, Tekton should avoid being opinionated in the Task and Pipeline API, and Tasks (e.g. from the catalog) should be a valid place where to be specific and opinionated.", "PRS", "'To keep Tekton flexible'"),
("When a specific choice (tool, resource, language, etc) has to be made at the Task or Pipeline levels, users should be able to extend it to add their own choices.", "P"),
("When a specific choice is in consideration, evaluate what we’re coupling Tekton to and what it means in terms of support and maintenance.", "PS"),
("[Avoid implementing templating logic](https://docs.google.com/document/d/1h_3vSApIsuiwGkrqSiegi4NVaYG4oVzBquGAhIN6qGM/edit#heading=h.6kxvcvm7rs3r); prefer variable replacement.", "P", "the link is to a document, no reason in the text"),
("Avoid implementing our own expression syntax; when required prefer existing languages which are widely used and include supporting development tools.", "P", "'which are widely used ...' describes the languages to prefer"),
("In TEPs, discuss how the proposal affects the flexibility of Tekton and demonstrate that any specific/opinionated choices are necessary but extensible.", "PS"),
# ## Conformance
("Tekton features should work as the user expects in varied environment setup.", "PS"),
("Tekton users should not need to understand the implementation details of the API on any specific platform.", "PS"),
("In general, TEPs should make Tekton more platform-agnostic, not more platform-specific.", "PHS", "'In general'"),
("To the greatest extent possible, the Tekton API should not contain Kubernetes-specific features, such as configuration for `Pods`.", "PRHS", "'To the greatest extent possible' (where possible); reason in the next sentence (other implementations)"),
("While the \"main\" implementation of the Tekton API is built on Kubernetes, there is also (for example) a [buildkit implementation](https://github.com/vdemeester/buildkit-tekton) of Tekton, and platform builders may choose to implement the Tekton API in other ways that don't rely on Kubernetes.", "S", "'may choose' describes what others can do: not a hedge"),
("When Kubernetes-specific features have to be added, they should be explicitly called out in the design docs, and consider shunting them together into a section of the API, such as `podTemplate`.", "PRHS", "'consider'; reason in the sentence before"),
("The Tekton API currently contains some Kubernetes-isms.", "S"),
("These should be treated as potential long-term opportunities for improvement of our abstractions.", "P", "'potential' is not in the hedge list"),
("In TEPs, discuss how the proposal affects [conformance](https://github.com/tektoncd/community/blob/main/teps/0012-api-spec.md).", "PS"),
("As mentioned in the conformance document, newly added API fields shouldn't be required for Tekton conformance, but can transition to becoming required over time.", "PS"),
("Limit introducing feature flags that make Tasks and Pipelines behave differently.", "PR", "reason in the next sentence (reuse across systems)"),
("It should be possible to take a Task or Pipeline and reuse it across systems without requiring that a controller be configured in a specific way to make it work.", "P"),
("Exceptions should be discussed with in the TEP and agreed upon with the Tekton community.", "PS"),
# ## Security
("Implement [secure design principles][openssf-secure-design] as described by the [OpenSSF badge requirements][openssf-secure-design]", "PS"),
("Use the security sections of TEPs when applicable:", "PHS", "'when applicable'"),
("Does the change increase the attack surface of Tekton / significantly impact the threat model?", "S", "question"),
("Does the change makes it harder for users to follow security best practices through Tekton?", "S", "question"),
("Does the change impact Tekton users ability to achieve [SLSA][slsa-requirements] compliance for any of the four levels?", "S", "question; SLSA"),
("Does the change introduce features that could be problematic from a [provenance][slsa-provenance] point of view?", "H", "question; 'could'"),
("Do not implement cryptographic algorithms in Tekton, rely on proven tools and libraries", "PS", "', rely on proven tools' is the alternative, not a reason"),
]
