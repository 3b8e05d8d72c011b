DOC = "chaos-mesh-rfcs/authn-authz-dashboard"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Authentication and authorization on chaos dashboard
# ## Summary
("We need using authentication and authorization to restrict user's permission and action.", "PR", "'to restrict' states the purpose"),
# ## Motivation
("Users could create, suspend, get, and delete chaos experiments via chaos-dashboard.", "S"),
("But chaos-dashboard does NOT contains and features about permission management, users could do anything, as long as he could access the chaos-dashboard UI.", "S"),
("It is a secure issue.", ""),
("We need permission management about:", "PR", "reason right before ('It is a secure issue')"),
("access control for **Resource**.", "P", "an item of the requirement"),
("User A could create/get IO chaos experiments.", "S", "an example user, not a policy"),
("User B could create/get Network chaos experiments.", "S"),
("access control for **Action**.", "P"),
("User A could create/get chaos experiments.", ""),
("User B could only get chaos experiments.", ""),
# ## Detailed design
# ### Login
("Users are asked for a `Service Account Token` to login.", "PXS", "reason in Motivation and Advantages"),
("Like kubernetes dashboard:", "S"),
# ### Create new users
("Chaos dashboard do NOT provide any features about creating user.", "PXS"),
("System administrators should manually create `ServiceAccount` with certain username, then bind to a `Role`.", "PXS"),
# ### Implementation references
("Things to do:", "P", "head of the task list"),
("frontend asking user input token to login", "P"),
("frontend will attach the token while sending requests to backend", "P"),
("backend will use a certain token to create a new kube client", "PS"),
("backend need support multi-user", "P"),
("We could references auth module in kubernetes-dashboard while implementing this.", "HS", "tentative suggestion, not a policy"),
("We will provide some pre-set `Role`, like:", "PXS"),
("Admin: could create/get any chaos experiments.", "P", "a pre-set role definition"),
("Viewer: could only get chaos experiments.", "P"),
("System administrators could also create their own roles, for advanced permission control.", "PR", "'for advanced permission control'"),
# ### Advantages
("This solution depends on kubernetes rbac, reducing many logics for permission management.", "PRS", "participle 'reducing many logics'"),
("System administrators could change each user's permission as their requirements, it's very flexible.", "", "benefit described"),
("Using kubernetes rbac could also restrict permission with `kubectl`.", "S"),
# ## Drawbacks
("Users should understand basic concepts about kubernetes rbac.", "S", "a drawback, not a rule"),
# ## Alternatives
("Implement a full-featured rbac platform inner the chaos-dashboard.", "S", "the rejected alternative"),
("It's so complex and high-cost, and it is NOT cloud-native at all.", ""),
# ## Unresolved questions
("None.", ""),
]
