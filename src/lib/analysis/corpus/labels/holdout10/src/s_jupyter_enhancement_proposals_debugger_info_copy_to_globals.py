DOC = "jupyter-enhancement-proposals/debugger-info-copy-to-globals"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Debugger support to `copyToGlobals`", "T"),
("authors: Nicolas Brichet (@brichet)", "T"),
("issue-number: xxx", "T"),
("pr-number: 93", "T"),
("date-started: 2023-02-20", "T"),
# # Debugger support to `copyToGlobals`
# ## Summary
("This JEP introduces a new field to the kernel debugger_info response.", "PXS"),
("This new field will inform the UI that the debugger supports the `copyToGlobals` request.", "PXS"),
# ## Motivation
("The `copyToGlobals` request has been introduced in [ipykernel](https://github.com/ipython/ipykernel/pull/1055) and in [xeus-python](https://github.com/jupyter-xeus/xeus-python/pull/562) to copy a local variable to the global scope during a breakpoint.", "S"),
("It would be useful to inform the UI if this is supported by the kernel before displaying the corresponding menu entry.", ""),
# ## Proposed Enhancement
("We propose to add a new `copyToGlobals` boolean field to the `debugger_info` response which will inform the UI that this request is supported.", "PXS"),
# ### Reference-level explanation
("This boolean flag should be included in the `debugger_info` response from the kernel which supports the feature.", "PXS"),
("It is optional, assuming that its absence is understood as `false` from the client perspective.", "PXS"),
("If the feature is supported, the kernel must provide a function for copying a variable from a local scope to the global scope.", "PX"),
("The communication between the UI and the kernel (request - response) will have the structures described at https://jupyter-client.readthedocs.io/en/latest/messaging.html#copytoglobals.", "PXS"),
("Request (from UI to kernel)", ""),
("Response (from kernel to UI)", ""),
]
