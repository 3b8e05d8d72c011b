DOC = "kruise/embargo-policy"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Embargo Policy
("This policy forbids members of this project's [security contacts](SECURITY_CONTACTS.md) and others defined below from sharing information outside of the security contacts and this listing without need-to-know and advance notice.", "PS", "SECURITY_CONTACTS.md names the list; no reason"),
("The information members and others receive from the list defined below must:", "P"),
("not be made public,", "P", "an item of the rule (the list head states it)"),
("not be shared,", "P"),
("not be hinted at", "P"),
("must be kept confidential and close held", "P"),
("Except with the list's explicit approval.", "P", "the exception, part of the rule"),
("This holds true until the public disclosure date/time that was agreed upon by the list.", "P"),
("If information is inadvertently shared beyond what is allowed by this policy, you are REQUIRED to inform the security contacts  of exactly what information leaked and to whom.", "P", "the conditional is a trigger, not a reason"),
("A retrospective will take place after the leak so we can assess how to not make this mistake in the future.", "PR", "'so we can assess'"),
("Violation of this policy will result in the immediate removal and subsequent replacement of you from this list or the Security Contacts.", "P", "a sanction stated as a rule"),
# ## Disclosure Timeline
("This project sustains 15 days disclosure timeline to ensure we provide a quality, tested release.", "PRS", "'to ensure'"),
("On some occasions, we may need to extend this timeline due to complexity of the problem, lack of expertise available, or other reasons.", "PRH", "a reserved right to extend, with its reasons ('due to'); epistemic 'may need'"),
("Submitters will be notified if an extension occurs.", "P"),
]
