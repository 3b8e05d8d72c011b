DOC = "cortex/ruler-ha-new"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: \"Ruler High Availability\"", "T"),
("linkTitle: \"Ruler High Availability\"", "T"),
("weight: 1", "T"),
("slug: ruler-high-availability", "T"),
("Author: [Anand Rajagopal](https://github.com/rajagopalanand)", "T"),
("Date: Aug 2024", "T"),
("Status: Proposed", "T"),
# ## Problem
("Rulers in Cortex currently run with a replication factor of 1, wherein each RuleGroup is assigned to exactly 1 ruler.", "S", "current state"),
("This lack of redundancy creates the following risks:", ""),
("Rule group evaluation", "", "a list label"),
("Missed evaluations due to a ruler outage, possibly caused by a deployment, noisy neighbour, hardware failure, etc.", "H", "'possibly'"),
("Missed evaluations due to a ruler brownout due to other tenant rule groups sharing the same ruler (noisy neighbour)", ""),
("API", "", "a list label; 'API' is a category"),
("Inconsistent API results during resharding (e.g. due to a deployment) when rulers are in a transition state loading rule groups", ""),
("This proposal attempts to mitigate the above risks by enabling a ruler replication factor of greater than 1, allowing multiple rulers to evaluate the same rule group — effectively.", "PRHS", "'to mitigate the above risks' (listed right before); 'attempts to' read like 'try to'"),
# ## Proposal
# ### Make ReplicationFactor configurable
("ReplicationFactor in Ruler is currently hardcoded to 1.", "S"),
("Making this a configurable parameter is the first step to enabling HA in ruler.", "PRS", "the purpose ('to enabling HA') is in the sentence"),
("The parameter value will be 1 by default.", "PS"),
("To enable Ruler HA for rule group evaluation, a new flag will be created", "PRS", "purpose infinitive"),
("A replication factor greater than 1 will result in the following", "PS"),
("Ring will pick R rulers for a rule group where R=RF", "PXS", "the reason (missed evaluations) is in Problem"),
("The primary ruler (R1), when active, will take ownership of the rule group", "PX"),
("Non-primary ruler R2 will check if R1 is active.", "PX"),
("If R1 is not active, R2 will take ownership of the rule group", "PX"),
("Non-primary ruler R3 (if RF=3) will check if R1 and R2 are active.", "PXS"),
("If they are both inactive/unhealthy, then R3 will take owership of the rule group", "PX"),
("Non-primary rulers will drop their ownership when R1 becomes active after an outage", "PX"),
("With this redundancy, the maximum duration of missed evaluations will be limited to the sync interval of the rule groups, reducing the impact of primary Ruler unavailability.", "", "the consequence of the steps above, not a further decision"),
# ### Prometheus change
("No Prometheus change is required for this proposal", "S", "a statement about the design, not a rule"),
# ### API HA
("An interim solution is addressed in this [#5773](https://github.com/cortexproject/cortex/issues/5773) PR.", "S"),
("This will be modified such that the replicas will return both active and passive rule groups and the API handler will continue to de-duplicate the results.", "PX"),
("The difference is that after Ruler HA, the replicas could potentially return proper rule group state if those replicas evaluated the rule group", "HS", "'could potentially'"),
("PRs:", ""),
("For Rule evaluation [#6129](https://github.com/cortexproject/cortex/pull/6129)", "S"),
("For API HA [#5773](https://github.com/cortexproject/cortex/issues/5773)", "S"),
]
