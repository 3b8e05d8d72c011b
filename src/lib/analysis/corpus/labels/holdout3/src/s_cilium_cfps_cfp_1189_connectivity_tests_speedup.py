DOC = "cilium-cfps/cfp-1189-connectivity-tests-speedup"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # CFP-1189: Cilium CLI connectivity tests speedup
("**SIG: SIG-USER**", "T"),
("**Begin Design Discussion:** 2024-01-19", "T"),
("**Status:** Released Cilium-cli 0.16", "T"),
("**Authors:** Viktor Kurchenko <viktor.kurchenko@isovalent.com>", "T"),
# ## Summary
("The CFP describes a new approach to run Cilium connectivity tests.", "S"),
("The idea is to group all the tests in small sets and run them in parallel.", "PX", "the proposal; its reason is the next sentence, but under the Motivation heading (another section)"),
# ## Motivation
("Currently, connectivity tests might run in CI for over 1 hour (it depends on many factors) and the test case count constantly increasing.", "HS", "'might', 'it depends'; 1 hour is a measure"),
("To make CI pipelines faster and cheaper we can consider the connectivity tests parallelization approach.", "PRH", "the proposal, softened by 'we can consider'; 'To make CI pipelines faster and cheaper' is the reason"),
# ## Goals
("Group connectivity tests into independent sets that can be run concurrently.", "PX", "Goals item; reason in Motivation"),
("Run each independent test set concurrently (all together or in batches).", "PX"),
("Collect test results and display them periodically.", "PX"),
# ## Proposal
# ### Walkthrough
("Cilium CLI groups all connectivity tests into independent sets that do not interfere with each other.", "PSX", "walkthrough step: design in the present tense"),
("A separate component can be implemented to keep this responsibility (e.g.: `TestSetFactory`).", "PS", "a design option ('can be implemented'), not the author's doubt"),
("Each produced test set can be run concurrently.", "PX"),
("In some cases, it might be not acceptable to run many test sets concurrently (e.g.: due to limited resources in a cluster).", "H", "'might'; this is the reason for the next sentence"),
("CLI should provide an option (e.g.: `--test-batch-size`) that allows to group test sets into fixed-size batches and run batches synchronously.", "PRS", "reason in the sentence before"),
("Each test set should provision its namespace and all the required resources.", "P"),
("A separate component (e.g.: `TestMonitor`) can be implemented and run in a dedicated goroutine to collect each test set execution results and display them periodically.", "PS", "'to collect' is what the component does, not a reason"),
# ### Concurrent output example
("However, this example might not work properly on GitHub actions due to in-place output updates.", "HS"),
("In pipelines, CLI can cache and display each test result sequentially even with a predefined order.", "PRS", "reason (in-place updates break on GitHub Actions) in the sentence before"),
]
