package event

import annals "github.com/annals-project/annals"

// joinedThing reports whether passive verb group vg is "joined": "a naval
// coalition ... which was joined by Australia, Bahrain, Saudi Arabia and
// the United Kingdom". Unlike "was signed by Shultz and Halefoglu", the
// parties of the "by" phrase each join the thing the subject names; they
// do not act on each other, so they are not paired among themselves.
func (sc *sentCtx) joinedThing(vg *annals.VerbGroup) bool {
	return vg.Passive && lemma(&sc.doc.Tokens[vg.Head]) == "join"
}
