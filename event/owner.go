package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// ownedNouns are the nouns that name a thing an actor made or did, whose
// "of" phrase is its maker: "the decision of the court", "the act of the
// NTC". Other nouns take their patient after "of" ("the killing of
// protesters", "the proclamation of Golan Heights"), so only these read it
// as the owner.
var ownedNouns = map[string]bool{
	"decision": true, "move": true, "act": true, "action": true, "policy": true, "plan": true,
	"proposal": true, "statement": true, "remark": true, "comment": true, "claim": true,
	"ruling": true, "announcement": true, "stance": true, "position": true, "conduct": true,
	"behaviour": true, "behavior": true, "handling": true, "response": true, "approach": true,
	"order": true, "demand": true, "request": true, "offer": true, "bid": true, "call": true,
	"accusation": true, "allegation": true, "declaration": true, "measure": true, "law": true,
	"argument": true, "suggestion": true, "report": true, "idea": true, "step": true, "proclamation": true,
}

// pactNouns are the nouns of an agreement whose "between" phrase names its
// parties: "denounced the memoranda between Turkey and Libya".
var pactNouns = map[string]bool{
	"agreement": true, "deal": true, "accord": true, "pact": true, "treaty": true,
	"memorandum": true, "memoranda": true, "understanding": true, "alliance": true, "cooperation": true,
}

// ownerTarget finds, for criticism, rejection or reduced relations aimed at
// a thing rather than an actor, the actor who owns or made the thing, the
// way an analyst codes "criticized the House's decision" as criticism of
// the House: the possessor before the object's head noun, else the actor
// of a "by" phrase after it ("attacked the proclamation ... by the
// President"), else, for nouns of acts, the actor after "of" ("condemned
// the act of the NTC") and, for pacts, the parties after "between". The
// object's phrase ends at a verb, a comma or a relative pronoun. Nil when
// no owner is named. praisedThing lets praise and protest in too.
func (c *Coder) ownerTarget(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, limit int, subj []int) []int {
	info, ok := c.cb.Lookup(v.Code)
	if !ok {
		return nil
	}
	switch info.Root {
	case "11", "12", "16":
	default:
		if !c.praisedThing(sc, v, vg, subj) {
			return nil
		}
	}
	toks := sc.doc.Tokens
	i := vg.Tokens.End
	for i < limit && toks[i].Tag == annals.RB {
		i++
	}
	if o := c.roleOwner(sc, i, limit, subj); o != nil {
		return o // "rejected opposition demands"
	}
	// The object's noun phrase: determiners, modifiers, possessors and nouns.
	head, end := -1, i
	for ; end < limit && end < i+8; end++ {
		t := &toks[end]
		if t.Tag == annals.POS {
			if mi := sc.mentionEndingAt(end); mi >= 0 && !sc.isSubject(mi, subj) {
				return []int{mi} // "the House's decision"
			}
			continue
		}
		if !sc.npToken(end) || t.Tag == annals.PRP {
			break
		}
		if t.Tag.IsNoun() {
			head = end
		}
	}
	if head < 0 {
		return nil
	}
	hl := lemma(&toks[head])
	var ofOwner []int
	for j := end; j < limit && j < end+12; j++ {
		t := &toks[j]
		if t.Tag.IsVerb() && t.Tag != annals.VBN && t.Tag != annals.VBG || t.Tag == annals.COMMA || t.Tag == annals.WDT || t.Tag == annals.WP || t.Norm == ";" || t.Norm == ":" {
			break
		}
		switch {
		case t.Norm == "by", t.Norm == "from" && sc.fromOwner(hl, end, j): // "suggestions from Washington": from_owners.go
			if o := sc.actorAfterWord(j+1, limit, subj, t.Norm == "from"); o != nil && !(t.Norm == "from" && sc.possessedMaker(o)) {
				return o
			}
		case t.Norm == "of" && j == end && ownedNouns[hl], t.Norm == "between" && j == end && pactNouns[hl]:
			if ofOwner == nil {
				ofOwner = sc.actorRightAfter(j+1, limit, subj)
			}
		}
	}
	if ofOwner != nil {
		return ofOwner
	}
	if head == end-1 && head-1 >= i && anaphoric[toks[head-1].Norm] && ownedNouns[hl] && (end >= limit || toks[end].Tag != annals.IN && toks[end].Tag != annals.TO) {
		return sc.ownerBefore(subj)
	}
	return nil
}

// anaphoric are the determiners that point a noun back at what the text
// told before: "criticized the move", "rejected this argument".
var anaphoric = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// ownerBefore returns the actor of the act that a bare "the decision" or
// "this argument" points back to: the source of the last event coded in
// the two sentences before, else the subject of the sentence before,
// unless it is the subject's own actor. It makes a mention of it at no
// tokens of this sentence, as coreference does.
func (sc *sentCtx) ownerBefore(subj []int) []int {
	doc := sc.doc
	if len(subj) == 0 || subj[0] < 0 {
		return nil
	}
	s0 := &doc.Mentions[subj[0]]
	for e := len(doc.Events) - 1; e >= 0; e-- {
		ev := &doc.Events[e]
		if ev.Sentence >= sc.si {
			continue
		}
		if ev.Sentence < sc.si-2 || doc.Sentences[ev.Sentence].Title {
			break
		}
		if ev.Source == nil || ev.Source.Code == s0.Code || ev.Source.Name == s0.Name {
			continue
		}
		return sc.implied(ev.Source.Name, ev.Source.Code, "antecedent event")
	}
	return nil
}

// implied appends a mention of an actor named in an earlier sentence and
// returns it.
func (sc *sentCtx) implied(name, code, via string) []int {
	sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: annals.Range{Start: sc.start, End: sc.start}, Name: name, Code: code,
		Entity: -1, Implied: true, Via: via,
	})
	return []int{len(sc.doc.Mentions) - 1}
}

// mentionEndingAt returns the actor mention of the sentence that ends right
// before token t, or -1.
func (sc *sentCtx) mentionEndingAt(t int) int {
	for _, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.End == t {
			return mi
		}
	}
	return -1
}

// isSubject reports whether mention mi is one of the subject's actors.
func (sc *sentCtx) isSubject(mi int, subj []int) bool {
	for _, s := range subj {
		if s == mi || s >= 0 && sc.sameActor(s, mi) {
			return true
		}
	}
	return false
}

// actorRightAfter returns the actor mention (and those coordinated with it)
// that starts at token from, after determiners and modifiers, unless it is
// the subject's; nil when a different word comes first.
func (sc *sentCtx) actorRightAfter(from, limit int, subj []int) []int {
	return sc.actorAfterWord(from, limit, subj, false)
}

// actorAfterWord is actorRightAfter; with capitals, a capital after the
// word counts as its government even after a locative preposition
// ("suggestions from Washington": from_owners.go).
func (sc *sentCtx) actorAfterWord(from, limit int, subj []int, capitals bool) []int {
	toks := sc.doc.Tokens
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < from {
			continue
		}
		if m.Tokens.Start >= limit {
			return nil
		}
		for j := from; j < m.Tokens.Start; j++ {
			if t := toks[j].Tag; t != annals.DT && t != annals.JJ && t != annals.NNP && t != annals.NN && toks[j].Norm != "of" {
				return nil // "by the President of the United States"
			}
		}
		if m.Tokens.Start-from > 3 || sc.isSubject(mi, subj) || m.Capital && !capitals && sc.locative(m) {
			return nil
		}
		return sc.coordinated(k)
	}
	return nil
}

// byBefore returns the actor of a noun of an act named before it with
// "by": "the imposition by the United States of punitive tariffs on
// Japanese goods" is the United States' tariffs. Nil when the words
// before the noun are otherwise.
func (sc *sentCtx) byBefore(t int) []int {
	toks := sc.doc.Tokens
	j := t - 1
	for j >= sc.start && (toks[j].Tag == annals.JJ || toks[j].Tag == annals.VBN) {
		j--
	}
	if j < sc.start || toks[j].Norm != "of" {
		return nil
	}
	mi := sc.mentionEndingAt(j)
	if mi < 0 {
		return nil
	}
	if !sc.byBeforeMention(mi) {
		return nil
	}
	return []int{mi}
}

// byBeforeMention reports whether "by" (and a determiner) stands right
// before mention mi.
func (sc *sentCtx) byBeforeMention(mi int) bool {
	toks := sc.doc.Tokens
	k := sc.doc.Mentions[mi].Tokens.Start - 1
	if k >= sc.start && toks[k].Tag == annals.DT {
		k--
	}
	return k >= sc.start && toks[k].Norm == "by"
}

// protestTarget returns, for a protest or strike that names no one it is
// against ("Serbians protested", "unions launched strikes to protest
// against new laws"), the government of the protesters' country, as
// analysts code a country's own protests; nil for protesters of no
// country, for governments and people, and for a rally told by where it
// was ("rallied at Freedom Plaza"), which may back the government.
func (c *Coder) protestTarget(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, subj []int) []int {
	if info, ok := c.cb.Lookup(v.Code); !ok || info.Root != "14" || len(subj) == 0 || subj[0] < 0 || vg.Passive {
		return nil
	}
	for _, it := range v.Items {
		if (slices.Contains(it.Alts, "at") || slices.Contains(it.Alts, "in")) && !slices.Contains(it.Alts, "against") {
			return nil // "rallied at Freedom Plaza" says where, not against whom
		}
	}
	m := &sc.doc.Mentions[subj[0]]
	// "Spanish farmers demanding a better deal from the European Community
	// staged protest rallies": the protest is against whom they demand of.
	for e := len(sc.doc.Events) - 1; e >= 0 && sc.doc.Events[e].Sentence == sc.si; e-- {
		if ev := &sc.doc.Events[e]; ev.Root == "10" && ev.Target != nil && ev.Source.Code == m.Code {
			return sc.groupAt(annals.Range{Start: vg.Head, End: vg.Head}, []annals.Mention{{Name: ev.Target.Name, Code: ev.Target.Code, Entity: -1}})
		}
	}
	country := countryOf(m.Code)
	if country == "" || strings.HasSuffix(m.Code, "GOV") || m.Type == "PERSON" {
		return nil
	}
	sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: annals.Range{Start: vg.Head, End: vg.Head}, Name: country + " government",
		Code: country + "GOV", Entity: -1, Implied: true, Via: "context",
	})
	return []int{len(sc.doc.Mentions) - 1}
}

// peopleWords name people in general, whom a restriction binds: "a decree
// banning anyone wearing a niqab", "barred women from".
var peopleWords = map[string]bool{
	"anyone": true, "anybody": true, "everyone": true, "people": true, "person": true, "citizen": true,
	"resident": true, "woman": true, "girl": true, "female": true, "student": true, "worker": true,
	"civilian": true, "man": true, "public": true, "foreigner": true,
}

// peopleTarget returns, for a restriction (172) that names people in
// general right after its words and no actor ("signed a decree banning
// anyone wearing a niqab from entering"), the civilians of the source's
// country.
func (c *Coder) peopleTarget(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, limit int, subj []int) []int {
	if v.Code != "172" || len(subj) == 0 || subj[0] < 0 || vg.Passive {
		return nil
	}
	country := countryOf(sc.doc.Mentions[subj[0]].Code)
	if country == "" {
		return nil
	}
	toks := sc.doc.Tokens
	for i := vg.Tokens.End; i < limit && i < vg.Tokens.End+targetWindow; i++ {
		if toks[i].Tag.IsVerb() && toks[i].Tag != annals.VBG || toks[i].Tag == annals.COMMA {
			return nil
		}
		if peopleWords[lemma(&toks[i])] {
			sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
				Kind: annals.ActorMention, Tokens: annals.Range{Start: i, End: i + 1}, Name: toks[i].Norm,
				Code: country + "CVL", Entity: -1, Implied: true, Via: "people in general",
			})
			return []int{len(sc.doc.Mentions) - 1}
		}
	}
	return nil
}

// collectives are nouns of a group or a share of its members, whose "of"
// phrase names who acts: "a group of Canadian lawmakers asked", "a number
// of senators condemned".
var collectives = map[string]bool{
	"group": true, "number": true, "delegation": true, "team": true, "majority": true, "coalition": true,
	"handful": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true, "some": true,
	"many": true, "most": true, "several": true, "all": true, "member": true, "members": true, "bloc": true,
}

// collectiveMember returns the index into sc.ments of the actor named in
// the "of" phrase after a subject span ending in a collective noun, before
// token before; -1 when there is none.
func (sc *sentCtx) collectiveMember(span annals.Range, before int) int {
	toks := sc.doc.Tokens
	if span.Len() == 0 || span.End >= before || toks[span.End].Norm != "of" || !collectives[lemma(&toks[span.End-1])] {
		return -1
	}
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start > span.End && m.Tokens.Start <= span.End+3 && m.Tokens.End <= before {
			return k
		}
	}
	return -1
}

// topicNouns name what talks are about: "discuss the problems of
// Afghanistan" names a topic, not a party to the talks.
var topicNouns = map[string]bool{
	"problem": true, "issue": true, "question": true, "situation": true, "crisis": true, "conflict": true,
	"future": true, "status": true, "fate": true, "case": true,
}

// pastTopic returns, for consultations (04), the party the talks are
// held with instead of actors named as their topic: "agreed to discuss the
// problems of Afghanistan and Kampuchea in its talks with Peking" consults
// Peking. Without a "with" party there is no target.
func (c *Coder) pastTopic(sc *sentCtx, v *dict.Verb, objs []int, limit int, subj []int) []int {
	if info, ok := c.cb.Lookup(v.Code); !ok || info.Root != "04" || objs[0] < 0 {
		return objs
	}
	toks := sc.doc.Tokens
	m := &sc.doc.Mentions[objs[0]]
	j := m.Tokens.Start - 1
	if j > sc.start && toks[j].Tag == annals.DT {
		j--
	}
	if j <= sc.start || toks[j].Norm != "of" && toks[j].Norm != "about" || !topicNouns[lemma(&toks[j-1])] {
		return objs
	}
	end := sc.doc.Mentions[objs[len(objs)-1]].Tokens.End
	for i := end; i < limit && i < end+targetWindow; i++ {
		if toks[i].Tag.IsVerb() && toks[i].Tag != annals.VBG {
			break
		}
		if toks[i].Norm == "with" {
			return sc.actorRightAfter(i+1, limit, subj)
		}
	}
	return nil
}
