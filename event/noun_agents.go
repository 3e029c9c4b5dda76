package event

import "github.com/annals-project/annals"

// otherNounBy reports whether a "by" phrase ending at the agent's token
// agent belongs to another noun than the one whose pattern ended at
// token next: one joined to it by a conjunction ("the attack on a Kuwaiti
// ship under the U.S. flag and comments by American officials", "a duty
// on U.S. corn imports, and a proposal by the European Community"). A
// list of parties ("visits to Saudi Arabia and Kuwait by") is no other
// noun.
func (sc *sentCtx) otherNounBy(next, agent int) bool {
	toks := sc.doc.Tokens
	for j := next; j < agent && j+1 < sc.end; j++ {
		if toks[j].Tag != annals.CC || sc.mentionAt(j+1) {
			continue
		}
		switch toks[j+1].Tag {
		case annals.DT, annals.NN, annals.NNS, annals.JJ:
			return true
		}
	}
	return false
}
