DOC = "otel-oteps/0007-no-out-of-band-reporting"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("[!WARNING]", "T", "note marker"),
("OTEPs have been moved to the [Specification](https://github.com/open-telemetry/opentelemetry-specification/tree/main/oteps/) repository.", "T", "site banner, verbatim on every OTEP"),
("This repository has been preserved for reference purposes.", "T"),
("Please otherwise refer to the Specification.", "T"),
# # Remove support to report out-of-band telemetry from the API
# ## TL;DR
("This section tries to summarize all the changes proposed in this RFC:", "H", "'tries to'; a lead-in, not a rule"),
("Remove API requirement to support reporting out-of-band telemetry.", "PX", "the decision; reasons in Motivation and Internal details. 'API' alone counted generic"),
("Move Resource to SDK, API will always report telemetry for the current application so no need to allow configuring the Resource in any instrumentation.", "PRS", "'so no need to allow configuring' is the benefit"),
("New APIs should be designed without this requirement.", "PX"),
# ## Motivation
("Currently the API package is designed with a goal to support reporting out-of-band telemetry, but this requirements forces a lot of trade-offs and unnecessary complicated APIs (e.g. `Resource` must be exposed in the API package to allow telemetry to be associated with the source of the telemetry).", "S"),
("Reporting out-of-band telemetry is a required for the OpenTelemetry ecosystem, but this can be done via a few different other options that does not require to use the API package:", "S", "'can be done' is possibility of existing tools, not a hedge"),
("The OpenTelemetry Service, users can write a simple [receiver][otelsvc-receiver] that parses and produces the OpenTelemetry data.", "S"),
("Using the SDK's exporter framework, users can write directly OpenTelemetry data.", "S"),
# ## Internal details
("Here is a list of decisions and trade-offs related to supporting out-of-band reporting:", ""),
("Add `Resource` concept into the API.", "S", "a cost of the rejected option, not this document's policy"),
("Example in the create metric we need to allow users to specify the resource, see [here][create-metric].", ""),
("The developer that writes the instrumentation has no knowledge about where the monitored resource is deployed so there is no way to configure the right resource.", ""),
("[RFC](./trace/0002-remove-spandata.md) removes support to report SpanData.", "S"),
("This will require that the trace API has to support all the possible fields to be configured via the API, for example need to allow users to set a pre-generated `SpanId` that can be avoided if we do not support out-of-band reporting.", "S", "consequence of the rejected option"),
("Sampling logic for out-of-band spans will get very complicated because it will be incorrect to sample these data.", "", "prediction"),
("Associating the source of the telemetry with the telemetry data gets very simple.", "", "consequence of the decision"),
("All data produced by one instance of the API implementation belongs to only one Application.", "PX", "the rule the decision sets; reasons in Motivation"),
("This can be rephrased as \"one API implementation instance\" can report telemetry about only the current Application.", "PX", "restates the rule"),
# ### Resource changes
("This RFC does not suggest to remove the `Resource` concept or to modify any API in this interface, it only suggests to move this concept to the SDK level.", "PSX"),
("Every implementation of the API (SDK in OpenTelemetry case) instance will have one `Resource` that describes the running Application.", "PSX"),
("There may be cases where in the same binary there are multiple Application running (e.g. Java application server), every application will have it's own SDK instance configured with it's own `Resource`.", "PHSX", "'There may be cases' epistemic; the second clause is the rule"),
# ## Related Issues
("[opentelemetry-specification/62](https://github.com/open-telemetry/opentelemetry-specification/issues/62)", "T", "link-only line"),
("[opentelemetry-specification/61](https://github.com/open-telemetry/opentelemetry-specification/issues/61)", "T", "link-only line"),
]
