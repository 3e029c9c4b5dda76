package actor

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// namesSeen records, for one article, the listed people whose surname
// alone was matched after another given name ("Mario Branco Peres" is not
// Shimon Peres) and those whose full name the article wrote. Lists stay
// short: a few people an article.
type namesSeen struct {
	strangers []string // entries of people a differing given name ruled out
	met       []string // entries of people named in full
}

// notMonths are capitalised words a tagger may read as proper nouns that
// stand before a surname without being a given name ("in March Peres
// said").
var notMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// otherPerson reports whether the listed person a, matched at tokens
// [j, aend) of a sentence starting at start, is matched by surname alone
// while the text names someone else: a capitalised given name that is none
// of the person's own words stands right before the surname ("Mario Branco
// Peres, president of the Brazilian Association of Citrus Juice
// Industries", not Shimon Peres). Such a surname written alone later in
// the article ("Peres said") is that other person too, unless the article
// also names the listed person in full. Titles, honorifics, initials
// ("James A. Baker") and months before a surname leave the match alone.
func (r *Recognizer) otherPerson(toks []annals.Token, start, j, aend int, a *dict.Actor, seen *namesSeen) bool {
	if r.imported() || a.Type != "PERSON" {
		return false
	}
	if !surnameOnly(&toks[j], aend-j, a) {
		if !slices.Contains(seen.met, a.Entry) {
			seen.met = append(seen.met, a.Entry)
		}
		return false
	}
	if j > start && r.givenName(toks, j-1, a) {
		if !slices.Contains(seen.strangers, a.Entry) {
			seen.strangers = append(seen.strangers, a.Entry)
		}
		return true
	}
	return slices.Contains(seen.strangers, a.Entry) && !slices.Contains(seen.met, a.Entry)
}

// surnameOnly reports whether a one-token match t of person a is the last
// word of a's name of several words: the surname, not a full name or a
// one-word name ("Suharto").
func surnameOnly(t *annals.Token, n int, a *dict.Actor) bool {
	if n != 1 {
		return false
	}
	sp := strings.LastIndexByte(a.Name, ' ')
	return sp > 0 && strings.EqualFold(a.Name[sp+1:], t.Norm)
}

// givenName reports whether token k, right before a surname of person a,
// is another person's given name: a capitalised proper noun that is no
// word of a's names, no title, honorific, initial, month or known actor.
func (r *Recognizer) givenName(toks []annals.Token, k int, a *dict.Actor) bool {
	t := &toks[k]
	if t.Tag != annals.NNP || t.Flags&annals.Cap == 0 || t.Flags&annals.Punct != 0 {
		return false
	}
	w := t.Norm
	if len(w) <= 2 || strings.HasSuffix(w, ".") || honorifics[w] || titleWords[w] || notMonths[w] {
		return false // "James A. Baker", "Mr Peres", "Chairman Subroto"
	}
	for _, n := range a.Names {
		for f := range strings.FieldsSeq(n) {
			if sameGiven(strings.ToLower(f), w) {
				return false // "Dan Amstutz" is Daniel Amstutz
			}
		}
	}
	if _, g := r.dict.MatchAgent(toks, k); g != nil {
		return false // "Premier Peres"
	}
	if _, b := r.dict.MatchActor(toks, k); b != nil {
		return false // "Israel Peres" is no given name
	}
	return true
}

// nicknames maps the short forms of English given names that do not
// begin like the full name to it ("Jim Baker" is James Baker).
var nicknames = map[string]string{
	"jim": "james", "jimmy": "james", "bill": "william", "billy": "william", "will": "william",
	"bob": "robert", "bobby": "robert", "rob": "robert", "dick": "richard", "rick": "richard",
	"ted": "edward", "ned": "edward", "jack": "john", "chuck": "charles", "mike": "michael",
	"peggy": "margaret", "maggie": "margaret", "liz": "elizabeth", "betty": "elizabeth",
	"hank": "henry", "harry": "henry", "larry": "lawrence", "tony": "anthony", "andy": "andrew",
	"joe": "joseph", "steve": "stephen", "sandy": "alexander", "fred": "frederick",
}

// sameGiven reports whether the given name w written in the text may be
// the listed name word f: the same word, one beginning with the same three
// letters ("Dan" for "Daniel", "Tom" for "Thomas") or a common nickname.
func sameGiven(f, w string) bool {
	if f == w || nicknames[w] == f || nicknames[f] == w {
		return true
	}
	return len(f) >= 3 && len(w) >= 3 && f[:3] == w[:3]
}

// stanceNoun reports whether the role word at tokens [j, gend) is
// "opposition" in its sense of a stance taken against something, followed
// by "to" and with no article of its own ("have also expressed opposition
// to the merger", "voiced strong opposition to the plan", "Labour's
// opposition to the tax"): no opposition party is named, and the story's
// country must not make one of it. "The opposition" and "opposition
// parties" stay parties.
func (r *Recognizer) stanceNoun(toks []annals.Token, j, gend, end int) bool {
	if r.imported() || gend != j+1 || toks[j].Norm != "opposition" || gend >= end || toks[gend].Norm != "to" {
		return false
	}
	return j == 0 || toks[j-1].Tag != annals.DT
}
