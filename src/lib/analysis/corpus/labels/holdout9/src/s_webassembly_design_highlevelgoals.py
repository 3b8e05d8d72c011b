DOC = "webassembly-design/HighLevelGoals"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # WebAssembly High-Level Goals
("Define a [portable](Portability.md), size- and load-time-efficient [binary format](MVP.md#binary-format) to serve as a compilation target which can be compiled to execute at native speed by taking advantage of common hardware capabilities available on a wide range of platforms, including [mobile](https://en.wikipedia.org/wiki/Mobile_device) and [IoT](https://en.wikipedia.org/wiki/Internet_of_Things).", "PR", "goal statement (policy); 'to serve as a compilation target' states its purpose; 'native speed', mobile and IoT are not measures or names"),
("Specify and implement incrementally:", "P", "goal lead-in"),
("develop new features as independent [proposals];", "P"),
("maintain [layering], with a core spec focused on pure sandboxed computation, with host interactions factored out into higher specification layers;", "P"),
("preserve backwards compatibility;", "P"),
("prioritize new features according to feedback and experience; and", "P"),
("avoid biasing towards any one programming language family.", "P"),
("Design to execute within and integrate well with the *existing* [Web platform](Web.md):", "P", "goal: Web platform read as a category here, not a named system"),
("maintain the versionless, [feature-tested](FeatureTest.md) and backwards-compatible evolution story of the Web;", "P"),
("execute in the same semantic universe as JavaScript;", "PS"),
("allow synchronous calls to and from JavaScript;", "PS"),
("enforce the same-origin and permissions security policies;", "PS", "same-origin policy: a named web security policy"),
("access browser functionality through the same Web APIs that are accessible to JavaScript; and", "PS"),
("define a human-editable text format that is convertible to and from the binary format, supporting View Source functionality.", "PRS", "'supporting View Source functionality' gives the benefit"),
("Design to support [non-browser embeddings](NonWeb.md) as well.", "P"),
("Make a great platform:", "P"),
("promote [compilers and tools targeting WebAssembly];", "PS"),
("enable other useful [tooling](Tooling.md);", "P"),
("maintain a high level of [determinism]; and", "P"),
("specify using [formal semantics].", "P"),
]
