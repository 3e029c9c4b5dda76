package when

// word is a keyword id: the lower-case words the grammar cares about. Any
// other word has id 0.
type word uint8

// maxKeyword is the length of the longest keyword; longer words are never looked up.
const maxKeyword = 10

// Keywords. Weekdays, months, month abbreviations, number words and
// ordinals are in order so that arithmetic on the id gives the value.
const (
	wNone word = iota

	wSunday // Sunday..Saturday: time.Weekday(id - wSunday)
	wMonday
	wTuesday
	wWednesday
	wThursday
	wFriday
	wSaturday

	wJanuary // January..December: month id - wJanuary + 1
	wFebruary
	wMarch
	wApril
	wMay
	wJune
	wJuly
	wAugust
	wSeptember
	wOctober
	wNovember
	wDecember

	wJan // abbreviations; there is none for May
	wFeb
	wMar
	wApr
	wMayAbbrevGap // placeholder so that arithmetic matches; never returned by lookup
	wJun
	wJul
	wAug
	wSep
	wOct
	wNov
	wDec
	wSept

	wSpring // seasons, in TIMEX3 order SP, SU, FA, WI
	wSummer
	wAutumn
	wFall
	wWinter

	wToday
	wTonight
	wYesterday
	wTomorrow

	wThis
	wLast
	wNext
	wPast
	wComing
	wThe

	wDay // units; the plural follows each singular
	wDays
	wWeek
	wWeeks
	wMonth
	wMonths
	wYear
	wYears
	wHour
	wHours
	wMinute
	wMinutes
	wWeekend
	wQuarter
	wQtr
	wAgo

	wMorning
	wAfternoon
	wEvening
	wNight

	wEarly
	wLate
	wMid
	wEarlier
	wPrevious
	wLater

	wEnd
	wBeginning
	wStart
	wMiddle
	wOf
	wBefore
	wAfter

	wOn // prepositions that belong to the expression's text
	wIn
	wSince
	wUntil
	wTill
	wBy
	wFrom
	wDuring
	wThrough

	wA
	wAn
	wOne // one..twenty: value id - wOne + 1
	wTwo
	wThree
	wFour
	wFive
	wSix
	wSeven
	wEight
	wNine
	wTen
	wEleven
	wTwelve
	wThirteen
	wFourteen
	wFifteen
	wSixteen
	wSeventeen
	wEighteen
	wNineteen
	wTwenty

	wFirst // first..fourth: quarter id - wFirst + 1
	wSecond
	wThird
	wFourth
	wFinal
	wQ1
	wQ2
	wQ3
	wQ4
	wFiscal

	wWill // future cues
	wShall
	wLl
	wScheduled
	wUpcoming
	wShould
	wDue      // a cue unless "due to"
	wExpected // expected in, expected to
	wSet      // set to, set for
	wGoing    // going to
	wPlan     // plan/plans/planned to
	wTo
	wFor

	wSaid // clause boundaries for the future cue
	wSays
	wTold

	wHis // possessives: "in his 70s" is an age, not a decade
	wHer
	wTheir
	wMy
	wOur
	wYour

	wSame // "the same period last year"
	wPeriod
	wHalf // "the first half of 2020"
)

// keywords spells every word lookup knows, so that keywordShapes can
// be built from them; TestKeywords checks it against lookup's source.
var keywords = []string{
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"spring", "summer", "autumn", "fall", "winter", "today", "tonight", "yesterday", "tomorrow",
	"this", "last", "next", "past", "coming", "the",
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"hour", "hours", "minute", "minutes", "weekend", "quarter", "qtr", "ago",
	"morning", "afternoon", "evening", "night",
	"early", "late", "mid", "earlier", "previous", "prior", "preceding", "same",
	"period", "periods", "half", "later", "end", "beginning", "start", "middle",
	"of", "before", "after", "on", "in", "since", "until", "till", "by", "from", "during", "through",
	"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	"nineteen", "twenty", "first", "second", "third", "fourth", "final",
	"q1", "q2", "q3", "q4", "fiscal", "will", "shall", "ll", "scheduled", "upcoming", "should",
	"due", "expected", "set", "going", "plan", "plans", "planned", "to", "for",
	"said", "says", "told", "his", "her", "their", "my", "our", "your",
}

// shapes is a table of the words' shapes: t[n][f] has bit l set when a
// word of n bytes begins with a byte whose low five bits are f and ends
// with one whose low five bits are l. Those bits are the same for an
// ASCII letter in either case (its place in the alphabet from 1), so a
// word, in any case, whose length and end bytes fit no entry spells none
// of the words.
type shapes [maxKeyword + 1][32]uint32

func shapesOf(words []string) (t shapes) {
	for _, w := range words {
		t[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return t
}

// fits reports whether the word w, of 1 to maxKeyword bytes, has the
// shape of one of t's words.
func (t *shapes) fits(w string) bool {
	return t[len(w)][w[0]&31]>>(w[len(w)-1]&31)&1 != 0
}

// keywordShapes lets scanWord pass over the many words of the text that
// can be no keyword without lower-casing them or calling lookup, whose
// switch costs several comparisons.
var keywordShapes = shapesOf(keywords)

// lookup returns the keyword id of the lower-case ASCII word w, or 0. It
// takes a word of the text as it stands and a lower-cased copy alike,
// making no string of the copy.
func lookup[W string | []byte](w W) word {
	if len(w) == 0 {
		return wNone
	}
	switch string(w) {
	case "sunday":
		return wSunday
	case "monday":
		return wMonday
	case "tuesday":
		return wTuesday
	case "wednesday":
		return wWednesday
	case "thursday":
		return wThursday
	case "friday":
		return wFriday
	case "saturday":
		return wSaturday
	case "january":
		return wJanuary
	case "february":
		return wFebruary
	case "march":
		return wMarch
	case "april":
		return wApril
	case "may":
		return wMay
	case "june":
		return wJune
	case "july":
		return wJuly
	case "august":
		return wAugust
	case "september":
		return wSeptember
	case "october":
		return wOctober
	case "november":
		return wNovember
	case "december":
		return wDecember
	case "jan":
		return wJan
	case "feb":
		return wFeb
	case "mar":
		return wMar
	case "apr":
		return wApr
	case "jun":
		return wJun
	case "jul":
		return wJul
	case "aug":
		return wAug
	case "sep":
		return wSep
	case "sept":
		return wSept
	case "oct":
		return wOct
	case "nov":
		return wNov
	case "dec":
		return wDec
	case "spring":
		return wSpring
	case "summer":
		return wSummer
	case "autumn":
		return wAutumn
	case "fall":
		return wFall
	case "winter":
		return wWinter
	case "today":
		return wToday
	case "tonight":
		return wTonight
	case "yesterday":
		return wYesterday
	case "tomorrow":
		return wTomorrow
	case "this":
		return wThis
	case "last":
		return wLast
	case "next":
		return wNext
	case "past":
		return wPast
	case "coming":
		return wComing
	case "the":
		return wThe
	case "day":
		return wDay
	case "days":
		return wDays
	case "week":
		return wWeek
	case "weeks":
		return wWeeks
	case "month":
		return wMonth
	case "months":
		return wMonths
	case "year":
		return wYear
	case "years":
		return wYears
	case "hour":
		return wHour
	case "hours":
		return wHours
	case "minute":
		return wMinute
	case "minutes":
		return wMinutes
	case "weekend":
		return wWeekend
	case "quarter":
		return wQuarter
	case "qtr":
		return wQtr
	case "ago":
		return wAgo
	case "morning":
		return wMorning
	case "afternoon":
		return wAfternoon
	case "evening":
		return wEvening
	case "night":
		return wNight
	case "early":
		return wEarly
	case "late":
		return wLate
	case "mid":
		return wMid
	case "earlier":
		return wEarlier
	case "previous", "prior", "preceding":
		return wPrevious
	case "same":
		return wSame
	case "period", "periods":
		return wPeriod
	case "half":
		return wHalf
	case "later":
		return wLater
	case "end":
		return wEnd
	case "beginning":
		return wBeginning
	case "start":
		return wStart
	case "middle":
		return wMiddle
	case "of":
		return wOf
	case "before":
		return wBefore
	case "after":
		return wAfter
	case "on":
		return wOn
	case "in":
		return wIn
	case "since":
		return wSince
	case "until":
		return wUntil
	case "till":
		return wTill
	case "by":
		return wBy
	case "from":
		return wFrom
	case "during":
		return wDuring
	case "through":
		return wThrough
	case "a":
		return wA
	case "an":
		return wAn
	case "one":
		return wOne
	case "two":
		return wTwo
	case "three":
		return wThree
	case "four":
		return wFour
	case "five":
		return wFive
	case "six":
		return wSix
	case "seven":
		return wSeven
	case "eight":
		return wEight
	case "nine":
		return wNine
	case "ten":
		return wTen
	case "eleven":
		return wEleven
	case "twelve":
		return wTwelve
	case "thirteen":
		return wThirteen
	case "fourteen":
		return wFourteen
	case "fifteen":
		return wFifteen
	case "sixteen":
		return wSixteen
	case "seventeen":
		return wSeventeen
	case "eighteen":
		return wEighteen
	case "nineteen":
		return wNineteen
	case "twenty":
		return wTwenty
	case "first":
		return wFirst
	case "second":
		return wSecond
	case "third":
		return wThird
	case "fourth":
		return wFourth
	case "final":
		return wFinal
	case "q1":
		return wQ1
	case "q2":
		return wQ2
	case "q3":
		return wQ3
	case "q4":
		return wQ4
	case "fiscal":
		return wFiscal
	case "will":
		return wWill
	case "shall":
		return wShall
	case "ll":
		return wLl
	case "scheduled":
		return wScheduled
	case "upcoming":
		return wUpcoming
	case "should":
		return wShould
	case "due":
		return wDue
	case "expected":
		return wExpected
	case "set":
		return wSet
	case "going":
		return wGoing
	case "plan", "plans", "planned":
		return wPlan
	case "to":
		return wTo
	case "for":
		return wFor
	case "said":
		return wSaid
	case "says":
		return wSays
	case "told":
		return wTold
	case "his":
		return wHis
	case "her":
		return wHer
	case "their":
		return wTheir
	case "my":
		return wMy
	case "our":
		return wOur
	case "your":
		return wYour
	}
	return wNone
}

func isWeekday(w word) bool { return w >= wSunday && w <= wSaturday }

// monthOf returns the month of a month name or abbreviation (0 if w is
// neither) and whether it is an abbreviation.
func monthOf(w word) (m int, abbr bool) {
	switch {
	case w >= wJanuary && w <= wDecember:
		return int(w-wJanuary) + 1, false
	case w >= wJan && w <= wDec:
		return int(w-wJan) + 1, true
	case w == wSept:
		return 9, true
	}
	return 0, false
}

// seasonOf returns 0..3 for spring, summer, autumn, winter, or -1.
func seasonOf(w word) int {
	switch w {
	case wSpring:
		return 0
	case wSummer:
		return 1
	case wAutumn, wFall:
		return 2
	case wWinter:
		return 3
	}
	return -1
}

func isPrep(w word) bool { return w >= wOn && w <= wThrough }

func isPartOfDay(w word) bool { return w >= wMorning && w <= wNight }

// unit is a calendar unit named by a word.
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uHour
	uMinute
)

// unitOf returns the unit a word names and whether it is plural.
func unitOf(w word) (unit, bool) {
	switch w {
	case wDay:
		return uDay, false
	case wDays:
		return uDay, true
	case wWeek:
		return uWeek, false
	case wWeeks:
		return uWeek, true
	case wMonth:
		return uMonth, false
	case wMonths:
		return uMonth, true
	case wYear:
		return uYear, false
	case wYears:
		return uYear, true
	case wHour:
		return uHour, false
	case wHours:
		return uHour, true
	case wMinute:
		return uMinute, false
	case wMinutes:
		return uMinute, true
	}
	return uNone, false
}

// countOf returns the number a number word stands for ("a" and "an" are 1), or 0.
func countOf(w word) int {
	switch {
	case w == wA || w == wAn:
		return 1
	case w >= wOne && w <= wTwenty:
		return int(w-wOne) + 1
	}
	return 0
}

// quarterOf returns 1..4 for an ordinal that can name a quarter, or 0.
func quarterOf(w word) int {
	switch {
	case w >= wFirst && w <= wFourth:
		return int(w-wFirst) + 1
	case w == wFinal:
		return 4
	}
	return 0
}

// isMeasure reports whether lower-case word b counts things, so that a
// number before it is a quantity rather than a year ("2000 tonnes"), or is a
// clock zone ("1800 GMT").
func isMeasure(b []byte) bool {
	switch string(b) {
	case "tonnes", "tonne", "tons", "ton", "bags", "barrels", "bpd", "shares", "dlrs", "dollars",
		"pounds", "marks", "yen", "francs", "lire", "kilos", "kg", "lbs", "acres", "hectares",
		"feet", "ft", "metres", "meters", "miles", "km", "people", "persons", "workers",
		"employees", "jobs", "troops", "soldiers", "units", "cars", "vehicles", "homes",
		"houses", "points", "pct", "percent", "mln", "million", "billion", "bln", "trillion",
		"members", "votes", "students", "children", "men", "women", "copies", "bushels",
		"ounces", "oz", "gallons", "litres", "liters", "cattle", "head", "planes", "aircraft",
		"ships", "vessels", "seats", "rooms", "beds", "times", "gmt", "utc", "est", "edt",
		"bst", "cet", "hrs", "local", "cents", "stg", "euros", "yuan", "rupees", "rubles",
		"days", "hours", "minutes", "seconds", "years", "months", "weeks", "deaths", "cases",
		"dead", "killed", "customers", "users", "stores", "branches", "plants", "firms",
		"companies", "contracts", "lots", "sq", "square", "mw", "kw", "mph", "kph",
		"calories", "bales", "cartons", "crates", "mt", "t", "x":
		return true
	}
	return false
}
