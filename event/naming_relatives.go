package event

import (
	annals "github.com/annals-project/annals"
)

// namingLemmas are the verbs by which a party labels a thing in a free
// relative: "what he called large-scale solutions", "in what bankers
// called a desperate move", "what it sees as Tokyo's failure".
var namingLemmas = map[string]bool{
	"call": true, "term": true, "describe": true, "dub": true, "label": true,
	"see": true, "consider": true, "regard": true, "characterize": true,
	"characterise": true, "brand": true, "view": true,
}

// namerInRelative reports whether mention m is the subject of a naming
// verb in a "what" relative: "criticized what he called large-scale
// solutions", "raided another in what the administration called a
// measured response". The one who names the thing only comments on it;
// it is not the party the act is aimed at.
func (sc *sentCtx) namerInRelative(m int) bool {
	r, ok := sc.innerMention(m)
	if !ok {
		return false
	}
	toks := sc.doc.Tokens
	w := sc.skipOpeners(r.Start-1, 3)
	if toks[w].Norm != "what" {
		return false
	}
	k := r.End
	for k < sc.end && (toks[k].Tag == annals.RB || toks[k].Tag == annals.MD || lemma(&toks[k]) == "have") && k < r.End+3 {
		k++ // "what he has repeatedly called"
	}
	return k < sc.end && toks[k].Tag.IsVerb() && namingLemmas[lemma(&toks[k])]
}
