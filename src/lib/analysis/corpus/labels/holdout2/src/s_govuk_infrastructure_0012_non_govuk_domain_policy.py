DOC = "govuk-infrastructure/0012-non-govuk-domain-policy"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # 12. Non-GOV.UK domain policy
("Date: 2025-05-06", "T", "metadata line"),
# ## Status
("Accepted", "T", "status value under the template Status heading"),
# ## Definitions
("This proposal uses the [RFC2119](https://www.ietf.org/rfc/rfc2119.txt) standard for definitions of MUST, MUST NOT and MAY.", "S"),
("Definitions:", "", "label line introducing the definitions"),
("\"Authenticated\": through an authentication method such as `Signon`, through [basic access authentication](https://en.wikipedia.org/wiki/Basic_access_authentication), or similar", "S"),
("\"Non-GOV.UK domain\": a domain that does not end in `gov.uk`, such as `govuk.digital` or `govuk-internal.digital`.", "S"),
("We consider `assets.publishing.service.gov.uk` to be a GOV.UK domain.", "PS", "a ruling on how the policy applies (classifies a domain); present-tense rule with no reason"),
# ## Context
("It is dangerous to have a Non-GOV.UK domain that is publicly accessible, without an authentication layer, and does either of the following:", "S"),
("Looks like a GOV.UK site", "S"),
("Plays any publicly detectable part in serving content to a GOV.UK site", "S"),
("In either case, systems such as [Google's Safe Browsing](https://transparencyreport.google.com/safe-browsing/search), in use by browsers to automatically block requests to dangerous sites, might flag the domain as a phishing site.", "SH", "epistemic 'might'"),
("At best, this would be an inconvenience, perhaps making it difficult to access internal tooling.", "H", "'perhaps'"),
("At worst, this could cause a major incident, making large parts of GOV.UK inaccessible.", "SH", "epistemic 'could' (risk), not a technical possibility of a system"),
# ## Proposal
("Any web page that lives on a Non-GOV.UK domain, and looks like a page or service on GOV.UK, MUST either be Authenticated or unavailable to the public internet.", "PSX", "RFC 2119 MUST; the reason (Safe Browsing may flag phishing, incident) is in the Context section, separated by a heading"),
("Additionally, the serving of any GOV.UK web page or assets MUST NOT use a Non-GOV.UK domain in any publicly detectable part of the request.", "PSX"),
("Some examples of things to avoid:", "", "lead-in to a list of prohibited things; the items carry the rule"),
("Using a Non-GOV.UK domain in the redirect chain for a GOV.UK page or asset.", "PSX", "item under 'things to avoid': a prohibition"),
("Making requests to a Non-GOV.UK domain for metadata associated with a GOV.UK page or asset.", "PSX"),
("For example, a request for a GOV.UK asset triggering a second request for a favicon from a Non-GOV.UK domain.", "S", "example, not a rule"),
("To be clear, a Non-GOV.UK domain MAY be used in serving GOV.UK pages or assets, provided the domain in question is not publicly detectable.", "PSX", "deontic MAY (permission) with a condition; not a hedge; 'provided' is a condition, not a reason"),
("For example, `govuk-internal.digital` MAY be used under the hood to process a request, provided the domain is not exposed to the browser at any point in the request.", "PS", "worked example of the permission, still phrased as a rule (deontic MAY); the 'provided' clause is a condition"),
]
