DOC = "jupyter-enhancement-proposals/jupyter-xpub"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("--- title: Replace PUB socket with XPUB socket authors: Johan Mabille (@JohanMabille) issue-number: pr-number: 65 date-started: 2021-01-05 ---", ""),
# # Replace PUB socket with XPUB socket
# ## Problem
("A Jupyter kernel uses a PUB socket as a broadcast channel where it publishes various messages (incoming requests, outputs, events).", ""),
("Any client that wants to be notified of what happens in the kernel can simply subscribe to this channel via a SUB socket.", ""),
("The issue with this simple PUB - SUB pattern is that **there is no simple mechanism for clients to wait for their iopub subscription to be established.**", ""),
("This is particularly problematic when a client needs to send a bunch of execution requests just after starting a kernel (a typical use case is the \"Restart Kernel and execute all\" command of Jupyter Lab, or opening a Notebook with Voilà).", ""),
("In that case, the client needs to ensure that its SUB socket is connected to the PUB socket of the kernel before sending any execution request, otherwise it may miss some outputs.", ""),
("The kernel, on its side, will not emit any event until it receives a request.", ""),
# ## Current solution
("The current solution consists of sending `kernel_info` requests until a `kernel_info` reply is received on the SHELL and an idle status message is received on the SUB socket.", ""),
("If the client receives a `kernel_info` reply but not the idle status message before a timeout, this means that the SUB socket has not connected yet.", ""),
("The client discards the reply and send a new `kernel_info` request.", ""),
("This solution makes the implementation of a Jupyter client more complicated than required.", ""),
("Indeed, ZeroMQ provides a publisher socket that is able to detect new subscriptions.", ""),
# ## Proposed Enhancement
("We propose to replace the PUB socket of the kernel with an XPUB socket.", ""),
("XPUB sockets receive the following events:", ""),
("subscribe (single frame messages with `\\1{subscription-topic}`)", ""),
("unsubscribe (single frame messages with `\\0{subscription-topic}`)", ""),
("When the IOPub XPUB socket receives an event indicating a new subscription, it shall send an `iopub_welcome` message with no parent header and the received subscription in the `subscription` field, *with the given subscription topic*:", ""),
("Notes:", ""),
("The identity prefix may contain extra information about the message, such as the kernel id, according to the convention used in the IPython kernel:", ""),
]
