DOC = "grpc-proposal/l120-requiring-cpp17"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
("L120: Requiring C++17 in gRPC Core/C++ Library", "T", "setext title line"),
("Author(s): veblush", "T"),
("Approver: markdroth", "T"),
("Status: Approved", "T"),
("Implemented in: n/a", "T"),
("Last updated: Dec 4, 2024", "T"),
("Discussion at: https://groups.google.com/g/grpc-io/c/HXnIJJnMdgc", "T"),
# ## Abstract
("To align with [the OSS Foundational C++ support policy](https://opensource.google/documentation/policies/cplusplus-support), gRPC is updating its minimum required C++ standard to C++17.", "PRS", "purpose infinitive 'To align with' is the reason"),
# ## Background
("To leverage the advancements in C++ standards, gRPC has progressively updated its requirements.", "S", "history"),
("Initially, it adopted C++11 in 2017 (as per [L6: Allow C++ in gRPC Core Library](L6-core-allow-cpp.md)).", "S"),
("Then, in 2022, it transitioned to C++14 (as per [L98: Requiring C++14 in gRPC Core/C++ Library](L98-requiring-cpp14.md)).", "S"),
("Now, to align with the [the OSS Foundational C++ support policy](https://opensource.google/documentation/policies/cplusplus-support) and stay consistent with its major dependencies (Abseil, BoringSSL, and Protobuf), gRPC is transitioning to require C++17.", "PRS"),
# ## Proposal
("gRPC 1.69 will be the final release compatible with C++14.", "PSX", "reason is the Background sentence right before, but under a new heading"),
("Going forward, gRPC will require C++17.", "PSX"),
("This change will take effect with gRPC 1.70.", "PSX"),
("gRPC 1.69 will continue to receive critical bug fixes (P0) and security updates for one year (until December 10, 2025).", "PS", "support window: no reason anywhere"),
("This update does not introduce API changes, so the major version of gRPC remains unchanged.", "PRS", "the version rule with its reason"),
]
