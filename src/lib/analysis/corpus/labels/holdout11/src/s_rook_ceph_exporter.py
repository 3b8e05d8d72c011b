DOC = "rook/ceph-exporter"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Ceph exporter
# ### Goals
("Use Ceph exporter as the new source of metrics based on performance counters coming from every Ceph daemon.", "PXS"),
# ## Use case
("Ceph exporter was created to avoid performance problems at scale obtaining metrics in clusters with high number of daemons (mainly OSDs).", "S", "history of Ceph's exporter, not Rook's decision"),
("The Prometheus manager module was not enough performant to obtain the performance counters from all the daemons along the whole Ceph cluster, so the solution for avoid this problem in big clusters is to have a new daemon collecting all the performance counters from all the daemons in each host, and expose them as standard prometheus metrics at /metrics endpoint for prometheus to scrape each of those endpoints.", "S", "explains Ceph's own design, the reason for this doc's goal"),
# ### Why do we need this daemon in Rook
("With the Ceph exporter, the source of metrics changes in the Ceph clusters.", "S"),
("There will be two main sources of metrics:", ""),
("Prometheus manager module: It is responsible for exposing all metrics other than ceph daemons performance counters.", "S"),
("Ceph exporter: It is responsible for exposing only ceph daemons performance counters as prometheus metrics.", "S"),
("Ceph exporter will be deployed in Rook when the `monitoring.metricsDisabled: false` setting is applied in the CephCluster CR and the Ceph version later than 17.2.7.", "PXS"),
# ## Prerequisites
("Ceph daemon socket files must have ceph user permission", "PS"),
("A hostPath is available for ceph daemon socket dirs", "PS", "a prerequisite stated as a present-tense requirement"),
# ## Implementation details
("Ceph-exporter is a daemon for collecting perf counters of ceph daemons from admin socket files and exposing them to /metrics endpoint.", "S"),
("So we will need the following things:", ""),
("Deploy it similar to crash collector pod", "PX"),
("hostPath for ceph daemon socket dirs under `$dataDirHostPath/exporter`", "PXS"),
("Volumes & VolumeMounts for ceph pods & containers for daemon socket files and also ceph config file", "PXS"),
("Add daemonSocketDir to ChownCephDataDirsInitContainer()", "PXS"),
("Provide a /metrics endpoint: It needs a new K8s service.", "PXS"),
("Needs to be scraped by prometheus: We need to use a Prometheus Service Monitor which select the Ceph exporter service", "PXS"),
# ### Exporter Service
("The exporter service will be created on each of the node where ceph-exporter pod is running.", "PXS"),
("`ceph-exporter-service.yaml`", "S"),
# ### Exporter ServiceMonitor
("A single service monitor that will match all the exporter services.", "PX"),
]
