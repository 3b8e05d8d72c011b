DOC = "gateway-api/style-guide"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
('title: "Documentation Style Guide"', "T", "front matter"),
("weight: 3", "T", "front matter"),
("Gateway API aims to adhere to the upstream [Kubernetes Documentation Style Guide](https://kubernetes.io/docs/contribute/style/style-guide/) wherever possible.", "PHS", "'aims to', 'wherever possible'"),
("This guide should be considered an extension of that guide.", "P", "'should be considered' here means 'is': not a hedge"),
("Whenever there is conflicting guidance, the information contained in this guide has precedence for Gateway API documentation.", "PS"),
# ## Name of the Project
("This project is named \"Gateway API\", not \"the Gateway API\".", "PS"),
("As such, the only time it is acceptable to use \"the Gateway API\" is when it is part of a broader term, such as \"the Gateway API maintainers\".", "PS", "'As such' draws the rule from the name, no reason for it"),
# ## Callouts
("To implement callouts in documentation, we make use of [Hugo shortcodes](https://gohugo.io/content-management/shortcodes/).", "PS", "'To implement callouts' is the object, not a benefit"),
# ### Release Channels
("Wherever possible, we try to clearly state which release channel a resource or feature is currently included in, and which version it was introduced to that channel.", "PH", "'Wherever possible', 'try to'"),
("To accomplish that, we use shortcodes that look like this:", "P"),
('{{< details title="Standard Channel since v0.5.0" >}}', "T", "shortcode markup of the example"),
("The `HTTPRoute` resource is GA and has been part of the Standard Channel since `v0.5.0`.", "S", "the example callout's text"),
("For more information on release channels, refer to our [versioning guide](/docs/concepts/versioning/).", "T", "pointer inside the example"),
("{{< /details >}}", "T"),
('{{< details title="Experimental Channel since v0.3.0" >}}', "T"),
("The `TLSRoute` resource is Alpha and has been part of the Experimental Channel since `v0.3.0`.", "S"),
("For more information on release channels, refer to our versioning guide.", "T"),
("{{< /details >}}", "T"),
# ## Diagrams
("In many cases, diagrams are the best way to explain a concept.", "H", "'In many cases' (like 'in most cases')"),
("Unfortunately they can be hard to maintain and update.", ""),
("To ensure diagrams are more maintainable, we strongly recommend using the built-in support for [Mermaid](https://mermaid.js.org/) diagrams.", "PRS"),
("Here is a simple example of a diagram:", ""),
("Whenever it's not practical to use Mermaid diagrams, we ask that you link to a source that enables anyone to make a copy and edit as needed.", "PRHS", "'that enables anyone to make a copy and edit' is the purpose; 'as needed' listed hedge"),
]
