package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// This file lets an "it" stand for a state body that the actor layer
// coded by the article's country rather than by its own words: "The
// Commerce Department said that all Canadian firms had begun to pay ...
// It made the statement after talks with Canadian officials." The
// salience rule of pronoun.go refuses such antecedents (Via "context")
// because most of them are loose role words ("officials", "the company",
// "exporters") whose country is a guess and whose "it" is mostly a firm's.
// A single government body named by its office ("the Commerce
// Department", "the Finance Ministry", "the government", "the army") is
// another matter: it is the one actor of its kind in the story, wire copy
// opens its next sentence with "It said" or "It made" to go on quoting
// it, and its country is the one the story is about or the one its
// office names (washingtonDepartment). Gold resolves the pronoun to it
// (eval/testdata/README.md: "Pronouns ... are resolved to the actor they
// refer to").
//
// Only singular bodies whose code is a state's (GOV, MIL, LEG, JUD, COP)
// or an international body's (IGO), headed by a capitalised name or one
// of the nouns that name a whole state body; never a firm (BUS), a role
// that is a person ("the minister"), or a group ("officials").

// stateBodyNouns are the lower-case heads that name a whole state body.
var stateBodyNouns = map[string]bool{
	"government": true, "administration": true, "ministry": true, "department": true,
	"treasury": true, "army": true, "navy": true, "parliament": true, "legislature": true,
	"cabinet": true, "court": true, "congress": true, "senate": true, "assembly": true,
	"commission": true, "agency": true, "regime": true, "junta": true, "bank": true,
}

// contextBody reports whether mention m, coded by the article's country
// (Via "context"), is a single state or international body that an "it"
// may stand for.
func (sc *sentCtx) contextBody(m *annals.Mention) bool {
	if m.Via != "context" || sc.pluralActor(m) || sc.personRole(m) || m.Type == "PERSON" {
		return false
	}
	if !stateBodyCode(m.Code) {
		return false
	}
	last := &sc.doc.Tokens[m.Tokens.End-1]
	return stateBodyNouns[last.Norm]
}

// stateBodyCode reports whether code names a state body (a country with
// a government, military, legislative, judicial or police role) or an
// international body.
func stateBodyCode(code string) bool {
	if strings.HasPrefix(code, "IGO") {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "MIL", "LEG", "JUD", "COP":
		return true
	}
	return false
}
