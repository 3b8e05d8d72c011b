DOC = "chaos-mesh-rfcs/physical-machine-auth"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Physical Machine Auth
# ## Summary
("PhysicalMachineChaos-based auth solution, including end-user authorization and service-to-service authentication.", "PXS", "the proposal in one fragment"),
# ## Motivation
("Chaos Dashboard's Authentication and Authorization scheme is only applicable to single-cluster Kubernetes, and the Chaos Mesh platform needs to be adapted to more scenarios, such as multi-cluster Kubernetes, physical machines, cloud infrastructure, etc.", "S"),
# ### Goals
("end-user authorization on physical machine chaos", "PX", "a goal: scope of the work"),
("service-to-service authentication on physical machine chaos", "PX"),
# ### Non-Goals
("end-user authentication on physical machine chaos (same with other chaos which is using token)", "PR", "non-goal with its reason in parentheses"),
# ## Detailed design
# ### End-user authorization
# #### New Custom Resource: `PhysicalMachine`
("Because there is no concept of pod to filter the target physical machine when performing chaos injection on a physical machine, a resource needs to be introduced to represent the physical machine, which is the new custom resource `PhysicalMachine`.", "PRS"),
("Here is a sample of `PhysicalMachine`.", "S"),
# #### Changes to `PhysicalMachineChaos`
("Remove the `address` field in `PhysicalMachineChaos`, and use the `selector` field to filter the injection range of the experiment.", "PXS"),
# #### RBAC
("According to the above design, there is no need to change the existing `Role`/`ClusterRole` content, because the access to `PhysicalMachine` is included in the api group of `chaos-mesh.org`.", "PRS", "'because the access ... is included'"),
("We have two different ranges of access rights:", "P"),
("clustered scope: permissions for `PhysicalMachines` in all namespaces, so you can experiment with all physical machines.", "PRS", "'so you can experiment'"),
("namespaced scope：permissions for the `PhysicalMachine` in the current namespace, and you can experiment with multiple physical machines in that namespace.", "PS"),
# ### service-to-service authentication
("To secure the service-to-service communication, establish an mTLS connection between chaos-controller-manager and chaosd.", "PRS", "'To secure'"),
("The following certificates are required:", "P"),
("CA certificate: generated when deploying `Chaos Mesh` with `helm` or `install.sh`, and saved in the secret named `chaos-mesh-controller-manager-client-certs` (and on each physical machine)", "PS"),
("certificate of chaos-controller-manager side: generated when deploying `Chaos Mesh` with `helm` or `install.sh`, and saved in the secret named `chaos-mesh-controller-manager-client-certs`", "PS"),
("certificate of chaosd side: generated automatically or manually when adding physical machine information to the cluster, saved on each physical machine", "PS"),
# #### User Cases
("Here is a description of three different usage scenarios of user cases.", ""),
# #### Case1: Automatically generate certificates
("Prerequisites:", ""),
("User deployed `Chaos Mesh` in Kubernetes cluster with security mode", "S", "a user case (usage), not a policy"),
("The node executing the `chaosctl` command can ssh to the target physical machine", "S"),
("The node executing the `chaosctl` command can access the Kubernetes cluster", "S"),
("Steps:", ""),
("User prepares the physical machine using `chaosctl`, the command might be `chaosctl physical-machine init --server=127.0.0.1 --port=2333`, in this step, `chaosctl` generates the certificates on the physical machine side and copies all the required certificates to the target physical machine, then create the `PhysicalMachine` CR in Kubernetes cluster (BTW, `chaosctl pm` can be used instead of `chaosctl physical-machine`)", "HS", "'the command might be': the command is not settled"),
("User starts chaosd service on the physical machine", "S"),
("User creates a physical machine experiment on the dashboard", ""),
("Chaos-controller-manager establishes an mTLS connection when requesting the chaosd service on the physical machine", "S"),
# #### Case2: Manually generate certificates
("Prerequisites:", ""),
("User deployed `Chaos Mesh` in Kubernetes cluster with security mode", "S"),
("The node executing the `chaosctl physical-machine create` command can access the Kubernetes cluster", "S"),
("Steps:", ""),
("User copies the CA certificate from the kubernetes cluster to the physical machine", "S"),
("User uses `chaosctl` to generate the certificates on the physical machine, the command might be `chaosctl physical-machine generate`", "HS"),
("User uses `chaosctl` to create `PhysicalMachine` resource in Kubernetes cluster, the command might be `chaosctl physical-machine create --server=127.0.0.1 --port=2333`", "HS"),
("User starts chaosd service on the physical machine", "S"),
("User creates a physical machine experiment on the dashboard", ""),
("Chaos-controller-manager establishes an mTLS connection when requesting the chaosd service on the physical machine", "S"),
# #### Case3: Without mTLS authentication (Not recommended)
("Prerequisites:", ""),
("User deployed `Chaos Mesh` in Kubernetes cluster without security mode", "S"),
("Steps:", ""),
("User uses `chaosctl` to create `PhysicalMachine` resource in Kubernetes cluster, the command might be `chaosctl physical-machine create --server=127.0.0.1 --port=2333 --protocol=http`", "HS"),
("User starts chaosd service on the physical machine", "S"),
("User creates a physical machine experiment on the dashboard", ""),
("Chaos-controller-manager will use HTTP to request the chaosd service", "S"),
# ## Drawbacks
("Because `PhysicalMachine` is a namespaced scope resource, users can create the same physical machine information on different namespaces, which may cause duplicate injection problems and  it requires the chaosd service API to support idempotency.", "HS", "'may cause'; the idempotency need is a consequence, not a rule"),
# ## Alternatives
("NA", ""),
# ## Unresolved questions
# ### Not support a role to access multiple specified `PhysicalMachines`
("One option considered is to directly use the `resourceNames` field in Kubernetes RBAC to control access by specifying the `name` field of the PhysicalMachine resource.", "S", "the option considered and dropped"),
("However, in practice, we found that `resourceNames` only supports `GET` and `DELETE` APIs, not `LIST`, `WATCH`, `CREATE` and `DELETECOLLECTION` APIs, which makes it impossible for users to select the physical machine they want when operating on the dashboard.", "S"),
("If there is a practical need, we may use `OPA`, `gatekeeper` and other policy frameworks to control the fine-grained permissions more easily.", "HS", "tentative: 'If there is a practical need, we may use'"),
]
