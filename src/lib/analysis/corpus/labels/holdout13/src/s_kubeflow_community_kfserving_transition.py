DOC = "kubeflow-community/kfserving-transition"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # KEP-525: KFServing Transition to independent Github Organization
# ## Background and Objective
("KFServing is a project created initially by Google, Bloomberg, IBM, NVidia, Seldon under Kubeflow in 2019.", "S"),
("It aims to provide a standard production grade model serving solution on Kubernetes.", "HS", "'aims to' (listed hedge); a description of the project"),
("After publishing the open source project, we have seen an explosion in demand for the software, leading to strong adoption and community growth.", ""),
("The scope of the project has changed since, we have also developed sub components like ModelMesh, Model Web App which now demands its own github organization.", "S"),
("The KFServing WG members decide to move KFServing development code out of Kubeflow GitHub organization to its independent organization https://github.com/kserve for the project graduation under the stewardship of [Kubeflow Serving Working Group](https://github.com/kubeflow/community/blob/master/wg-serving/README.md) leads.", "PRS", "'for the project graduation'"),
# ## Project Rename
("The project is renamed to `KServe` from `KFServing` to retain the connection and brand recognition.", "PRS", "'to retain the connection and brand recognition'"),
# ## Scope of the project Rebrand
# ### API group change for core components
("The API group is changed from `serving.kubeflow.org` to `serving.kserve.io`.", "PXS"),
# #### InferenceService Controller
("[Issue 1826:](https://github.com/kserve/kserve/issues/1826) Go module and API group change", "S", "an issue pointer with its title"),
("Regenerate `InferenceService`, `TrainedModel` CRD with the new API group", "PS"),
("Regenerate OpenAPI spec and `swagger.json`", "PS"),
# #### Python SDK
("The Python SDK pypi package is renamed to [kserve](https://pypi.org/project/kserve/) from [kfserving](https://pypi.org/project/kfserving/), see [Issue 1827](https://github.com/kserve/kserve/issues/1827).", "PS"),
("Regenerate python SDK from swagger.json", "PS"),
("Update SDK API with the new package name `kserve`", "PS"),
("Update model servers to import the new package `kserve`", "PS"),
("Update SDK docs", "P"),
# #### Installation Manifests
("The KServe control plane is installed in `kserve` namespace instead of `kfserving-system`, see [Issue 1824](https://github.com/kserve/kserve/issues/1824).", "PS"),
("Update API group for the webhook configurations", "P"),
("Update Standalone/Kubeflow installation manifests overlays", "PS"),
# #### Development Scripts
("Update quick install script", "P"),
("Update `Makefile` and image patch scripts", "PS"),
# ### KServe CI/CD
# #### Prow Setup
("Prow is designed for using plugins like `/lgtm` `/approve` and integration with github repo members makes it easy to manage all the projects in a fine-grained way, though these can be implemented using individual github plugins.", "S", "describes Prow: the reason for the next sentence"),
("KServe has setup own Prow cluster installed with `Tide` for the github review and approval process using the `KServe OSS Bot`.", "PRS", "reason right before"),
# #### E2E Tests
("For now we reuse the current kubeflow AWS e2e testing infra in the kserve github organization by adding the [configuration](https://github.com/kubeflow/testing/blob/master/aws/GitOps/clusters/optional-test-infra-prow/namespaces/prow/config.yaml#L124) to submit the presubmit job to [KServe Github Repository](https://github.com/kserve/kserve/).", "PS"),
("Update e2e presubmit job to use AWS e2e test Bot", "PS"),
("Update e2e test scripts with new SDK package `kserve`", "PS"),
# #### Github Actions
("All the new images released from `KServe` should be published to the [kserve docker hub organization](https://hub.docker.com/u/kserve).", "PS"),
("Migrate all existing images from gcr.io to docker hub", "PS"),
("Update github workflow to use the dockerhub account `kserve`", "PS"),
# ### Ecosystem
# #### Kubeflow Integration
("We plan to integrate `KServe 0.7` in Kubeflow 1.5 release.", "PS"),
# #### Kubeflow Pipeline
("Create a new `KServe` component for `Kubeflow Pipeline`, see [issue 1829](https://github.com/kserve/kserve/issues/1829)", "PS"),
("Add KServe component to Kubeflow conformance test", "PS"),
# #### Models WebApp
("Separate out models web-app to its own repository and setup CI/CD, see [issue 1820](https://github.com/kserve/kserve/issues/1820).", "PS"),
("Test out the models UI after the name change", "P"),
# ### Documentation
("All the existing documentation and examples are moving to [kserve/website](https://github.com/kserve/website) which is built with `mkdocs` and the website is hosted on `netlify`.", "PS"),
("Update main concept, architecture diagrams", "P"),
("Update administration guide", "P"),
("Update core inference examples", "P"),
("Update storage examples", "P"),
("Update explanation examples", "P"),
("Update logger and monitoring examples", "P"),
("Update drift detect and outlier examples", "P"),
("Update notebook examples", "P"),
("Update community and contribution guidelines", "P"),
# ### Migration
("For users that are migrating from kfserving, `kserve` installs in its own namespace `kserve`.", "PS"),
("The migration script scales down the kfserving controller in the cluster, it then converts the `InferenceService CR` from `kubeflow.org` to `kserve.io`, and reconciled in the kserve controller.", "PS"),
("The migration should not impact the running `InferenceServices`.", "PS", "a constraint on the migration"),
# ### Support
("The previous `KFServing 0.5.x` and `KFServing 0.6.x` released are still supported in six months time frame after `KServe 0.7` is released.", "PS", "six months of support"),
]
