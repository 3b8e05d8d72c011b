DOC = "ethereum-eips/eip-3198"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("eip: 3198", "T"),
("title: BASEFEE opcode", "T"),
("author: Abdelhamid Bakhta (@abdelhamidbakhta), Vitalik Buterin (@vbuterin)", "T"),
("discussions-to: https://ethereum-magicians.org/t/eip-3198-basefeeopcode/5162", "T"),
("status: Final", "T"),
("type: Standards Track", "T"),
("category: Core", "T"),
("created: 2021-01-13", "T"),
("requires: 1559", "T"),
# ## Simple Summary
("Adds an opcode that gives the EVM access to the block's base fee.", "PXS", "simple summary states the addition; its reasons are the Motivation section"),
# ## Abstract
("Add a `BASEFEE (0x48)` that returns the value of the base fee of the current block it is executing in.", "PXS"),
# ## Motivation
("The intended use case would be for contracts to get the value of the base fee.", ""),
("This feature would enable or improve existing use cases, such as:", "", "'would enable' describes the feature's use, a prediction, not a hedge"),
("Contracts that need to set bounties for anyone to \"poke\" them with a transaction could set the bounty to be `BASEFEE + x`, or `BASEFEE * (1 + x)`.", "S"),
("This makes the mechanism more reliable, because they will always pay \"enough\" regardless of market conditions.", ""),
("Gas futures can be implemented based on it.", ""),
("This would be more precise than gastokens.", ""),
("Improve the security for state channels, plasma, optirolls and other fraud proof driven solutions.", ""),
("Having the `BASEFEE` as an input allows you to lengthen the challenge period automatically if you see that the `BASEFEE` is high.", "S"),
# ## Specification
("Add a `BASEFEE` opcode at `(0x48)`, with gas cost `G_base`.", "PXS", "the specification: the decision, reasons in Motivation and Rationale"),
("|  Op  \t| Input \t| Output \t| Cost \t|", "", "table header: a plain line"),
("| 0x48 \t|   0   \t|    1   \t|   2  \t|", "PXS", "the specification table row defines the opcode (policy)"),
# ## Rationale
# ### Gas cost
("The value of the base fee is needed to process transactions.", ""),
("That means it's value is already available before running the EVM code.", "S"),
("The opcode does not add extra complexity and additional read/write operations, hence the choice of `G_base` gas cost.", "PRS", "Rationale restates the gas cost choice with its reason (hence)"),
# ## Backwards Compatibility
("There are no known backward compatibility issues with this opcode.", ""),
# ## Test Cases
# ### Nominal case
("Assuming current block base fee is `7 wei`.", "S", "test case: an example, not a policy (holdout 3)"),
("This should push the value `7` (left padded byte32) to the stack.", "S"),
("Bytecode: `0x4800` (`BASEFEE, STOP`)", "S"),
("|  Pc   |      Op     | Cost |   Stack   |   RStack  |", ""),
("|    0  |    BASEFEE  |    2 |        [] |        [] |", "S"),
("|    1  |    STOP     |    0 |       [7] |        [] |", "S"),
("Output: 0x Consumed gas: `2`", "S"),
# ## Security Considerations
("The value of the base fee is not sensitive and is publicly accessible in the block header.", ""),
("There are no known security implications with this opcode.", ""),
# ## Copyright
("Copyright and related rights waived via [CC0](../LICENSE.md).", "T", "CC0 waiver line, verbatim in every EIP"),
]
