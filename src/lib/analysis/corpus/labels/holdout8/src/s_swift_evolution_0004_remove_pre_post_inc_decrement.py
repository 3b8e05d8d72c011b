DOC = "swift-evolution/0004-remove-pre-post-inc-decrement"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Remove the `++` and `--` operators
("Proposal: [SE-0004](0004-remove-pre-post-inc-decrement.md)", "T"),
("Author: [Chris Lattner](https://github.com/lattner)", "T"),
("Status: **Implemented (Swift 3.0)**", "T"),
("Implementation: [apple/swift@8e12008](https://github.com/apple/swift/commit/8e12008d2b34a605f8766310f53d5668f3d50955)", "T"),
# ## Introduction
("The increment/decrement operators in Swift were added very early in the development of Swift, as a carry-over from C.", "S"),
("These were added without much consideration, and haven't been thought about much since then.", ""),
("This document provides a fresh look at them, and ultimately recommends we just remove them entirely, since they are confusing and not carrying their weight.", "PR", "the Introduction states the decision with its reason (since)"),
("As a quick refresher, there are four operators in this family:", "S"),
("However, the result value of these operators are frequently ignored.", ""),
# ## Advantages of These Operators
("The primary advantage of these operators is their expressive capability.", ""),
("They are shorthand for (e.g.) `x += 1` on a numeric type, or `x.advance()` on an iterator-like value.", "S"),
("When the return value is needed, the Swift `+=` operator cannot be used in-line, since (unlike C) it returns `Void`.", "S"),
("The second advantage of Swift supporting this family of operators is continuity with C, and other common languages in the extended C family (C++, Objective-C, Java, C#, Javascript, etc).", "S"),
("People coming to Swift from these other languages may reasonably expect these operators to exist.", "HS"),
("That said, there are also popular languages which have kept the majority of C operators but dropped these (e.g. Python).", "S"),
# ## Disadvantages of These Operators
("These operators increase the burden to learn Swift as a first programming language - or any other case where you don't already know these operators from a different language.", "S"),
("Their expressive advantage is minimal - `x++` is not much shorter than `x += 1`.", "S"),
("Swift already deviates from C in that the `=`, `+=` and other assignment-like operations returns `Void` (for a number of reasons).", "S"),
("These operators are inconsistent with that model.", ""),
("Swift has powerful features that eliminate many of the common reasons you'd use `++i` in a C-style for loop in other languages, so these are relatively infrequently used in well-written Swift code.", "S"),
("These features include the `for-in` loop, ranges, `enumerate`, `map`, etc.", "S"),
("Code that actually uses the result value of these operators is often confusing and subtle to a reader/maintainer of code.", ""),
("They encourage \"overly tricky\" code which may be cute, but difficult to understand.", "H"),
("While Swift has well defined order of evaluation, any code that depended on it (like `foo(++a, a++)`) would be undesirable even if it was well-defined.", "S"),
("These operators are applicable to relatively few types: integer and floating point scalars, and iterator-like concepts.", ""),
("They do not apply to complex numbers, matrices, etc.", ""),
("Finally, these fail the metric of \"if we didn't already have these, would we add them to Swift 3?\"", "S"),
# ## Proposed Approach
("We should just drop these operators entirely.", "PX", "the decision; the reasons are the Disadvantages section"),
("In terms of roll-out, we should deprecate them in the Spring Swift 2.x release (with a nice Fixit hint to cover common cases), and remove them completely in Swift 3.", "PXS", "roll-out schedule; the Fixit purpose is the hint s, not the policy s"),
# ## Alternatives considered
("Simplest alternative: we could keep them.", "H", "alternative, tentative"),
("More interesting to consider, we could change these operators to return Void.", "HS"),
("This solves some of the problems above, but introduces a new question: once the result is gone, the difference between the prefix and postfix form also vanishes.", ""),
("Given that, we would have to pick between these unfortunate choices:", ""),
("1) Keep both `x++` and `++x` in the language, even though they do the same thing.", "S"),
("2) Drop one of `x++` or `++x`.", "S"),
("C++ programmers generally prefer the prefix forms, but everyone else generally prefers the postfix forms.", "HS"),
("Dropping either one would be a significant deviation from C.", "S"),
("Despite considering these options carefully, they still don't justify the complexity that the operators add to Swift.", "S", "rejects the alternatives with a reason: an argument in Alternatives considered, not a policy (holdout 3)"),
]
