DOC = "kubeflow-community/wg-ml-experience-charter"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # WG ML Experience
("This charter adheres to the conventions, roles, and organisation management outlined in [wg-governance] for the Working Group \"ML Experience\".", "PS", "adherence to wg-governance: a rule"),
# ## Scope
("The ML Experience Working Group focuses on developing, maintaining, and improving tools and extensions that support data science and machine learning practitioners experiences within Kubeflow.", "S", "the group's focus (mission)"),
("The group is dedicated to delivering a high-level, seamless experience integrated with the IDE of choice across multiple Kubeflow components.", "PS", "'is dedicated to delivering': a commitment"),
# ### In scope
# #### Code, Binaries, and Other relevant assets
("Development of Kubeflow JupyterLab extensions that provide simple abstractions and UX to interact with the most common Kubeflow components (e.g., pipelines, hyperparameter tuning) and shorten the time to value for practitioners comfortable with Jupyter.", "PRS", "'shorten the time to value' is the benefit"),
("These extensions will focus on the most used Kubeflow components, such as:", "PS"),
("Pipelines;", "S", "an item of the component list"),
("Kubeflow Trainer", "S"),
("Kubeflow Katib", "S"),
("Kubeflow Hub;", "S"),
("Model Serving (KServe);", "S"),
("Feast.", "S"),
("Promote the reusability of UI components from other Kubeflow UIs into the IDE (e.g., rendering a pipeline graph inside the JupyterLab environment) by establishing a shared contract between the IDE WG and the wider Kubeflow community.", "PS", "'by establishing a shared contract'"),
("Develop a Python SDK to simplify operationalization across Kubeflow components and provide a “one-stop-shop” for practitioners who want easy access to Kubeflow services.", "PRS", "'to simplify operationalization'"),
("The SDK also provides the groundwork for the IDE extension automation and workflows.", "S"),
("Create a single installation and configuration layer for users interacting programmatically with the Kubeflow subprojects via SDKs", "PS"),
("Provide ML engineers simple interface to scale their AI workloads with Kubeflow tools", "PRS", "'to scale their AI workloads'"),
("Develop a Kubeflow MCP server to give AI agents access to Kubeflow tools and automate entire model development lifecycle.", "PRS", "'to give AI agents access'"),
# #### Guiding Principles
("Synergy among Kubeflow Working Groups: Collaborate with other WG to promote reusability of UI components from other Kubeflow UIs to create a single UX between Jupyter IDE and Kubeflow Central Dashboard;", "PRS", "'to promote reusability'"),
("Collaboration with other open-source IDE projects (like Jupyter and VSCode) to promote the creation and reusability of open standards for AI/ML tools (protocols, communication exchange, file formats, etc.) and plugins.", "PRS", "'to promote the creation ... of open standards'"),
("The aim of this group is to actively participate in the development of these standards to include Kubeflow in a broader ecosystem or interoperable tools.", "PRS", "'to include Kubeflow in a broader ecosystem'"),
# #### Cross-cutting and Externally Facing Processes
("Collaboration with other Kubeflow WGs, including WG Notebooks, WG Pipelines, WG Training, and, WG Data to ensure that IDE tools are interoperable across different stages of the ML lifecycle.", "PRS", "'to ensure that IDE tools are interoperable'"),
("Coordination with the release teams to align updates in IDE tools with broader Kubeflow release schedules.", "PRS", "'to align updates'"),
# ### Out of scope
("Building and maintaining Notebook/Workspaces images (this falls under the WG Notebooks).", "PRS", "out of scope, with the reason in parentheses"),
# ## Roles and Organization Management
("This WG adheres to the Roles and Organization Management outlined in [wg-governance] and opts-in to updates and modifications to [wg-governance].", "PS"),
# ### Additional responsibilities of Chairs
("Coordinating and facilitating discussions on ML experience topics in scope of the WG, within the WG itself and the Kubeflow community.", "PS", "a chair responsibility"),
("Ensuring alignment with overall Kubeflow goals and objectives in the context of user experience to data scientists and machine learning practitioners on Kubeflow.", "PS"),
("Providing technical guidance and mentorship to contributors working on Kubeflow JupyterLab extensions, SDK, and the projects in scope of this WG.", "PS"),
("Overseeing the technical direction of the subprojects and ensuring consistency with Kubeflow's vision for Kubeflow ML Experience.", "PS"),
# ### Subproject Creation
("New WG subprojects need to be reviewed and approved by the WG Chairs.", "PS"),
]
