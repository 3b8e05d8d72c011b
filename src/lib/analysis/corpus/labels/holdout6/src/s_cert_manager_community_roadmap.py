DOC = "cert-manager-community/roadmap"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # cert-manager Project Roadmap
("While this is a summary of the direction we want to go we welcome pull requests across all projects, even if they don't fall under any of the roadmap items listed here.", "P", "an open stance: pull requests outside the roadmap are welcome"),
("We unfortunately can't merge every change, and if you're looking to contribute a new feature you might want to check the [contributing guide](https://cert-manager.io/docs/contributing/) on the cert-manager website and specifically our [feature policy](https://cert-manager.io/docs/contributing/policy/) for details on what we're likely to accept and how to maximise your chances of being accepted.", "HS", "'might want to', 'likely'; advice, not a rule; the cert-manager website and feature policy named"),
# ## Changes to this Roadmap
("Changes to this roadmap will take the form of pull requests containing the suggested change.", "P"),
("All such PRs must be posted to the `#cert-manager-dev` Slack channel in Kubernetes slack so that they're made visible to all other developers and maintainers and steering committee members.", "PRS", "'so that they're made visible'"),
("Significant changes to this document should be discussed in either a [steering committee](./STEERING.md) meeting or a [biweekly meeting](https://cert-manager.io/docs/contributing/#meetings) before merging, to raise awareness of the change and to provide an opportunity for discussion.", "PRS", "'to raise awareness ...'; the steering committee, biweekly meeting"),
("A significant change is one which meaningfully alters one of the roadmap items, adds a new item, or removes an item.", "", "definition"),
("Insignificant changes include updating links to issues, spelling fixes or minor rewordings which don't significantly change meanings.", "", "definition"),
("These insignificant changes don't need to be discussed in a meeting but should still be shared in Slack.", "PS", "Slack"),
# ## Goals and Objectives of the cert-manager Project
("Our primary goal is to ensure that the following statement holds true:", "P", "the goal the page commits to"),
("cert-manager is the easiest way to automatically manage certificates in Kubernetes clusters.", "S", "the mission statement (quoted)"),
("This applies to cert-manager itself, and to other subprojects which are part of the wider cert-manager project including:", "PS", "scope of the goal"),
("trust-manager", "S"),
("csi-driver", "S"),
("csi-driver-spiffe", "S"),
("istio-csr", "S"),
("approver-policy", "S"),
# ## Roadmap Items
# ### Support for Post Quantum Cryptography
("Quantum computers present a clear [threat](https://csrc.nist.gov/projects/post-quantum-cryptography) to systems which use cryptography based on certain mathematical principles, which includes cert-manager's use of algorithms such as RSA, ECDSA and EdDSA for signing certificates.", "S", "RSA, ECDSA, EdDSA"),
("In the long term, the expectation within the technology industry is that all systems which aim for long-term security using asymmetric cryptography will have to adopt post-quantum cryptography (PQC).", "", "prediction about the industry; PQC is a category"),
("cert-manager will adopt PQC in time, as algorithms are further standardised and as solid libraries become available for use.", "PRS", "reason in the sentence before (all systems will have to adopt PQC); 'as algorithms are further standardised' is temporal"),
("cert-manager's support for signing with non-PQC algorithms is from the Go standard library.", "S"),
("On the [assumption](https://github.com/golang/go/issues/64537#issuecomment-2445056004) that the Go standard library will adopt PQC algorithms, the cert-manager project's current intent is to wait for PQC support in the Go standard library.", "PRS", "'On the assumption that the Go standard library will adopt PQC'"),
# ### Support for ACME Renewal Information (ARI)
("ARI provides a much cleaner method for renewing certificates using the ACME protocol, and comes with the benefit that Let's Encrypt provide exemptions from rate limits if ARI is used correctly.", "S", "ARI, ACME, Let's Encrypt"),
("With the knowledge that the ACME issuer is the most widely used in cert-manager, we'd like to adopt ARI to take advantage of the benefits.", "PRS", "'With the knowledge that ...', 'to take advantage of the benefits'"),
("For background, see the [Let's Encrypt](https://letsencrypt.org/2024/04/25/guide-to-integrating-ari-into-existing-acme-clients.html) guide on adopting ARI.", "S", "a pointer with a description: not template"),
# ### Adoption of Upstream Changes
("Continue to support latest versions, new APIs for upstream Kubernetes and related upstream projects.", "PS"),
("For example:", ""),
("Kubernetes APIs: keep up to date with Kubernetes API changes", "PS"),
("Kubernetes Versions: maintain support for a reasonable spread of Kubernetes versions, and support new versions as quickly as we can", "PHS", "'as quickly as we can'"),
("[ClusterTrustBundle](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.29/#clustertrustbundle-v1alpha1-certificates-k8s-io) support", "PS"),
("Gateway API", "PS", "one roadmap item: a named Kubernetes API"),
# #### Goals for cert-manager `v1.15`
("[x] Graduate Gateway API support to Beta ([#6961](https://github.com/cert-manager/cert-manager/pull/6961))", "S", "checked item: history"),
("[x] Support Kubernetes `v1.30` ([#7006](https://github.com/cert-manager/cert-manager/issues/7006))", "S", "checked item: history"),
# ### Shrinking Core / Aiding Extensibility
("Minimise the surface area of cert-manager's core components to reduce attack surface, binary size, container size and complexity.", "PRS", "'to reduce attack surface, binary size ...'"),
("Nothing in this item should make cert-manager harder to use for any user.", "PS"),
("Mostly it talks about code architecture changes to improve security, reduce blast radius and more tightly scope powerful permissions to only those components which need them.", "H", "describes the item; 'Mostly'"),
("For example:", ""),
("Move \"core\" issuers with dependencies (ACME, Vault, Venafi) into external issuers, which would be still be included in the cert-manager Helm chart but would run separately", "PS", "a roadmap item listed under 'For example:' is planned work; the reason (smaller attack surface) is three sentences up in the same section, not adjacent"),
("Likewise, change all \"core\" DNS solvers into external solvers", "PS", "DNS"),
("Focus on good integration points for external plugins rather than adding things into core", "P"),
# ### PKI Lifecycle
("Enable best-practice PKI management with cert-manager.", "PS"),
("Users with existing PKI deployments should be able to move them into cert-manager, while users getting started with PKI should be able to use cert-manager to achieve their goals.", "PS"),
("For example:", ""),
("Handle CA certs being renewed: deal with the cases where the CA cert is renewed and allow for all signed certs to be renewed", "P", "CA is a category"),
("Make cert-manager a viable way to create and manage private PKI deployments at scale", "PS"),
("Handle trust in a safe way, wherever it needs to be used", "P"),
# ## Notes / See Also
("This file is based on a [CNCF document](https://contribute.cncf.io/maintainers/community/contributor-growth-framework/open-source-roadmaps)", "S", "a pointer with a description"),
("That document has vendor neutrality at its core, and this roadmap is [vendor neutral](https://contribute.cncf.io/maintainers/community/vendor-neutrality/)", "", "describes the document and the roadmap"),
("cert-manager's [Supported Releases](https://cert-manager.io/docs/releases/) page detailing upcoming versions and Kubernetes version support", "S"),
]
