package actor

import "github.com/annals-project/annals"

// stanceOpposition reports whether the role word at tokens [j, gend) is
// "opposition" as a stance rather than a party, marked by what stands
// around it: a word of degree before it ("stiff opposition has forced
// him", "despite strong opposition in Congress") or the opponents named
// after "from" ("opposition from other committee members"). A party is
// never measured so, nor said to come from someone; "the main opposition"
// and "opposition parties" stay parties.
func (r *Recognizer) stanceOpposition(toks []annals.Token, j, gend, end int) bool {
	if r.imported() || gend != j+1 || toks[j].Norm != "opposition" {
		return false
	}
	if gend < end && toks[gend].Norm == "from" {
		return true
	}
	return j > 0 && oppositionDegrees[toks[j-1].Norm]
}

// oppositionDegrees are the words that measure opposition as a stance.
var oppositionDegrees = map[string]bool{
	"strong": true, "stiff": true, "stiffening": true, "fierce": true, "growing": true,
	"mounting": true, "increasing": true, "widespread": true, "considerable": true,
	"strenuous": true, "vigorous": true, "vehement": true, "bitter": true, "stubborn": true,
	"heavy": true, "intense": true, "firm": true, "determined": true, "vocal": true,
	"broad": true, "serious": true, "substantial": true, "continued": true, "continuing": true,
	"renewed": true, "little": true, "much": true, "no": true, "any": true, "stronger": true,
	"strongest": true, "fiercer": true, "wide": true, "public": true, "popular": true,
}
