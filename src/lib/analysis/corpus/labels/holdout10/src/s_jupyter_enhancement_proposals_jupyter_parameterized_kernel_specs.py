DOC = "jupyter-enhancement-proposals/jupyter-parameterized-kernel-specs"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("title: Jupyter Parameterized Kernel Specs", "T"),
("authors: Carlos Herrero, Anastasiia Sliusar", "T"),
("pr-number: 87", "T"),
("date-started: 2022-02-10", "T"),
("shepherd: Johan Mabille", "T"),
# # Jupyter Parameterized Kernel Specs
# ## Problem
("When creating a new kernel, we need to define a different \"specs\" file for each possible parameter combination used by the executable.", ""),
("For example, the xeus-cling kernel supports three different versions of the `C++` language, `C++11`, `C++14`, and `C++17`, which is specified by the `--std` command-line option.", "S"),
("When installing xeus-cling, we install three almost identical kernel specs.", "S"),
("The only difference is the last parameter of the execution command `--std=c++X`.", "S"),
("When more than one parameter is available, the number of possible combinations grows in a combinatorics fashion.", ""),
("Besides, some kernels would benefit from being configurable when launching them.", ""),
("For example, the connection information to the database could be specified through kernel parameters rather than kernel magics.", "H"),
("Sometimes when installing multiple kernels, the JupyterLab launcher panel is crowded with too many options to create a notebook or console with a specific kernel.", "S"),
("The kernels that users see in the launcher are just multiple kernel specs for one kernel.", ""),
("We could avoid having that many kernels displayed, adding parameters to the kernel specs, showing only one option per kernel, and offering a modal dialog with the different options the user can choose from when selecting a specific kernel.", "H"),
# ## Proposed Enhancement
("The solution we are proposing consists of adding parameters to the kernel specs file in the form of a JSON Schema that would be added to the specs metadata.", "PXS"),
("These parameters are then used to populate the `argv` list and `env` dict (respectively the command-line arguments and environment variables).", "PXS"),
("Upon starting a new kernel instance, a front-end form generated from the JSON schema is prompted to the user to fill the parameter values.", "PXS"),
("Many tools are available to generate such forms, such as react-jsonschema-form.", "S"),
("These kernel parameters will be not saved into the notebook due to security reason.", "PR"),
("The app will have `allowed_insecure_kernelspec_params` flag which will detect whether we have to accept all kernel spec files as safe or not.", "PS"),
# ## Detailed Explanation
("As described in previous sections, we propose to parameterize the kernel specs file.", "PX"),
("In the example shown below, we can see the kernel specs file from the kernel xeus-cling.", "S"),
("We suggest changing the last parameter of the execution command `-std=c++11` to have a variable `-std={cpp_version}` and adding a new object `parameters` to the metadata of the kernel specs.", "PXS"),
("Note: Using the JSON Schema, we can automate how front-end forms are created directly from the parameters allowing kernels' authors to decide which parameters are necessary and how to validate them.", "S"),
("(Note that JupyterLab already makes use of react-jsonschema-form in other parts of its UI).", "S"),
("In the following screenshots, you can see a small demo of how we envision the UI changes in JupyterLab.", "S"),
("Jupyterlab Launcher      |  Select c++ version :-------------------------:|:-------------------------: ![](./launcher.png)  |  ![](./launcher-select-c-version.png)", "S"),
# ## Pros and Cons
("Pros:", ""),
("A less crowded list of kernels specs", ""),
("Cons:", ""),
("Changes are required in multiple components of the stack, from the protocol specification to the front-end.", ""),
("Unless we require default values for all parameters, this would be a backward-incompatible change.", ""),
# ## Decisions
("Kernel custom parameters won't be saved into a notebook metadata due to security reasons", "PR"),
("The application can be run with `allowed_insecure_kernelspec_params` parameter which allows a user to see a dialog where they can set up custom kernel parameters", "PS"),
# ## Checking secure kernelspecs
("Upon starting, a kernel client checks whether available kernel spec files are secure:", "PX"),
("if a kernel spec does not have a `metadata.parameters` field, it is considered as secure.", "PXS"),
("The kernel can be started directly.", "PX"),
("if all parameters in a kernel spec `metadata.parameters` have constraining types (i.e. the user cannot enter arbitrary input), the kernel spec is secure.", "PXS"),
("Starting a kernel will show a form where the user can choose the parameters.", "PX"),
("If a kernel spec file is not secure and the flag `allowed_insecure_kernelspec_params` is passed when starting the app then a user will be able to fill a form.", "PXS"),
("If a kernel parameter has a non-constraining type but provides a default value, this latter will be used, and the user won't be able to fill this parameter in the form.", "PX"),
("If a kernel parameter has a non-constraining type, and does not provide a default value, then the kernel spec is considered as unsecure.", "PX"),
("In that case, unless the `allowed_insecure_kernelspec_params` has been passed when starting, the kernelspec is discarded and the user won't be able to start the kernel.", "PXS"),
]
