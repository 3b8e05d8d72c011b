DOC = "longhorn/security"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Security Policy
("Longhorn is a CNCF project deeply committed to safeguarding the security of its products and endeavors to resolve security issues in a timely manner.", "PHS", "a commitment; 'endeavors to' is like 'try to'"),
("We extend our heartfelt thanks to the security researchers and users who diligently report vulnerabilities.", ""),
("Your invaluable contributions enhance our ability to improve our systems and protect the user community.", ""),
("We review all reported security issues with the Longhorn maintainers and coordinate the corresponding fixes and disclosures.", "PS"),
("We credit all accepted reports from users and security researchers in our [Security Advisories](https://github.com/longhorn/longhorn/security/advisories).", "PS"),
# ## Reporting a Vulnerability
("Caution: Do not attempt to test a possible vulnerability or an exploit on systems that you do not have an explicit authorization of its owner.", "P"),
("Please before reporting a vulnerability, make sure it impacts a supported version.", "P"),
# ### What types of issue to report
("This reporting channel focuses on bugs with potential security impact on Longhorn.", "PS"),
("If you are unsure, check the types of issues NOT to report below.", "P"),
# ### What types of issue NOT to report
("Some issues are outside of the scope of this channel, and therefore should not be reported:", "PR", "'therefore' gives the reason: out of scope"),
("CVEs that were found by CVE scanners (e.g. Trivy, Snyk).", "PRS", "an item of the do-not-report list; the next sentence gives its reason"),
("Public CVEs do not need to be reported as they are fixed as part of the development process.", "PRS"),
("Improvements or questions on the security hardening guides.", "P"),
("Issues or bugs that aren't security related.", "P"),
("These should be reported as a new [Longhorn issue](https://github.com/longhorn/longhorn/issues).", "PS"),
("Issues with mirrored container images, instead please report them via the security channels of the specific upstream project.", "P"),
("Issues that are self inflicted and require the user to disable security features or downgrade the security of its environment in order for the vulnerability to be exploited.", "P"),
("Issues that can only be exploited by the administrator itself (after all, the admin is already a privileged user and implicitly trusted).", "PR", "the parenthesis gives the reason"),
("Issues regarding missing HTTP headers or exposure of versions in HTTP headers.", "PS"),
("Vulnerabilities affecting directly a user or customer environment.", "P"),
("Such vulnerabilities must be reported directly to the affected user/customer.", "PR", "the next sentence warns why (law infringement)"),
("Be advised that such reports can constitute law infringement under certain jurisdictions.", ""),
("If going through all the examples above you are still in doubt, please go ahead and use this channel.", "PR", "the next sentence gives the reason (better safe than sorry)"),
("After all, it's better be safe than sorry.", ""),
# ### Supported Versions
("Please review our [support maintenance and terms](https://github.com/longhorn/longhorn/blob/master/README.md) to view the current support lifecycle.", "T", "link-only pointer (navigation)"),
# ### Reporting a Vulnerability
("If any vulnerabilities are found, please report them to [longhorn-security](mailto:longhorn-security@suse.com).", "PS"),
("The information contained in your report must be treated as embargoed and must not be shared publicly, unless explicitly agreed with us first.", "PR", "the next sentence gives the reason ('This is to protect the Longhorn users')"),
("This is to protect the Longhorn users and enable us to follow through our coordinated disclosure process.", "S"),
("The information shall be kept embargoed until a fix is released.", "PR", "the reason is the sentence before"),
# #### What information to provide
("The information below must be provided in order for the report to be timely and effectively analyzed.", "PR"),
("Reports that miss the required information might be considered AI generated spam or reviewed with a lower priority.", "PH", "a consequence stated with 'might': a hedged rule"),
("Product name and version where the issue was observed.", "P", "items of the required-information list"),
("If the issue was observed on the source code, the link to the specific code in GitHub instead.", "PS"),
("Description of the problem.", "P"),
("Type of the issue and impact when exploited.", "P"),
("Steps to reproduce.", "P"),
("A valid proof of concept (POC) exploit (only on a valid system that you are authorized to perform such proof).", "P"),
("A working POC is now mandatory as a proof of work (POW) to reduce the noise of AI generated low quality reports.", "PR"),
("It's mandatory to inform if AI tools were used to find the issue being reported, to automate or to write the report, POC code or possible patch.", "P"),
("If this was the case, then inform which AI tools and models were used.", "P"),
("The more information you provide, the faster we will be able to reproduce the issue and address your concerns more effectively.", ""),
]
