DOC = "jupyter-enhancement-proposals/kernel-info"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Support `kernel_info` request on the control channel
# ## Problem
("When connecting a new websocket to an existing kernel via the Jupyter server, if the kernel execution is busy (e.g. long running cell) or stopped (e.g. on a breakpoint), the messages sent over the websocket get no reply.", "S"),
("This is because when establishing a new websocket connection, the Jupyter server will send `kernel_info` requests to the kernel and will prevent sending any other request until it receives a `kernel_info` reply.", "S"),
("Since the `kernel_info` request is sent on the shell channel and the kernel execution is stopped, it cannot reply to that request.", "S"),
# ## Proposed enhancement
("We propose to state in the Jupyter Messaging Protocol that the `kernel_info` request can be sent on both the shell and the control channels.", "PXS"),
("Although both channels supports the `kernel_info` message, clients are encouraged to send it on the control channel as it will always be able to handle it, while the shell channel may be stopped.", "PRS"),
# ### Impact on existing implementations
("This JEP impacts kernels since it requires them to support receiving `kernel_info_request` on the control channel in addition to receiving them on the shell channel.", "S"),
("It also has an impact on the Jupyter Server.", "S"),
("For example, the reference implementation of Jupyter Server will attempt to send a a `kernel_info` request on both channels and listen for a response from _either_ channel.", "S"),
("Any response informs the UI that the kernel is connected.", "PX"),
# ## Relevant Resources (GitHub repositories, Issues, PRs)
# ### GitHub repositories
("[Jupyter server](https://github.com/jupyter-server/jupyter_server): the backend to Jupyter web applications", "S"),
("[Jupyter client](https://github.com/jupyter/jupyter_client):  Jupyter protocol client APIs", "S"),
("[JupyterLab](https://github.com/jupyterlab/jupyterlab): JupyterLab computational environment", "S"),
# ### GitHub Issues
("New websocket unable to communicate with kernel paused in debugging [#622](https://github.com/jupyter-server/jupyter_server/issues/622)", "S"),
("[Debugger] Active sessions cause the kernel to deadlock on page refresh [#10174](https://github.com/jupyterlab/jupyterlab/issues/10174)", "S"),
# ### GitHub Pull Requests
("Nudge kernel with info request until we receive IOPub messages [#361](https://github.com/jupyter-server/jupyter_server/pull/361)", "S"),
]
