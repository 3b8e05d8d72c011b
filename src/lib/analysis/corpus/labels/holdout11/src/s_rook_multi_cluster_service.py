DOC = "rook/multi-cluster-service"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Multi-cluster Service support for clusters with overlapping networks
# ## Use case
("As a rook-ceph user, I should be able to setup mirroring across multiple clusters with overlapping networks in order to protect my data in case of any disaster.", "S", "a user story, not a decision"),
# ## Summary
("Sometimes users wish to connect two Kubernetes clusters into a single logical cluster.", "S"),
("Often, both clusters may have a standardized install with overlapping CIDRs (Service CIDR and/or Pod network CIDR).", "HS", "epistemic 'may'"),
("The Kubernetes \"sig-multicluster\" community SIG defines a Multi-Cluster Services (MCS) API for providing cross-cluster connectivity from pods to remote services using global IPs.", "S"),
("In order to support Kubernetes clusters connected by an MCS API-compatible application, Rook needs to use \"clusterset\" IPs instead of the Services' cluster IPs.", "PRS"),
# ## Prerequisite
("Peer clusters should be connected using an MCS API compatible application.", "PS"),
("For example [Submariner Globalnet](https://submariner.io/getting-started/quickstart/)", "S"),
# ## Service of OSD pods
("For scenarios like RBD mirroring, peers need direct access to Ceph OSDs.", "S"),
("Each OSD will have to have a standard ClusterIP Service created for it to allow this.", "PRS", "'to allow this' points to the direct access just named"),
("The OSD Service will be created only when multi-cluster networking support is enabled.", "PXS"),
("The reference implementation used for development of this feature is [Submariner](https://submariner.io/getting-started/quickstart/).", "S"),
("In the reference implementation, it is important for Services to be of `type` ClusterIP.", "PRS", "the next sentence gives the reason (headless Services lack internal routing)"),
("Headless Services don't have internal routing between OSDs local to a cluster or any other Ceph daemons local to the cluster.", "S"),
# ## API Changes
("Provide an option to enable `multiClusterService` in the `cephCluster` CR", "PXS"),
# ## Service Export
("`ServiceExport` CR is used to specify which services should be exposed across all the clusters in the cluster set.", "S", "describes the MCS API resource"),
("The exported service becomes accessible as `<service>.<ns>.svc.clusterset.local`.", "S"),
("Create ServiceExport resource for each mon and OSD service.", "PXS"),
("Here, the ServiceExport resource name should be the name of the service that should be exported.", "PS"),
# ## Implementation Details
("For each mon and OSDs service:", "S"),
("Create a corresponding `ServiceExport` resource.", "PXS"),
("Verify that status of the `ServiceExport` should be `true`.", "PXS"),
("Sample Status:", ""),
("Obtain the global IP for the exported service by issuing a DNS query to `<service>.<ns>.svc.clusterset.local`.", "PXS"),
("Use this IP in the `--public-addr` flag when creating the mon or OSD deployment.", "PXS"),
("The OSD will bind to the POD IP with the flag `--public-bind-addr`", "PXS"),
("Ensure that mon endpoints configMap has the global IPs.", "PXS"),
# ## Upgrade
("The mons don't work on updating the IPs after they're already running.", "S"),
("The monmap remembers the mon Public IP, so if it changes, they will see it as an error state and not respond on the new one.", "S"),
("If user enables `multiClusterService` on an existing cluster where mons are already using the Cluster IP of the kubernetes service, then the operator should failover each mon to start a new mon.", "PRS", "the reason is the previous item (mons cannot take a new IP); 'to start a new mon' is the means"),
]
