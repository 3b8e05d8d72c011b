DOC = "ethereum-eips/eip-3651"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("eip: 3651", "T"),
("title: Warm COINBASE", "T"),
("description: Starts the `COINBASE` address warm", "T"),
("author: William Morriss (@wjmelements)", "T"),
("discussions-to: https://ethereum-magicians.org/t/eip-3651-warm-coinbase/6640", "T"),
("status: Final", "T"),
("type: Standards Track", "T"),
("category: Core", "T"),
("created: 2021-07-12", "T"),
("requires: 2929", "T"),
# ## Abstract
("The `COINBASE` address shall be warm at the start of transaction execution, in accordance with the actual cost of reading that account.", "PRS", "abstract: the decision with its reason (in accordance with the actual cost)"),
# ## Motivation
("Direct `COINBASE` payments are becoming increasingly popular because they allow conditional payments, which provide benefits such as implicit cancellation of transactions that would revert.", "S"),
("But accessing `COINBASE` is overpriced; the address is initially cold under the access list framework introduced in [EIP-2929](./eip-2929.md).", "S"),
("This gas cost mismatch can incentivize alternative payments besides ETH, such as [ERC-20](./eip-20.md), but ETH should be the primary means of paying for transactions on Ethereum.", "S", "'ETH should be the primary means of paying' is a principle stated as motivation, not this EIP's decision (doubtful)"),
# ## Specification
("At the start of transaction execution, `accessed_addresses` shall be initialized to also include the address returned by `COINBASE` (`0x41`).", "PXS"),
# ## Rationale
("The addresses currently initialized warm are the addresses that should already be loaded at the start of transaction validation.", ""),
("The `ORIGIN` address is always loaded to check its balance against the gas limit and the gas price.", "S"),
("The `tx.to` address is always loaded to begin execution.", "S"),
("The `COINBASE` address should also be always be loaded because it receives the block reward and the transaction fees.", "PRS", "rationale: restates the rule (should be loaded) with its reason (because it receives the block reward)"),
# ## Backwards Compatibility
("There are no known backward compatibility issues presented by this change.", ""),
# ## Security Considerations
("There are no known security considerations introduced by this change.", ""),
# ## Copyright
("Copyright and related rights waived via [CC0](../LICENSE.md).", "T"),
]
