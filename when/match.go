package when

import (
	"time"

	annals "github.com/annals-project/annals"
)

// dir is the direction a determiner gives: bare ("Tuesday"), last, this or next.
type dir uint8

const (
	dBare dir = iota
	dLast
	dThis
	dNext
)

// cue records what came before the core of an expression.
type cue uint8

const (
	cPrep  cue = 1 << iota // a preposition: "in August"
	cBound                 // "the end of", "the beginning of"
	cMod                   // early, late, mid, earlier, later
	cThe                   // the core follows "the"
)

// maxAgo bounds the count in "N units ago".
const maxAgo = 999

// matcher holds one sentence's tokens and the publication date.
type matcher struct {
	s     string
	toks  []tok
	has   bool // the publication date is known
	py    int  // publication year, month and day
	pm    int
	pd    int
	start int // token index where the current expression starts
	// doc and si give the tense of the sentence's clauses, when the
	// tagger ran (doc is nil for Find): worked out by tense only when a
	// bare expression asks, which few sentences have.
	doc *annals.Doc
	si  int
	// prev is the last value found earlier in the sentence, if any, and
	// prevEnd the token index just after it.
	prev    value
	prevEnd int
	// anchor is the last day within a week of publication named so far in
	// the article (zero when none), for "the day" in a later sentence.
	anchor value
}

// near reports whether the day v lies within a week of publication.
func (m *matcher) near(v value) bool {
	if !m.has || !validDay(v.y, v.m, v.d) {
		return false
	}
	d := date(v.y, v.m, v.d).Sub(m.pubDay())
	return d >= -7*24*time.Hour && d <= 7*24*time.Hour
}

// wordIs reports whether token i is the word w, written in lower case
// (w is lower-case ASCII); for the few words that are not keywords.
func (m *matcher) wordIs(i int, w string) bool {
	t := m.tok(i)
	if t == nil || t.kind != tWord || int(t.end-t.start) != len(w) {
		return false
	}
	for k := range len(w) {
		if m.s[int(t.start)+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// prevYear returns the year of the last dated value earlier in the
// sentence, the year "the previous year" steps back from ("up 5% in 2015
// on the previous year"), or the publication year when there is none.
func (m *matcher) prevYear() int {
	switch m.prev.k {
	case vYear, vMonth, vDay, vQuarter, vHalf, vSeason, vWeek, vWeekend:
		return m.prev.y
	}
	return m.py
}

// anchorDay returns the day an anaphoric "the day" or "the same day"
// names: the last day earlier in the sentence ("fell on Monday, ending
// the day at 7,114"), else the last day near publication named earlier in
// the article, else the publication day, which in market and breaking
// news is the day reported.
func (m *matcher) anchorDay() value {
	switch {
	case m.prev.k == vDay:
		return m.prev
	case m.anchor.k == vDay:
		return m.anchor
	}
	return dayValue(m.pubDay())
}

// dayFollows reports whether the word after "the day" at k leaves it
// standing alone as a time ("ended the day at 7,114", "for the day, the
// Nikkei"), not the head of a longer phrase ("the day of the vote", "the
// day he died", "the day before").
func (m *matcher) dayFollows(k int) bool {
	t := m.tok(k)
	if t == nil {
		return true
	}
	if t.kind == tPunct {
		return t.ch != '-'
	}
	if t.kind != tWord {
		return false
	}
	for _, w := range [...]string{"at", "with", "down", "up", "higher", "lower", "and", "but", "on", "as"} {
		if m.wordIs(k, w) {
			return true
		}
	}
	return m.id(k) == wIn && !m.wordIs(k+1, "which")
}

// tense returns the direction the verb governing the current expression
// gives: within the innermost clause holding it, the nearest verb before
// it, else the first after it. 1 is forward, -1 back, 0 none known.
func (m *matcher) tense() int8 {
	if m.doc == nil {
		return 0
	}
	var arr [32]clauseTense
	tenses := tensesOf(m.doc, m.si, arr[:0])
	if len(tenses) == 0 {
		return 0
	}
	at := m.toks[m.start].start
	size := int32(1 << 30)
	var cs int32
	for _, c := range tenses {
		if c.start <= at && at < c.end && c.end-c.start < size {
			size, cs = c.end-c.start, c.start
		}
	}
	before, after := -1, -1
	for i, c := range tenses {
		if c.start != cs || c.end-c.start != size {
			continue
		}
		if c.verb < at && (before < 0 || c.verb > tenses[before].verb) {
			before = i
		}
		if c.verb > at && (after < 0 || c.verb < tenses[after].verb) {
			after = i
		}
	}
	switch {
	case before >= 0:
		return tenses[before].dir
	case after >= 0:
		return tenses[after].dir
	}
	return 0
}

// hit is one match: the tokens [start, end) and the value. For vYearPair
// the offsets of the two years are worked out by the caller.
type hit struct {
	end int
	v   value
}

// pubDay returns midnight UTC of the publication day. The matcher keeps
// only integers so that escape analysis leaves its tokens on the stack.
func (m *matcher) pubDay() time.Time { return date(m.py, m.pm, m.pd) }

func (m *matcher) tok(i int) *tok {
	if i < 0 || i >= len(m.toks) {
		return nil
	}
	return &m.toks[i]
}

// id returns the keyword of token i, or 0 when it is not a word.
func (m *matcher) id(i int) word {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != tWord {
		return wNone
	}
	return m.toks[i].id
}

// punct reports whether token i is the punctuation mark c.
func (m *matcher) punct(i int, c byte) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].kind == tPunct && m.toks[i].ch == c
}

// plainNum returns the value of token i when it is a plain number of at
// most maxLen digits.
func (m *matcher) plainNum(i, maxLen int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum || t.form != nPlain || int(t.glen[0]) > maxLen {
		return 0, false
	}
	return int(t.g[0]), true
}

// dayNum returns the value of token i when it is a day of the month: 1..31,
// plain or ordinal, one or two digits.
func (m *matcher) dayNum(i int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum || (t.form != nPlain && t.form != nOrdinal) || t.glen[0] > 2 {
		return 0, false
	}
	if d := int(t.g[0]); d >= 1 && d <= 31 {
		return d, true
	}
	return 0, false
}

// dayRange returns the first day of a range of days written as one
// token, "10-12", and whether token i is one.
func (m *matcher) dayRange(i int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum || t.form != nMulti || t.ng != 2 || t.sep != '-' || t.glen[0] > 2 || t.glen[1] > 2 {
		return 0, false
	}
	d1, d2 := int(t.g[0]), int(t.g[1])
	if d1 < 1 || d1 >= d2 || d2 > 31 {
		return 0, false
	}
	return d1, true
}

// yearNum returns the value of token i when it is a four-digit year written
// next to a month, day or season, where no further checks are needed.
func (m *matcher) yearNum(i int) (int, bool) {
	y, ok := m.plainNum(i, 4)
	if !ok || m.toks[i].glen[0] != 4 || y < 1000 {
		return 0, false
	}
	return y, true
}

// isWordCap reports whether token i is a capitalised word.
func (m *matcher) isWordCap(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tWord && t.flags&fCap != 0
}

// possessive reports whether token i is a possessive determiner.
func (m *matcher) possessive(i int) bool {
	switch m.id(i) {
	case wHis, wHer, wTheir, wMy, wOur, wYour:
		return true
	}
	return m.wordIs(i, "its")
}

// isName reports whether token i is a capitalised word that is no
// keyword, as in a name.
func (m *matcher) isName(i int) bool {
	return m.isWordCap(i) && m.toks[i].id == wNone
}

// sharesDecade reports whether the two-digit decade at j is joined to a
// decade found just before it by "and", "or", "to" or a comma or dash.
func (m *matcher) sharesDecade(j int) bool {
	if m.prev.k != vDecade || m.prevEnd != j-1 {
		return false
	}
	return m.wordIs(j-1, "and") || m.wordIs(j-1, "or") || m.id(j-1) == wTo || m.punct(j-1, ',') || m.punct(j-1, '-')
}

// firstWord reports whether token i is the first word or number of the sentence.
func (m *matcher) firstWord(i int) bool {
	for k := 0; k < i; k++ {
		if m.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// future reports whether a future cue stands within six tokens before the
// expression, in the same clause (a comma, colon, semicolon or a speech
// verb ends the search): will, shall, 'll, should, scheduled, upcoming,
// expected, due (not "due to"), and set, going or plan followed by to.
func (m *matcher) future() bool {
	switch m.id(m.start) {
	case wBy:
		return true // a deadline: "by early June", "by Friday"
	case wUntil, wTill:
		// "closed until Friday": the end of a span still running, unless
		// a past verb says it ran out ("was closed until Friday").
		return m.tense() >= 0
	}
	if m.tense() > 0 {
		return true
	}
	for k := m.start - 1; k >= 0 && k >= m.start-6; k-- {
		t := &m.toks[k]
		if t.kind == tPunct {
			if t.ch == '\'' || t.ch == 0x80 {
				continue
			}
			return false
		}
		switch t.id {
		case wWill, wShall, wLl, wShould, wScheduled, wUpcoming, wExpected:
			return true
		case wDue:
			if m.id(k+1) != wTo {
				return true
			}
		case wSet:
			if n := m.id(k + 1); n == wTo || n == wFor {
				return true
			}
		case wGoing, wPlan:
			if m.id(k+1) == wTo {
				return true
			}
		case wSaid, wSays, wTold:
			return false
		}
	}
	return false
}

// relYear returns the year named by "this year", "last year" or "next
// year" at token k, and whether there is one.
func (m *matcher) relYear(k int) (int, bool) {
	if !m.has || m.id(k+1) != wYear {
		return 0, false
	}
	switch m.id(k) {
	case wThis:
		return m.py, true
	case wLast:
		return m.py - 1, true
	case wNext:
		return m.py + 1, true
	}
	return 0, false
}

// opensExpr reports whether match can find an expression at a word with
// keyword id w: a preposition or "the" before one, "end", "beginning",
// "start" or "middle" before "of", or a word that core's switch reads.
// match answers no at any other word, whatever follows it, so find passes
// over such words ("said", "to", "year", "of") as it does over words that
// are no keyword, without match's and core's look at the tokens around.
// TestOpensExpr holds find to the same times as a loop that tries every
// keyword.
func opensExpr(w word) bool {
	switch {
	case isPrep(w), w == wThe,
		w == wEnd, w == wBeginning, w == wStart, w == wMiddle,
		isWeekday(w),
		w >= wJanuary && w <= wSept,
		w >= wSpring && w <= wWinter,
		w >= wToday && w <= wTomorrow,
		w == wThis, w == wLast, w == wNext, w == wPast,
		countOf(w) > 0,
		quarterOf(w) > 0,
		w >= wQ1 && w <= wQ4,
		w == wFiscal,
		w >= wEarly && w <= wLater:
		return true
	}
	return false
}

// opens holds opensExpr for every keyword id, so that find asks with one
// load; its entry for wNone is false.
var opens = func() (t [256]bool) {
	for w := range t {
		t[w] = w != int(wNone) && opensExpr(word(w))
	}
	return t
}()

// match tries an expression starting at token i.
func (m *matcher) match(i int) (hit, bool) {
	m.start = i
	j := i
	var c cue
	if isPrep(m.id(j)) {
		c |= cPrep
		j++
	}
	// "the end of", "end of", "the beginning of the year"
	k := j
	if m.id(k) == wThe {
		k++
	}
	switch m.id(k) {
	case wEnd, wBeginning, wStart, wMiddle:
		if m.id(k+1) == wOf {
			j = k + 2
			c |= cBound
		}
	}
	return m.core(j, c)
}

// core matches the expression proper at token j.
func (m *matcher) core(j int, c cue) (hit, bool) {
	t := m.tok(j)
	if t == nil {
		return hit{}, false
	}
	if t.kind == tNum {
		return m.number(j, c)
	}
	if t.kind != tWord {
		return hit{}, false
	}
	w := t.id
	switch {
	case isWeekday(w):
		return m.weekday(j, dBare, c)
	case w >= wJanuary && w <= wSept:
		return m.month(j, dBare, c)
	case w >= wSpring && w <= wWinter:
		return m.season(j, dBare, c)
	case w >= wToday && w <= wTomorrow:
		return m.today(j)
	case w == wThis || w == wLast || w == wNext || w == wPast:
		return m.relative(j, c)
	case w == wThe:
		return m.the(j, c)
	case countOf(w) > 0:
		return m.ago(j, countOf(w))
	case quarterOf(w) > 0:
		return m.quarter(j, quarterOf(w))
	case w >= wQ1 && w <= wQ4:
		if t.flags&fCap == 0 {
			return hit{}, false
		}
		return m.quarterYear(j+1, int(w-wQ1)+1)
	case w == wFiscal:
		if y, ok := m.yearNum(j + 1); ok {
			return hit{end: j + 2, v: value{k: vYear, y: y}}, true
		}
		if y, ok := m.yearNum(j + 2); ok && m.id(j+1) == wYear { // fiscal year 2011
			return hit{end: j + 3, v: value{k: vYear, y: y}}, true
		}
		if q := quarterOf(m.id(j + 1)); q > 0 { // fiscal first quarter
			return m.quarter(j+1, q)
		}
	case w >= wEarly && w <= wLater:
		if c&cMod != 0 {
			return hit{}, false
		}
		if m.has && m.id(j+1) == wIn && m.id(j+2) == wThe && m.id(j+3) == wDay && m.id(j+4) != wOf && !m.punct(j+4, '-') {
			return hit{end: j + 4, v: m.anchorDay()}, true // late in the day
		}
		k := j + 1
		if w == wMid && m.punct(k, '-') {
			k++
		}
		return m.core(k, c|cMod)
	}
	return hit{}, false
}

// number matches expressions that start with a number.
func (m *matcher) number(j int, c cue) (hit, bool) {
	t := &m.toks[j]
	switch t.form {
	case nMulti:
		return m.multi(j)
	case nDecade:
		d := int(t.g[0])
		if d%10 != 0 {
			break
		}
		switch t.glen[0] {
		case 4:
			return hit{end: j + 1, v: value{k: vDecade, y: d}}, true
		case 2:
			// '90s, or "in the 90s"; "the mid 30s" is more often a price.
			// "the 70s and 80s": the second shares the first one's "the".
			if t.flags&fApos == 0 && (c&cThe == 0 || c&cMod != 0) && !m.sharesDecade(j) {
				break
			}
			y := 1900 + d
			if m.has && 2000+d <= m.py {
				y = 2000 + d
			}
			return hit{end: j + 1, v: value{k: vDecade, y: y}}, true
		}
	case nOrdinal:
		if q := int(t.g[0]); q >= 1 && q <= 4 && t.glen[0] == 1 {
			if h, ok := m.quarter(j, q); ok {
				return h, true
			}
		}
		if d, ok := m.dayNum(j); ok {
			k := j + 1
			if m.id(k) == wOf {
				k++
			}
			return m.dayMonth(j, d, k)
		}
	case nPlain:
		n := int(t.g[0])
		if t.glen[0] <= 3 && n >= 1 {
			if h, ok := m.ago(j, n); ok {
				return h, true
			}
		}
		if d, ok := m.dayNum(j); ok {
			if h, ok := m.dayMonth(j, d, j+1); ok {
				return h, true
			}
		}
		if t.glen[0] == 2 && t.flags&fApos != 0 && (m.punct(j-1, '\'') || m.punct(j-1, 0x80)) {
			// "since '82", "the class of '82": a year in two digits.
			if p := m.id(j - 2); isPrep(p) || p == wOf {
				return hit{end: j + 1, v: value{k: vYear, y: m.century(n)}}, true
			}
		}
		if m.isYear(j, c) {
			return hit{end: j + 1, v: value{k: vYear, y: n}}, true
		}
	}
	return hit{}, false
}

// isYear reports whether the plain number at j is a year: 1900..2099, or
// 1600..1899 after a preposition, and not a quantity, price or clock time.
func (m *matcher) isYear(j int, c cue) bool {
	t := &m.toks[j]
	if t.glen[0] != 4 {
		return false
	}
	y := int(t.g[0])
	if y < 1600 || y > 2099 || (y < 1900 && c&(cPrep|cBound|cMod) == 0) {
		return false
	}
	if p := m.tok(j - 1); p != nil && p.kind == tPunct && (p.ch == '$' || p.ch == '#') {
		return false // a price or a number: $2000, #1999 (£ and € stick to the number as one word)
	}
	n := m.tok(j + 1)
	if n == nil {
		return true
	}
	if m.isName(j-1) && m.isName(j+1) {
		return false // a number inside a name: the Russell 2000 Index, Tokyo 2020 Olympics
	}
	switch n.kind {
	case tPunct:
		return n.ch != '%'
	case tWord:
		if n.end-n.start > 12 {
			return true
		}
		var buf [12]byte
		b := buf[:0]
		for k := n.start; k < n.end; k++ {
			b = append(b, m.s[k]|0x20)
		}
		if n.flags&fCap == 0 || n.flags&fAllCaps != 0 {
			return !isMeasure(b)
		}
		return true
	}
	return false
}

// multi matches numbers with several digit groups: ISO dates, slashed
// dates (month first unless the first group cannot be a month), and year
// ranges (1987-88 gives 1987; 2001-2021 gives both years).
func (m *matcher) multi(j int) (hit, bool) {
	t := &m.toks[j]
	g, l := t.g, t.glen
	switch {
	case t.ng == 3 && t.sep == '-' && l[0] == 4 && l[1] <= 2 && l[2] <= 2:
		if validDay(int(g[0]), int(g[1]), int(g[2])) {
			return hit{end: j + 1, v: value{k: vDay, y: int(g[0]), m: int(g[1]), d: int(g[2])}}, true
		}
	case t.ng == 3 && t.sep == '/' && l[0] <= 2 && l[1] <= 2 && (l[2] == 2 || l[2] == 4):
		mo, d, y := int(g[0]), int(g[1]), int(g[2])
		if mo > 12 && d <= 12 {
			mo, d = d, mo
		}
		if l[2] == 2 {
			y = m.century(y)
		}
		if validDay(y, mo, d) {
			return hit{end: j + 1, v: value{k: vDay, y: y, m: mo, d: d}}, true
		}
	case t.ng == 2 && t.sep == '-' && l[0] <= 2 && l[1] <= 2:
		if d, ok := m.dayRange(j); ok { // 3-5 March: the first day
			return m.dayMonth(j, d, j+1)
		}
	case t.ng == 2 && l[0] == 4 && g[0] >= 1600 && g[0] <= 2099:
		y1 := int(g[0])
		switch {
		case l[1] == 2 && int(g[1]) == (y1+1)%100:
			return hit{end: j + 1, v: value{k: vYear, y: y1}}, true
		case l[1] == 4 && int(g[1]) > y1 && int(g[1]) <= 2099:
			return hit{end: j + 1, v: value{k: vYearPair, y: y1, m: int(g[1])}}, true
		}
	}
	return hit{}, false
}

// century turns a two-digit year into the latest year not more than five
// years after publication (2030 when the date is unknown).
func (m *matcher) century(yy int) int {
	limit := 2030
	if m.has {
		limit = m.py + 5
	}
	y := limit - limit%100 + yy
	if y > limit {
		y -= 100
	}
	return y
}

// dayMonth matches "15 August [2021]" with the day number at j and the
// month expected at k.
func (m *matcher) dayMonth(j, d, k int) (hit, bool) {
	mo, abbr := monthOf(m.id(k))
	if mo == 0 || !m.isWordCap(k) {
		return hit{}, false
	}
	end := k + 1
	if abbr && m.punct(end, '.') {
		end++
	}
	if y, ok := m.yearNum(end); ok {
		if !validDay(y, mo, d) {
			return hit{}, false
		}
		return hit{end: end + 1, v: value{k: vDay, y: y, m: mo, d: d}}, true
	}
	v, ok := m.monthDay(mo, d, dBare)
	return hit{end: k + 1, v: v}, ok
}

// month matches expressions that start with a month name at j.
func (m *matcher) month(j int, dr dir, c cue) (hit, bool) {
	t := &m.toks[j]
	mo, abbr := monthOf(t.id)
	if t.flags&fCap == 0 {
		return hit{}, false // lower-case may, march, august are other words
	}
	end := j + 1
	if abbr && m.punct(end, '.') {
		end++
	}
	d, ok := m.dayNum(end)
	if !ok {
		d, ok = m.dayRange(end) // June 10-12: the first day
	}
	if ok && !m.punct(end+1, '%') {
		k := end + 1
		if m.punct(k, ',') {
			k++
		}
		if y, ok := m.yearNum(k); ok {
			if !validDay(y, mo, d) {
				return hit{}, false
			}
			return hit{end: k + 1, v: value{k: vDay, y: y, m: mo, d: d}}, true
		}
		v, ok := m.monthDay(mo, d, dr)
		return hit{end: end + 1, v: v}, ok
	}
	k := end
	comma := m.punct(k, ',')
	if m.id(k) == wOf || comma {
		k++
	}
	if y, ok := m.yearNum(k); ok && (!comma || m.isYear(k, cPrep)) { // not "June, 2000 people"
		return hit{end: k + 1, v: value{k: vMonth, y: y, m: mo}}, true
	}
	if !m.punct(end, ',') {
		if y, ok := m.relYear(k); ok { // January next year, October of last year
			return hit{end: k + 2, v: value{k: vMonth, y: y, m: mo}}, true
		}
		if y, ok := m.rangeYear(end, mo); ok { // from March to May 2019
			return hit{end: end, v: value{k: vMonth, y: y, m: mo}}, true
		}
	}
	if abbr || !m.has {
		return hit{}, false
	}
	if dr == dBare && c&(cPrep|cBound|cMod) == 0 {
		// A bare month without a preposition must not look like a name
		// (Theresa May, August Landmesser) or the modal May.
		if t.flags&fAllCaps != 0 || m.isWordCap(j-1) || m.isWordCap(j+1) {
			return hit{}, false
		}
		if mo == 5 && m.firstWord(j) {
			if n := m.tok(j + 1); n != nil && n.kind == tWord {
				return hit{}, false
			}
		}
	}
	py, pm := m.py, m.pm
	y := py
	switch dr {
	case dBare:
		if m.future() || m.forward(j+1) {
			if mo < pm {
				y++
			}
		} else if mo > pm {
			y--
		}
	case dLast:
		if mo >= pm {
			y--
		}
	case dNext:
		if mo <= pm {
			y++
		}
	}
	return hit{end: j + 1, v: value{k: vMonth, y: y, m: mo}}, true
}

// rangeYear returns the year of a month that opens a range closed by a
// month with a year at k ("March to May 2019", "December-February 2020":
// December 2019), and whether there is one.
func (m *matcher) rangeYear(k, mo int) (int, bool) {
	if !(m.id(k) == wTo || m.id(k) == wUntil || m.id(k) == wThrough || m.wordIs(k, "and") || m.punct(k, '-')) {
		return 0, false
	}
	mo2, abbr := monthOf(m.id(k + 1))
	if mo2 == 0 || !m.isWordCap(k+1) {
		return 0, false
	}
	y0 := k + 2
	if abbr && m.punct(y0, '.') {
		y0++
	}
	y, ok := m.yearNum(y0)
	if !ok {
		return 0, false
	}
	if mo > mo2 {
		y--
	}
	return y, true
}

// forward reports whether token k is a noun that puts a bare month ahead
// of publication in market news: "April delivery", "May futures".
func (m *matcher) forward(k int) bool {
	t := m.tok(k)
	if t == nil || t.kind != tWord || t.end-t.start > 10 {
		return false
	}
	var buf [10]byte
	b := buf[:0]
	for i := t.start; i < t.end; i++ {
		b = append(b, m.s[i]|0x20)
	}
	switch string(b) {
	case "delivery", "deliveries", "futures", "contract", "contracts", "shipment", "shipments", "options", "loading", "expiry":
		return true
	}
	return false
}

// monthDay resolves a month and day without a year: bare, the most recent
// such date on or before publication, unless that is more than 270 days
// back, then the next one (or the next on or after publication when a
// future cue precedes); last, the most recent strictly before; next, the
// first strictly after; this, the one in the publication year.
func (m *matcher) monthDay(mo, d int, dr dir) (value, bool) {
	if !m.has || d > daysIn(2000, mo) {
		return value{}, false
	}
	y := m.py
	at := func(y int) time.Time { return date(y, mo, d) }
	switch dr {
	case dBare:
		if m.future() {
			if at(y).Before(m.pubDay()) {
				y++
			}
			break
		}
		if at(y).After(m.pubDay()) {
			y--
		}
		if m.pubDay().Sub(at(y)) > 270*24*time.Hour && m.tense() >= 0 {
			y++ // unless a past verb says it is long gone
		}
	case dLast:
		if !at(y).Before(m.pubDay()) {
			y--
		}
	case dNext:
		if !at(y).After(m.pubDay()) {
			y++
		}
	}
	if !validDay(y, mo, d) {
		return value{}, false
	}
	return value{k: vDay, y: y, m: mo, d: d}, true
}

// weekday matches a weekday name at j, with an optional part of day
// ("Tuesday night") or an explicit date ("Tuesday, October 12").
func (m *matcher) weekday(j int, dr dir, c cue) (hit, bool) {
	wd := time.Weekday(m.toks[j].id - wSunday)
	end := j + 1
	if m.punct(end, ',') {
		if mo, _ := monthOf(m.id(end + 1)); mo != 0 {
			if h, ok := m.month(end+1, dBare, c|cPrep); ok && h.v.k == vDay {
				return h, true
			}
		}
	}
	if isPartOfDay(m.id(end)) {
		end++
	}
	if !m.has {
		return hit{}, false
	}
	back := int(m.pubDay().Weekday()-wd+7) % 7 // days back to the most recent wd, 0 if today
	var delta int
	switch dr {
	case dBare, dThis:
		delta = -back
		if back != 0 && m.future() {
			delta = 7 - back
		}
	case dLast:
		delta = -back
		if back == 0 {
			delta = -7
		}
	case dNext:
		delta = 7 - back
	}
	return hit{end: end, v: dayValue(m.pubDay().AddDate(0, 0, delta))}, true
}

// season matches a season name at j: "summer of 2020", "summer 2020", or a
// bare season after a preposition or determiner ("in the summer", "last
// summer"). "the fall of Kabul" is not a season.
func (m *matcher) season(j int, dr dir, c cue) (hit, bool) {
	s := seasonOf(m.toks[j].id)
	end := j + 1
	k := end
	if m.id(k) == wOf {
		k++
	}
	if y, ok := m.yearNum(k); ok {
		return hit{end: k + 1, v: value{k: vSeason, y: y, m: s}}, true
	}
	if m.id(end) == wOf || !m.has {
		return hit{}, false
	}
	t := &m.toks[j]
	if dr == dBare {
		if m.possessive(j - 1) { // "their autumn meetings": as good as "the"
			c |= cThe
		}
		if c&(cPrep|cMod|cBound|cThe) == 0 {
			return hit{}, false
		}
		if t.flags&fCap != 0 && !m.firstWord(j) && (m.isWordCap(j+1) || c&cThe == 0) {
			return hit{}, false // Spring Valley, Arab Spring
		}
	}
	ps, psy := seasonAt(m.py, m.pm)
	cur := psy*4 + ps // occurrence index of the publication's season
	var n int
	switch dr {
	case dBare:
		if m.future() {
			n = cur + (s-ps+4)%4
		} else {
			n = cur - (ps-s+4)%4
		}
	case dThis:
		y := m.py
		if s == 3 && m.pm <= 2 {
			y--
		}
		n = y*4 + s
	case dLast:
		n = cur - (ps-s+4)%4
		if n == cur {
			n -= 4
		}
	case dNext:
		n = cur + (s-ps+4)%4
		if n == cur {
			n += 4
		}
	}
	return hit{end: end, v: value{k: vSeason, y: floorDiv(n, 4), m: n - floorDiv(n, 4)*4}}, true
}

// today matches today, tonight, yesterday and tomorrow, with an optional
// part of day ("yesterday morning").
func (m *matcher) today(j int) (hit, bool) {
	if !m.has {
		return hit{}, false
	}
	end := j + 1
	if isPartOfDay(m.id(end)) {
		end++
	}
	delta := 0
	switch m.toks[j].id {
	case wYesterday:
		delta = -1
	case wTomorrow:
		delta = 1
	case wTonight:
		end = j + 1
	}
	return hit{end: end, v: dayValue(m.pubDay().AddDate(0, 0, delta))}, true
}

// relative matches this/last/next/past followed by a weekday,
// month, season, calendar unit or part of day.
func (m *matcher) relative(j int, c cue) (hit, bool) {
	w := m.id(j)
	k := j + 1
	var dr dir
	switch w {
	case wThis:
		dr = dThis
		switch m.id(k) {
		case wComing:
			dr, k = dNext, k+1
		case wPast:
			dr, k = dLast, k+1
		}
	case wLast, wPast:
		dr = dLast
	case wNext:
		dr = dNext
	}
	n := m.id(k)
	switch {
	case isWeekday(n):
		return m.weekday(k, dr, c)
	case n >= wJanuary && n <= wDecember:
		if w == wPast {
			return hit{}, false
		}
		return m.month(k, dr, c)
	case n >= wSpring && n <= wWinter:
		return m.season(k, dr, c)
	}
	if !m.has {
		return hit{}, false
	}
	step := 0
	switch dr {
	case dLast:
		step = -1
	case dNext:
		step = 1
	}
	p := m.pubDay()
	switch n {
	case wWeekend:
		return hit{end: k + 1, v: weekValue(p.AddDate(0, 0, 7*step), vWeekend)}, true
	}
	if w == wPast {
		return hit{}, false // "the past week" is a duration
	}
	switch n {
	case wWeek:
		return hit{end: k + 1, v: weekValue(p.AddDate(0, 0, 7*step), vWeek)}, true
	case wMonth:
		return hit{end: k + 1, v: monthValue(m.py, m.pm+step)}, true
	case wYear:
		return hit{end: k + 1, v: value{k: vYear, y: m.py + step}}, true
	case wQuarter:
		q := (m.pm-1)/3 + step
		y := m.py + floorDiv(q, 4)
		return hit{end: k + 1, v: value{k: vQuarter, y: y, m: q - floorDiv(q, 4)*4 + 1}}, true
	case wMorning, wAfternoon, wEvening:
		if dr == dThis {
			return hit{end: k + 1, v: dayValue(p)}, true
		}
		if dr == dLast && w == wLast && n == wEvening {
			return hit{end: k + 1, v: dayValue(p.AddDate(0, 0, -1))}, true
		}
	case wNight:
		if w == wLast {
			return hit{end: k + 1, v: dayValue(p.AddDate(0, 0, -1))}, true
		}
	}
	return hit{}, false
}

// the matches expressions that start with "the".
func (m *matcher) the(j int, c cue) (hit, bool) {
	k := j + 1
	n := m.id(k)
	switch {
	case n == wDay:
		if !m.has {
			return hit{}, false
		}
		switch {
		case m.id(k+1) == wBefore && m.id(k+2) == wYesterday:
			return hit{end: k + 3, v: dayValue(m.pubDay().AddDate(0, 0, -2))}, true
		case m.id(k+1) == wAfter && m.id(k+2) == wTomorrow:
			return hit{end: k + 3, v: dayValue(m.pubDay().AddDate(0, 0, 2))}, true
		case m.dayFollows(k + 1):
			return hit{end: k + 1, v: m.anchorDay()}, true
		}
	case n == wWeekend && m.id(k+1) != wOf:
		// "over the weekend": the last one, or the coming one after a
		// future cue; the current one when published on a weekend.
		if !m.has {
			return hit{}, false
		}
		p := m.pubDay()
		if wd := p.Weekday(); wd != time.Saturday && wd != time.Sunday && !m.future() {
			p = p.AddDate(0, 0, -7)
		}
		return hit{end: k + 1, v: weekValue(p, vWeekend)}, true
	case c&cBound != 0 && (n == wYear || n == wMonth || n == wWeek):
		// "the end of the year": the publication's year, month or week.
		if !m.has {
			return hit{}, false
		}
		switch n {
		case wYear:
			return hit{end: k + 1, v: value{k: vYear, y: m.py}}, true
		case wMonth:
			return hit{end: k + 1, v: monthValue(m.py, m.pm)}, true
		}
		return hit{end: k + 1, v: weekValue(m.pubDay(), vWeek)}, true
	case n == wSame:
		return m.samePeriod(k + 1)
	case n == wPrevious && m.id(k+1) == wYear && c&cBound == 0:
		// "the previous year": the year before the one last named in the
		// sentence, else before the publication year, as news readers
		// take it when no other year is in view.
		if !m.has {
			return hit{}, false
		}
		return hit{end: k + 2, v: value{k: vYear, y: m.prevYear() - 1}}, true
	case n == wYear && m.id(k+1) == wPrevious && c&cBound == 0:
		// "the year previous"
		if !m.has {
			return hit{}, false
		}
		return hit{end: k + 2, v: value{k: vYear, y: m.prevYear() - 1}}, true
	case n >= wSpring && n <= wWinter:
		return m.season(k, dBare, c|cThe)
	case quarterOf(n) > 0:
		return m.quarter(k, quarterOf(n))
	case n >= wEarly && n <= wLate || n == wMid:
		k2 := k + 1
		if m.punct(k2, '-') {
			k2++
		}
		if t := m.tok(k2); t != nil && t.kind == tNum && t.form == nDecade {
			return m.number(k2, c|cThe|cMod)
		}
	}
	if m.punct(k, '\'') || m.punct(k, 0x80) {
		k++
	}
	if t := m.tok(k); t != nil && t.kind == tNum && t.form == nDecade {
		return m.number(k, c|cThe)
	}
	return hit{}, false
}

// ago matches "N units ago" with the count n at j.
func (m *matcher) ago(j, n int) (hit, bool) {
	u, _ := unitOf(m.id(j + 1))
	if u == uNone || m.id(j+2) != wAgo || !m.has || n > maxAgo {
		return hit{}, false
	}
	p := m.pubDay()
	var v value
	switch u {
	case uDay:
		v = dayValue(p.AddDate(0, 0, -n))
	case uWeek:
		v = dayValue(p.AddDate(0, 0, -7*n))
	case uMonth:
		v = monthValue(m.py, m.pm-n)
	case uYear:
		v = value{k: vYear, y: m.py - n}
	case uHour, uMinute:
		v = dayValue(p)
	}
	return hit{end: j + 3, v: v}, true
}

// quarter matches "first quarter", "1st qtr", "third-quarter" with the
// ordinal at j, and an optional year.
func (m *matcher) quarter(j, q int) (hit, bool) {
	k := j + 1
	if m.punct(k, '-') {
		k++
	}
	if m.id(k) == wFiscal { // first fiscal quarter
		k++
	}
	if m.id(k) == wHalf && q <= 2 {
		return m.half(k+1, q)
	}
	if w := m.id(k); w != wQuarter && w != wQtr {
		return hit{}, false
	}
	return m.quarterYear(k+1, q)
}

// quarterYear finishes a quarter at k: "of 2009", "2009", "of fiscal
// 2009", "of this/last/next year"; without a year, the nearest such
// quarter to the publication date.
func (m *matcher) quarterYear(k, q int) (hit, bool) {
	of := k
	if m.id(of) == wOf {
		of++
	}
	y0 := of
	if m.id(y0) == wFiscal {
		y0++
	}
	if y, ok := m.yearNum(y0); ok {
		return hit{end: y0 + 1, v: value{k: vQuarter, y: y, m: q}}, true
	}
	if !m.has {
		return hit{}, false
	}
	if of > k && m.id(of+1) == wYear {
		switch m.id(of) {
		case wThis, wThe:
			return hit{end: of + 2, v: value{k: vQuarter, y: m.py, m: q}}, true
		case wLast:
			return hit{end: of + 2, v: value{k: vQuarter, y: m.py - 1, m: q}}, true
		case wNext:
			return hit{end: of + 2, v: value{k: vQuarter, y: m.py + 1, m: q}}, true
		}
	}
	// The nearest such quarter, a tie (two quarters either way) going to
	// the publication year; after a future cue, the next one from now.
	y := m.py
	pq := (m.pm-1)/3 + 1
	switch d := q - pq; {
	case d < 0 && m.future(), d == -3:
		y++
	case d == 3:
		y--
	}
	return hit{end: k, v: value{k: vQuarter, y: y, m: q}}, true
}

// half finishes "the first half" or "the second half" at k, which must
// name its year: "of 2020", "2020", "of fiscal 2020", "of this/last/next
// year", "of the year" (the publication's). A bare half ("the second
// half") is more often a match's or a film's than the calendar's.
func (m *matcher) half(k, h int) (hit, bool) {
	if m.id(k) != wOf {
		if y, ok := m.yearNum(k); ok {
			return hit{end: k + 1, v: value{k: vHalf, y: y, m: h}}, true
		}
		return hit{}, false
	}
	k++
	if m.id(k) == wFiscal {
		k++
	}
	if y, ok := m.yearNum(k); ok {
		return hit{end: k + 1, v: value{k: vHalf, y: y, m: h}}, true
	}
	if !m.has || m.id(k+1) != wYear {
		return hit{}, false
	}
	switch m.id(k) {
	case wThis, wThe:
		return hit{end: k + 2, v: value{k: vHalf, y: m.py, m: h}}, true
	case wLast:
		return hit{end: k + 2, v: value{k: vHalf, y: m.py - 1, m: h}}, true
	case wNext:
		return hit{end: k + 2, v: value{k: vHalf, y: m.py + 1, m: h}}, true
	}
	return hit{}, false
}

// samePeriod matches "the same period last year", "the same month a year
// ago", "the same quarter of the previous year" with the unit at k: the
// period named earlier in the sentence ("sales rose in February compared
// to the same period last year"), a year back; without one, the year
// before publication.
func (m *matcher) samePeriod(k int) (hit, bool) {
	switch m.id(k) {
	case wPeriod, wMonth, wQuarter, wWeek, wDay:
	default:
		return hit{}, false
	}
	if !m.has {
		return hit{}, false
	}
	j := k + 1
	if m.id(j) == wOf {
		j++
	}
	if m.id(j) == wThe {
		j++
	}
	switch {
	case m.id(k) == wDay && m.id(k+1) != wOf && m.id(k+1) != wLast && m.id(k+1) != wA:
		return hit{end: k + 1, v: m.anchorDay()}, true // "on the same day"
	case (m.id(j) == wLast || m.id(j) == wPrevious) && m.id(j+1) == wYear:
		j += 2
	case (m.id(j) == wA || m.id(j) == wOne) && m.id(j+1) == wYear && (m.id(j+2) == wAgo || m.id(j+2) == wEarlier || m.id(j+2) == wBefore):
		j += 3
	default:
		return hit{}, false
	}
	v := m.prev
	switch v.k {
	case vDay, vMonth, vQuarter, vSeason, vWeek, vWeekend:
		if v.y == m.py || v.y == m.py-1 {
			v.y--
			if v.k == vDay && !validDay(v.y, v.m, v.d) {
				v.d-- // 29 February
			}
			return hit{end: j, v: v}, true
		}
	}
	return hit{end: j, v: value{k: vYear, y: m.py - 1}}, true
}
