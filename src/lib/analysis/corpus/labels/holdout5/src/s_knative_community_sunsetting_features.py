DOC = "knative-community/sunsetting-features"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: \"Knative feature sunsetting\"", "T", "Hugo front matter"),
("linkTitle: \"Sunsetting features\"", "T"),
("weight: 50", "T"),
("type: \"docs\"", "T"),
# # Knative Feature Sunsetting
("If a feature (especially in alpha stage) is getting no apparent usage and is creating mostly busy-work for the community to maintain, the respective working group should consider to sunset the respective feature.", "PRH", "the conditions (no usage, busy-work) are the reason; 'should consider'"),
("Other cost-benefit-ratio considerations can lead to sunsetting of features/APIs too, for example if a beta feature turns out to be a serious scalability issue.", "", "description of when sunsetting may happen; 'can lead to' is possibility, not a hedge of a rule"),
("This needs to be in accordance to the [Knative release principles](RELEASE-VERSIONING-PRINCIPLES.md#api-support-principle) so the duration of the following process might vary depending on the state of the respective feature.", "PHS", "'so' here gives a consequence, not a reason for the rule; 'might vary'; the Knative release principles are a named document"),
# ## 1. Working Group decision
("First of all, there should be a decision at the working group level that there is a desire to remove the respective feature.", "P"),
("This decision should also contain an explanation, stating why the feature can and should be dropped from Knative.", "PS"),
# ## 2. Gauge usage
("While the working group itself might think there is no usage, that feeling should be verified by gathering hard data.", "PRH", "the 'While ... might think' clause is the reason (a feeling is not data); 'might' is quoted belief, but counted as hedge word in the sentence"),
# ### Ask vendors if they explicitly ship the feature
("The quickest way of gauging the potential impact of the sunset is to ask vendors that productize and ship Knative in downstream products if they are shipping the respective feature explicitly.", "PRS", "prescribes asking vendors; 'quickest way' is the reason"),
("Explicitly here means that they specifically chose to enable the respective feature.", "", "definition"),
("A good overview of existing downstream products and projects can seen in the [documentation](https://knative.dev/docs/knative-offerings/).", "", "pointer"),
("A post should be sent to [knative-dev@](https://groups.google.com/forum/#!forum/knative-dev), explaining which feature is supposed to be removed and why it is supposed to be removed.", "PS", "knative-dev@ named list; 'explaining' is the post's content, not a reason"),
("Lazy consensus can be applied over a period of two weeks.", "PS", "deontic can; two weeks measured"),
# ### Ask users if they are using the feature
("In the same way, it is very important to get to know if any user is actually using the feature.", "P", "reason for the rule after; itself an exhortation"),
("A post should be sent to [knative-users@](https://groups.google.com/forum/#!forum/knative-users), with essentially the same contents as the post to [knative-dev@](https://groups.google.com/forum/#!forum/knative-dev).", "PRS", "reason is the sentence before ('very important to get to know')"),
("Again, lazy consensus can be applied over a period of two weeks.", "PS"),
# ## 3. Reevaluate the decision
("Once the data has been gathered, the working group should reconsider the decision with the collected data in mind.", "P"),
# ## 4. Sunset
("If the decision to remove the feature remains, it can now actually be removed.", "P", "deontic can: permission"),
("This might either be a deprecation notice for Beta and GA feature or a straight up deletion of the respective feature for alpha features.", "PH", "rule by stage (deprecate Beta/GA, delete alpha), stated with 'might'"),
("The deprecation notice should be visible to both operators and users of the system.", "P"),
("For example, Knative could add a warning notice to the status of entities that use deprecated features.", "HS", "example, tentative"),
("Likewise, the documentation should be updated.", "P"),
("Deprecation notices should be put up to the respective features and the deletion of a feature should be accompanied with a deletion of the relevant documentation.", "P"),
]
