G='golang-proposal/'
M='moj-cloud-platform/'
def tl(doc, quotes): return [{"doc":doc,"quote":q} for q in quotes]
GOHEAD=["## Abstract","## Background","## Proposal","## Rationale","## Compatibility","## Implementation"]
MOJHEAD=["Date: ","## Status","## Context","## Decision","## Consequences"]
GROUPS={
"golang-go-command":{
 "recurring_decisions":[
  {"id":"minimal-go-command-mechanism-tools-do-the-rest",
   "summary":"Add only a minimal mechanism to the go command / Go conventions and leave dependency, version and distribution management to external tools and users rather than building it into go get",
   "docs":[G+"12302-release-proposal",G+"25719-go15vendor",G+"2775-binary-only-packages"],
   "evidence":[
    {"doc":G+"12302-release-proposal","quote":"In the spirit of doing less and enabling more, this proposal establishes a the minimum required by humans and tools"},
    {"doc":G+"12302-release-proposal","quote":"That `go get` cannot consume this version information today should not be an argument against enabling other tools to do so."},
    {"doc":G+"25719-go15vendor","quote":"The point is that adding just the vendor directory mechanism to the go command allows other tools to achieve their goals"},
    {"doc":G+"25719-go15vendor","quote":"In general, moving code into or out of the vendor directory is the job of vendoring tools, not the go command."},
    {"doc":G+"25719-go15vendor","quote":"for Go 1.5 we want to do as little as possible while remaining useful"},
    {"doc":G+"2775-binary-only-packages","quote":"Users must install the package binary into the correct location in the $GOPATH/pkg tree themselves."},
    {"doc":G+"2775-binary-only-packages","quote":"will not recognize or otherwise enable the distribution of binary-only packages"}],
   "controversial":True,
   "topic_keywords":["go get","go command","tools","vendoring tools","minimal","as little as possible","doing less","dependency management","distribution","godep","gb"]},
  {"id":"keep-existing-behaviour-working",
   "summary":"New go command mechanisms must not break existing setups: existing mechanisms keep precedence or remain as fallback, and new semantics are gated so current trees keep working",
   "docs":[G+"30411-env",G+"26160-dns-based-vanity-imports",G+"25719-go15vendor",G+"2775-binary-only-packages"],
   "evidence":[
    {"doc":G+"30411-env","quote":"Environment variables, when set, override the settings in this file."},
    {"doc":G+"26160-dns-based-vanity-imports","quote":"If no TXT records are found for a given domain `go get` should fall back to using the HTTP-based mechanism."},
    {"doc":G+"25719-go15vendor","quote":"Putting the new semantics behind the environment variable avoids breaking those trees for now."},
    {"doc":G+"2775-binary-only-packages","quote":"If this usage is to keep working, it must be explicitly supported."}],
   "controversial":False,
   "topic_keywords":["compatibility","backwards compatibility","fall back","fallback","override","breaking","keep working","existing"]},
  {"id":"environment-variables-configure-go-command",
   "summary":"Configure and gate go command behaviour through environment variables (plain NAME=VALUE settings, GO15VENDOREXPERIMENT, GOENV) rather than a richer configuration mechanism",
   "docs":[G+"30411-env",G+"25719-go15vendor"],
   "evidence":[
    {"doc":G+"30411-env","quote":"Continuing to use plain `<KEY>=<VALUE>` pairs\naligns better with the existing environment-based approach"},
    {"doc":G+"30411-env","quote":"An alternative would be to introduce a richer configuration file format,"},
    {"doc":G+"25719-go15vendor","quote":"This change will only be enabled if the go command is run with GO15VENDOREXPERIMENT=1 in its environment."},
    {"doc":G+"25719-go15vendor","quote":"The use of the environment variable makes it easy to opt in without rewriting every invocation of the go command."}],
   "controversial":True,
   "topic_keywords":["environment variable","GO15VENDOREXPERIMENT","GOENV","go env","GOPATH","configuration","KEY=VALUE","opt in"]},
  {"id":"metadata-from-source-tree",
   "summary":"The go command infers package/release metadata from the source tree or repository itself (VCS tags, a //go: comment, directory conventions) instead of separate configuration",
   "docs":[G+"12302-release-proposal",G+"2775-binary-only-packages",G+"25719-go15vendor"],
   "evidence":[
    {"doc":G+"12302-release-proposal","quote":"Go projects are released by tagging (eg. `git tag`) the project's VCS repository"},
    {"doc":G+"2775-binary-only-packages","quote":"A special comment is a natural way to signal this situation,"},
    {"doc":G+"25719-go15vendor","quote":"because the (more limited) configuration is inferred from the conventions of the source file tree"}],
   "controversial":False,
   "topic_keywords":["source tree","conventions","tag","git tag","comment","//go:binary-only-package","vendor directory","repository"]}],
 "template_lines":
   tl(G+"12302-release-proposal",GOHEAD+["Last updated:","[compatibility guidelines](https://golang.org/doc/go1compat)","Author:"])+
   tl(G+"2775-binary-only-packages",GOHEAD+["Last updated:","[compatibility guidelines](https://golang.org/doc/go1compat)","Author:","Discussion at "])+
   tl(G+"26160-dns-based-vanity-imports",GOHEAD+["Last updated:","Discussion at "])+
   tl(G+"30411-env",GOHEAD+["Discussion at "])+
   tl(G+"25719-go15vendor",["## Proposal"])
},
"moj-cluster-topology":{
 "recurring_decisions":[
  {"id":"cluster-topology-single-vs-multi",
   "summary":"How many Kubernetes clusters host service teams' apps: one shared cluster for dev/staging/prod partitioned by namespaces (012), later reversed to multiple clusters split by environment (live/non-live) and then per business unit",
   "docs":[M+"012-one-cluster-for-dev-staging-prod",M+"021-multi-cluster",M+"036-multi-cluster",M+"048-per-business-unit-clusters"],
   "evidence":[
    {"doc":M+"012-one-cluster-for-dev-staging-prod","quote":"we went with one cluster, using namespaces to partition different workloads"},
    {"doc":M+"021-multi-cluster","quote":"We host user apps across *more than one* Kubernetes cluster."},
    {"doc":M+"036-multi-cluster","quote":"adopt a multi-cluster approach"},
    {"doc":M+"036-multi-cluster","quote":"start adopting multi-cluster by splitting out workloads by _environment type_"},
    {"doc":M+"048-per-business-unit-clusters","quote":"We will give a non-live and a live cluster for each business unit."}],
   "controversial":True,
   "topic_keywords":["single cluster","one cluster","multi-cluster","multiple clusters","namespaces","production","non-production","live","non-live","dev/staging/prod","business unit","blast radius","isolation"]},
  {"id":"upgrade-non-production-first",
   "summary":"Derisk Kubernetes upgrades by upgrading a separate (non-production / new) cluster before production workloads",
   "docs":[M+"021-multi-cluster",M+"036-multi-cluster",M+"048-per-business-unit-clusters"],
   "evidence":[
    {"doc":M+"021-multi-cluster","quote":"With multi-cluster we could do a \"blue-green\" upgrade"},
    {"doc":M+"036-multi-cluster","quote":"derisk upgrading Kubernetes versions as non-production workloads will be separate from production workloads"},
    {"doc":M+"048-per-business-unit-clusters","quote":"We will upgrade/add features to all non-live clusters before live clusters, reducing risk."}],
   "controversial":True,
   "topic_keywords":["upgrade","k8s upgrade","Kubernetes version","blue-green","derisk","non-live","non-production","before live"]},
  {"id":"keep-clusters-identical",
   "summary":"Environments' clusters must stay alike (no drift between dev and production); when multiple clusters exist they are built from the same code and treated as production",
   "docs":[M+"012-one-cluster-for-dev-staging-prod",M+"036-multi-cluster",M+"048-per-business-unit-clusters"],
   "evidence":[
    {"doc":M+"012-one-cluster-for-dev-staging-prod","quote":"to be useful, a development cluster must be as similar as possible to the production cluster"},
    {"doc":M+"036-multi-cluster","quote":"treat the _non-production_ cluster as a second _production_ cluster within the team"},
    {"doc":M+"048-per-business-unit-clusters","quote":"Clusters will be built from the same code so that they are identical to ease maintenance and troubleshooting."}],
   "controversial":True,
   "topic_keywords":["drift","identical","similar","same code","representative","diverging","differences","configuration"]},
  {"id":"self-built-vs-managed-eks",
   "summary":"Build and run our own Kubernetes cluster on AWS rather than a managed service (014), later moved to Amazon EKS (036)",
   "docs":[M+"014-why-we-build-our-own-kubernetes-cluster",M+"036-multi-cluster"],
   "evidence":[
    {"doc":M+"014-why-we-build-our-own-kubernetes-cluster","quote":"Amazon EKS was still in the Alpha stage and was not production ready"},
    {"doc":M+"014-why-we-build-our-own-kubernetes-cluster","quote":"we will continue to evaluate the managed solutions in the future"},
    {"doc":M+"036-multi-cluster","quote":"in favour of utilising EKS"}],
   "controversial":True,
   "topic_keywords":["EKS","Amazon EKS","kOps","managed","build our own","AKS","GKE","AWS"]}],
 "template_lines":
   tl(M+"012-one-cluster-for-dev-staging-prod",MOJHEAD)+
   tl(M+"014-why-we-build-our-own-kubernetes-cluster",MOJHEAD+["✅ Accepted"])+
   tl(M+"021-multi-cluster",MOJHEAD[:4]+[
     "Strong isolation is already required between apps from different teams (via namespaces, network policies), so there is no difference for isolating environments",
     "Maintaining clusters for each environment is a cost in effort",
     "You risk the clusters diverging. So you might miss problems when testing on the dev/staging clusters, because they aren't the same as prod."])+
   tl(M+"036-multi-cluster",MOJHEAD+["✅ Accepted",
     "Strong isolation is already required between apps from different teams (via namespaces, network policies), so there is no difference for isolating environments",
     "Maintaining clusters for each environment is a cost in effort",
     "You risk the clusters diverging. So you might miss problems when testing on the dev/staging clusters, because they aren't the same as prod."])+
   tl(M+"048-per-business-unit-clusters",MOJHEAD+["✅ Accepted"])
}}
