DOC = "tikv-rfcs/0003-reduce-one-copy-in-grpc-send"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Reduce One Copy in gRPC Send
# ## Summary
("Reduce one data copy in the process of sending messages in grpcio.", "PXS", "the decision (imperative); the reason (the first copy is unnecessary) is in Motivation"),
("This is not a new feature but an optimization.", ""),
# ## Motivation
("In pingcap/grpc-rs (which is named [`grpcio`](https://docs.rs/crate/grpcio/) on crates.io), we can call gRPC's core API to send data.", "S"),
("In our old implementation, the whole process is:", "", "history"),
("User code produces the data to be sent (particularly, the protobuf library's deserialization) -- a list of `&[u8]` in a call-back", "S"),
("The data get copied into a `Vec<u8>`.", "S"),
("For the protobuf library, this is done internally (**copy 0**)", "S"),
("We create a `grpc_slice` (a ref-counted single string) by copying the `Vec<u8>` mentioned above (**copy 1**)", "S", "old implementation, description"),
("We create a `grpc_byte_buffer` (a ref-counted list of strings) from only one `grpc_slice`", "S"),
("Send data", ""),
("In total, we copy the data twice.", "S", "a measured count of copies"),
("The first copy is unnecessary.", ""),
# ## Detailed design
# ### Basic concepts
("First, due to Rust and C have different naming conventions:", "S"),
("`grpc_slice` on C side is renamed to `GrpcSlice` on Rust side", "S", "existing naming, description"),
("`grpc_byte_buffer` on C side is renamed to `GrpcByteBuffer` on Rust side", "S"),
("So don't be confused by the naming difference.", "", "advice to the reader, not a constraint on work"),
# ### Changes
("After this refactoring,", ""),
("User code produces the data to be sent (particularly, the protobuf library's deserialization) -- a list of `&[u8]`", "S"),
("We copy each produced `&[u8]` into `GrpcSlice`s collect them into a `GrpcByteBuffer` wrapper (**copy 0**)", "PXS", "the new design's steps are the decision; the reason is in Motivation"),
("We take the raw C struct pointer in `GrpcByteBuffer` away and pass it directly into the send functions", "PXS"),
# ## Drawbacks
("This is purely an optimization, no drawbacks.", ""),
("The reason why still one copy:", ""),
("Rust manages its own allocated memory's lifetime, and we're not able to disable this", "S"),
("C-side uses a ref-count mechanism to manage the lifetime of objects", "S"),
("We either need to extend the Rust objects' lifetime or do a copy (see alternatives section)", "S"),
# ## Unresolved questions
("Actuallty it's possible to extend Rust objects' lifetime.", "S"),
("This can achieve real zero-copy.", ""),
# ### Zero copy
("The basic idea is, extend the data's lifetime by moving it into our context object which is destroyed automatically when one send is complete.", "", "rejected idea, described"),
("Then we mark this data (which is stored in a `grpc_slice`) as static on C-side, so the ref-count system won't do the deallocation.", "S"),
# ### Result
("A feature provided by gRPC called buffer-hint which requires the data to have a much longer lifetime has prevented me from accepting this idea.", "S", "a decision already taken (rejecting zero-copy), told as history; not a policy"),
("It's too hard to decide how to manage the lifetime in such case (since the time that the data is no longer needed on C-side is too hard to estimate, we'll have to do lots of thread-sync and `if`s).", "S"),
]
