DOC = "karmada/operator-custom-leaf-cert-validity"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Support to Configure Leaf Certificate Validity Period in Karmada Operator", "T"),
("authors:", "T"),
("\"@jabellard\"", "T"),
("reviewers:", "T"),
("\"@RainbowMango\"", "T"),
("approvers:", "T"),
("\"@RainbowMango\"", "T"),
("creation-date: 2025-02-28", "T"),
# # Support to Configure Leaf Certificate Validity Period in Karmada Operator
# ## Summary
("This proposal aims to extend the Karmada operator with support for configuring the validity period of leaf certificates (e.g., API server certificate).", "PXHS", "'aims to' is a listed hedge"),
("By allowing users to specify the validity period in days, this feature provides flexibility to align with organizational security policies and certificate management practices.", ""),
# ## Motivation
("In scenarios where security policies require frequent rotation of certificates, the ability to configure the validity period of leaf certificates is essential.", ""),
("This feature ensures that the Karmada control plane can adhere to these policies by allowing users to specify a custom validity period for leaf certificates.", "S"),
# ### Goals
("Allow users to specify the validity period of leaf certificates in days.", "PX"),
("Ensure that the configuration option is optional and defaults to the current behavior if not specified.", "PX"),
("Enable operators to align Karmada control plane PKI with organizational security policies.", "PS"),
# ### Non-Goals
("Change the default behavior of the Karmada operator when no custom validity period is provided.", "S"),
# ## Proposal
("The proposal introduces a new optional field, `LeafCertValidityDays`, in the `CustomCertificate` struct, where users can specify the validity period of leaf certificates in days.", "PXS"),
# ### User Stories
("As a cloud infrastructure architect, I want to configure the validity period of leaf certificates to comply with my organization's security policies.", ""),
# ### Risks and Mitigations
("*Incorrect Validity Period*: If the provided validity period is not a positive integer, the control plane setup may fail.", "", "technical possibility under a condition: not a hedge"),
("*Mitigation*: The operator will validate the provided validity period, ensuring it is a positive integer, and return detailed error messages if the configuration is incorrect.", "PR", "a mitigation: the reason is the risk just before"),
("*Backward Compatibility*: Introducing a custom validity period feature might impact users who do not need or configure this option.", "H"),
("*Mitigation*: This feature is fully optional; if no validity period is provided, the operator will default to the current behavior of 1 year, maintaining backward compatibility.", "PRS"),
# ## Design Details
("The `LeafCertValidityDays` field in `CustomCertificate` will allow users to specify the validity period of leaf certificates in days.", "PXS"),
("During the reconciliation process, the Karmada operator will:", "PXS"),
("Check if `CustomCertificate.LeafCertValidityDays` is set.", "PXS"),
("If specified:", ""),
("Use the provided validity period to derive the `NotAfter` field of the leaf certificate.", "PXS"),
("If not specified:", ""),
("Default to the current behavior of setting the `NotAfter` field to 1 year from the `NotBefore` field", "PXS"),
("This feature requires minimal changes to the reconciliation process and does not impact existing installations that do not specify a custom validity period.", ""),
]
