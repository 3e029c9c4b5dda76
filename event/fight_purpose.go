package event

import "github.com/annals-project/annals"

// fightPurpose reports whether verb token i is a verb of fighting or
// striving ("battle", "fight", "struggle", "strive") whose next word is "to":
// "its forces were battling to dislodge Iranian troops", "fought to
// recapture the town", "struggled to repel the attack". The infinitive
// after such a verb is one of purpose, and English leaves its subject
// unsaid only when it is the fighter's own: whoever battles to dislodge
// troops is who dislodges them. The verbs are no chain verbs in general
// ("fight" takes an object of its own, "fight Iraq"), so they link to the
// infinitive only when "to" follows them at once; "fight to the end" has
// no verb after "to" and so gives nothing to code.
func fightPurpose(toks []annals.Token, i, before int) bool {
	if i+1 >= before || toks[i+1].Tag != annals.TO {
		return false
	}
	return fightPurposeVerbs[lemma(&toks[i])]
}

// fightPurposeVerbs are the verbs of fighting or striving whose
// infinitive of purpose shares their subject.
var fightPurposeVerbs = map[string]bool{
	"battle": true, "fight": true, "struggle": true, "strive": true,
}
