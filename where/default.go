package where

import (
	"github.com/annals-project/annals"
)

// byDefault reads the known name at token i of sentence si, which no cue
// introduces, as a place mention when it is of a kind r.dflt selects and
// no rule reads it as something else: a modifier ("U.S. officials"), part
// of a longer name, an affiliation ("X of Ohio"), a party after a word
// the cue rules weighed ("loans to Brazil", "talks with Japan"), the
// object of a verb, an actor (the subject of a verb, a possessor).
// It fills *sp, read only when it returns true, rather than returning a
// span: most calls fail, and a span returned by value is zeroed and
// copied on each.
func (r *Recognizer) byDefault(doc *annals.Doc, si, i int, src string, buf *[]byte, sp *span) bool {
	d := r.dflt
	if !d.countries && !d.regions && d.cityPop == 0 {
		return false
	}
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	// A headline's names are its parties ("ZAMBIA, IMF TALKS HIT
	// PROBLEMS"); a sentence's first words its subject.
	if !capital(t) || s.Title || i == s.Tokens.Start {
		return false
	}
	if !r.defaultOpener(doc, si, i) {
		return false
	}
	var ok bool
	*sp, ok = r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed || commonWords[sp.key] || notPlaces[sp.key] || firstNames[sp.key] {
		return false
	}
	list := r.g.index[sp.key]
	top := &r.g.places[list[0]]
	switch top.Kind {
	case KindCountry:
		if !d.countries {
			return false
		}
	case KindRegion:
		if !d.regions || r.g.greatCity(list) {
			return false
		}
	case KindCity:
		if d.cityPop == 0 || top.Population < d.cityPop {
			return false
		}
	default:
		return false
	}
	// "the U.S." and "the Philippines" carry their article; "the Tokyo
	// market" and "the Ohio plant" name something else.
	if i > s.Tokens.Start && doc.Tokens[i-1].Norm == "the" && top.Kind != KindCountry {
		return false
	}
	e := sp.next()
	if e < s.Tokens.End {
		n := &doc.Tokens[e]
		switch {
		case n.Norm == "'s" || n.Norm == "'" || n.Norm == "’s":
			// "Brazil's suspension": a possessor acts or owns; its
			// figures were read as places before this.
			return false
		case n.Norm == "-" && n.Start == doc.Tokens[e-1].End:
			return false
		case capital(n) && n.Flags&annals.SentStart == 0:
			return false
		case n.Norm == ")" || n.Norm == "]":
			// "75 cts (U.S.)", "the tournament [Gibraltar]": a gloss.
			return false
		case n.Norm == "," && e+1 < s.Tokens.End && (doc.Tokens[e+1].Norm == "which" || doc.Tokens[e+1].Norm == "who"):
			// "Brazil, which would have had its quota reduced": a
			// relative clause describes a party more often than a land.
			return false
		case word(n) && !capital(n) && n.Norm != "and" && n.Norm != "or":
			// A noun it qualifies ("Tokyo traders") or a verb it is the
			// subject of ("Brazil said").
			return false
		}
	}
	// "the Bramalea, Ontario, plant": a town's region inside a modifier.
	if e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," && i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "," &&
		capital(&doc.Tokens[i-2]) && (doc.Tokens[e+1].Tag == annals.NN || doc.Tokens[e+1].Tag == annals.NNS) && !capital(&doc.Tokens[e+1]) {
		return false
	}
	// "president of metal sales - U.S.A.": one name after a dash, ending
	// the sentence, is an affiliation.
	if p := &doc.Tokens[i-1]; (p.Norm == "-" || p.Norm == "--") && (e == s.Tokens.End || e+1 == s.Tokens.End && doc.Tokens[e].Norm == ".") {
		return false
	}
	// "Japan and the U.S. agreed": the subject of a verb is an actor.
	if subjectAfter(doc, si, i) {
		return false
	}
	// After the list the name is in: a verb makes the list its subject
	// ("The \"United States\" is"); a closing dash or bracket a gloss
	// ("three -- Kiel, Hamburg and Essen -- forecast").
	if k := listEnd(doc, si, e); k < s.Tokens.End {
		n := &doc.Tokens[k]
		switch n.Tag {
		case annals.VB, annals.VBD, annals.VBP, annals.VBZ, annals.MD:
			return false
		}
		if n.Norm == "--" || n.Norm == "-" || n.Norm == ")" || n.Norm == "]" {
			return false
		}
	}
	return true
}

// defaultOpener reports whether the word before token i of sentence si
// lets the name there stand alone as a place: not a longer name's word,
// a determiner, a preposition or verb (whose object the cue rules weigh),
// nor the list after one of those.
func (r *Recognizer) defaultOpener(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	k := i - 1
	// Walk back over a list of names, with the figures of each in
	// brackets: "to Brazil, Mexico and Peru", "were Australia (44 pct),
	// the U.S. (29 pct)".
	for k >= s.Tokens.Start {
		p := &doc.Tokens[k]
		if p.Norm == "," || p.Norm == "and" || p.Norm == "or" || p.Norm == "the" ||
			capital(p) && p.Flags&annals.SentStart == 0 && k < i-1 {
			k--
			continue
		}
		if p.Norm == ")" {
			o := k - 1
			for o > s.Tokens.Start && o > k-8 && doc.Tokens[o].Norm != "(" {
				o--
			}
			// o > Start first: a ")" opening the text leaves o at -1.
			if o > s.Tokens.Start && doc.Tokens[o].Norm == "(" && capital(&doc.Tokens[o-1]) {
				k = o - 1
				continue
			}
		}
		break
	}
	// A list at the head of a sentence is its subject.
	if k < s.Tokens.Start {
		return false
	}
	p := &doc.Tokens[k]
	if k == i-1 && capital(p) && p.Flags&annals.SentStart == 0 {
		return false
	}
	// After a comma, colon or dash that is no hyphen the name stands
	// apart ("a tournament: Panama"); not after a bracket, which glosses
	// ("the (U.S.) Treasury").
	if p.Flags&annals.Punct != 0 {
		switch p.Norm {
		case "(", "[", "'s", "'":
			return false
		case "\"", "“", "‘":
			// An opening quotation mark starts a sentence of its own:
			// "\"Nigeria and all member countries of OPEC remain".
			return false
		case "-", "--", "—", ":", ";":
			if p.Norm == "-" && p.End == doc.Tokens[k+1].Start {
				return false
			}
			// "Rep. Jim Wright, D- Texas": a party and a state.
			if k > s.Tokens.Start && doc.Tokens[k-1].End-doc.Tokens[k-1].Start == 1 && capital(&doc.Tokens[k-1]) {
				return false
			}
			// "the six nations - Britain, Canada", "GCC states --
			// Bahrain, Kuwait": the members of a class of parties.
			// "the seven major industrial democracies -- the United
			// States, Japan": a plural noun before the dash names the
			// class, whatever the noun.
			// k > Start before q is taken: a text may open with the mark (";A").
			if p.Norm != ":" && p.Norm != ";" && k > s.Tokens.Start {
				if q := &doc.Tokens[k-1]; q.Tag == annals.NNS && !capital(q) {
					return false
				}
			}
			return !partiesBefore(doc, si, k)
		}
		return true
	}
	// "Fukuoka, southern Japan": a word narrowing an area. Other words
	// make it an object ("blamed both Israel"), a member of a class
	// ("G-7 members Britain, Canada"), or part of a foreign name
	// ("Credit Foncier de France").
	// The narrowing word itself must follow a stop: "between the
	// neighboring Austria and Hungary" names parties.
	return areaAdjFilter.May(p.Norm) && areaAdj[p.Norm] && !capital(p) && k > s.Tokens.Start && doc.Tokens[k-1].Flags&annals.Punct != 0 &&
		doc.Tokens[k-1].Norm != "("
}

// partyNouns are classes of parties whose members a list names: "the
// five main wheat exporters - Argentina, Australia", "permanent members of
// the Security Council -- China".
var partyNouns = map[string]bool{
	"nations": true, "states": true, "members": true, "member": true, "exporters": true,
	"producers": true, "suppliers": true, "countries": true, "consumers": true, "importers": true,
	"creditors": true, "debtors": true, "partners": true, "allies": true, "governments": true,
	"signatories": true, "parties": true, "buyers": true, "sellers": true, "participants": true,
	"founders": true, "powers": true, "economies": true, "shareholders": true,
}

// partiesBefore reports whether one of partyNouns comes within a few
// words before token k of sentence si, with no stop between.
func partiesBefore(doc *annals.Doc, si, k int) bool {
	start := doc.Sentences[si].Tokens.Start
	for n := k - 1; n >= start && n >= k-6; n-- {
		t := &doc.Tokens[n]
		if partyNouns[t.Norm] && !capital(t) {
			return true
		}
		if t.Flags&annals.Punct != 0 && t.Norm != "(" && t.Norm != ")" {
			return false
		}
	}
	return false
}

// listEnd returns the first token at or after k, in sentence si, that
// is not part of a list of names: capitalised words, commas, "and",
// "or", "the" and quotation marks.
func listEnd(doc *annals.Doc, si, k int) int {
	end := doc.Sentences[si].Tokens.End
	for ; k < end; k++ {
		t := &doc.Tokens[k]
		switch {
		case t.Norm == "," || t.Norm == "and" || t.Norm == "or" || t.Norm == "the" || t.Norm == "\"" || t.Norm == "'":
		case capital(t) && t.Flags&annals.AllCaps == 0 || capital(t) && t.End-t.Start <= 4:
		default:
			return k
		}
	}
	return k
}
