package event

import (
	"github.com/annals-project/annals"
)

// A retaliation its maker declares itself ready for: "the U.S. is prepared
// to retaliate if it is introduced", "the Administration would not
// hesitate to retaliate", "Britain stands ready to retaliate". "Be
// prepared to", "be ready to", "stand ready to" and "not hesitate to" say
// what a party has resolved to do, a stance news attributes to the party
// itself (its officials said so), not a guess about it by others the way
// "Iran could retaliate" or "analysts predicted Washington would retaliate"
// is. The conventions code such a declared readiness as the threat itself
// (130), on the party whose act it answers (answered_threats.go), so it is
// neither a forecast to drop nor a hypothetical. A readiness inside a
// condition ("if Japan is ready to retaliate, ...") or denied ("is not
// prepared to retaliate") threatens nothing.

// readyWords make "be" or "stand" a declaration of readiness before "to".
var readyWords = map[string]bool{"ready": true, "prepared": true}

// readyRetaliation reports whether vg, a retaliation ("retaliate", "take
// retaliatory action"), is declared as its subject's readiness.
func (sc *sentCtx) readyRetaliation(vg *annals.VerbGroup) bool {
	return sc.readyAt(vg) >= 0
}

// readySubject returns the subject of the verb that declares the
// readiness when the retaliation is a group of its own: in "the U.S. is
// ready to retaliate" the infinitive's subject is that of "is".
func (sc *sentCtx) readySubject(vg *annals.VerbGroup) ([]int, string) {
	k := sc.readyAt(vg)
	if k < 0 || k >= vg.Tokens.Start {
		return nil, ""
	}
	host := sc.verbAfter(k, sc.clause(k))
	if host == nil || host.Head != k {
		return nil, ""
	}
	if subj, _ := sc.subject(host, sc.clause(k)); len(subj) > 0 {
		return subj, "subject"
	}
	return nil, ""
}

// readyAt returns the token of the verb declaring the readiness of the
// retaliation vg ("is", "stands", "hesitate"), or -1 when vg is no
// declared readiness.
func (sc *sentCtx) readyAt(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	if vg.Negated || !sc.retaliationHead(vg) || sc.inCondition(vg) {
		return -1
	}
	// "is prepared to retaliate": the tagger folds "prepared to" into the
	// group as the semi-modal "prepare to"; a form of "be" or "stand" must
	// open the group ("prepares to retaliate" is a plan, "is preparing to"
	// work under way: left as they are).
	if vg.Modal == "prepare to" {
		for j := vg.Tokens.Start; j < vg.Head; j++ {
			if toks[j].Norm == "prepared" {
				k := j - 1
				for k > sc.start && toks[k].Tag == annals.RB {
					k-- // "is now prepared to", "is fully prepared to"
				}
				if k >= sc.start && readyVerb(&toks[k]) {
					return k
				}
				return -1
			}
		}
		return -1
	}
	if vg.Modal != "" {
		return -1
	}
	// "is ready to retaliate", "stands ready to retaliate", "would not
	// hesitate to retaliate": the word before "to" ends another group.
	to := vg.Tokens.Start - 1
	if to-1 <= sc.start || toks[to].Tag != annals.TO {
		return -1
	}
	w := &toks[to-1]
	switch {
	case readyWords[w.Norm]:
		k := to - 2
		for k > sc.start && toks[k].Tag == annals.RB {
			if isNegation(toks[k].Norm) {
				return -1 // "is not ready to retaliate"
			}
			k-- // "is now ready to", "stands fully ready to"
		}
		if readyVerb(&toks[k]) {
			return k
		}
	case lemma(w) == "hesitate":
		if host := sc.infinitiveHost(vg); host != nil && host.Head == to-1 && host.Negated {
			return to - 1
		}
	}
	return -1
}

// readyVerb reports whether t is a form of "be" or "stand", the verbs
// that declare readiness with "ready" or "prepared".
func readyVerb(t *annals.Token) bool {
	l := lemma(t)
	return t.Tag.IsVerb() && (l == "be" || l == "stand")
}

// retaliationHead reports whether vg's act is retaliation: the verb
// "retaliate", or "take" with a retaliatory measure after it.
func (sc *sentCtx) retaliationHead(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	switch lemma(&toks[vg.Head]) {
	case "retaliate":
		return true
	case "take":
		return vg.Head+1 < sc.end && toks[vg.Head+1].Norm == "retaliatory"
	}
	return false
}

// isNegation reports whether a word negates what follows it.
func isNegation(n string) bool {
	return n == "not" || n == "n't" || n == "never"
}
