DOC = "cortex/auth-gateway"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: \"Authentication Gateway\"", "T"),
("linkTitle: \"Authentication Gateway\"", "T"),
("weight: 1", "T"),
("slug: \"auth-gateway\"", "T"),
("Author: [Doğukan Teber](https://github.com/dogukanteber)", "T"),
("Date: March 2023", "T"),
("Status: Proposed", "T"),
# ## Overview
("If you run Cortex for multiple tenants you need to identify your tenants every time they send metrics or query them.", "S", "describes the need (current state)"),
("This is needed to ensure that metrics can be ingested and queried separately from each other.", ""),
("For this purpose, the Cortex microservices require you to pass a Header called `X-Scope-OrgID`.", "S", "current behaviour"),
("The Cortex k8s manifests suggest deploying an NGINX server inside of each tenant which acts as a reverse proxy.", "S", "current practice"),
("Its sole purpose is proxying the traffic and setting the `X-Scope-OrgID` header for your tenant.", "S"),
# ## Proposal
("We propose to solve this problem by adding a gateway that can be considered the entry point for all requests towards Cortex.", "PXS", "'to solve this problem' points back to the Overview; 'can be considered' describes, it is not a hedge"),
("This gateway will be responsible for handling multi-tenancy features without complicated proxy configuration.", "PX"),
("This gateway will be located in another repository, [cortexproject/auth-gateway](https://github.com/cortexproject/auth-gateway).", "PS"),
("For the first version, basic authentication will be supported.", "P", "'basic authentication' read as a kind of mechanism, not a name; 'first version' is a version without a measure"),
("However, as the project grows, it is planned to support different authentication mechanisms according to the needs of the users.", "P"),
("We would like to have a simple configuration format.", "P"),
("The following is the proposed configuration:", "", "introduces the YAML block"),
("`debug` will be used for endpoints that do not require authentication, ie. /metrics, /ready, /pprof.", "PS"),
("If no paths are given in the component, such as `frontend`, the default API paths of that component will be registered.", "PS"),
("If paths are provided, then the provided API paths will override the default API paths.", "P"),
("Additionally, the users will be able to specify custom timeouts for each component similar to [NGINX](https://github.com/cortexproject/cortex-helm-chart/blob/571fc2a5f184b6b7c243bac3727503264249bfd1/templates/nginx/nginx-config.yaml#L50-L55).", "PS"),
("Note that only the distributor and query-frontend are mentioned in the example configuration.", "S"),
("However, in addition to the distributor and query-frontend, alertmanager and ruler will be supported.", "PS"),
("The same configurations can be done for these components as well.", "P"),
("The time values that are specified in the above configuration are not tested and are only given as an example.", ""),
("The default values for these fields will be decided later when comprehensive tests are conducted.", "P", "defers the decision to a stated process"),
("Finally, we will ensure the load is balanced between the targets similar to NGINX in which there is a configurable dns refresh parameter and a round-robin between all the hosts.", "PS"),
]
