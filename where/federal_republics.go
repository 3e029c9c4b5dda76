package where

import "github.com/annals-project/annals"

// Issue 5, read from the read sets' misses: a republic of a federation
// named by "republic of" ("the Yugoslav republic of Serbia", "the
// Central Asian republic of Kazakhstan", "Yugoslavia's Republic of
// Slovenia", "the northern republic of Croatia") is where things happen,
// as the gold marks it in every read article that names one. The
// republic is kept out of the event coder's focus country, though: the
// story is about the federation, and a Soviet republic counted as a
// country would give the union's ministries to it (see annals.ViaRepublic).

// federations are the words of a federation, its adjective or name,
// that a lower-case "republic" or a possessive before "Republic" takes.
var federations = map[string]bool{
	"yugoslav": true, "yugoslavia": true, "soviet": true, "ussr": true,
	"transcaucasian": true, "caucasian": true, "asian": true, "baltic": true,
}

// republicOf reports whether the "of" at token i of sentence si follows
// the noun "republic" of a federation: after the federation's adjective
// or a compass word ("the Yugoslav republic of", "the northern republic
// of") or after the federation's possessive ("Yugoslavia's Republic
// of"). Names of states ("the People's Republic of China", "the Islamic
// republic of Iran") take neither.
func republicOf(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i-2 < s.Tokens.Start || i+1 >= s.Tokens.End {
		return false
	}
	h := &doc.Tokens[i-1]
	if h.Norm != "republic" && h.Norm != "republics" || h.Flags&annals.AllCaps != 0 {
		return false
	}
	b := &doc.Tokens[i-2]
	if h.Flags&annals.Cap == 0 {
		return federations[b.Norm] || compassPart[b.Norm] && b.Flags&(annals.Cap|annals.AllCaps) == 0
	}
	// "Yugoslavia's Republic of Slovenia", "the Soviet Union's republic".
	if b.Norm != "'s" || i-3 < s.Tokens.Start {
		return false
	}
	o := doc.Tokens[i-3].Norm
	return federations[o] || o == "union" && i-4 >= s.Tokens.Start && doc.Tokens[i-4].Norm == "soviet"
}

// republicNamed reports whether the place of tokens tok is named as a
// republic of a federation: "republic of" and its cue stand before it,
// or before the list it ends ("the republics of Croatia and Slovenia").
func republicNamed(doc *annals.Doc, tok annals.Range) bool {
	si := doc.SentenceOf(tok.Start)
	start := doc.Sentences[si].Tokens.Start
	for i := tok.Start - 1; i > start && i >= tok.Start-8; i-- {
		switch t := &doc.Tokens[i]; {
		case t.Norm == "of":
			return republicOf(doc, si, i)
		case t.Norm == "the", t.Norm == "and", t.Norm == ",", capital(t):
		default:
			return false
		}
	}
	return false
}
