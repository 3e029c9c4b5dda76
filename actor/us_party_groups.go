package actor

import "github.com/annals-project/annals"

// usPartyGroups makes actors of "Democrats" and "Republicans" named as a
// group ("criticized Democrats for failing", "Other Republicans have broken
// with Trump", "opposition Democrats would pass such legislation") in a
// story about the United States, or in a sentence that names an American
// actor: the members of the American parties, coded like the dictionary's
// "Democratic Party" and "Republican Party" (the bare country, which a
// role word beside them would complete). The dictionary leaves the bare
// plurals out because other countries' parties end in them: a capitalised
// word of a party's name before them ("Social Democrats", "Christian
// Democrats", "Free Democrats", "Irish Republicans") or another country's
// adjective ("Italian Republicans") keeps them out here too, and so does a
// lower-case "republicans", which in news names Irish nationalists or
// anti-monarchists. A counted group ("231 Democrats supporting the
// resolution", "three Democrats joining seven Republicans", "a lot of
// Republicans") is a tally of votes or voters, not the party acting, and
// is left out. Mentions from index first on are this run's.
func usPartyGroups(doc *annals.Doc, first int) {
	toks := doc.Tokens
	focus := "" // computed at the first candidate: most articles have none
	for t := range toks {
		tok := &toks[t]
		if tok.Flags&annals.Cap == 0 || tok.Norm != "democrats" && tok.Norm != "republicans" {
			continue
		}
		s := doc.SentenceOf(t)
		if s < 0 || mentionAt(doc, first, t) >= 0 {
			continue
		}
		st := doc.Sentences[s].Tokens
		if t > st.Start && (foreignPartyWord(doc, first, t-1) || counted(toks, st.Start, t)) {
			continue
		}
		if focus == "" {
			focus, _, _ = topCountries(doc)
			if focus == "" {
				focus = "-"
			}
		}
		if focus != "USA" && !namesUSActor(doc, first, st) {
			continue
		}
		span := annals.Range{Start: t, End: t + 1}
		if t > st.Start && toks[t-1].Norm == "the" {
			span.Start--
		}
		name := "Democratic Party"
		if tok.Norm == "republicans" {
			name = "Republican Party"
		}
		insertMention(doc, first, annals.Mention{
			Kind: annals.ActorMention, Tokens: span, Name: name, Code: "USA",
			Type: "GROUP", Entity: -1, Via: "party name",
		})
	}
}

// partyNameWords are the capitalised words that open other countries'
// parties named "... Democrats" or "... Republicans".
var partyNameWords = map[string]bool{
	"social": true, "christian": true, "free": true, "new": true, "national": true,
	"liberal": true, "irish": true, "progressive": true, "radical": true, "popular": true,
	"united": true, "young": true, "european": true, "swedish": true, "danish": true,
}

// foreignPartyWord reports whether token p, just before "Democrats" or
// "Republicans", makes them another party: a capitalised word of a party's
// name, or a country other than the United States ("Italian Republicans").
func foreignPartyWord(doc *annals.Doc, first, p int) bool {
	tok := &doc.Tokens[p]
	if tok.Flags&annals.Cap == 0 {
		return false
	}
	if partyNameWords[tok.Norm] {
		return true
	}
	if i := mentionAt(doc, first, p); i >= 0 {
		c := countryOf(doc.Mentions[i].Code)
		return c != "" && c != "USA"
	}
	return false
}

// mentionAt returns the index of the actor or agent mention from index
// first on that covers token t, or -1. The post-passes append some
// mentions out of text order, so every one is looked at.
func mentionAt(doc *annals.Doc, first, t int) int {
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Tokens.Start <= t && t < m.Tokens.End && (m.Kind == annals.ActorMention || m.Kind == annals.AgentMention) {
			return i
		}
	}
	return -1
}

// namesUSActor reports whether an actor mention of the sentence st is
// American ("U.S.", "Congress", "Reagan").
func namesUSActor(doc *annals.Doc, first int, st annals.Range) bool {
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Tokens.Start >= st.Start && m.Tokens.Start < st.End && m.Kind == annals.ActorMention && countryOf(m.Code) == "USA" {
			return true
		}
	}
	return false
}

// partyCounts are the nouns that count people before "of": "a lot of
// Republicans", "thousands of Democrats".
var partyCounts = map[string]bool{
	"lot": true, "lots": true, "number": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true, "scores": true,
}

// counted reports whether the party members at token t are counted: a
// number before them ("194 Republicans", "three Democrats") or a noun of
// count and "of" ("a lot of Republicans"). Tokens before start are
// another sentence's.
func counted(toks []annals.Token, start, t int) bool {
	if t > start && toks[t-1].Tag == annals.CD {
		return true
	}
	return t-2 >= start && toks[t-1].Norm == "of" && partyCounts[toks[t-2].Norm]
}
