package where

import "github.com/annals-project/annals"

// Round 90 (issue 5), read from the Reuters read sets' misses of
// countries held as parties: a country that trades, produces, runs a
// balance or has its own economy as the subject of its clause is a place
// measured (supplierSubject, balanceSubject, economySubject), and wire
// copy often puts something between that subject and its verb: the
// name's abbreviation ("The United Arab Emirates (UAE) recorded a 1986
// trade surplus"), a non-restrictive relative clause ("Nigeria, which
// has had problems selling its full entitlement, increased its output
// to 1.2 mln bpd") or the reporting clause ("The United States, Hall
// said, has ..."). What stands between is set off by brackets or a
// pair of commas, so it cannot be the verb's subject: the country still
// is, and the verb after the interposition is read as it is read after
// the bare name. The relative pronoun itself takes the country as its
// subject too: in "pressure from the United States which recorded a 7.4
// billion dlr trade deficit" the deficit is the United States' own, as
// "the United States recorded a deficit" is, so the verb after "which" is
// read the same way, save the test of an economy owned by "its": a
// relative clause often names another party whose economy "its" is
// ("The United States, which has long sought Japanese action to
// stimulate its economy"). Only the verbs those rules already accept decide;
// a country acting in the relative clause ("Brazil, which suspended
// interest payments, ...") stays a party.

// maxBracketWords is the most tokens inside an interposed bracket: an
// abbreviation or a short gloss, "(UAE)", "(West) Germany".
const maxBracketWords = 4

// maxRelativeWords is the most tokens of a relative clause or a
// reporting clause between its commas.
const maxRelativeWords = 16

// interposedAt reports whether token k of sentence s, after a
// capitalised run, may open an interposition or a relative clause that
// interposedSubject reads through: a bracket, a comma or "which".
func interposedAt(doc *annals.Doc, s *annals.Sentence, k int) bool {
	if k+1 >= s.Tokens.End {
		return false
	}
	switch doc.Tokens[k].Norm {
	case "(", ",", "which":
		return true
	}
	return false
}

// interposedSubject recognises a country whose verb, read through an
// interposition (interposedEnd) when the country opens a clause, or
// after "which" (", which") wherever it stands, is one that makes the
// bare subject a place (subjectPlaceVerb). It appends the span and
// returns the end of the name.
func (r *Recognizer) interposedSubject(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	t := &doc.Tokens[i]
	if !capital(t) || doc.Sentences[si].Title || t.Norm == "the" {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if v := relativeVerb(doc, si, k); v >= 0 && !ofObject(doc, si, i) && r.relativePlaceVerb(doc, si, v) {
		return r.countryRun(doc, si, i, k, src, buf, spans)
	}
	if !opensClauseThe(doc, si, i) {
		return 0, false
	}
	if v := interposedEnd(doc, si, k); v >= 0 && r.subjectPlaceVerb(doc, si, v) {
		return r.countryRun(doc, si, i, k, src, buf, spans)
	}
	return 0, false
}

// relativeVerb returns the token after "which" when "which", perhaps
// after a comma, follows token k-1 of sentence si at once, or -1.
func relativeVerb(doc *annals.Doc, si, k int) int {
	end := doc.Sentences[si].Tokens.End
	if k < end && doc.Tokens[k].Norm == "," {
		k++
	}
	if k+1 < end && doc.Tokens[k].Norm == "which" {
		return k + 1
	}
	return -1
}

// ofObject reports whether the name at token i of sentence si, with its
// article or without, is the object of "of": then "which" after it may
// take the head before "of" as its subject ("the old Continental Bank of
// Canada, which sold 90 pct of its assets", "the economy of Japan,
// which"), and the verb after it says nothing of the country.
func ofObject(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	if i > start && doc.Tokens[i-1].Norm == "the" {
		i--
	}
	return i > start && doc.Tokens[i-1].Norm == "of"
}

// interposedEnd returns the token after an interposition that opens at
// token k of sentence si, or -1: a bracket of at most maxBracketWords
// tokens ("(UAE)"), or a pair of commas around a relative clause
// (", which has had problems selling its entitlement,") or a reporting
// clause (", Hall said,") of at most maxRelativeWords tokens with no
// bracket, quotation mark or semicolon inside.
func interposedEnd(doc *annals.Doc, si, k int) int {
	end := doc.Sentences[si].Tokens.End
	if k+1 >= end {
		return -1
	}
	switch doc.Tokens[k].Norm {
	case "(":
		for n := k + 1; n < end && n <= k+1+maxBracketWords; n++ {
			switch doc.Tokens[n].Norm {
			case ")":
				if n == k+1 {
					return -1
				}
				return n + 1
			case "(", ",", "\"", "“", "”":
				return -1
			}
		}
		return -1
	case ",":
	default:
		return -1
	}
	relative := doc.Tokens[k+1].Norm == "which"
	said := false
	for n := k + 1; n < end && n <= k+1+maxRelativeWords; n++ {
		switch w := doc.Tokens[n].Norm; w {
		case ",":
			if relative && n > k+2 || said {
				return n + 1
			}
			return -1
		case "said", "says", "added", "noted":
			// The reporting clause is its speaker and the verb alone:
			// ", Hall said,", ", the official said,".
			if relative || n > k+4 {
				return -1
			}
			said = true
		case "(", ")", "\"", "“", "”", ";", ":", "--":
			return -1
		default:
			if said {
				return -1
			}
		}
	}
	return -1
}

// relativePlaceVerb is subjectPlaceVerb without ownEconomyVerb, for the
// verb after "which".
func (r *Recognizer) relativePlaceVerb(doc *annals.Doc, si, v int) bool {
	return r.supplies(doc, si, v) || r.ownBalance(doc, si, v) || afflictedBy(doc, si, v)
}

// subjectPlaceVerb reports whether the words from token v of sentence si,
// after a country as their subject, make it the place measured, as the
// subject rules read them after the bare name: a trade of an amount or a
// rank in a trade (supplies, ownBalance), a balance run (ownBalance), the
// country's own economy (ownEconomyVerb), or an affliction by something
// (afflictedBy).
func (r *Recognizer) subjectPlaceVerb(doc *annals.Doc, si, v int) bool {
	return r.supplies(doc, si, v) || r.ownBalance(doc, si, v) || ownEconomyVerb(doc, si, v) || afflictedBy(doc, si, v)
}

// interposedVerb returns, for heldVote, the token after an interposition
// (interposedEnd) that follows the capitalised run from token i to k of
// sentence si when the run opens a clause, or -1: "Nigeria, which has
// had problems selling its entitlement, increased its output".
func (r *Recognizer) interposedVerb(doc *annals.Doc, si, i, k int) int {
	if k >= doc.Sentences[si].Tokens.End || !interposedAt(doc, &doc.Sentences[si], k) || doc.Sentences[si].Title || !opensClauseThe(doc, si, i) {
		return -1
	}
	return interposedEnd(doc, si, k)
}
