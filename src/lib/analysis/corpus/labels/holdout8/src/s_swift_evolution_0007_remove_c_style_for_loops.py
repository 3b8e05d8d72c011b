DOC = "swift-evolution/0007-remove-c-style-for-loops"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
S = [
# # Remove C-style for-loops with conditions and incrementers
("Proposal: [SE-0007](0007-remove-c-style-for-loops.md)", "T"),
("Author: [Erica Sadun](https://github.com/erica)", "T"),
("Review Manager: [Doug Gregor](https://github.com/DougGregor)", "T"),
("Status: **Implemented (Swift 3.0)**", "T"),
("Decision Notes: [Rationale](https://forums.swift.org/t/accepted-se-0007-remove-c-style-for-loops-with-conditions-and-incrementers/512)", "T"),
("Bugs: [SR-226](https://bugs.swift.org/browse/SR-226), [SR-227](https://bugs.swift.org/browse/SR-227)", "T"),
# ## Introduction
("The C-style `for-loop` appears to be a mechanical carry-over from C rather than a genuinely Swift-specific construct.", "HS"),
("It is rarely used and not very Swift-like.", "S"),
("More Swift-typical construction is already available with `for-in` statements and `stride`.", "S"),
("Removing for loops would simplify the language and starve the most common use-points for `--` and `++`, which are already due to be eliminated from the language.", "S"),
("The value of this construct is limited and I believe its removal should be seriously considered.", "H", "tentative (should be seriously considered): hedged, not a policy"),
("This proposal was discussed on the Swift Evolution list in the [C-style For Loops](https://forums.swift.org/t/c-style-for-loops/31) thread and reviewed in the [\\[Review\\] Remove C-style for-loops with conditions\tand incrementers](https://forums.swift.org/t/review-remove-c-style-for-loops-with-conditions-and-incrementers/255) thread.", "S"),
# ## Advantages of For Loops
("Swift design supported a shallow learning curve using familiar constants and control structures.", "S"),
("The `for-loop` mimics C and limits the effort needed to master this control flow.", "S"),
# ## Disadvantages of For Loops
("Both `for-in` and `stride` provide equivalent behavior using Swift-coherent approaches without being tied to legacy terminology.", "S"),
("There is a distinct expressive disadvantage in using `for-loops` compared to `for-in` in succinctness", "S"),
("`for-loop` implementations do not lend themselves to use with collections and other core Swift types.", "S"),
("The `for-loop` encourages use of unary incrementors and decrementors, which will be soon removed from the language.", "S"),
("The semi-colon delimited declaration offers a steep learning curve from users arriving from non C-like languages", ""),
("If the `for-loop` did not exist, I doubt it would be considered for inclusion in Swift 3.", "HS"),
# ## Proposed Approach
("I suggest that the for-loop be deprecated in Swift 2.x and removed entirely in Swift 3, with coverage removed from the Swift Programming Language to match the revisions in the current 2.2 update.", "PXS", "the proposed approach; I suggest is the proposal s decision, reasons in Disadvantages"),
# ## Alternatives considered
("Not removing `for-loop` from Swift, losing the opportunity to streamline the language and discard an unneeded control flow item.", "S"),
# ## Impact on existing code
("A search of the Apple Swift codebase suggests this feature is rarely used.", "S"),
("Community members of the Swift-Evolution mail list confirm that it does not feature in many pro-level apps and can be worked around for those few times when `for-loop`s do pop up.", "S"),
("For example:", ""),
("versus", ""),
("A search of github's Swift gists suggests the approach is used primarily by those new to the language with minimal language skills and is abandoned as language mastery is achieved.", "S"),
("For example:", ""),
("and", ""),
# ## Community Responses
("\"I am certainly open to considering dropping the C-style for loop.", "S", "community responses are quotes of others: not policies, their hedges not counted"),
("IMO, it is a rarely used feature of Swift that doesn’t carry its weight.", "S"),
("Many of the reasons to remove them align with the rationale for removing -- and ++.", "S"),
("\" -- Chris Lattner, clattner@apple.com", ""),
("\"My intuition *completely* agrees that Swift no longer needs C-style for loops.", "S"),
("We have richer, better-structured looping and functional algorithms.", ""),
("That said, one bit of data I’d like to see is how often C-style for loops are actually used in Swift.", "S"),
("It’s something a quick crawl through Swift sources on GitHub could establish.", "S"),
("If the feature feels anachronistic and is rarely used, it’s a good candidate for removal.\" -- Douglas Gregnor, dgregor@apple.com", ""),
("\"Every time I’ve used a C-style for loop in Swift it was because I forgot that .indices existed.", "S"),
("If it’s removed, a fixme pointing that direction might be useful.\" -- David Smith, david_smith@apple.com", "", "quoting others: might not counted as a hedge"),
("\"For what it's worth we don't have a single C style for loop in the Lyft codebase.\" -- Keith Smiley, keithbsmiley@gmail.com", "S"),
("\"Just checked; ditto Khan Academy.\" -- Andy Matsuchak, andy@andymatuschak.org", "S"),
("\"We’ve developed a number of Swift apps for various clients over the past year and have not needed C style for loops either.\" -- Eric Chamberlain, eric.chamberlain@arctouch.com", "S"),
("\"Every time I've tried to use a C-style for loop, I've ended up switching to a while loop because my iteration variable ended up having the wrong type (e.g. having an optional type when the value must be non-optional for the body to execute).", ""),
("The Postmates codebase contains no instances of C-style for loops in Swift.\" -- Lily Ballard, lily@sb.org", "S"),
("\"I found a couple of cases of them in my codebase, but they were trivially transformed into “proper” Swift-style for loops that look better anyway.", "S"),
("If it were a vote, I’d vote for eliminating C-style.\" -- Sean Heber, sean@fifthace.com", ""),
]
