"""Group labels for holdout 9: five Ethereum Core EIPs that each add or reprice one EVM instruction
or address at a hard fork (EIP-3198 BASEFEE, EIP-3651 warm COINBASE, EIP-3855 PUSH0, EIP-5656
MCOPY, EIP-7516 BLOBBASEFEE), read as one group of related design docs (definitions:
/work/shared/samples/README.md; format: the "groups" of labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

Template is what the EIP template and the EIP repository put in every EIP: the front matter keys,
the section headings and the CC0 waiver line. "There are no known backward compatibility issues
..." and "This EIP introduces a new opcode which did not exist previously." recur nearly verbatim
(copied from EIP to EIP); they are listed as incidental recurring text, not as decisions.
"""
E = 'ethereum-eips/'
BF, CB, P0, MC, BB = (E + n for n in ('eip-3198', 'eip-3651', 'eip-3855', 'eip-5656', 'eip-7516'))
ALL = [BF, CB, P0, MC, BB]


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "evm-new-instructions": {
        "note": "Five Final Core EIPs (2021-2023) that change the EVM instruction set one small step at a time: two expose a block-header fee to contracts (BASEFEE, then BLOBBASEFEE copying its text), one makes an address warm, two add an instruction to replace costly workarounds (PUSH0, MCOPY). They share a way of pricing (reuse an existing gas tier; charge what the operation actually costs) and the EIP template.",
        "recurring_decisions": [
            {"id": "price-new-instructions-at-an-existing-gas-tier",
             "summary": "A new instruction is priced at the existing gas tier of comparable instructions (G_base = 2 for values already at hand; the W_copy formula for copies) rather than given a new price",
             "docs": [BF, P0, MC, BB],
             "evidence": ev(BF, "hence the choice of `G_base` gas cost")
             + ev(P0, "The cost of this instruction is 2 gas (aka `base`).",
                  "The `base` gas cost is used for instructions which place constant values onto the stack")
             + ev(MC, "The gas cost of this instruction mirrors that of other `Wcopy` instructions")
             + ev(BB, "This is also identical to [EIP-3198](./eip-3198.md) (`BASEFEE` opcode)'s cost"),
             "controversial": False,
             "topic_keywords": ["gas cost", "G_base", "base", "Wcopy", "W_copy", "Gverylow", "2 gas", "pricing"]},
            {"id": "charge-what-the-access-actually-costs",
             "summary": "Gas should follow the real cost to the client: a value or account that is already loaded before execution (block header fees, the COINBASE account) is cheap or warm",
             "docs": [BF, CB, BB],
             "evidence": ev(BF, "That means it's value is already available before running the EVM code.")
             + ev(CB, "in accordance with the actual cost of reading that account",
                  "The addresses currently initialized warm are the addresses that should already be loaded at the start of transaction validation.")
             + ev(BB, "That means its value is already available before running the EVM code."),
             "controversial": False,
             "topic_keywords": ["already available", "already be loaded", "warm", "cold", "actual cost", "block header"]},
            {"id": "expose-block-header-fees-to-contracts",
             "summary": "Give contracts an opcode that returns a fee from the current block header (the EIP-1559 base fee, then the EIP-4844 blob base fee), for bounties, fee futures and rollup cost accounting",
             "docs": [BF, BB],
             "evidence": ev(BF, "Add a `BASEFEE` opcode at `(0x48)`, with gas cost `G_base`.",
                            "Gas futures can be implemented based on it.")
             + ev(BB, "Add a `BLOBBASEFEE` instruction with opcode `0x4a`, with gas cost `2`.",
                  "Blob gas futures can be implemented based on it"),
             "controversial": False,
             "topic_keywords": ["BASEFEE", "BLOBBASEFEE", "base fee", "blob base-fee", "block header", "futures"]},
            {"id": "dedicated-instruction-instead-of-workarounds",
             "summary": "Add a dedicated instruction where contracts pay for workarounds (PUSH1 0 or context instructions for a zero; the identity precompile or MLOAD/MSTORE loops for a memory copy), to cut code size and gas and to stop relying on instructions whose behaviour or price may change",
             "docs": [P0, MC],
             "evidence": ev(P0, "Because of the overall cost many try to use various other instructions to achieve the same effect.",
                            "Reducing the risk of contracts (mis)using various instructions as an optimisation measure.")
             + ev(MC, "Having a dedicated `MCOPY` instruction would also add forward protection against future gas cost changes to `CALL` instructions in general.",
                  "This is still prohibitive for making the precompile a reasonable alternative again."),
             "controversial": True,
             "topic_keywords": ["PUSH0", "PUSH1 0", "MCOPY", "identity precompile", "MLOAD", "MSTORE", "workaround", "dedicated instruction"]},
        ],
        "incidental_recurring": [
            {"summary": "A new opcode is declared free of backward compatibility and security issues, in text copied between EIPs",
             "docs": [BF, CB, P0, MC, BB],
             "evidence": ev(BF, "There are no known backward compatibility issues with this opcode.")
             + ev(CB, "There are no known backward compatibility issues presented by this change.")
             + ev(P0, "This EIP introduces a new opcode which did not exist previously.")
             + ev(MC, "This EIP introduces a new instruction which did not exist previously.")
             + ev(BB, "There are no known backward compatibility issues with this instruction.")},
        ],
        "non_decision_mentions": [
            {"doc": MC, "quote": "With [EIP-2929](./eip-2929.md) the call overhead using the identity precompile was reduced from 700 to 100 gas.", "topic": "EIP-2929"},
            {"doc": CB, "quote": "the address is initially cold under the access list framework introduced in [EIP-2929](./eip-2929.md)", "topic": "EIP-2929"},
            {"doc": P0, "quote": "Note that jumpdest-analysis is unaffected, as `PUSH0` has no immediate data bytes.", "topic": "jumpdest analysis"},
        ],
        "template_lines": tl(ALL, "Copyright and related rights waived via [CC0](../LICENSE.md).", "status: Final",
                             "type: Standards Track", "category: Core", "## Backwards Compatibility",
                             "## Security Considerations", "## Specification", "## Rationale", "## Motivation"),
    }
}
