DOC = "istio-community/early-disclosure"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Early Disclosure of Security Vulnerabilities
("When an Istio security vulnerability is discovered we follow the process outlined in [Security Vulnerabilities](https://istio.io/about/security-vulnerabilities/) in order to resolve the issue in a prompt and responsible manner.", "PRS", "'in order to resolve the issue in a prompt and responsible manner'"),
("The Istio project maintains a mailing list for private early disclosure of security vulnerabilities.", "PRS", "reason (the list's purpose) in the next sentence"),
("The list is used to provide actionable information to close Istio partners.", "S", "the list's purpose, explaining the sentence before"),
("The list is *NOT* intended for individuals to find out about security issues.", "P"),
("Istio has upstream dependencies of its own.", "S"),
("In certain situations, we may need to make emergency Istio releases to address vulnerabilities in these upstream dependencies.", "HS", "epistemic 'may need'"),
("Due to embargo policies of these dependencies, we may not be allowed to share any details about the vulnerabilities.", "H", "epistemic 'may not be allowed'"),
("In that case, Istio's early disclosure will be limited, on a case-by-case basis.", "PRS", "'Due to embargo policies' in the sentence before"),
("Note that Envoy vulnerabilities are handled slightly differently, see [Membership Criteria](#membership-criteria)", "S", "pointer with a note, not link-only"),
# ## Embargo policy
("The information members receive from the mailing list must not be made public, shared, nor even hinted at anywhere beyond the need-to-know within your specific team except with the list's explicit approval.", "P"),
("This holds true until the public disclosure date/time that was agreed upon by the list.", "P"),
("Members of the list and others may not use the information for anything other than getting the issue fixed for your respective distribution's users.", "P", "deontic 'may not'"),
("Before any information from the list is shared with respective members of your team required to fix said issue, they must agree to the same terms and only find out information on a need-to-know basis.", "P"),
("In the unfortunate event you share the information beyond what is allowed by this policy, you _must_ urgently inform the mailing list by replying to the initial disclosure email.", "P"),
("The email should specify exactly what information leaked and to whom.", "P"),
("A retrospective will take place after the leak so we can assess how to not make the same mistake in the future.", "PR", "'so we can assess how to not make the same mistake'"),
("If you continue to leak information and break the policy outlined here, you will be removed from the early disclosure list.", "P"),
# ## Membership
("| Email\t\t| Organization\t|", "", "table header"),
("| tanzu.psirt@broadcom.com | Broadcom |", "S", "membership roster row: current state, not a policy"),
("| PSIRT@ericsson.com | Ericsson |", "S"),
("| istio-security-vulnerability-notifications@google.com | Google |", "S"),
("| argoprod@us.ibm.com | IBM |", "S"),
("| envoy-security@microsoft.com | Microsoft |", "S"),
("| istio-security@redhat.com | RedHat |", "S"),
("| cve@solo.io | Solo.io |", "S"),
("| istio-security@tetrate.io | Tetrate |", "S"),
# ### Membership criteria
("To be eligible for the early disclosure mailing list, your organization must:", "P", "criteria lead-in"),
("Have an actively monitored security email alias for our project.", "P"),
("This cannot be a personal email address, it must be a corporate address owned by the organization.", "P"),
("Be involved in redistributing Istio or have a product with close coupling to Istio.", "PS"),
("Have a user base not limited to your own organization.", "P"),
("Be a participant and active contributor in the Istio community.", "PS"),
("Accept the [Embargo Policy](#embargo-policy) that is outlined above.", "P"),
("Have a member of your organization be a participant in the Istio Product Security Working Group.", "PS"),
("This is a private meeting held alternating Wednesdays at 11am Pacific or 3pm Pacific to accommodate a world-wide community.", "PRS", "'to accommodate a world-wide community'"),
("Participants will be expected to actively contribute and fill the roll as security release lead on a quarterly rotational basis.", "PS", "'quarterly' is a measured interval"),
# #### Removal
("If your organization stops meeting one or more of these criteria after joining the list then you will be unsubscribed.", "P"),
# #### Envoy
("Because Istio works closely with Envoy, and is often involved in security vulnerabilities, members of the early disclosure list will inherently gain access to details about embargoed Envoy vulnerability details.", "S", "a consequence, not a rule"),
("While we do not currently require members to be a part of the [Envoy early disclosure list](https://github.com/envoyproxy/envoy/blob/main/SECURITY.md#members), we do expect that members will follow their embargo guidelines.", "PRS", "reason in the sentence before"),
("Failure to do so, or at the request of the Envoy security team, may result in your removal from the early disclosure list.", "PS", "sanction rule; 'may result in' is not a hedge"),
# ### Request to join
("New membership requests should be emailed to [istio-security-vulnerability-reports@googlegroups.com](mailto:istio-security-vulnerability-reports@googlegroups.com)", "PS"),
("In the body of your email please specify how you qualify and fulfill each criterion listed in [Membership criteria](#membership-criteria).", "P"),
("Here is an example:", ""),
("Final approval is required from the Istio TOC pending a formal request from the PSWG.", "PS"),
]
