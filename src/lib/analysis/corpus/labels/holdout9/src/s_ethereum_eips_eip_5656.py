DOC = "ethereum-eips/eip-5656"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("eip: 5656", "T"),
("title: MCOPY - Memory copying instruction", "T"),
("description: An efficient EVM instruction for copying memory areas", "T"),
("author: Alex Beregszaszi (@axic), Paul Dworzanski (@poemm), Jared Wasinger (@jwasinger), Casey Detrio (@cdetrio), Pawel Bylica (@chfast), Charles Cooper (@charles-cooper)", "T"),
("discussions-to: https://ethereum-magicians.org/t/eip-5656-mcopy-instruction/10890", "T"),
("status: Final", "T"),
("type: Standards Track", "T"),
("category: Core", "T"),
("created: 2021-02-01", "T"),
# ## Abstract
("Provide an efficient EVM instruction for copying memory areas.", "PXS", "abstract states the decision"),
# ## Motivation
("Memory copying is a basic operation, yet implementing it on the EVM comes with overhead.", "S"),
("This was recognised and alleviated early on with the introduction of the \"identity\" precompile, which accomplishes memory copying by the use of `CALL`'s input and output memory offsets.", "S"),
("Its cost is `15 + 3 * (length / 32)` gas, plus the call overhead.", "S"),
("The identity precompile was rendered ineffective by the raise of the cost of `CALL` to 700, but subsequently the reduction by [EIP-2929](./eip-2929.md) made it slightly more economical.", "S"),
("Copying exact words can be accomplished with `<offset> MLOAD <offset> MSTORE` or `<offset> DUP1 MLOAD DUP2 MSTORE`, at a cost of at least 12 gas per word.", "S"),
("This is fairly efficient if the offsets are known upfront and the copying can be unrolled.", ""),
("In case copying is implemented at runtime with arbitrary starting offsets, besides the control flow overhead, the offset will need to be incremented using `32 ADD`, adding at least 6 gas per word.", "S"),
("Copying non-exact words is more tricky, as for the last partial word, both the source and destination needs to be loaded, masked, or'd, and stored again.", ""),
("This overhead is significant.", ""),
("One edge case is if the last \"partial word\" is a single byte, it can be efficiently stored using `MSTORE8`.", "S"),
("As example use case, copying 256 bytes costs:", "S"),
("at least 757 gas pre-EIP-2929 using the identity precompile", "S"),
("at least 157 gas post-EIP-2929 using the identity precompile", "S"),
("at least 96 gas using unrolled `MLOAD`/`MSTORE` instructions", "S"),
("27 gas using this EIP", "S"),
("According to an analysis of blocks 10537502 to 10538702, roughly 10.5% of memory copies would have had improved performance with the availability of an `MCOPY` instruction.", "S"),
("Memory copying is used by languages like Solidity and Vyper, where we expect this improvement to provide efficient means of building data structures, including efficient sliced access and copies of memory objects.", "S", "'we expect' a prediction, not a hedge (holdout 8: We anticipate)"),
("Having a dedicated `MCOPY` instruction would also add forward protection against future gas cost changes to `CALL` instructions in general.", "S"),
("Having a special `MCOPY` instruction makes the job of static analyzers and optimizers easier, since the effects of a `CALL` in general have to be fenced, whereas an `MCOPY` instruction would be known to only have memory effects.", "S"),
("Even if special cases are added for precompiles, a future hard fork could change `CALL` effects, and so any analysis of code using the identity precompile would only be valid for a certain range of blocks.", "HS", "'could change'"),
("Finally, we expect memory copying to be immensely useful for various computationally heavy operations, such as EVM384, where it is identified as a significant overhead.", "S"),
# ## Specification
("The instruction `MCOPY` is introduced at `0x5E`.", "PXS"),
# ### Input stack
("| Stack | Value |", ""),
("| top - 0 | `dst` |", "PXS", "stack-order table rows are the specification"),
("| top - 1 | `src` |", "PXS"),
("| top - 2 | `length` |", "PXS"),
("This ordering matches the other copying instructions, i.e. `CALLDATACOPY`, `RETURNDATACOPY`.", "S", "the reason for the stack order, not a rule itself"),
# ### Gas costs
("Per yellow paper terminology, it should be considered part of the `W_copy` group of opcodes, and follow the gas calculation for `W_copy` in the yellow paper.", "PXS", "'should be considered part of the W_copy group' classifies the instruction: a requirement, not a hedge"),
("While the calculation in the yellow paper should be considered the final word, for reference, as of time of this writing, that currently means its gas cost is:", "PXS"),
# ### Output stack
("This instruction returns no stack items.", "PXS"),
# ### Semantics
("It copies `length` bytes from the offset pointed at `src` to the offset pointed at `dst` in memory.", "PXS"),
("Copying takes place as if an intermediate buffer was used, allowing the destination and source to overlap.", "PRS", "'allowing the destination and source to overlap' is the benefit"),
("If `length > 0` and (`src + length` or `dst + length`) is beyond the current memory length, the memory is extended with respective gas cost applied.", "PXS"),
("The gas cost of this instruction mirrors that of other `Wcopy` instructions and is `Gverylow + Gcopy * ceil(length / 32)`.", "PRS", "Rationale: the cost with its reason (mirrors other Wcopy instructions)"),
# ## Rationale
("Production implementation of exact-word memory copying and partial-word memory copying can be found in the Solidity, Vyper and Fe compilers.", "S"),
("With [EIP-2929](./eip-2929.md) the call overhead using the identity precompile was reduced from 700 to 100 gas.", "S"),
("This is still prohibitive for making the precompile a reasonable alternative again.", ""),
# ## Backwards Compatibility
("This EIP introduces a new instruction which did not exist previously.", ""),
("Already deployed contracts using this instruction could change their behaviour after this EIP.", "H"),
# ## Test Cases
("`MCOPY 0 32 32` - copy 32 bytes from offset 32 to offset 0.", "S", "test case"),
("pre (spaces included for readability):", ""),
("post:", ""),
("gas used: 6", "S"),
("`MCOPY 0 0 32` - copy 32 bytes from offset 0 to offset 0.", "S"),
("pre:", ""),
("post:", ""),
("gas used: 6", "S"),
("`MCOPY 0 1 8` - copy 8 bytes from offset 1 to offset 0 (overlapping).", "S"),
("pre (space at byte 8):", ""),
("post:", ""),
("gas used: 6", "S"),
("`MCOPY 1 0 8` - copy 8 bytes from offset 0 to offset 1 (overlapping).", "S"),
("pre (space at byte 8):", ""),
("post:", ""),
("gas used: 6", "S"),
# ### Full test suite
("A full suite of tests can be found in the execution spec tests: [MCOPY suite](https://github.com/ethereum/execution-spec-tests/tree/c0065176a79f89d93f4c326186fc257ec5b8d5f1/tests/cancun/eip5656_mcopy).", "T", "pointer to the test suite (link line)"),
# ## Security Considerations
("Clients should take care that their implementation does not use an intermediate buffer (see for instance that the C stdlib `memmove` function does not use an intermediate buffer), as this is a potential Denial of Service (DoS) vector.", "PRS", "security rule for clients with its reason (as this is a potential DoS vector)"),
("Most language builtins / standard library functions for moving bytes have the correct performance characteristics here.", ""),
("This aside, the analysis for Denial of Service (DoS) and memory exhaustion attacks is identical to other opcodes which touch memory, as the memory expansion follows the same pricing rules.", ""),
# ## Copyright
("Copyright and related rights waived via [CC0](../LICENSE.md).", "T"),
]
