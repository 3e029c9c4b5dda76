package actor

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// privateCounsel reports whether the judiciary role word g matched at
// tokens [j, gend) with no actor before it is a lawyer's title rather than
// a state office: a lower-case "attorney" ("WPPSS attorney Ron English",
// "attorneys contacted by SEC investigators") pleads for a client, as a
// lawyer does. Capitalised it may be a prosecutor's office at a sentence's
// start or in a title, and "district attorney", "attorney general" are
// longer matches, so those stay JUD.
func (r *Recognizer) privateCounsel(toks []annals.Token, g *dict.Agent, j, gend int) bool {
	if r.imported() || g.Code != "JUD" || gend != j+1 || toks[j].Flags&annals.Cap != 0 {
		return false
	}
	return lemma(&toks[j]) == "attorney"
}
