DOC = "ethereum-eips/eip-7516"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("eip: 7516", "T"),
("title: BLOBBASEFEE instruction", "T"),
("description: Instruction that returns the current data-blob base-fee", "T"),
("author: Carl Beekhuizen (@carlbeek)", "T"),
("discussions-to: https://ethereum-magicians.org/t/eip-7516-blobbasefee-opcode/15761", "T"),
("status: Final", "T"),
("type: Standards Track", "T"),
("category: Core", "T"),
("created: 2023-09-11", "T"),
("requires: 3198, 4844", "T"),
# ## Abstract
("Add a `BLOBBASEFEE (0x4a)` instruction that returns the value of the blob base-fee of the current block it is executing in.", "PXS", "abstract states the decision"),
("It is the identical to [EIP-3198](./eip-3198.md) (`BASEFEE` opcode) except that it returns the blob base-fee as per [EIP-4844](./eip-4844.md).", "PXS", "the specification by reference to EIP-3198; reasons in Motivation"),
# ## Motivation
("The intended use case would be for contracts to get the value of the blob base-fee.", ""),
("This feature enables blob-data users to programmatically account for the blob gas price, eg:", ""),
("Allow rollup contracts to trustlessly account for blob data usage costs.", ""),
("Blob gas futures can be implemented based on it which allows for blob users to smooth out data blob costs.", ""),
# ## Specification
("Add a `BLOBBASEFEE` instruction with opcode `0x4a`, with gas cost `2`.", "PXS"),
("| Op   | Input | Output | Cost |", ""),
("| 0x4a | 0     | 1      | 2    |", "PXS", "spec table row"),
("`BLOBBASEFEE` returns the result of the `get_blob_gasprice(header) -> int` function as defined in [EIP-4844 §Gas accounting](./eip-4844.md#gas-accounting).", "PXS"),
# ## Rationale
# ### Gas cost
("The value of the blob base-fee is needed to process data-blob transactions.", ""),
("That means its value is already available before running the EVM code.", "S"),
("The instruction does not add extra complexity and additional read/write operations, hence the choice of `2` gas cost.", "PRS", "hence the choice of 2 gas"),
("This is also identical to [EIP-3198](./eip-3198.md) (`BASEFEE` opcode)'s cost as it just makes available data that is in the header.", "PRS", "'as it just makes available data that is in the header'"),
# ## Backwards Compatibility
("There are no known backward compatibility issues with this instruction.", ""),
# ## Test Cases
# ### Nominal Case
("Assume calling `get_blob_gasprice(header)` (as defined in [EIP-4844 §Gas accounting](./eip-4844.md#gas-accounting)) on the current block's header returns `7 wei`: `BLOBBASEFEE` should push the value `7` (left padded byte32) to the stack.", "S", "test case"),
("Bytecode: `0x4a00` (`BLOBBASEFEE, STOP`)", "S"),
("| Pc | Op          | Cost | Stack | RStack |", ""),
("| 0  | BLOBBASEFEE | 2    | []    | []     |", "S"),
("| 1  | STOP        | 0    | [7]   | []     |", "S"),
("Output: 0x Consumed gas: `2`", "S"),
# ### Comprehensive Test Suite
("A complete suite of tests can be found [here](https://github.com/ethereum/execution-spec-tests/blob/1983444bbe1a471886ef7c0e82253ffe2a4053e1/tests/cancun/eip7516_blobgasfee/test_blobgasfee_opcode.py).", "T", "pointer to the test suite"),
# ## Security Considerations
("The value of the blob base-fee is not sensitive and is publicly accessible in the block header.", ""),
("There are no known security implications with this instruction.", ""),
# ## Copyright
("Copyright and related rights waived via [CC0](../LICENSE.md).", "T"),
]
