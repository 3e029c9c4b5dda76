package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// chargeNouns are the nouns of a charge one party lays against another:
// what a denial answers.
var chargeNouns = map[string]bool{
	"charge": true, "accusation": true, "allegation": true, "claim": true,
}

// deniedCharges finds, for a denial of responsibility (016) whose object
// is a charge ("rejected U.S. charges", "disputed Keating's allegations",
// "denied charges by the United States", "rejected press and opposition
// charges"), the party that laid the charge: an actor or role word
// modifying the charge noun, its possessor, or the actor of a "by" or
// "from" phrase right after it. A denial answers its accuser, and the
// annotation conventions code rejecting or denying a named party's charges
// as a rejection of that party (120), while a denial naming no accuser
// stays a 016 with no target. A denial the subject declined or failed to
// make, or did not make, is none. Nil when the charge names no maker, or only
// the subject itself.
func (c *Coder) deniedCharges(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, limit int, subj []int) []int {
	if !sc.own || v.Code != "016" || vg.Passive || vg.Negated || len(subj) == 0 {
		return nil
	}
	if host := sc.infinitiveHost(vg); host != nil && refusals[lemma(&sc.doc.Tokens[host.Head])] {
		return nil // "declined to refute Keating's charge": no denial made
	}
	toks := sc.doc.Tokens
	i := vg.Tokens.End
	for i < limit && toks[i].Tag == annals.RB {
		i++
	}
	// The object's noun phrase, up to its head: a charge noun.
	head := -1
	for j := i; j < limit && j < i+8; j++ {
		t := &toks[j]
		if t.Tag != annals.POS && (!sc.npToken(j) || t.Tag == annals.PRP) {
			break
		}
		if t.Tag.IsNoun() && chargeNouns[lemma(t)] && !sc.inActor(j) {
			head = j
			break
		}
	}
	if head < 0 {
		return nil
	}
	// A maker before the head: "U.S. charges", "Keating's allegations",
	// "the EC's and Japan's claims".
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < i || m.Tokens.End > head {
			continue
		}
		if sc.isSubject(mi, subj) {
			return nil
		}
		return sc.coordinated(k)
	}
	// A role word before it: "press and opposition charges".
	if o := c.roleOwner(sc, i, head+1, subj); o != nil {
		return o
	}
	// "charges by the United States", "allegations from Washington".
	if j := head + 1; j < limit && (toks[j].Norm == "by" || toks[j].Norm == "from") {
		return sc.actorRightAfter(j+1, limit, subj)
	}
	return nil
}

// refusals are the verbs whose infinitive is an act not done.
var refusals = map[string]bool{"decline": true, "refuse": true, "fail": true}

// rejectionOf returns verb v coded as a rejection (120): the denial of a
// named party's charges rejects that party.
func rejectionOf(v *dict.Verb) *dict.Verb {
	r := *v
	r.Code = "120"
	r.Neg = ""
	return &r
}
