DOC = "kyverno-kdp/opentelemetry-support"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Kyverno Design Proposal - Opentelemetry Support in Kyverno
("Author: [Tathagata Paul](https://github.com/4molybdenum2)", "T"),
("PR: [#3514](https://github.com/kyverno/kyverno/pull/3514)", "T"),
# ## Contents
("[Kyverno Design Proposal - Opentelemetry support in Kyverno](#kyverno-design-proposal---opentelemetry-support-in-kyverno)", "T", "table of contents"),
("[Project Goals](#project-goals)", "T"),
("[Benefits](#benefits)", "T"),
("[Tradeoffs](#tradeoffs)", "T"),
("[Implementation](#implementation)", "T"),
("[Metrics](#metrics)", "T"),
("[Traces](#traces)", "T"),
("[Logs](#logs)", "T"),
# ## Project Goals
("Replace the current Prometheus implementation for metrics with OpenTelemetry instrumentation for Kyverno.", "PSX", "Goals item; reasons in Benefits"),
("Add support for tracing which calls some external API's in Kyverno", "PSX"),
("Add support for exporting logs to a logging backend from Kyverno", "PSX"),
# ## Benefits:
("A single, vendor-agnostic instrumentation library for metrics, logs and traces.", "", "a benefit, not a rule"),
("This essentially means that we can instrument Kyverno to support not only Prometheus but export metrics to other monitoring tools over the course of time.", "S"),
("Decoupling the instrumentation and implementing an OpenTelemetry Collector will allow us to export metrics in different formats just by changing the configuration of the collector.", "S", "prediction"),
("High-quality metrics without comprosing application performance.", ""),
("This can reduce memory issues for Kyverno in large clusters.", "HS", "epistemic 'can' in a prediction"),
("We can add tracing support for Kyverno, to trace and debug errors in functions that make calls to external APIs.", "S", "a benefit (capability), not a rule"),
("TLS while exporting telemetry data to a backend.", "S"),
# ## TradeOffs:
("The current Metrics API is an unstable Alpha stage, therefore with the change in the implementation of OpenTelemetry codebase, it will become necessary for us to maintain it over time.", "S"),
("Currently there is minimal support for logging instrumentation in Opentelemetry.", "S"),
("Documentation is scarce for metrics and logging APIs in Opentelemetry.", "S"),
# ## Implementation:
("Current requirements are that for metrics and traces support.", "P", "scope of the implementation"),
# ### Metrics
("[x] Remove the current Prometheus instrumentation for metrics.", "S", "checked item: history under holdout 3's rule (hard call: the list reads as requirements)"),
("[x] Replace the Prometheus implementation with the Opentelemetry instrumentation for exporting metrics.", "S", "checked item"),
("[x] There must be support such that the metrics can be directly fetched by Prometheus or an Opentelemetry collector, based upon user's choice of exporting the metrics (can be decided using flags).", "S", "checked item, though worded as a requirement"),
("[x] The new implementation must still support the older configurations of exporting metrics directly to Prometheus such that the clients don't need to change anything on their end.", "S", "checked item; would be P+R ('such that the clients don't need to change anything') if unchecked"),
("[x] The GRPC configurations must support TLS.", "S", "checked item"),
("[x] Proper documentation update for configuring a Opentelemetry Collector and exporting metrics using the new implementation.", "S", "checked item"),
("Example Metric Instrumentation:", "", "label"),
("The above is a counter metric which counts the number of admission requests made by a client.", "", "describes the example"),
# ### Traces
("Traces for external calls from Kyverno (for example Cosign) and webhook calls are to be instrumented for generating traces.", "PSX", "reason (trace and debug errors in external calls) in Benefits"),
("The traces are exported to a tracing backend such as Jaeger.", "PS"),
("Example Tracing Instrumentation:", "", "label"),
]
