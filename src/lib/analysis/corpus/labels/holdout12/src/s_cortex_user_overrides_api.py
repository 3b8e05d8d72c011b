DOC = "cortex/user-overrides-api"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# front matter (one line each)
("title: \"User Overrides API\"", "T"),
("linkTitle: \"User Overrides API\"", "T"),
("weight: 1", "T"),
("slug: overrides-api", "T"),
("Author: Bogdan Stancu", "T"),
("Date: June 2025", "T"),
("Status: Proposed", "T"),
# ## Overview
("This proposal outlines the design for a new API endpoint that will allow users to modify their current limits in Cortex.", "PXS", "the summary states the change; the reason is in Problem"),
("Currently, overrides can only be changed by administrators modifying the runtime configuration file and waiting for it to be reloaded.", "", "current state"),
# ## Problem
("Currently, when users need limit adjustments, they must:", "", "current process, not a rule"),
("Manually editing the runtime configuration file", ""),
("Coordinate with users to verify the changes", ""),
("Potentially repeating this process multiple times to find the right balance", "H", "'Potentially'"),
("This manual process is time-consuming, error-prone, and doesn't scale well with a large number of users.", ""),
("By offering a self-service API, users can adjust their own limits within predefined boundaries, reducing the administrative overhead and improving the user experience.", "PR", "the participle clause gives the benefit"),
# ## Proposed API Design
# ### Endpoints
# #### 1. GET /api/v1/user-overrides
("Returns the current overrides configuration for a specific tenant.", "PX", "endpoint specification; the anchor is in the heading"),
("Response format:", ""),
# #### 2. POST /api/v1/user-overrides
("Updates overrides for a specific tenant.", "PX"),
("The request body should contain only the overrides that need to be updated.", "P"),
("Request body:", ""),
# #### 3. DELETE /api/v1/user-overrides
("Removes tenant-specific overrides, reverting to default overrides.", "PX"),
# ### Implementation Details
("The API will be integrated into the cortex-overrides component to:", "PS", "'to:' introduces the tasks, not a reason"),
("Read the current runtime config from the configured storage backend", "P"),
("Persist changes back to the storage backend", "P"),
("The API will only work with configurations stored in block storage backends.", "P"),
("Security:", ""),
("Rate limiting will be implemented to prevent abuse", "PR"),
("Changes will be validated before being applied", "P"),
("Error Handling:", ""),
("Invalid limit values will return 400 Bad Request", "PS"),
("Storage backend errors will return 500 Internal Server Error", "PS"),
# ### Open Questions:
("How do we implement a hard-limit configuration to avoid users setting unreasonable limits?", "", "question"),
("What set of overrides can be configurable through this API?", "", "question"),
("Limits like `shard_size` should only be modified by the admin.", "PS", "a rule stated under Open Questions; no reason"),
]
