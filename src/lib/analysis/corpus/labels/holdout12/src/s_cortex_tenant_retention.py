DOC = "cortex/tenant-retention"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: \"Retention of Tenant Data from Blocks Storage\"", "T"),
("linkTitle: \"Retention of Tenant Data from Blocks Storage\"", "T"),
("weight: 1", "T"),
("slug: tenant-retention", "T"),
("Author: [Allenzhli](https://github.com/Allenzhli)", "T"),
("Date: January 2021", "T"),
("Status: Accepted, Implemented in [PR #3879](https://github.com/cortexproject/cortex/pull/3879).", "T", "metadata line, although it names a PR"),
# ## Retention of tenant data
# ## Problem
("Metric data is growing over time per-tenant, at the same time, the value of data decreases.", ""),
("We want to have a retention policy like prometheus does.", "PRS", "the goal of the proposal; the reason is the previous sentence (value of data decreases): R"),
("In Cortex, data retention is typically achieved via a bucket policy.", "S", "current practice; 'typically' describes the practice, it is not the author's doubt"),
("However, this has two main issues:", ""),
("Not every backend storage support bucket policies", ""),
("Bucket policies don't easily allow a per-tenant custom retention", ""),
# ## Background
# ### tenants
("When using blocks storage, Cortex stores tenant’s data in object store for long-term storage of blocks, tenant id as part of the object store path.", "S"),
("We discover all tenants via scan the root dir of bucket.", "", "current behaviour"),
# ### runtime config
("Using the \"overrides\" mechanism (part of runtime config) already allows for per-tenant settings.", "S", "names the overrides mechanism"),
("See [runtime-configuration-file](https://cortexmetrics.io/docs/configuration/arguments/#runtime-configuration-file) for more details.", "T", "link pointer"),
("Using it for tenant retention would fit nicely.", "", "a judgement leading to the proposal, not itself the decision"),
("Admin could set per-tenant retention here, and also have a single global value for tenants that don't have custom value set.", "H", "'could' as a tentative suggestion"),
# ## Proposal
# ### retention period field
("We propose to introduce just one new field `RetentionPeriod` in the Limits struct(defined at pkg/util/validation/limits.go).", "PXS", "the reason is in Problem/Background (bucket policies are not per tenant)"),
("`RetentionPeriod` setting how long historical metric data retention period per-tenant.", "PXS"),
("`0` is disable.", "PS"),
("Runtime config is reloaded periodically (defaults to 10 seconds), so we can update the retention settings on-the-fly.", "S", "describes the existing reload; the 'so' gives a benefit but the sentence states no new decision"),
("For each tenant, if a tenant-specific *runtime_config* value exists, it will be used directly, otherwise, if a default *limits_config* value exists, then the default value will be used; If neither exists, do nothing.", "PS", "'otherwise' is a fallback branch, not a reason"),
# ### Implementation
("A BlocksCleaner within the Compactor run periodically (which defaults to 15 minutes) and the retention logic will insert into it.", "PS"),
("The logic should compare retention value to block `maxTime` and blocks that match `maxTime < now - retention` will be marked for delete.", "PS"),
("Blocks deletion is not immediate, but follows a two steps process.", "", "existing behaviour"),
("See [soft-and-hard-blocks-deletion](https://cortexmetrics.io/docs/blocks-storage/compactor/#soft-and-hard-blocks-deletion)", "T", "link pointer"),
]
