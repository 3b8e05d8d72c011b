DOC = "falco-proposals/20190909-psp-rules-support"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Support for K8s Pod Security Policies (PSPs) in Falco
("[Summary](#summary)", "T", "table of contents"),
("[Motivation](#motivation)", "T"),
("[Goals](#goals)", "T"),
("[Non-Goals](#non-goals)", "T"),
("[Proposal](#proposal)", "T"),
("[Use cases](#use-cases)", "T"),
("[Diagrams](#diagrams)", "T"),
("[Design Details](#design-details)", "T"),
# ## Summary
("We want to make it easier for K8s Cluster Operators to Author Pod Security Policies by providing a way to read a PSP, convert it to a set of Falco rules, and then run Falco with those rules.", "PRS", "the decision (provide PSP-to-Falco-rules conversion) framed by its purpose ('to make it easier for ... operators')"),
# ## Motivation
("PSPs provide a rich powerful framework to restrict the behavior of pods and apply consistent security policies across a cluster, but it’s difficult to know the gap between what you want your security policy to be and what your cluster is actually doing.", "S", "PSP (Kubernetes Pod Security Policy) named"),
("Additionally, since PSPs enforce once applied, they might prevent pods from running, and the process of tuning a PSP live on a cluster can be disruptive and painful.", "HS", "'might prevent'"),
("That's where Falco comes in.", "S"),
("We want to make it possible for Falco to perform a \"dry run\" evaluation of a PSP, translating it to Falco rules that observe the behaviour of deployed pods and sending alerts for violations, *without* blocking.", "PRS", "reason in the next sentence ('This helps accelerate the authoring cycle') and the problem just before"),
("This helps accelerate the authoring cycle, providing a complete authoring framework for PSPs without deploying straight to the cluster.", "S"),
# ### Goals
("Transparently read a candidate PSP into an equivalent set of Falco rules that can look for the conditions in the PSP.", "PXS", "Goals item; reason in Motivation"),
("The PSP is converted into a set of Falco rules which can be either saved as a file for later use/inspection, or loaded directly so that they can monitor system calls and k8s audit activity.", "PRS", "'so that they can monitor' is the purpose of loading"),
# ### Non-Goals
("Falco will not automatically read PSPs from a cluster, will not install PSPs, and will not provide guidance on the parts of your infrastructure that are already covered by PSPs.", "S", "Non-Goals: scope, not policies (holdout 3 rule)"),
("This feature only helps with the testing part of a candidate PSP.", "S"),
("For coming up with an initial PSP, you can use tools like [https://github.com/sysdiglabs/kube-psp-advisor](Kube PSP Advisor).", "S", "pointer to a named tool"),
("The use case here is for cluster operators who want to author PSPs, but don't want to just put it in a cluster and see what breaks.", "S"),
("For example, if your PSP sets privileged to false, but it turns out some of your pods are running privileged, they won't be able to start.", "S", "example"),
("With this feature, they could iterate without enforcement until they have a PSP that matches the actual behaviour of their cluster.", "S", "'could' = capability the feature gives, not a hedge"),
("Some of that will come from changing the PSP, some of that will come from changing the behaviour of the cluster.", "S"),
("The important part is that it's not mistakenly preventing things from running while you're figuring it out.", ""),
# ## Proposal
# ### Use cases
("You'll be able to run falco with a `--psp` argument that provides a single PSP yaml file.", "PXS", "the CLI design; reason in Motivation"),
("Falco will automatically convert the PSP into an equivalent set of Falco rules, load the rules, and then run with the loaded rules.", "PXS"),
("You can optionally provide a `--psp_save=<path>` command line option to save the converted rules to a file.", "PS", "'to save' is what the option does, not a reason"),
# ### Diagrams
("No diagrams yet.", "", "an empty section, honest"),
# ### Design Details
("We'll use [inja](https://github.com/pantor/inja) as the templating engine.", "PS", "no reason"),
("For the most part, we can rely on the existing framework of rules, filter expressions, and output expressions that already exist in Falco.", "PHS", "reuse the existing framework; 'For the most part' hedges"),
("One significant change will be that filter fields can extract more than one \"value\" per event, and we'll need to define new operators to perform set comparisons between values in an event and values in the comparison right-hand-side.", "P", "'to perform set comparisons' is what the operators do"),
("This will rely heavily on existing support for [K8s Audit Events](https://falco.org/docs/event-sources/kubernetes-audit/) in Falco.", "PS"),
]
