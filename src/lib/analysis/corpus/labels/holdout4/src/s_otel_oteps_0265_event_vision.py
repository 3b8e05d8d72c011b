DOC = "otel-oteps/0265-event-vision"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("[!WARNING]", "T", "note marker"),
("OTEPs have been moved to the [Specification](https://github.com/open-telemetry/opentelemetry-specification/tree/main/oteps/) repository.", "T", "site banner, verbatim on every OTEP"),
("This repository has been preserved for reference purposes.", "T"),
("Please otherwise refer to the Specification.", "T"),
# # Event Basics
# ## Motivation
("The introduction of Events has been contentious, so we want to document and agree on a few basics.", "S", "the document's purpose, not a rule about future work; Events is OpenTelemetry's named concept"),
# ### What are OpenTelemetry Events?
("OpenTelemetry Events are a type of OpenTelemetry Log that requires an event name and follows a specific structure implied by that event name.", "PS", "a definition the document settles"),
("They are a core concept in OpenTelemetry Semantic Conventions.", "S"),
# ### OTLP
("Since OpenTelemetry Events are a type of OpenTelemetry Log, they share the same OTLP log data structure and pipeline.", "PRS", "causal 'Since'"),
# ### API
("OpenTelemetry SHOULD provide a (user-facing) Logs API that includes the capability to emit OpenTelemetry Events.", "PS", "SHOULD in a spec: requirement"),
# ### Interoperability with other logging libraries
("OpenTelemetry SHOULD provide a way to send OpenTelemetry Logs from the OpenTelemetry Logs API to other logging libraries (e.g., Log4j).", "PRS", "benefit in the next sentence"),
("This allows users to integrate OpenTelemetry Logs into an existing (non-OpenTelemetry) log stream.", "S"),
("OpenTelemetry SHOULD provide a way to bypass the OpenTelemetry Logs API entirely and emit OpenTelemetry Logs (including Events) directly via existing language-specific logging libraries, if that library has the capability to do so.", "PS", "the sentence before is the reason for the previous requirement; 'if' is a condition"),
("OpenTelemetry will recommend that [instrumentation libraries](https://github.com/open-telemetry/opentelemetry-specification/blob/main/specification/glossary.md#instrumentation-library) use the OpenTelemetry Logs API to emit OpenTelemetry Events rather than using other logging libraries to emit OpenTelemetry Events.", "PRS", "reason in the next sentence"),
("This recommendation aims to provide users with a simple and consistent onboarding experience that avoids mixing approaches.", "H", "'aims to' is on holdout3's hedge list, though here it states a purpose (hard call)"),
("OpenTelemetry will also recommend that application developers use the OpenTelemetry Logs API to emit OpenTelemetry Events instead of using another logging library, as this helps prevent accidentally emitting logs that lack an event name or are unstructured.", "PRS", "causal 'as'"),
("Recommending the OpenTelemetry Logs API for emitting OpenTelemetry Events, rather than using other logging libraries, contributes to a clearer overall OpenTelemetry API story.", "S", "a reason, not a new rule"),
("This ensures a unified approach with first-class user-facing APIs for traces, metrics, and events, all suitable for direct use in native instrumentation.", ""),
# ### Relationship to Span Events
("Events are intended to replace Span Events in the long term.", "PS", "no reason given"),
("Span Events will be deprecated to signal that users should prefer Events.", "PRS", "'to signal' is the purpose"),
("Interoperability between Events and Span Events will be defined in the short term.", "PS"),
# ### SDK
("This refers to the existing OpenTelemetry Logs SDK.", "S"),
# ## Alternatives
("Many alternatives were considered over the past 2+ years.", "S", "'2+ years' measures the time spent"),
("These alternatives primarily boil down to differences in naming (e.g. whether to even use the word Event) and organization (e.g. whether Event API should be something separate from Logs API).", "S"),
("The state of this OTEP represents the option that we think will be the least confusing to the most number of users across the wide range of different language ecosystems that are supported.", "HS", "'we think' softens the claim (hard call)"),
# ## Open questions
("How to support routing logs from the Logs API to a language-specific logging library while simultaneously routing logs from the language-specific logging library to an OpenTelemetry Logging Exporter?", "S"),
("How do log bodies interoperate with other logging libraries?", ""),
("OpenTelemetry Logs have two places to put structure (attributes and body), while often logging libraries only have one layer of structure, which makes it non-obvious how to do a two-way mapping between them in this case.", "S"),
("How do event bodies interoperate with Span Events?", "S"),
("Should the Logs API have an `Enabled` function based on severity level and event name?", "S"),
("What kind of capabilities should the OpenTelemetry Logs API have now that it is user-facing?", "S"),
("(Keeping in mind the bundle size constraints of browsers and possibly other client environments.)", "H"),
("What kind of ergonomic improvements make sense now that the OpenTelemetry Logs API is user-facing?", "S"),
("(Keeping in mind the bundle size constraints of browsers and possibly other client environments.)", "H"),
("How do OpenTelemetry Events relate to raw metric events?", "S"),
("(e.g. [opentelemetry-specification/617](https://github.com/open-telemetry/opentelemetry-specification/issues/617)).", "S", "issue reference inside the question, not a navigation line"),
("How do OpenTelemetry Events relate to raw span events?", "S"),
("(e.g. a [streaming SDK](https://github.com/search?q=repo%3Aopen-telemetry%2Fopentelemetry-specification+%22streaming+sdk%22&type=issues)).", ""),
("Should event name be captured as an attribute or as a top-level field?", ""),
("How will Event / Span Event interoperability work in the presence of sampling (e.g. since Span Events are sampled along with Spans)?", "S"),
]
