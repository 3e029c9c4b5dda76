package when

// This file holds the prefilter that lets find skip a sentence without
// tokenizing it. Every expression the grammar matches holds a head: a
// number, or a keyword that names a time by itself (a weekday, a month, a
// season, today, a calendar unit, a part of the day, a quarter). Words
// such as "the", "in", "last" or "a" only lead to a head, and four
// sentences in ten have none, so a byte scan for a digit or a head word is
// cheaper than building their tokens.

// isHead reports whether the keyword w is a head: every match of the
// grammar holds a number or a word with such an id.
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

// headShapes[n][f] has bit l set when a head word of n letters begins
// with a letter whose low five bits are f and ends with one whose low
// five bits are l (a letter's, in either case, are its place in the
// alphabet from 1): a word whose length and end letters fit no head is
// passed over without a lookup.
var headShapes = func() (t [maxKeyword + 1][32]uint32) {
	for _, w := range headWords {
		t[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return t
}()

// mayHaveTime reports whether s holds a digit or a head word: false means
// tokenize would give it no number and no head keyword, so the grammar
// matches nothing in it. A head word is a run of ASCII letters, and
// tokenize ends its words at any byte that is not a letter, a digit or a
// letter outside ASCII; splitting at the last as well only adds runs to
// look at, so the scan stays conservative.
func mayHaveTime(s string) bool {
	for i := 0; i < len(s); {
		cl := wordClass[s[i]]
		if cl&(cUpper|cLower) == 0 {
			if cl&cAlnum != 0 {
				return true // a digit
			}
			i++
			continue
		}
		start := i
		for i++; i < len(s) && wordClass[s[i]]&(cUpper|cLower) != 0; i++ {
		}
		n := uint(i - start)
		if n >= uint(len(headShapes)) {
			continue
		}
		if headShapes[n][s[start]&31]>>(s[i-1]&31)&1 != 0 && isHeadWord(s[start:i]) {
			return true
		}
	}
	return false
}

// isHeadWord reports whether the ASCII letters w, in any case, spell a
// head keyword.
func isHeadWord(w string) bool {
	var buf [maxKeyword]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	return isHead(lookup(buf[:len(w)]))
}
