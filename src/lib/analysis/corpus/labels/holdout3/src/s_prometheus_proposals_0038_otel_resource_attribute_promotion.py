DOC = "prometheus-proposals/0038-otel-resource-attribute-promotion"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # OTel resource attribute promotion
("**Owners:**", "T"),
("Arve Knudsen [@aknuds1](https://github.com/aknuds1) [arve.knudsen@grafana.com](mailto:arve.knudsen@grafana.com)", "T"),
("**Implementation Status:** Partially implemented", "T"),
("**Related Issues and PRs:**", "T"),
("[WIP: OTLP Translator prometheusremotewrite: Support resource attribute promotion](https://github.com/prometheus/prometheus/pull/14200)", "T", "link-only metadata line"),
("**Other docs or links:**", "T", "empty template field"),
("This proposal collects the requirements and implementation proposals for supporting OTel resource attribute promotion to labels.", "S"),
# ## Why
("Currently, Prometheus encodes OpenTelemetry (OTel for short) [resource attributes](https://github.com/open-telemetry/opentelemetry-specification/blob/main/specification/resource/sdk.md) as labels of the `target_info` metric.", "S"),
("OTel resource attributes model metadata about the environment producing metrics received by the backend (e.g. Prometheus).", "S"),
("Typically, OTel users want to include some of these attributes (as `target_info` labels) in their Prometheus query results, to correlate them with entities of theirs (e.g. K8s pods).", "HS", "'Typically'"),
("This is similar to copying target labels from Service Discovery attributes.", "S", "Service Discovery: a named Prometheus feature"),
("For example, users commonly copy `namespace`, `deployment`, etc. labels to make it easier to query the metrics.", "S", "'commonly' reports frequency, not the author's doubt"),
("They should be able to copy over similar attributes when ingesting OTLP, i.e, `k8s.namespace.name`, `k8s.deployment.name`, etc.", "PRS", "a requirement; the sentence before gives the reason (easier to query)"),
("Based on user demand, it would be preferable if Prometheus were to have better UX for including OTel resource attributes in query results.", "HS", "'it would be preferable' is a tentative wish, not a decision"),
("The current solution is to join with `target_info in queries, to pick also the labels one is interested in (corresponding to OTel resource attributes).", "S"),
("This requires relatively advanced knowledge of PromQL though and is a barrier to many users.", "S"),
("Take as an example querying HTTP request rates per K8s cluster and status code, while having to join with the `target_info`metric to obtain the`k8s.cluster.name`resource attribute (encoded as`k8s_cluster_name`):", "S"),
# ### Pitfalls of the current solution
("As already mentioned, the current solution of including OTel resource attributes in query results through join queries represents a technical barrier to users.", "S"),
("Also, it requires the user to know which `target_info` labels can be joined on (i.e., `job` and `instance`), plus which labels represent the various OTel resource attributes.", "S"),
("All in all, the UX for including OTel resource attributes in Prometheus query results is not very smooth.", "S"),
# ## Goals
("Goals and use cases for the solution as proposed in [How](#how):", "T", "verbatim from the proposals template"),
("Support, in the OTLP endpoint, automatic promotion of a configurable set of OTel resource attributes to metric labels.", "PSX", "Goals item; reasons in Why"),
# ### Audience
("Prometheus maintainers.", "S", "audience: a named group"),
# ## How
("Make the OTLP endpoint support a configurable set of OTel resource attributes to promote to metric labels.", "PSX"),
("Add a Prometheus configuration parameter for which OTel resource attributes to promote (default: none).", "PSX"),
("With OTel resource attribute promotion configured to `[k8s.cluster.name]`, we can simplify the previously given PromQL join example as follows:", "S", "example"),
# ## Alternatives
# ### Simplify joins with info metrics in PromQL
("Instead of promoting selected OTel resource attributes to labels at ingest time, another [proposal](https://github.com/prometheus/proposals/pull/37) is to simplify the joining with `target_info` in queries.", "S"),
("These proposals are not necessarily competing though, as the respective proposed features can co-exist.", ""),
# #### Pros
("Avoids having to add more labels to metrics than strictly required to identify them.", "", "pro of the alternative: argument, not a rule"),
("Avoids series churn when one or more of the promoted OTel resource attributes change.", "S"),
("More labels per metric increases CPU/memory usage.", ""),
("Avoids the user having to decide up front which OTel resource attributes to promote at ingestion time.", "S"),
("Avoids series churn when the user changes which OTel resource attributes to promote.", "S"),
("Simply improves the UX for the existing solution of encoding OTel resource attributes as `target_info` labels.", "S"),
# #### Cons
("Much more complicated to implement.", ""),
("Requires the user to call `info` in their queries.", "S"),
# ## Action Plan
("The tasks to do in order to migrate to the new idea.", "T", "verbatim from the template"),
("[ ] https://github.com/prometheus/prometheus/pull/14200", "PSX", "open action item (finish this PR): planned work; only a link, no reason"),
]
