package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// accusedWords are the definite role words by which a story refers back to
// the one person it is about once it has named them: "the accused", "the
// suspect".
var accusedWords = map[string]bool{"accused": true, "suspect": true, "defendant": true}

// nationals makes actors of people whom no dictionary lists but whom the
// text gives a nationality in apposition: "An Australian, Brenton Tarrant,
// appeared in court" and "Brenton Tarrant, an Australian," name AUS + CVL.
// Later mentions of the surname, and of "the accused" or "the suspect"
// when the story names only one such person, refer to them and take the
// same code, where the article's focus country would otherwise be guessed.
func nationals(doc *annals.Doc, first int) {
	type national struct {
		surname string
		code    string
		name    string
		at      int // token where the person is introduced
	}
	var found []national
	n := len(doc.Mentions)
	for i := first; i < n; i++ {
		m := doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Type != "COUNTRY" || len(m.Code) != 3 || m.Part.End > 0 {
			continue
		}
		s := doc.SentenceOf(m.Tokens.Start)
		if s < 0 {
			continue
		}
		st := doc.Sentences[s].Tokens
		r, ok := appositiveName(doc, m.Tokens, st)
		if !ok {
			continue
		}
		name, _, _ := doc.Span(r)
		code := m.Code + "CVL"
		doc.Mentions = append(doc.Mentions, annals.Mention{
			Kind: annals.ActorMention, Tokens: r, Name: name, Code: code,
			Entity: -1, Type: "PERSON", Via: "apposition",
		})
		found = append(found, national{surname: doc.Tokens[r.End-1].Norm, code: code, name: name, at: r.End})
	}
	if len(found) == 0 {
		return
	}
	covered := func(t int) bool {
		for i := first; i < len(doc.Mentions); i++ {
			if r := doc.Mentions[i].Tokens; t >= r.Start && t < r.End && doc.Mentions[i].Kind == annals.ActorMention {
				return true
			}
		}
		return false
	}
	for _, p := range found {
		for t := p.at; t < len(doc.Tokens); t++ {
			tok := &doc.Tokens[t]
			if tok.Norm != p.surname || tok.Flags&annals.Cap == 0 || covered(t) {
				continue
			}
			doc.Mentions = append(doc.Mentions, annals.Mention{
				Kind: annals.ActorMention, Tokens: annals.Range{Start: t, End: t + 1}, Name: p.name, Code: p.code,
				Entity: -1, Type: "PERSON", Via: "coref", Implied: true,
			})
		}
	}
	if len(found) != 1 {
		return // "the accused" could mean either
	}
	p := found[0]
	for i := first; i < n; i++ {
		m := &doc.Mentions[i]
		if m.Via != "context" || !strings.HasSuffix(m.Code, "CVL") || m.Tokens.Start < p.at || m.Tokens.Len() != 2 {
			continue
		}
		if doc.Tokens[m.Tokens.Start].Norm == "the" && accusedWords[doc.Tokens[m.Tokens.Start+1].Lemma] {
			m.Code, m.Name, m.Via, m.Type = p.code, p.name, "coref", "PERSON"
		}
	}
}

// appositiveName returns the name of a person set beside the nationality
// mention at r, within the sentence st: "An Australian, Brenton Tarrant,"
// (the name after) or "Brenton Tarrant, an Australian" (the name before).
// A name is two to four capitalised proper nouns.
func appositiveName(doc *annals.Doc, r, st annals.Range) (annals.Range, bool) {
	toks := doc.Tokens
	art := func(i int) bool { return i >= st.Start && (toks[i].Norm == "a" || toks[i].Norm == "an") }
	name := func(from, step int) (annals.Range, bool) {
		i, k := from, 0
		for i >= st.Start && i < st.End && k < 5 && toks[i].Tag == annals.NNP && toks[i].Flags&annals.Cap != 0 {
			i += step
			k++
		}
		if k < 2 || k > 4 {
			return annals.Range{}, false
		}
		if step > 0 {
			return annals.Range{Start: from, End: i}, true
		}
		return annals.Range{Start: i + 1, End: from + 1}, true
	}
	// "An Australian, Brenton Tarrant, ...": the nationality opens a noun
	// phrase of its own (an article before it, a comma after it).
	if art(r.Start-1) && r.End+1 < st.End && toks[r.End].Tag == annals.COMMA {
		if nr, ok := name(r.End+1, 1); ok && nr.End < st.End && toks[nr.End].Tag == annals.COMMA {
			return nr, true
		}
	}
	// "Brenton Tarrant, an Australian,": the nationality closes it.
	if art(r.Start-1) && r.Start-2 > st.Start && toks[r.Start-2].Tag == annals.COMMA &&
		(r.End >= st.End || toks[r.End].Tag == annals.COMMA || toks[r.End].Flags&annals.Punct != 0) {
		return name(r.Start-3, -1)
	}
	return annals.Range{}, false
}

// ownerCountry returns the country of a role word owned by a possessive
// pronoun ("Iraq said today its troops had killed", "Turkey and its
// allies"): the country of the last actor named before it in the same
// sentence, or "" when the pronoun is absent or points to no country.
// Mentions from index first on are this run's, in text order.
func ownerCountry(doc *annals.Doc, first, i int) string {
	m := &doc.Mentions[i]
	t := m.Tokens.Start
	if t < len(doc.Tokens) && doc.Tokens[t].Norm == "the" {
		return ""
	}
	if t == 0 || (doc.Tokens[t-1].Norm != "its" && doc.Tokens[t-1].Norm != "their") {
		return ""
	}
	s := doc.Sentences[doc.SentenceOf(t)].Tokens
	for k := i - 1; k >= first; k-- {
		p := &doc.Mentions[k]
		if p.Tokens.Start < s.Start {
			break
		}
		if p.Kind != annals.ActorMention || p.Tokens.End > t {
			continue
		}
		return countryOf(p.Code)
	}
	return ""
}

// possessedNoun reports whether token k, after an actor ending at token
// aend, is a common noun that a possessive puts between the actor and a role
// word: "Spain's metal workers", "Iran's oil minister".
func possessedNoun(toks []annals.Token, aend, k int) bool {
	return k > aend && toks[k].Tag == annals.NN && toks[k].Flags&annals.Cap == 0 && toks[k-1].Tag == annals.POS
}

// ownerOf returns the code of the actor that owns a role word through "of"
// at token i ("the Prime Minister of Tunisia", "the people of Iraq"), or
// the country it comes from ("representatives from Nigeria"), and
// the end of its name, or "" when none follows. People are not owners:
// "the wife of Nelson Mandela" is no Mandela.
func (r *Recognizer) ownerOf(toks []annals.Token, i, end int, date int32) (string, int) {
	if i+1 >= end || toks[i].Norm != "of" && toks[i].Norm != "from" {
		return "", 0
	}
	from := toks[i].Norm == "from"
	i++
	if toks[i].Norm == "the" && i+1 < end {
		i++
	}
	aend, a := r.dict.MatchActor(toks, i)
	if a == nil || a.Type == "PERSON" || aend > end {
		return "", 0
	}
	if from && a.Type != "COUNTRY" {
		return "", 0 // "officials from Nigeria" are Nigeria's; "a spokesman from the bank" is no bank's office
	}
	if a.Type == "COUNTRY" && modifiesBody(toks, aend, end) {
		return "", 0 // "president of Colombia's exporters' association": the association's officer
	}
	return a.CodeAt(date), aend
}

// privateBodies are the bodies and origins a country word can qualify
// after "of": "president of the Brazilian Association", "workers of
// Indian origin", "the Bolivian Labour Organization". The role word then
// belongs to the body, not the state.
var privateBodies = map[string]bool{
	"association": true, "federation": true, "chamber": true, "union": true,
	"producer": true, "exporter": true, "importer": true, "grower": true,
	"farmer": true, "manufacturer": true, "maker": true, "industry": true,
	"company": true, "firm": true, "origin": true, "descent": true,
	"business": true, "businessmen": true, "employer": true, "institute": true,
	"society": true, "processor": true, "trader": true, "dealer": true,
	"refiner": true, "miner": true, "shipowner": true, "bankers": true,
	"labour": true, "labor": true, "worker": true, // "secretary general of the Bolivian Labour Organization": the union's
}

// modifiesBody reports whether the country word ending at token i only
// qualifies a private body named after it, with at most three words of a
// noun phrase (a possessive among them) between.
func modifiesBody(toks []annals.Token, i, end int) bool {
	for j := i; j < end && j < i+4; j++ {
		t := &toks[j]
		w := strings.TrimSuffix(t.Norm, "'")
		if privateBodySet.Has(w) || privateBodySet.Has(strings.TrimSuffix(w, "s")) {
			return true
		}
		switch t.Tag {
		case annals.POS, annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.VBG:
		default:
			return false
		}
	}
	return false
}

// capsCountries adds the countries an all-capitals headline names by their
// name of four letters or more ("TAIWAN REJECTS TEXTILE MAKERS PLEA"): they say
// what the story is about, which decides whose officials and firms its
// unnamed role words are. Short words are left out, as acronyms and
// pronouns ("US", "IT") are indistinguishable in capitals.
func (r *Recognizer) capsCountries(doc *annals.Doc, start, end int, date int32) {
	toks := doc.Tokens[:end]
	for i := start; i < end; i++ {
		aend, a := r.dict.MatchActor(toks, i)
		if a == nil {
			continue
		}
		// The country's own name, not an adjective that may start a
		// firm's name ("AMERICAN EXPRESS", "BRITISH PETROLEUM").
		if name, _, _ := doc.Span(annals.Range{Start: i, End: aend}); a.Type == "COUNTRY" && len(name) >= 4 && strings.EqualFold(name, a.Name) {
			r.add(doc, annals.Mention{Kind: annals.ActorMention, Tokens: annals.Range{Start: i, End: aend}}, a, date, nil)
		}
		i = aend - 1
	}
}

// inTitle reports whether token t lies in the article's headline.
func inTitle(doc *annals.Doc, t int) bool {
	if t >= len(doc.Tokens) || len(doc.Sentences) == 0 {
		return false
	}
	return doc.Sentences[doc.SentenceOf(t)].Title
}
