DOC = "vitess-enhancements/vep-3"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # VEP-3 Vitess Upgrade Order
# ## Abstract
("Vitess is predominantly a two layer system.", "S", "current architecture; binary names are specific"),
("At the top layer, we have vtgate, vtctld and vtworker.", "S"),
("At the next layer, we have vttablet which connects to mysql.", "S"),
("In Kubernetes, we also use mysqlctld as a sidecar to manage the life cycle of the underlying mysql.", "S"),
("This would belong to the vttablet layer.", "S"),
("Vitess also relies on an externally configured \"topo server\", which can be configured and upgraded independently.", "S"),
("In terms of interaction, the top layer sends requests to the vttablets.", "S"),
("The vttablets send messages to each other.", "S"),
("VTTablets also send messages to mysqlctld.", "S"),
("There is a currently unused use case where a vttablet can send a message to a vtgate requesting it to resolve a hung two-pc transaction.", "S"),
("This use case will not be taken into consideration in this document.", "", "scope, not a policy"),
("The previous upgrade order for vitess has used the \"bottom to top\" approach.", "S", "history"),
("This would imply the following order: mysqlctld, vttablet, vtgate, vtctld.", "S"),
("VTGate and vtctld can be upgraded in any order because they don't depend on each other.", "S", "describes the old order"),
("The advantage of a bottom to top upgrade order is that a new API can be implemented in the bottom layer, and that API can be immediately used by the top layer.", ""),
("While deploying the top layer, the bottom layers would already be upgraded.", ""),
("So, the new binaries will work.", ""),
("The old binaries will also continue to work because of backward compatibility.", ""),
("However, this approach poses a problem: one must upgrade all vttablets before upgrading the top layer.", "S", "the old requirement, described"),
("This is not very practical because it's not possible to canary the vtgates: Deploying a new vtgate before all vttablet will make it connect to the older vttablets and use the newer API, and this will end up failing.", "S"),
("The same problem exists for vtctld.", "S"),
("In order to support the above use case, we will remove the upgrade order requirements starting from version 8.0: Components can be upgraded in any order.", "PRS", "'In order to support the above use case'"),
("This means that a new version of a server must work with an older version as well as the current version.", "PR", "consequence of the decision, reason in the sentence before"),
("The does not change the one-version backward compatibility guarantee: For example, to upgrade from version 4.0 to 6.0, one must upgrade to version 5.0 first.", "PS", "restates the standing one-version guarantee; example in the same sentence"),
]
