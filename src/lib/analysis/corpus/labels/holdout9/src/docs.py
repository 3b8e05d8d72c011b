# Document-level expectations for holdout9: which rules SHOULD flag a document and which should NOT
# (a good editor would not flag them). A rule in neither list is a judgement call.
E = 'ethereum-eips/'
DOCS = {
E + 'eip-3198': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "hedge", "placeholder", "rationale", "specificity"],
  "note": "394 words (EIP-3198, 2021): add the BASEFEE opcode at 0x48 with gas cost G_base. Front matter is template; the specification is four policy lines (summary, abstract, spec sentence, spec table row) whose reasons are in Motivation and Rationale (X), and the Rationale's 'hence the choice of G_base gas cost' (R). No hedges. Problem-first is a judgement call: the EIP template puts Abstract before Motivation."},
E + 'eip-3651': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "hedge", "placeholder", "rationale", "specificity"],
  "note": "248 words (EIP-3651, 2021): start the COINBASE address warm (EIP-2929 access lists). Abstract and rationale each carry the reason (actual cost of reading the account; it receives the block reward). No hedges. Very short: length should not flag."},
E + 'eip-3855': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "hedge", "placeholder", "rationale", "specificity"],
  "note": "546 words (EIP-3855, 2021): add PUSH0 at 0x5f costing 2 gas. Motivation measured on Mainnet (~11.5% of PUSH instructions push zero; 340,557,331 wasted bytes). 4 policies, reasons mostly in Motivation (X); the cost has its reason in the next sentence. 3 hedges in 30 non-template sentences ('can be more risky', 'potentially could share', 'could change their behaviour')."},
E + 'eip-5656': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "hedge", "placeholder", "rationale", "specificity"],
  "note": "1,032 words (EIP-5656, 2021-2023): add MCOPY at 0x5E. Long measured motivation (gas per word, 10.5% of memory copies), the specification as policy lines (stack order table, W_copy gas), security rule for clients with its reason. Many test-case lines (examples, not policies). 2 hedges."},
E + 'eip-7516': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "hedge", "placeholder", "rationale", "specificity"],
  "note": "396 words (EIP-7516, 2023): add BLOBBASEFEE at 0x4a, 'identical to EIP-3198 except' that it returns the EIP-4844 blob base fee. Reused EIP-3198 text (gas cost rationale, backwards compatibility and security lines) nearly verbatim. No hedges."},
}
