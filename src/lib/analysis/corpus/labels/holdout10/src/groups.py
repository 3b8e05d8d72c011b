"""Group labels for holdout 10: five Jupyter Enhancement Proposals that each change the Jupyter
kernel messaging protocol in one small step (JEP 66 kernel handshaking, JEP 80 kernel_info on the
control channel, JEP 92 optional features, JEP 93 copyToGlobals in debugger_info, JEP 118 restart
clarification), read as one group of related design docs (definitions:
/work/shared/samples/README.md; format: the "groups" of labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

Template is what the JEP template puts in every JEP: the front matter keys and the section headings.
"""
J = 'jupyter-enhancement-proposals/'
HS, KI, OF, DB, RS = (J + n for n in ('jupyter-handshaking', 'kernel-info', 'jupyter-optional-features',
                                      'debugger-info-copy-to-globals', 'restart-clarification'))


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "kernel-protocol": {
        "note": "Five JEPs (2021-2023) that extend or clarify the kernel messaging protocol of jupyter_client: how a kernel reports its ports, which channel answers kernel_info, how a kernel advertises optional features and debugger capabilities, and what restart means. They share a habit of additive, backward-compatible change announced through fields the kernel reports, and of fixing the protocol by rewording the messaging documentation.",
        "recurring_decisions": [
            {"id": "kernel-advertises-support-in-a-reported-field",
             "summary": "A kernel declares whether it supports a protocol capability through a field it reports (kernel_protocol_version in the kernelspec, supported_features in kernel_info_reply, copyToGlobals in debugger_info), and clients adapt to it",
             "docs": [HS, OF, DB],
             "evidence": ev(HS, 'The kernel specifies whether it supports the handshake pattern via the "kernel_protocol_version" field in the kernelspec:')
             + ev(OF, "We propose to add a new `supported_features` field to the `kernel_info_reply` message.")
             + ev(DB, "We propose to add a new `copyToGlobals` boolean field to the `debugger_info`"),
             "controversial": False,
             "topic_keywords": ["supported_features", "kernel_info_reply", "kernel_protocol_version", "debugger_info", "copyToGlobals", "advertise", "supports"]},
            {"id": "additive-backward-compatible-protocol-changes",
             "summary": "Protocol changes are added beside the existing behaviour, never in place of it: the old connection pattern stays, kernel_info stays on shell, new messages may not reorder old ones, and a missing new field means 'not supported'",
             "docs": [HS, KI, OF, DB],
             "evidence": ev(HS, "This pattern is **NOT** a replacement for the current connection pattern.")
             + ev(KI, "request can be sent on both the shell and the control channels")
             + ev(OF, "Under no circumstances this feature should alter the order of already existing messages")
             + ev(DB, "It is optional, assuming that its absence is understood as `false` from the client perspective."),
             "controversial": False,
             "topic_keywords": ["backward", "replacement", "additional", "both", "optional", "existing messages", "absence"]},
            {"id": "fix-the-protocol-in-the-messaging-documentation",
             "summary": "The change is made by stating or rewording it in the Jupyter messaging protocol documentation (jupyter_client's messaging page) rather than only in one implementation",
             "docs": [KI, OF, RS],
             "evidence": ev(KI, "We propose to state in the Jupyter Messaging Protocol")
             + ev(OF, "The documentation should indicate which optional feature a message (or a field of a message) is linked to when it is relevant.")
             + ev(RS, "The `jupyter-client` messaging page would be updated to indicate this nuance."),
             "controversial": False,
             "topic_keywords": ["messaging protocol", "documentation", "messaging page", "jupyter-client", "specification"]},
            {"id": "reuse-existing-messages-instead-of-new-ones",
             "summary": "Meet the need with messages the protocol already has (kernel_info on control; restart plus stop/start) instead of adding a new message type",
             "docs": [KI, RS],
             "evidence": ev(KI, "clients are encouraged to send it on the control channel as it will always be able to handle it")
             + ev(RS, "A new message could be added, as proposed in the pre-JEP.",
                  "Therefore, a new message was not the best option."),
             "controversial": True,
             "topic_keywords": ["new message", "kernel_info", "restart", "stop", "start", "control channel"]},
        ],
        "non_decision_mentions": [
            {"doc": OF, "quote": "By the way, the debugger is already optional, although it does not explicitly state it.", "topic": "debugger"},
            {"doc": HS, "quote": "Indeed, most of the kernels are based on the kernel wrapper approach, or on xeus.", "topic": "xeus"},
            {"doc": DB, "quote": "The `copyToGlobals` request has been introduced in", "topic": "debugger"},
        ],
        "incidental_recurring": [],
        "template_lines": tl([HS, OF, DB, RS], "authors:", "pr-number:", "date-started:", "title:")
        + tl([OF, DB, RS], "## Summary", "## Motivation")
        + tl([HS, KI], "## Relevant Resources (GitHub repositories, Issues, PRs)", "### GitHub repositories", "### GitHub Issues", "### GitHub Pull Requests")
        + tl([HS, OF, DB], "## Proposed Enhancement"),
    }
}
