DOC = "swift-evolution/0002-remove-currying"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Removing currying `func` declaration syntax
("Proposal: [SE-0002](0002-remove-currying.md)", "T"),
("Author: [Joe Groff](https://github.com/jckarter)", "T"),
("Status: **Implemented (Swift 3.0)**", "T"),
("Implementation: [apple/swift@983a674](https://github.com/apple/swift/commit/983a674e0ca35a85532d70a3eb61e71a6d024108)", "T"),
# ## Introduction
("Curried function declaration syntax `func foo(x: Int)(y: Int)` is of limited usefulness and creates a lot of language and implementation complexity.", "S"),
("We should remove it.", "PR", "the decision; its reason is the sentence before"),
# ## Motivation
("The presence of curried function syntax has knock-on effects, complicating other language features:", ""),
("The presence of currying invites confusion over keyword rules and the declaration name of functions.", ""),
("We've argued several times over whether curried arguments represent a continuation of the function's arguments, begin the argument list of a new function, or deserve to follow different rules altogether.", ""),
("It has subtle interactions with 'var' and 'inout' argument annotations.", "S"),
("A curried function with 'inout' parameters anywhere other than its first clause cannot be partially applied without surprising semantic restrictions, limiting its usefulness.", "S"),
("With 'var' parameters, there's the question of at what level the 'var' gets bound; many users expect it at the outermost partial application, but we currently bind at the innermost partial application.", "S"),
("The idioms of the standard library, Cocoa, and most third-party code don't really make ML-style argument currying of free functions profitable.", "S"),
("In Cocoa and the standard library, most things are methods, where we can still get useful partial application via `self.method` and maybe someday `.map { f($0) }` as well.", "SH"),
("The curried function design also predates the design of the keyword argument model.", ""),
("We have plans to move away from the arguments-are-a-single-tuple model too (which is already belied by things like `@autoclosure` and `inout`), which pushes us even further away from the ML argument model.", "PS", "a stated plan (future work), in Motivation"),
("Many users have observed the uselessness of our currying feature, and asked for Scala-style `f(_, 1)` freeform partial application as an alternative.", "S"),
("The fact that even functionally-oriented users don't see much value in our currying feature makes me feel like we might be better off without it.", "H"),
("It definitely fails the \"would we add it if we didn't have it already\" test.", ""),
# ## Detailed design
("We remove support for multiple argument patterns in `func` declarations, reducing the grammar for `func-signature` to allow only one `argument` clause.", "PXS", "the design; reasons in Motivation"),
("For migration purposes, existing code that uses currying declaration syntax can be transformed to explicitly return a closure instead:", "", "migration path described with can: not a policy"),
("I don't propose changing the semantics of methods, which formally remain functions of type `Self -> Args -> Return`.", "S", "scope statement (what is not proposed), like a non-goal"),
# ## Impact on existing code
("This is removing a language feature, so will obviously break existing code that uses the feature.", ""),
("We feel that currying is of sufficiently marginal utility, runs against the grain of emerging language practice, and there's a reasonable automatic migration, so the impact is acceptable in order to simplify the language.", "", "argument for accepting the breakage, not a rule"),
# ## Alternatives considered
("The alternative would be to preserve currying as-is, which as discussed above, is not ideal.", ""),
("Although I don't propose taking any immediate action, future alternative designs to provide similar functionality in a more idiomatic way include:", ""),
("Scala-like ad-hoc partial application syntax, such that something like `foo(_, bar: 2)` would be shorthand for `{ x in foo(x, bar: 2) }`.", "S"),
("This has the benefit of arguably being more readable with our keyword-argument- oriented API design, and also more flexible than traditional currying, which requires argument order to be preconsidered by the API designer.", "H"),
("Method and/or operator slicing syntax.", ""),
("We have `self.method` to partially bind a method to its `self` parameter, and could potentially add `.method(argument)` to partially bind a method to its non-self arguments, which would be especially useful for higher-order methods like `map` and `filter`.", "HS"),
("Haskell-like `(2+)`/`(+2)` syntax for partially applying operators might also be nice.", "HS"),
]
