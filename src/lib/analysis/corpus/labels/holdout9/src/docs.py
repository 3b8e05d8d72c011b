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
B = 'bytecodealliance-rfcs/'
DOCS.update({
B + 'what-is-considered-a-security-bug': {"kind": "strategy", "should_flag": [],
  "should_not_flag": ["length", "placeholder", "problem-first"],
  "note": "1,354 words (Bytecode Alliance RFC, 2023): which Wasmtime/Cranelift bugs count as security vulnerabilities. Opens with the problem (no definition; friction between developers and embedders). The rules (tier 1 only, sandbox escape yes, divergence inside the sandbox no, DoS at execution yes, at compile time no) and a 23-row cheat sheet are policies; their reasons are argued in Rationale and alternatives (X: 31 of 39). Rationale is a judgement call (the reasons exist, in a separate section). 13 hedges, almost all in the motivation's hypothetical example and the alternatives ('might', 'could'): hedge is a judgement call, leaning should-not. Specificity should not flag: Wasmtime, Wasm, WASI, Cranelift, Winch, CVE."},
B + 'remove-old-cranelift-backend': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "hedge", "placeholder", "problem-first"],
  "note": "1,026 words (Bytecode Alliance RFC, 2021): remove Cranelift's old x86 backend and the code only it uses. Motivation gives the costs of keeping it; the proposal's removal list is 20 policies whose reasons are in Motivation (X), so rationale is a judgement call (reasons present in another section). 2 hedges ('We believe', 'consider how the pipeline could be simplified'). Specific: 25 of 54 (MachInst, x64, 0.27.x/0.28, Wasmtime, Lucet, cg_clif, SpiderMonkey, VeriWasm, PR numbers); the removal list's generic items ('The register allocator.') keep specificity a judgement call."},
B + 'benchmark-infrastructure': {"kind": "design", "should_flag": [],
  "should_not_flag": ["length", "placeholder", "problem-first"],
  "note": "1,068 words (Bytecode Alliance RFC, 2020): machines, a frontend and a runner daemon to track Cranelift and Wasmtime performance. Motivation first. The plan is tentative throughout: 14 of 37 sentences hedged ('likely', 'We hope', 'could', 'Potentially', 'may occasionally'), so hedge SHOULD arguably flag: left a judgement call because an early infrastructure RFC reasonably hedges undecided details. 9 of 21 policies carry their reason beside them; rationale should not flag is arguable, left a judgement call. Specific: 22 of 37."},
'pytorch-rfcs/RFC-0038-cpython-support': {"kind": "design", "should_flag": ["rationale"],
  "should_not_flag": ["length", "hedge", "placeholder", "specificity"],
  "note": "859 words (PyTorch RFC-0038, Alban Desmaison, 2024): which CPython versions PyTorch supports, what CI runs on which, and a yearly enablement/sunset timeline. The timeline is 60-odd terse items (When/ETA/Planned for/Goal/Who), all planned work (policies) without a reason of their own: 65 of 74 policies have no rationale, so rationale should flag (the motivation's five requirements justify the timeline only in general). Specific: 48 of 81 non-template (CPython 3.13/3.8, dates, ETAs, Dynamo, conda, named teams). 2 hedges ('Usually in May/October'). The Authors lines are template."},
'webassembly-design/HighLevelGoals': {"kind": "vision", "should_flag": ["rationale"],
  "should_not_flag": ["length", "hedge", "placeholder", "audacity"],
  "note": "239 words (WebAssembly High-Level Goals, 2015, last edited 2025), well regarded: the founding goals of WebAssembly, cited across the web platform. Twenty goal items, all policies (what the design commits to), only two with a stated purpose: rationale should flag by the count, though every item is a plain goal a reader accepts. No horizon at all (no date or release): horizon is a judgement call for a standing goals page. Grounding is a judgement call (platforms, JavaScript, the Web; no users or outcomes named). Specific: 6 of 20 (JavaScript, WebAssembly, same-origin, View Source); specificity is a judgement call."},
})
