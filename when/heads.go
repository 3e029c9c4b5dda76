package when

// This file holds the prefilter that lets find skip a sentence without
// tokenizing it. Every expression the grammar matches holds a head: a
// keyword that names a time by itself (a weekday, a capitalised month, a
// season, today, a calendar unit, a part of the day, a quarter), or a
// number that can be a date or a year by itself (see timeNumber). Words
// such as "the", "in", "last" or "a", and amounts such as "5.93" or "15",
// only lead to a head or follow one, and most sentences of the news have
// none, so a byte scan for a head is cheaper than building their tokens.

// isHead reports whether the keyword w is a head: every match of the
// grammar holds a number that timeNumber accepts or a word with such an id.
func isHead(w word) bool {
	switch {
	case w >= wSunday && w <= wWinter, // weekdays, months, abbreviations, seasons
		w >= wToday && w <= wTomorrow,
		w >= wDay && w <= wQtr, // calendar units, weekend, quarter
		w >= wMorning && w <= wNight,
		w >= wQ1 && w <= wQ4,
		w == wPeriod, w == wHalf:
		return true
	}
	return false
}

// headWords spells every keyword without a digit that isHead accepts.
// TestHeadWords checks it against lookup's own table.
var headWords = []string{
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"spring", "summer", "autumn", "fall", "winter",
	"today", "tonight", "yesterday", "tomorrow",
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"hour", "hours", "minute", "minutes", "weekend", "quarter", "qtr",
	"morning", "afternoon", "evening", "night",
	"period", "periods", "half",
}

// headShapes holds the shapes of the head words (see shapes): a word
// whose length and end letters fit no head is passed over without a
// lookup.
var headShapes = shapesOf(headWords)

// mayHaveTime reports whether s holds a head word or a number that can
// stand for a time without one (see timeNumber): false means tokenize
// would give it no such token, so the grammar matches nothing in it. A
// head word is a run of ASCII letters, and tokenize ends its words at any
// byte that is not a letter, a digit or a letter outside ASCII; splitting
// at the last as well only adds runs to look at, so the scan stays
// conservative. A digit right after a letter or a byte outside ASCII
// lies inside a word ("Q3", "A300") and counts as a head, as every digit
// once did. Any other digit begins one of tokenize's numbers, since
// tokenize's words and numbers never hold an ASCII byte that is not a
// letter or digit except inside a number, which this scan passes over
// whole from its first digit: scanNum reads it as tokenize would.
func mayHaveTime(s string) bool {
	for i := 0; i < len(s); {
		cl := wordClass[s[i]]
		if cl&(cUpper|cLower) == 0 {
			if cl&cAlnum != 0 { // a digit
				if i > 0 && wordClass[s[i-1]]&(cUpper|cLower|cHigh) != 0 {
					return true
				}
				var t tok
				end := scanNum(s, i, &t)
				if timeNumber(&t) {
					return true
				}
				i = end
				continue
			}
			i++
			continue
		}
		start := i
		for i++; i < len(s) && wordClass[s[i]]&(cUpper|cLower) != 0; i++ {
		}
		if n := uint(i - start); n < uint(len(headShapes)) && headShapes[n][s[start]&31]>>(s[i-1]&31)&1 != 0 && isHeadWord(s[start:i]) {
			return true
		}
		if i < len(s) && s[i] == ' ' {
			i++ // the space after most words, skipped as the loop would
		}
	}
	return false
}

// timeNumber reports whether the number token t can be part of a time
// in a sentence with no head word: a date or year range (nMulti), a decade,
// a four-digit year, or a two-digit year after an apostrophe ('82). The
// grammar reads any other number (5.93, 155,221, 15bn, a day "15", an
// ordinal "1st") only next to a head: a month, a unit before "ago", a
// quarter or a half.
func timeNumber(t *tok) bool {
	switch t.form {
	case nMulti, nDecade:
		return true
	case nPlain:
		return t.glen[0] == 4 || t.flags&fApos != 0
	}
	return false
}

// isHeadWord reports whether the ASCII letters w, in any case, spell a
// head keyword that can take part in a match as written (see headToken).
func isHeadWord(w string) bool {
	var buf [maxKeyword]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	return headToken(lookup(buf[:len(w)]), w[0] >= 'A' && w[0] <= 'Z')
}

// headToken reports whether a word token with keyword id w, capitalised
// or not, is a head of a match. A month name or abbreviation in lower
// case is none: every rule that reads a month (month, dayMonth,
// rangeYear) asks for a capital first, so "may", "march" and "august"
// are other words, and no rule takes such a token into a match in any
// other role. The modal "may" is the common case: a sentence whose only
// head it would be is skipped without being tokenized.
func headToken(w word, capital bool) bool {
	return isHead(w) && (capital || w < wJanuary || w > wSept)
}
