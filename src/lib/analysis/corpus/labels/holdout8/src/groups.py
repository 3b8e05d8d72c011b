"""Group labels for holdout 8: five Swift Evolution proposals that each remove a language feature in
Swift 3 (SE-0002 currying syntax, SE-0003 `var` parameters, SE-0004 `++`/`--`, SE-0007 C-style for
loops, SE-0053 `let` parameters), read as one group of related design docs (definitions:
/work/shared/samples/README.md; format: the "groups" of labels/holdout.json).

Quotes may write a run of whitespace as one space: the build (holdout_tools.build_groups) finds the
exact text in the file, checks that it occurs exactly once there, and writes that text.

Template is what the Swift Evolution proposal template puts in every proposal: the metadata list
(Proposal, Author, Review Manager, Status, Decision Notes, Implementation) and the section headings.
The decisions below recur in each proposal's own words; none is copied text.
"""
SE = 'swift-evolution/'
C, V, I, F, L = (SE + n for n in ('0002-remove-currying', '0003-remove-var-parameters',
                                  '0004-remove-pre-post-inc-decrement', '0007-remove-c-style-for-loops',
                                  '0053-remove-let-from-function-parameters'))
ALL = [C, V, I, F, L]


def ev(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def tl(docs, *quotes):
    return [{"doc": d, "quote": q} for d in docs for q in quotes]


GROUPS = {
    "swift-3-removals": {
        "note": "Five early Swift Evolution proposals (2015-2016), all implemented in Swift 3.0, each removing a feature from the language. They share a way of deciding (remove what does not carry its weight, judged by 'would we add it if we didn't have it already?'), a roll-out (deprecate in Swift 2.x, remove in Swift 3) and an acceptance of source breakage given a mechanical migration; SE-0003 and SE-0053 together make function parameters always immutable, and SE-0007 builds on SE-0004's removal of `++`/`--`.",
        "recurring_decisions": [
            {"id": "remove-features-that-do-not-carry-their-weight",
             "summary": "Remove a language feature whose value is marginal next to the complexity it adds: the test is whether Swift would add it if it did not already have it; simplicity wins over continuity with C or with existing code",
             "docs": [C, I, F, L],
             "evidence": ev(C, "It definitely fails the \"would we add it if we didn't have it already\" test.",
                            "the impact is acceptable in order to simplify the language")
             + ev(I, "ultimately recommends we just remove them entirely, since they are confusing and not carrying their weight",
                  "Finally, these fail the metric of \"if we didn't already have these, would we add them to Swift 3?\"")
             + ev(F, "If the `for-loop` did not exist, I doubt it would be considered for inclusion in Swift 3.",
                  "Removing for loops would simplify the language")
             + ev(L, "leaving it as part of the language would only add redundancy and complexity to Swift's syntax at no added benefit"),
             "controversial": True,
             "note": "Controversial: each proposal argues keeping the feature as the alternative (SE-0002 'preserve currying as-is', SE-0004 keep `++`/`--` or make them return Void, SE-0007 'Not removing `for-loop`', SE-0053 'Leave the redundant syntax in place'); SE-0004 and SE-0007 weigh advantages (continuity with C, familiarity) against disadvantages.",
             "topic_keywords": ["would we add it", "carry their weight", "doesn't carry its weight", "simplify the language", "complexity", "redundancy", "marginal utility", "remove", "language feature"]},
            {"id": "deprecate-in-swift-2-remove-in-swift-3",
             "summary": "Roll out each removal in two steps: a deprecation warning (with a Fix-it where possible) in the Swift 2.x (2.2) release, then removal, a compile error, in Swift 3",
             "docs": [V, I, F],
             "evidence": ev(V, "In Swift 2.2, a deprecation warning will be emitted while in Swift 3 it will become an error.")
             + ev(I, "we should deprecate them in the Spring Swift 2.x release")
             + ev(F, "I suggest that the for-loop be deprecated in Swift 2.x and removed entirely in Swift 3"),
             "controversial": False,
             "note": "No proposal argues the schedule itself. SE-0002 and SE-0053 only say the syntax is removed (SE-0053: 'a compile time error'), without a deprecation step, so they are not listed.",
             "topic_keywords": ["deprecate", "deprecation warning", "Swift 2.2", "Swift 2.x", "Swift 3", "removed entirely", "error", "Fixit", "roll-out"]},
            {"id": "function-parameters-always-immutable",
             "summary": "Function parameters are immutable and take no `var` or `let` marker: `var` on a parameter is removed (SE-0003) and an explicit `let` becomes a compile-time error (SE-0053); `inout` is the only way to mutate a caller's value",
             "docs": [V, L],
             "evidence": ev(V, "we should not allow `var` here")
             + ev(L, "Make functions with parameters declared with an explicit `let` prohibited and a compile time error.",
                  "has been accepted, it would make sense that the syntax for function parameters being explicitly declared as `let` would be removed as well"),
             "controversial": True,
             "note": "Controversial: SE-0003's Alternatives considered records that the original proposal also removed `var` from refutable patterns and was revised after the mailing-list discussion ('Removal of `var` from refutable patterns was reconsidered ...'). SE-0002 mentions 'var' parameters only as a problem of currying (a non-decision mention).",
             "topic_keywords": ["var", "let", "inout", "function parameters", "immutable", "parameter", "mutable local copy"]},
            {"id": "remove-increment-decrement-operators",
             "summary": "Remove the `++` and `--` operators (SE-0004); SE-0007 relies on that removal as already decided",
             "docs": [I, F],
             "evidence": ev(I, "We should just drop these operators entirely.")
             + ev(F, "starve the most common use-points for `--` and `++`, which are already due to be eliminated from the language"),
             "controversial": True,
             "note": "Controversial: SE-0004 argues the operators' advantages (expressiveness, continuity with C) against their disadvantages and rejects two alternatives (keep them; make them return Void).",
             "topic_keywords": ["++", "--", "increment", "decrement", "operators", "x += 1", "unary incrementors"]},
            {"id": "accept-source-breakage-given-mechanical-migration",
             "summary": "Accept that removing a feature breaks existing code, because the change is rare in practice and has a simple or automatic migration (return a closure, shadow with a local `var`, a Fix-it, delete the `let`)",
             "docs": [C, V, I, F, L],
             "evidence": ev(C, "This is removing a language feature, so will obviously break existing code that uses the feature.")
             + ev(V, "As a purely mechanical migration away from these uses of `var`")
             + ev(I, "(with a nice Fixit hint to cover common cases)")
             + ev(F, "can be worked around for those few times when `for-loop`s do pop up")
             + ev(L, "In code that is migrating to this newer proposed syntax the `let` keyword should be deleted"),
             "controversial": False,
             "note": "Every proposal's Impact on existing code section; none argues against breaking source (Swift 3 was the release for it). SE-0007's and SE-0004's versions rest on how rarely the feature is used.",
             "topic_keywords": ["impact on existing code", "break existing code", "migration", "Fixit", "fix-it", "migrator", "source compatibility", "worked around"]},
        ],
        "non_decision_mentions": [
            {"doc": C, "quote": "It has subtle interactions with 'var' and 'inout' argument annotations.", "topic": "var parameters"},
            {"doc": L, "quote": "allowed the use of all keywords as argument labels except for `inout`, `var` and `let`", "topic": "keywords as argument labels"},
        ],
        "incidental_recurring": [],
        "template_lines": tl(ALL, "* Proposal: [SE-", "* Author: [", "* Status: **Implemented (Swift 3.0)**", "## Introduction", "## Alternatives considered")
        + tl([V, F, L], "* Review Manager: [", "* Decision Notes: [Rationale](")
        + tl([C, V, I, L], "* Implementation: [apple/swift")
        + tl([C, V, L], "## Impact on existing code"),
    }
}
