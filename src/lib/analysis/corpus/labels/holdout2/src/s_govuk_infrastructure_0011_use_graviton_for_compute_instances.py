DOC = "govuk-infrastructure/0011-use-graviton-for-compute-instances"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # 11. Use AWS Graviton (ARM) for compute instances
("Date: 2025-03-03", "T", "metadata line"),
# ## Status
("Accepted", "T", "status value under the template Status heading"),
# ## Context
("We want to switch our compute instances over to AWS Graviton-powered instance types.", "PRS", "the decision stated as intent at the top of Context; the reasons (MacBooks are ARM, so local matches Production; cheaper) follow directly"),
("The majority of engineers on GOV.UK (and the wider GDS) are using GDS-issued MacBooks, which have Apple Silicon CPUs that are based on the ARM CPU architecture.", "S"),
("Switching our Production (and non-Production) workloads to use the same architecture would ensure that what we develop and test on locally and in non-Prod matches what we run in Production.", "", "argument for the switch; 'would ensure' is conditional, not a hedge"),
("AWS Graviton-powered compute instances (usually denoted with a \"g\", e.g. `M7g`, `R7g`, and so on) are typically cheaper than their AMD (`M7a`, `R7a`) or Intel (`M7i`, `R7i`) counterparts.", "SH", "'typically' qualifies the claim"),
("This will reduce running costs.", "", "prediction of a benefit, not a commitment"),
("ARM-based CPUs typically consume less power and have a more efficient total power draw versus AMD and Intel equivalents, and are potentially better for our carbon footprint.", "SH"),
("Switching to AWS Elastic Kubernetes Service (EKS) has made it easier for us to support different CPU architectures side-by-side and to migrate our workloads gracefully with no downtime.", "S"),
("If we need to run x86_64 workloads again in the future, we can easily support this side-by-side with Graviton workloads, thanks to Kubernetes being architecture-agnostic.", "S", "a capability, not a decision"),
# ## Decision
("Update our CI/CD to build all GOV.UK app images with ARM support", "PSX", "Decision list item (imperative); the reasons are only in the Context section"),
("Update our EKS node groups to add Graviton EC2 instances to our clusters", "PSX"),
("Instruct Kubernetes to deploy only ARM-architecture images", "PSX"),
("Scale our x86_64 (Intel) node groups down to zero.", "PSX"),
# ## Consequences
("We will adopt an ARM-first approach for our software development and unify our architectures in Development, non-Production and Production environments.", "PSX", "'unify our architectures' is part of the decision, not a reason for it; reasons are in Context"),
("We will retain the flexibility to continue to support x86_64 workloads should the need arise in the future.", "PS", "a commitment without a reason of its own"),
# ### Cost Savings
("The cost saving per-instance is about 15% when stepping from `m6i` to `m7g` instances of the same \"size\".", "S"),
("However, the benefits are potentially more significant when combined with more efficient compute, right-sizing efforts and committing to the correct AWS savings plans.", "SH"),
("Further, making improvements to our workload resource requests and limits has allowed us to right-size our infrastructure and not need to over-provision our compute instances.", ""),
("This has resulted in a 55% cost saving when combined with our switch to Graviton hardware.", "S"),
("Savings Plans will improve our savings further.", "S", "AWS Savings Plans is a named product; a prediction, not a commitment"),
("The GOV.UK Platform Engineering team can produce calculations on-request.", "S"),
# ## Summary
("Following the decision to switch all of GOV.UK over to Graviton, GOV.UK will:", "S", "lead-in to the summary list"),
("Use the same CPU architecture across Development and Production environments", "PX", "restates the decision (same architecture everywhere); its reason is in Context"),
("Save on compute costs and be more efficient to run", "", "benefit, not a decision"),
("Be flexible, because we retain the capability to run traditional x86 workloads", "S", "a benefit with 'because'; it describes a consequence, not a rule"),
]
