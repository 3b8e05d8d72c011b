DOC = "karmada/operator-external-etcd-credentials-ref"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Enhance `EcternalEtcd` Configuration to Support Retrieving etcd Client Credentials from a Kubernetes Secret", "T"),
("authors:", "T"),
("\"@jabellard\"", "T"),
("reviewers:", "T"),
("\"@RainbowMango\"", "T"),
("\"@zhzhuang-zju\"", "T"),
("approvers:", "T"),
("\"@RainbowMango\"", "T"),
("\"@zhzhuang-zju\"", "T"),
("creation-date: 2024-07-26", "T"),
# # Enhance `EcternalEtcd` Configuration ...
# ## Summary
("This proposal aims to enhance the `EternalEtcd` configuration in the Karmada API by introducing support for loading external etcd client credentials from a Kubernetes secret.", "PXHS", "'aims to' is a listed hedge"),
("This change will improve the security and manageability of sensitive data, such as TLS certificates and private keys by leveraging Kubernetes' native secret management capabilities.", "S", "a predicted benefit of the change, not a new decision"),
# ## Motivation
("The current implementation of the `ExternalEtcd` configuration requires the etcd client credentials, including the certificate private key, to be provided inline within the configuration.", "S"),
("This approach poses security risks and can be cumbersome to manage, especially in CI/CD scenarios driven by GitOps.", "S"),
("By enabling the ability of loading those credentials from a secret, we can ensure that sensitive data is stored securely and managed more efficiently.", ""),
("Additionally, this enhancement is very well-aligned with Kubernetes best practices for managing sensitive information and provides a more flexible and secure way to configure external etcd connections.", "S"),
# ### Goals
("Add support for connecting to an external etcd cluster.", "PXS"),
("Enable the use of Kubernetes secrets for storing and retrieving external etcd connection credentials.", "PXS"),
("Improve the security of sensitive data by leveraging Kubernetes' native secret management capabilities.", "PS", "a goal whose object is the benefit: no separate reason"),
("Simplify the management of external etcd configurations.", "PXS"),
# ### Non-Goals
("Modifying the internal etcd configuration.", "S"),
("Changing the existing inline configuration approach.", ""),
# ## Proposal
("Introduce a new field, `SecretRef`, within the `ExternalEtcd` configuration to reference a Kubernetes secret that contains the necessary etcd connection credentials.", "PXS", "'to reference' is the object of the field, not a reason"),
("The existing inline configuration fields will be preserved to maintain backward compatibility.", "PR"),
("However, given that they are currently unused, it would make sense to mark them as deprecated.", "H", "tentative suggestion ('it would make sense'): not a policy"),
# ## Design Details
("Introduce the new field `SecretRef` within the `ExternalEtcd` configuration:", "PXS"),
("Type `LocalSecretReference` already exists in the API.", "S"),
# ### Secret Structure
("The Kubernetes secret referenced by `SecretRef` must contain the following data keys:", "PXS"),
("`ca.crt`: The Certificate Authority (CA) certificate data.", "PXS", "one required key of the rule above"),
("`tls.crt`: The TLS certificate data.", "PXS"),
("`tls.key`: The TLS private key data.", "PXS"),
("Example:", ""),
# ### Control Plane Component Configurations
("Today, the Karmada operator stores the in-cluster etcd client credentials in a secret.", "S"),
("That secret is then used as the source of a volume that is mounted into control plane component containers that need to connect to etcd such as `karmada-apiserver`, `karmada-aggregated-apiserver` and `karmada-search`.", "S"),
("The configuration for these components will be very similar when connecting to an external etcd cluster.", "PXS", "states how the components will be configured for external etcd: the design decision of this section"),
]
