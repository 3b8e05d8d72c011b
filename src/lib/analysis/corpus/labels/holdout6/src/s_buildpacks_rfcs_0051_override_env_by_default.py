DOC = "buildpacks-rfcs/0051-override-env-by-default"
# codes: T template, P policy, R rationale (with P), X rationale only in another section, H hedged, S specific
# link reference definitions ([meta]: #meta etc.) are not sentences and are not labelled
S = [
# # Meta
("Name: Override Env Vars by Default", "T"),
("Start Date: 2020-07-26", "T"),
("Author(s): @sclevine", "T"),
("Status: Implemented", "T"),
("RFC Pull Request: [rfcs#98](https://github.com/buildpacks/rfcs/pull/98)", "T"),
("CNB Pull Request: (leave blank)", "T"),
("CNB Issue: (leave blank)", "T"),
("Supersedes: N/A", "T"),
# # Summary
("This RFC proposes that we change the behavior of `/env/`, `/env.build/`, and `/env.launch/` directories such that the default, suffix-less behavior is equivalent to `VAR.override` instead of `VAR.append`+`VAR.delim=:`.", "PXS", "the decision; 'such that' defines the change, the reasons are in Motivation"),
# # Motivation
("The current behavior is surprising, especially because adding `.append` silently removes the delimiter.", "S"),
("Changing to `.override` and requiring a `.delim` file to add a delimiter would be more clear.", "PRS", "the proposed rule with its benefit ('would be more clear'), right after the problem"),
("Additionally:", ""),
("Not all environment variables are paths, so assuming `:` may also surprise users when two unrelated buildpacks set the same env var without an extension.", "HS", "a reason; 'may also surprise' is epistemic"),
("Even when an environment variable contains a path that needs to be joined, there is no guarantee that `.append` is the correct choice over `.prepend`.", "S"),
("Making one the default hides the need to think about what is the most appropriate choice, results in asymmetrical syntax for the two use-cases, and means buildpack authors need to remember which of them is actually the default.", ""),
# # What it is
("Buildpack authors can create environment variable files as `<layer>/env(.launch|.build|)/NAME` such the an environment variable with name `NAME` is exported into the runtime, build-time (for subsequent buildpacks), or both environments.", "S", "describes the existing contract"),
("The contents of the file are set as the value.", ""),
("These environment variable files are applied dynamically, either before subsequent buildpacks or when the app container starts.", ""),
("Their application may be modulated by file extensions such as `.append`, `.prepend`, `.default`, and `.override`.", "S", "deontic/capability 'may': not a hedge"),
("For `.append` and `.prepend`, a special `NAME.delim` file may be used to specify the delimiter.", "S"),
("The current behavior is to assume `.append` and `.delim` (with contents `:`) when no extension is specified.", "S"),
("This is confusing (for reasons stated above) and does not match the behavior of `NAME=value` when environment variables are set in other contexts.", "S"),
("This RFC proposes we change the behavior to be identical to `.override`, which overrides all previous values (such that the last buildpack \"wins\").", "PRS", "reason in the sentence before; the ', which overrides' clause describes"),
# # Drawbacks
("It's a breaking change that may not be immediately detectable.", "H"),
("It gives later buildpacks higher precedence compared to earlier buildpacks.", ""),
("Many environment variables contain paths, and the current default is easier than creating multiple files.", ""),
# # Alternatives
("Leave the current behavior.", "", "alternative"),
("Make `.default` the default (so that user-provided env vars or first-buildpack env vars win instead).", "S", "alternative"),
("Make `.append` / `.prepend` the default, but without a delimiter.", "S", "alternative"),
# # Prior Art
("Every shell or tool for setting env vars that I'm aware of.", ""),
# # Spec. Changes
("This is a breaking change to the Buildpack API spec.", "S"),
]
