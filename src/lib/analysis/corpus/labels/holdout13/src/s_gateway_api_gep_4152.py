DOC = "gateway-api/gep-4152"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: \"GEP-4152: Extending TLS Validation in BackendTLSPolicy\"", "T", "front matter"),
("Issue: [#4152](https://github.com/kubernetes-sigs/gateway-api/issues/4152)", "T", "metadata line"),
("Status: Provisional", "T", "metadata line"),
# ## TLDR
("The ability for the `BackendTLSPolicy` to skip TLS verification or to validate certificates based on their fingerprint or public key hash.", "PXS", "the proposal as a fragment; reasons in Motivation"),
# ## Motivation
("The current `BackendTLSPolicy` follows a secure-by-default approach that requires users to provide a trusted CA certificate bundle or rely on the system’s default certificate store (which typically includes root CAs) to validate backend server certificates.", "HS", "'typically'"),
("However, real-world deployments include cases where strict certificate validation may not be possible or practical, e.g., Development and testing environments that use self-signed certificates generated dynamically at runtime.", "H", "epistemic 'may not be possible'"),
("In such scenarios, users may need the flexibility to disable certificate verification or to use certificate pinning.", "H", "'may need'"),
("Certificate pinning offers a safer and more controlled alternative, instead of bypassing TLS validation, the gateway verifies that the backend’s certificate matches a known fingerprint or public key hash.", ""),
("This preserves the confidentiality and integrity guarantees of TLS while removing the operational overhead of managing full certificate chains or trusted CA bundles.", "S"),
# ### User Stories
("As an application developer, I want the option to disable backend TLS certificate verification on a per-backend basis, so I can connect to services using dynamically generated or self-signed certificates during development or testing.", "S", "a user story: a need, not a policy"),
("As an application developer, I want secure-by-default behavior, ensuring that certificate verification is always enabled unless I explicitly opt out, to prevent accidentally deploying insecure configurations to production.", ""),
("As an application developer, I want an alternative to disabling verification, such as certificate or SPKI pinning, so I can securely communicate with backends using self-signed certificates without managing CA bundles.", "S"),
("As a gateway operator, I want to control whether skipping TLS validation is permitted for specific Gateways.", "S"),
("As a security officer, I want transparency and auditability into where TLS verification has been disabled.", "S"),
# ## Goals
("Enable connecting to backends over TLS without requiring certificate verification.", "PXS", "a goal"),
("Support certificate and SPKI pinning as alternatives to disabling verification or relying on CA trust chains.", "PXS"),
("Maintain a secure-by-default approach, with certificate verification enabled unless explicitly opted out.", "PX"),
("Provide operator-level controls so Gateway constraints can restrict or permit the use of skip-verify.", "PRS", "'so Gateway constraints can restrict or permit'"),
("Provide clear runtime indicators that security is degraded when TLS validation is disabled.", "PXS"),
# ## API
("**TODO**: First PR will not include any implementation details, in favor of building consensus on the motivation, goals and non-goals first.", "PR", "'in favor of building consensus'; a TODO that defers the API"),
("_\"How?\"_ we implement shall be left open-ended until _\"What?\"_ and _\"Why?\"_ are solid.", "P"),
# ## References
("[GEP-1897: BackendTLSPolicy - Explicit Backend TLS Connection Configuration](/geps/gep-1897/)", "S", "an authored reference"),
]
