package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// Round 156: a firm whose legal form says its country. A company's name
// ends in the form its country's company law gives it, and some forms
// belong to one country's law alone: an Italian "società per azioni"
// (SpA), a West German "Gesellschaft mit beschränkter Haftung" (GmbH), a
// Malaysian "Berhad" (Bhd, "Sdn Bhd"), a Japanese "kabushiki kaisha" (KK),
// a Finnish "osakeyhtiö" (Oy), a Swedish "aktiebolag" (AB), a Dutch
// "besloten vennootschap" (BV). A firm so named with no ticker and no seat
// ("<Airod Sdn Bhd> said it won a contract from the U.S. Air Force") is
// that country's business (BUS), as a subsidiary of a foreign group
// registered there is ("Apple Computer GmbH"). Forms several countries'
// laws share are left out: "AG" (West Germany, Switzerland), "NV"
// (Netherlands, Belgium), "SA" (France, Spain, Switzerland, Latin
// America), "Pty Ltd" (Australia, South Africa), "Plc" and "Ltd". Two kept
// forms are shared by a smaller neighbour (an Austrian or Swiss GmbH, a
// Brunei Bhd); the wire then names the seat ("GmbH of Vienna", read first
// by firmOf) or the country inside the name ("National Bank of Brunei
// Bhd", which the country's mention cuts short), so the bare form is the
// larger country's.

// formFirmEntry is the Entry of a mention formFirm made: like a firm named
// with its ticker it says where the firm is registered, not where the
// story happens, and does not count towards the story's country
// (ownNamedFirm).
const formFirmEntry = "firm:legal form"

// formCountries maps a legal form that one country's law alone gives to
// that country.
var formCountries = map[string]string{
	"spa": "ITA", "s.p.a": "ITA", "gmbh": "DEU", "bhd": "MYS", "berhad": "MYS",
	"kk": "JPN", "oy": "FIN", "oyj": "FIN", "ab": "SWE", "bv": "NLD", "b.v": "NLD",
}

// formFirm recognises a firm whose name ends at token i in a legal form
// of formCountries: the name runs back over capitalised nouns, "&" and an
// opening "<" to the last mention, from, and takes a closing ">". A name
// followed by a ticker or by "of" is left to tickerFirm and firmOf, which
// read the listing or the seat; a name run back into a country or another
// actor ("Perwira Habib Bank Malaysia Bhd") is left alone, the actor
// having cut it short. A state word before the name makes the firm its
// state's (GOV). It returns the span and the code, or ok false.
func formFirm(toks []annals.Token, start, from, i, end int) (span annals.Range, code string, ok bool) {
	t := &toks[i]
	if t.Flags&annals.Cap == 0 || i == from || len(t.Norm) > 7 {
		return span, "", false // the forms are short capitalised words after a name
	}
	c := formCountries[strings.TrimSuffix(t.Norm, ".")]
	if c == "" {
		return span, "", false
	}
	if t.Norm == "ab" && t.Flags&annals.AllCaps == 0 || t.Norm == "kk" && t.Flags&annals.AllCaps == 0 {
		return span, "", false // "Ab", "Kk": no legal form
	}
	if t.Norm == "spa" && t.Flags&annals.AllCaps != 0 {
		return span, "", false // "Saudi Press Agency SPA": an acronym
	}
	e := i + 1
	if e < end && toks[e].Flags&annals.Cap != 0 && toks[e].Tag == annals.NNP {
		return span, "", false // "Telefon AB L M Ericsson": the form opens or splits the name
	}
	if e < end && toks[e].Norm == ">" {
		e++
	}
	if e < end && (toks[e].Norm == "of" || tickerAt(toks, e, end)) {
		return span, "", false
	}
	s := i
	for s > from && s > i-8 && (toks[s-1].Flags&annals.Cap != 0 && toks[s-1].Tag.IsNoun() && toks[s-1].Tag != annals.POS || toks[s-1].Norm == "&" || toks[s-1].Norm == "<") {
		s--
		if toks[s].Norm == "<" {
			break
		}
	}
	if s == i || toks[s].Norm == "&" || s+1 == i && toks[s].Norm == "<" {
		return span, "", false
	}
	if n := s; toks[n].Norm == "<" || shortNameTailSet.Has(strings.TrimSuffix(toks[n].Norm, ".")) {
		if n == s && toks[n].Norm == "<" {
			n++
		}
		if shortNameTailSet.Has(strings.TrimSuffix(toks[n].Norm, ".")) {
			return span, "", false // "Daus and Co GmbH", "(Nominees) Sdn Bhd": only the forms of a name cut short
		}
	}
	if toks[s].Norm != "<" && toks[e-1].Norm == ">" {
		e-- // the bracket opened before a longer name: keep only the firm's words
	}
	if s > start && toks[s].Norm != "<" && toks[s-1].Flags&annals.Cap != 0 && toks[s-1].Tag.IsNoun() {
		return span, "", false // the name runs on back into an actor's: "Bank Malaysia Bhd"
	}
	if stateBefore(toks, start, s) {
		return annals.Range{Start: s, End: e}, c + "GOV", true // "State oil firm Agip Petroli Spa"
	}
	return annals.Range{Start: s, End: e}, c + "BUS", true
}

// stateBefore reports whether a state word ("state", "state-owned") stands
// in the common noun phrase that ends right before a firm's name at token
// s, at most four words back: "State oil firm Agip Petroli Spa",
// "state-owned food company <SME Spa>". The conventions code a state-run
// firm as its state's.
func stateBefore(toks []annals.Token, start, s int) bool {
	for k := s - 1; k >= start && k >= s-4; k-- {
		t := &toks[k]
		if stateWordSet.Has(t.Norm) {
			return true
		}
		switch t.Tag {
		case annals.JJ, annals.NN, annals.NNS, annals.VBN:
		default:
			return false
		}
	}
	return false
}
