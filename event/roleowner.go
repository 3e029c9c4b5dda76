package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// roleOwnedNouns are the nouns of a thing said or asked for whose maker a
// role word before them names: "opposition demands", "press reports",
// "union charges". Nouns of acts ("government policy") are left out: a
// role word before them more often says what the thing is about.
var roleOwnedNouns = map[string]bool{
	"demand": true, "request": true, "call": true, "charge": true, "accusation": true, "allegation": true,
	"claim": true, "report": true, "criticism": true, "suggestion": true, "proposal": true, "offer": true,
}

// roleOwner returns, for criticism or rejection of a thing whose maker is
// named only by a role word before it ("Wilson rejected opposition
// demands", "Reagan denounced press reports", "rejected press and
// opposition charges"), a mention of that role in the subject's country
// for each role word, the way an analyst codes the opposition or the
// press the subject answers. The object starts at token from, after at
// most a determiner and adjectives; nil when its head is not a noun of a
// thing said, when the subject has no country, or when the role is the
// subject's own.
func (c *Coder) roleOwner(sc *sentCtx, from, limit int, subj []int) []int {
	if len(subj) == 0 || subj[0] < 0 {
		return nil
	}
	src := &sc.doc.Mentions[subj[0]]
	country := countryOf(src.Code)
	if country == "" {
		return nil
	}
	toks := sc.doc.Tokens
	j := from
	if j < limit && toks[j].Tag == annals.DT && toks[j].Norm == "the" {
		j++
	}
	for j < limit && toks[j].Tag == annals.JJ && !sc.mentionAt(j) {
		j++ // "recent", "latest"
	}
	type role struct {
		span       annals.Range
		code, name string
	}
	var roles [4]role
	n := 0
	for j < limit && n < len(roles) {
		span, code, name := c.roleWordAt(sc, j)
		if code == "" {
			break
		}
		roles[n] = role{span, code, name}
		n++
		j = span.End
		if j+1 < limit && (toks[j].Norm == "and" || toks[j].Norm == "or") {
			if _, next, _ := c.roleWordAt(sc, j+1); next != "" {
				j++
				continue
			}
		}
		break
	}
	// A plural head after a role word may be tagged as a verb ("opposition
	// charges that"); the role word before it settles that it is a noun.
	if n == 0 || j >= limit || !toks[j].Tag.IsNoun() && toks[j].Tag != annals.VBZ || !roleOwnedNouns[lemma(&toks[j])] {
		return nil
	}
	if j+1 < limit && toks[j+1].Tag.IsNoun() {
		return nil // "opposition demand letters": the head is further on
	}
	var out []int
	for _, r := range roles[:n] {
		code := country + r.code
		if code == src.Code {
			continue
		}
		sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
			Kind: annals.ActorMention, Tokens: r.span, Name: r.name,
			Code: code, Entity: -1, Implied: true, Via: "role of the owner",
		})
		out = append(out, len(sc.doc.Mentions)-1)
	}
	return out
}

// ownerRoles are the role codes a role word before a thing said may give
// its maker.
var ownerRoles = map[string]bool{
	"OPP": true, "MED": true, "LAB": true, "LEG": true, "GOV": true, "JUD": true, "MIL": true, "REB": true,
}

// roleWordAt returns the span, role code and name of the role word of the
// agent dictionary that starts at token j ("opposition", "union",
// "parliament"), or "press", which the dictionary leaves out ("press for"
// is no actor) but before a noun of a thing said is the news media. The
// actor stage makes no mention of a role word before a noun ("police
// violence"), so the words are matched here.
func (c *Coder) roleWordAt(sc *sentCtx, j int) (annals.Range, string, string) {
	toks := sc.doc.Tokens
	if t := &toks[j]; t.Norm == "press" && t.Tag.IsNoun() {
		return annals.Range{Start: j, End: j + 1}, "MED", "press"
	}
	if sc.mentionAt(j) {
		return annals.Range{}, "", ""
	}
	end, g := c.dict.MatchAgent(toks[:sc.end], j)
	if g == nil || len(g.Code) != 3 || !ownerRoles[g.Code] {
		return annals.Range{}, "", ""
	}
	return annals.Range{Start: j, End: end}, g.Code, g.Name
}

// mentionAt reports whether an actor mention of the sentence starts at
// token j.
func (sc *sentCtx) mentionAt(j int) bool { return sc.mentionStartingAt(j) >= 0 }

// mentionStartingAt returns the sentence's actor mention that starts at
// token k, or -1.
func (sc *sentCtx) mentionStartingAt(k int) int {
	for _, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.Start == k {
			return mi
		}
	}
	return -1
}

// wantOfOwn reports whether v is "want Y to ACT" addressed to the
// subject's own body or to people in general: what a leader wants his
// own Senate or government to do ("Byrd said he wants the Senate to
// pass", "I want government to get out of business") or what "we want
// people to know" is a plan or a wish, not a demand made of another
// party.
func wantOfOwn(sc *sentCtx, v *dict.Verb, subj, objs []int) bool {
	if len(v.Items) == 0 || !strings.HasPrefix(v.Code, "10") || !slices.Contains(v.Items[0].Alts, "want") || len(objs) == 0 || objs[0] < 0 {
		return false
	}
	t := &sc.doc.Mentions[objs[0]]
	if strings.HasSuffix(t.Code, "CVL") {
		return true
	}
	return len(subj) > 0 && subj[0] >= 0 && sc.doc.Mentions[subj[0]].Code == t.Code
}
