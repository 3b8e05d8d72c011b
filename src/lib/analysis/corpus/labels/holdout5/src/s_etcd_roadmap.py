DOC = "etcd/roadmap"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
# Table rows: 'Completed' items are history (not policies); 'In progress', 'Not started' and rows without a
# status (v3.8.0, Backlog) are planned work (policies). The Note cell is part of the row.
S = [
# # Roadmap
("etcd uses GitHub milestones to track all tasks in each major or minor release.", "PS", "the roadmap practice, present tense"),
("The `roadmap.md` file only records the most important tasks for each release.", "PS"),
("The list is based on the current maintainer capacity that may shift over time.", "HS", "'may shift' epistemic; 'The list' = roadmap.md"),
("Proposed milestones are what we think we can deliver with the people we have.", "H", "'what we think'"),
("If we have more support on the important stuff, we could pick up more items from the backlog.", "H"),
("Note that etcd will continue to mainly focus on technical debt over the next few major or minor releases.", "PS", "the roadmap's direction; 'next few releases' is vague but etcd is named"),
("Each item has an assigned priority.", "P"),
("Refer to [priority definitions](https://github.com/etcd-io/etcd/blob/main/Documentation/contributor-guide/triage_issues.md#step-5---prioritise-the-issue).", "T", "link-only pointer"),
# ## v3.6.0
("For a full list of tasks in `v3.6.0`, please see [milestone etcd-v3.6](https://github.com/etcd-io/etcd/milestone/38).", "T", "navigation line"),
("| Title | Priority | Status | Note |", "", "table header"),
("| [Support downgrade](https://github.com/etcd-io/etcd/issues/11716) | priority/important-soon | Completed | etcd will support downgrade starting from 3.6.0.", "S", "completed: history"),
("But it will also support offline downgrade from 3.5 to 3.4. |", "S"),
("| [StoreV2 deprecation](https://github.com/etcd-io/etcd/issues/12913) | priority/important-soon | In progress | This task will be covered in both 3.6 and 3.7. |", "PS", "planned (in progress), no reason"),
("| [Release raft 3.6.0](https://github.com/etcd-io/raft/issues/89) | priority/important-soon | Completed | etcd 3.6.0 will depends on raft 3.6.0 |", "S"),
("| [Release bbolt 1.4.0](https://github.com/etcd-io/bbolt/issues/553) | priority/important-soon | Completed | etcd 3.6.0 will depends on bbolt 1.4.0 |", "S"),
("| [Support /livez and /readyz endpoints](https://github.com/etcd-io/etcd/issues/16007) | priority/important-longterm | Completed | It provides clearer APIs, and can also work around the stalled writes issue |", "S", "completed; the Note is a reason, but the row is history"),
("| [Bump gRPC](https://github.com/etcd-io/etcd/issues/16290) | priority/important-longterm | Completed | It isn't guaranteed to be resolved in 3.6, and might be postponed to 3.7 depending on the effort and risk. |", "HS", "completed, but the stale Note hedges ('might be postponed')"),
("| [Deprecate grpc-gateway or bump it](https://github.com/etcd-io/etcd/issues/14499) | priority/important-longterm | Completed | It isn't guaranteed to be resolved in 3.6, and might be postponed to 3.7 depending on the effort and risk. |", "HS"),
("| [bbolt: Add logger into bbolt](https://github.com/etcd-io/bbolt/issues/509) | priority/important-longterm | Completed | It's important to diagnose bbolt issues |", "S"),
("| [bbolt: Add surgery commands](https://github.com/etcd-io/bbolt/issues/370) | priority/important-longterm | Completed | Surgery commands are important for fixing corrupted db files |", "S"),
("| [Refactor lease: Lease might be revoked by mistake by old leader](https://github.com/etcd-io/etcd/issues/15247) | priority/important-longterm | Completed | |", "S", "'might be revoked' names a bug (a system's possible behaviour): not a hedge"),
("| [Evaluate and (Gradulate or deprecate/remove) experimental features](https://github.com/etcd-io/etcd/issues/16292) | priority/backlog | Not started | This task will be covered in both 3.6 and 3.7. |", "PS", "planned, not started"),
# ## v3.7.0
("For a full list of tasks in `v3.7.0`, please see [milestone etcd-v3.7](https://github.com/etcd-io/etcd/milestone/39).", "T"),
("| Title | Priority | Note |", ""),
("| [Bootstrap etcdserver from v3store](https://github.com/etcd-io/etcd/issues/20187) | P0 | Completed |", "S"),
("| [Support range stream](https://github.com/etcd-io/etcd/issues/12342) | P0 | Completed |", "S"),
("| [Protobuf: cleanup both golang/protobuf and gogo/protobuf](https://github.com/etcd-io/etcd/issues/14533) | P0 | Completed |", "S"),
("| [bbolt: Migrate all commands to cobra style commands](https://github.com/etcd-io/bbolt/issues/472) | P1 | Completed |", "S"),
# ## v3.8.0
("| Title | Priority | Note |", ""),
("| [Stop generating v2 snapshots and cleanup up existing ones](https://github.com/etcd-io/etcd/issues/20187) | P0 | |", "PS", "planned for v3.8.0, no reason"),
("| [Define an official performance validation suite for etcd](https://github.com/etcd-io/etcd/issues/16467) | P1 | |", "PS"),
("| [Integrate raft's new feature (async write) into etcd](https://github.com/etcd-io/etcd/issues/16291) | P1 | This is still tentative, and to be investigated |", "PHS", "'tentative' (still a planned item)"),
("| [Evaluate and potentially replace cmux](https://github.com/etcd-io/etcd/issues/18032) | P1 | |", "PHS", "'potentially'"),
# ## Backlog (future releases)
("| Title | Priority | Note |", ""),
("| [Proposals should include a merkle root](https://github.com/etcd-io/etcd/issues/13839) | | |", "P", "backlog item (future release); 'merkle root' is a concept"),
("| [Add Distributed Tracing using OpenTelemetry](https://github.com/etcd-io/etcd/issues/12460) | | |", "PS"),
("| [Support CA rotation](https://github.com/etcd-io/etcd/issues/11555) | | |", "P", "CA rotation: a category"),
("| [raft: enhance the configuration change validation](https://github.com/etcd-io/raft/issues/80) | | |", "PS"),
]
