package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// Two names joined by a dash after a determiner and before a lower-case
// noun name that thing, not a route between two towns: "the
// Page-Williams mine" (a gold mine in Ontario, not Page, Arizona, and
// Williams, California), "the disputed Page-Williams mine". The read
// sets leave such a pair unmarked (the Page-Williams mine, in three
// Reuters articles; no such pair is marked), and
// so its other mentions in the article ("Production excluding
// Page-Williams eased"), as they leave a firm's. The nouns of a route
// or of the area two ends span keep the pair a route: "the
// Kiev-Moscow line", "the Dallas-Fort Worth area".

// pairRouteNouns are the nouns after a dashed pair that name what runs
// between its two ends, or the area they span.
var pairRouteNouns = map[string]bool{
	"route": true, "routes": true, "line": true, "lines": true, "link": true, "links": true,
	"road": true, "highway": true, "motorway": true, "expressway": true, "railway": true,
	"railroad": true, "rail": true, "train": true, "trains": true, "express": true, "flight": true,
	"flights": true, "bus": true, "ferry": true, "service": true, "services": true,
	"corridor": true, "border": true, "pipeline": true, "canal": true, "axis": true,
	"range": true, "area": true, "areas": true, "region": true, "metropolitan": true,
}

// namedByPair reports whether the dashed pair of names at tokens i to
// last, with a determiner before it, names the lower-case noun after it
// (see pairRouteNouns).
func namedByPair(doc *annals.Doc, si, i, last int) bool {
	s := &doc.Sentences[si]
	e := last + 1
	if i <= s.Tokens.Start || e >= s.Tokens.End || !determiners[doc.Tokens[i-1].Norm] {
		return false
	}
	n := &doc.Tokens[e]
	if !word(n) || capital(n) || n.Flags&annals.Digit != 0 || keepsPlace[n.Norm] || pairRouteNouns[n.Norm] {
		return false
	}
	return !n.Tag.IsVerb() && n.Tag != annals.RB && n.Tag != annals.IN && n.Tag != annals.MD
}

// pairNamesThing reports whether the article writes the dashed pair
// somewhere as namedByPair reads it, after a determiner and before a
// lower-case noun ("the Page-Williams mine"), so that its other mentions
// ("excluding Page-Williams eased") name the thing too. As legFirm, it
// searches the title and text only when a leg is found, and reads words
// from the text: a lower-case word that keepsPlace lists, or one of
// pairRouteNouns, keeps the pair a route.
func pairNamesThing(doc *annals.Doc, pair string) bool {
	return anyPairSite(doc, pair, func(text string, k, e int) bool {
		if !determiners[strings.ToLower(wordBefore(text[:k]))] {
			return false
		}
		next := wordAfter(text[e:])
		return next != "" && next[0] >= 'a' && next[0] <= 'z' && !keepsPlace[next] && !pairRouteNouns[next]
	})
}

// wordBefore returns the letters that end s before one space: "the" of
// "set for the ".
func wordBefore(s string) string {
	if !strings.HasSuffix(s, " ") {
		return ""
	}
	s = s[:len(s)-1]
	i := len(s)
	for i > 0 && asciiLetter(s[i-1]) {
		i--
	}
	return s[i:]
}

// wordAfter returns the letters that open s after one space: "mine" of
// " mine in Hemlo".
func wordAfter(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	s = s[1:]
	i := 0
	for i < len(s) && asciiLetter(s[i]) {
		i++
	}
	return s[:i]
}

// asciiLetter reports whether b is an ASCII letter.
func asciiLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
