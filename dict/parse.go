package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Sentinel errors for dictionary lines; match them with errors.Is.
var (
	ErrSyntax = errors.New("syntax error")
	ErrCode   = errors.New("bad code")
	ErrDate   = errors.New("bad date")
	ErrKey    = errors.New("unknown key")
)

// ParseError is a malformed dictionary line. It prints as file:line:col: msg.
type ParseError struct {
	File string
	Line int
	Col  int
	Msg  string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v: %s", e.File, e.Line, e.Col, e.Err, e.Msg)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList is every malformed line of one or more files, sorted by position.
type ErrorList []*ParseError

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil when the list is empty and the sorted list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

func (l *ErrorList) add(file string, line, col int, err error, format string, args ...any) {
	*l = append(*l, &ParseError{File: file, Line: line, Col: col, Err: err, Msg: fmt.Sprintf(format, args...)})
}

// CodeSpan is an actor code valid between two dates. From and To are dates
// as yyyymmdd integers, inclusive; 0 means open.
type CodeSpan struct {
	Code     string
	From, To int32
}

// Covers reports whether the span includes date (yyyymmdd). Date 0 means
// "unknown", which only open-ended spans cover.
func (c CodeSpan) Covers(date int32) bool {
	if date == 0 {
		return c.To == 0
	}
	return (c.From == 0 || date >= c.From) && (c.To == 0 || date <= c.To)
}

// Actor is one entry of an actor dictionary.
type Actor struct {
	Name    string   // canonical name
	Names   []string // every surface form, the canonical one first
	Codes   []CodeSpan
	Type    string // COUNTRY, ORG, GROUP, PERSON
	Role    string
	Aff     string
	Kind    string // capital, demonym
	Country string
	Entry   string // file:line
	// Loose says the words of its names may stand apart in the text, up to
	// a few words between them, unless a name joins them with "_"
	// ("PRINCE DOL_AMROTH" is "Prince of Dol_Amroth"; "AL GORE" is `Al "The
	// Weasel" Gore`), and that only the first word need be capitalised:
	// PETRARCH and TABARI match names so.
	Loose bool
	// Wide, with Loose, lets those words stand any distance apart up to a
	// comma, past conjunctions, as TABARI matches them ("DURTHANG ORC" in
	// "near Durthang and an Orc leader").
	Wide bool
}

// CodeAt returns the first code valid at date (yyyymmdd; 0 for unknown, which
// takes the open-ended code) or "".
func (a *Actor) CodeAt(date int32) string {
	for _, c := range a.Codes {
		if c.Covers(date) {
			return c.Code
		}
	}
	return ""
}

// Agent is one entry of the agents dictionary: role words and a role code.
type Agent struct {
	Name     string
	Names    []string
	Code     string // role code: GOV, MIL, COP, ...; may carry a country (a full code)
	RoleText string
	Entry    string
	// Prefix says the code goes before the actor's, not after it: PETRARCH's
	// "[NGO~]" makes "Arnor human rights group" NGOARN, where "[~GOV]" makes
	// "Arnor government" ARNGOV.
	Prefix bool
	// Exact says only the written Names match, not other forms of their
	// words: PETRARCH's "POLICE {} [~COP]" lists its plurals in braces, none
	// here, so "polices" is no police.
	Exact bool
}

// Item is one element of a verb pattern.
type Item struct {
	Alts     []string // lemma alternatives; empty for the target slot
	Optional bool
	Target   bool
	// Compound, on a Before item, says the subject must name several
	// actors, which the pattern codes against each other (PETRARCH's "%":
	// "Gondor and Osgiliath renewed ties" is GON→OSG and OSG→GON). On the
	// target after the verb ("* WITH %"), the object must name several.
	Compound bool
	// Source, after the verb, is the slot of the source (TABARI's "$" in
	// "+ * FROM $": "Ithilen was freed from Mordor" is Mordor's act on
	// Ithilen).
	Source bool
	// Adjacent says the item follows the element before it in the pattern
	// (the previous item, or the verb for the first item after it) with no
	// word between: PETRARCH and TABARI join such words with "_". On the
	// head verb, Items[0], it says the verb follows the last Before item.
	Adjacent bool
	// Skip, on the target or the source after the verb, is the number of
	// "^" before it: actors at the slot to step over ("IFTAR IN ^ +" is
	// "Iftar in Osgiliath with the leaders of Gondor", Gondor the target).
	// TABARI steps over one actor a mark, PETRARCH over one in all.
	Skip int
}

// Reach says how far apart the words of a pattern may stand when they are
// not Adjacent.
type Reach uint8

// Reaches. annals' own patterns keep their words close to the verb, so a
// pattern cannot match words of another phrase; PETRARCH and TABARI let a
// blank between pattern words skip any words up to a clause boundary.
const (
	ReachNear     Reach = iota // a few modifiers between words (annals' dictionaries)
	ReachClause                // any words up to the end of the clause (TABARI)
	ReachSentence              // any words up to the end of the sentence (PETRARCH)
)

// Verb is one verb pattern.
type Verb struct {
	Code       string
	Pattern    string // as written
	Items      []Item // Items[0] is the head verb
	TargetNone bool   // may be coded without a target
	Neg        string // code when negated
	Entry      string
	// Before lists words that must precede the head verb, nearest last
	// (PETRARCH and TABARI patterns such as "FAILED_TO_*"); empty for
	// annals' own patterns, whose words all follow the verb.
	Before []Item
	// Noun marks a pattern whose head is a noun ("~protest against +",
	// written with a tilde): the event is named, not told by a verb.
	Noun bool
	// Reverse is the code of the reciprocal event, the target acting on the
	// source, that a PETRARCH "[042:043]" code adds; empty when none.
	Reverse string
	// Reach is how far apart non-adjacent words may stand; the importers
	// set it, annals' own patterns keep ReachNear.
	Reach Reach
}

// Discard is a phrase that removes a sentence's or a story's events.
type Discard struct {
	Phrase string
	Story  bool
	Entry  string
}

// lines calls fn for every non-blank line with comments removed, giving the
// 1-based line number.
func lines(r io.Reader, fn func(n int, line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fn(n, line)
	}
	return sc.Err()
}

// splitFields splits the right-hand side of an entry into codes and
// key: value attributes, ";" apart and trimmed, appending them to dst,
// which a parser reuses from line to line: the fields are read before
// the next line comes, and thousands of lines would each allocate a
// slice (strings.Split's, after a count of the separators) for them.
// The fields are strings.Split's, the empty ones kept.
func splitFields(dst []string, s string) []string {
	for {
		f, rest, found := strings.Cut(s, ";")
		dst = append(dst, strings.TrimSpace(f))
		if !found {
			return dst
		}
		s = rest
	}
}

// attr splits "key: value"; ok is false for a plain field.
func attr(f string) (key, val string, ok bool) {
	k, v, found := strings.Cut(f, ":")
	if !found || hasAnyByte(k, ' ', '\t', '\t') || k == "" {
		return "", "", false
	}
	return strings.ToLower(k), strings.TrimSpace(v), true
}

// hasAnyByte reports whether s holds any of the ASCII bytes a, b and c.
// It is strings.ContainsAny for a set of ASCII characters, which no byte
// of a longer character's UTF-8 encoding can be, without the set that
// ContainsAny builds on every call: the parsers ask it of every field.
func hasAnyByte(s string, a, b, c byte) bool {
	for i := 0; i < len(s); i++ {
		if x := s[i]; x == a || x == b || x == c {
			return true
		}
	}
	return false
}

// validCode reports whether s is a CAMEO actor code: upper-case letters,
// digits or dashes in groups of three.
func validCode(s string) bool {
	if len(s) < 3 || len(s) > 24 || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// ParseDate parses YYYY, YYYY-MM or YYYY-MM-DD into a yyyymmdd integer. When
// end is true a partial date is the last day of its period.
func ParseDate(s string, end bool) (int32, error) {
	// strings.Split(s, "-") into an array: the actor dictionaries' dates
	// are thousands, and a slice for each cost more than reading it.
	var arr [3]string
	parts := arr[:0]
	for rest := s; ; {
		p, more, found := strings.Cut(rest, "-")
		if len(parts) == len(arr) {
			return 0, fmt.Errorf("%q is not YYYY[-MM[-DD]]", s)
		}
		parts = append(parts, p)
		if !found {
			break
		}
		rest = more
	}
	if len(parts[0]) != 4 {
		return 0, fmt.Errorf("%q is not YYYY[-MM[-DD]]", s)
	}
	v := [3]int{0, 0, 0}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("%q is not YYYY[-MM[-DD]]", s)
		}
		v[i] = n
	}
	if len(parts) > 1 && (v[1] < 1 || v[1] > 12) || len(parts) > 2 && (v[2] < 1 || v[2] > 31) {
		return 0, fmt.Errorf("%q: month or day out of range", s)
	}
	switch len(parts) {
	case 1:
		if end {
			v[1], v[2] = 12, 31
		} else {
			v[1], v[2] = 1, 1
		}
	case 2:
		if end {
			v[2] = 31
		} else {
			v[2] = 1
		}
	}
	return int32(v[0]*10000 + v[1]*100 + v[2]), nil
}

// parseSpan parses "CODE [FROM..TO]".
func parseSpan(f string) (CodeSpan, error, error) {
	var buf [2]string
	w := fieldsUpTo2(f, &buf)
	if len(w) == 0 || len(w) > 2 {
		return CodeSpan{}, ErrSyntax, fmt.Errorf("want CODE [FROM..TO], have %q", f)
	}
	cs := CodeSpan{Code: w[0]}
	if !validCode(w[0]) {
		return cs, ErrCode, fmt.Errorf("%q is not a CAMEO actor code", w[0])
	}
	if len(w) == 2 {
		from, to, ok := strings.Cut(w[1], "..")
		if !ok {
			return cs, ErrDate, fmt.Errorf("want FROM..TO, have %q", w[1])
		}
		var err error
		if from != "" {
			if cs.From, err = ParseDate(from, false); err != nil {
				return cs, ErrDate, err
			}
		}
		if to != "" {
			if cs.To, err = ParseDate(to, true); err != nil {
				return cs, ErrDate, err
			}
		}
		if cs.From != 0 && cs.To != 0 && cs.From > cs.To {
			return cs, ErrDate, fmt.Errorf("%s ends before it starts", w[1])
		}
	}
	return cs, nil, nil
}

// fieldsUpTo2 is strings.Fields for the "CODE [FROM..TO]" of an actor
// entry, without its allocation: an ASCII f of at most two words, one
// space apart, is cut into buf; anything else goes to strings.Fields.
func fieldsUpTo2(f string, buf *[2]string) []string {
	sp := -1
	for k := 0; k < len(f); k++ {
		if c := f[k]; c >= 0x80 || c < ' ' || c == ' ' && (sp >= 0 || k == 0 || k == len(f)-1) {
			return strings.Fields(f)
		} else if c == ' ' {
			sp = k
		}
	}
	switch {
	case f == "":
		return nil
	case sp < 0:
		buf[0] = f
		return buf[:1]
	}
	buf[0], buf[1] = f[:sp], f[sp+1:]
	return buf[:2]
}

// entryAt names the line n of file an entry comes from ("actors.txt:12"),
// as fmt.Sprintf("%s:%d") does at a fraction of its cost: the
// dictionaries' thousands of entries each get one at load.
func entryAt(file string, n int) string { return file + ":" + strconv.Itoa(n) }

// entryNames spells the entry names of one file's entries, as entryAt
// names them, into one buffer, and gives each its part of one string:
// the parsers of the large dictionaries name thousands of entries, and a
// string apiece cost an allocation and a concatenation each, more than
// the rest of a short line's parse.
type entryNames struct {
	buf  []byte
	ends []int32 // ends[i] ends the i-th name in buf
}

// add names the next entry, from line n of file.
func (e *entryNames) add(file string, n int) {
	e.buf = strconv.AppendInt(append(append(e.buf, file...), ':'), int64(n), 10)
	e.ends = append(e.ends, int32(len(e.buf)))
}

// set calls set with each entry's index, in the order added, and name.
func (e *entryNames) set(set func(i int, name string)) {
	all := string(e.buf)
	start := int32(0)
	for i, end := range e.ends {
		set(i, all[start:end])
		start = end
	}
}

// splitNames returns the names of an entry's left-hand side, "|" apart,
// each collapsed (see collapseSpace), the empty ones left out. They are
// cut one by one into a slice of their number, not split into a fresh
// slice and appended one by one: there are thousands of entries.
func splitNames(s string) []string {
	out := make([]string, 0, strings.Count(s, "|")+1)
	for rest := s; ; {
		n, more, found := strings.Cut(rest, "|")
		if n = collapseSpace(n); n != "" {
			out = append(out, n)
		}
		if !found {
			return out
		}
		rest = more
	}
}

// collapseSpace is strings.Join(strings.Fields(s), " "). Most names are
// ASCII words one space apart with spaces around them ("Afghan" in
// "Afghanistan | Afghan | Afghans") and are returned trimmed, without the
// two copies; anything else goes the long way.
func collapseSpace(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	for k := i; k < j; k++ {
		if c := s[k]; c >= 0x80 || c < ' ' || c == ' ' && s[k-1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s[i:j]
}

// ParseActors reads an actor dictionary. It returns every well-formed entry
// and, as an ErrorList, every malformed line.
func ParseActors(file string, r io.Reader) ([]Actor, error) {
	var out []Actor
	var errs ErrorList
	var fields []string  // each line's, reused (see splitFields)
	var names entryNames // the entries' names, set once all are read
	err := lines(r, func(n int, line string) {
		lhs, rhs, ok := strings.Cut(line, "=>")
		if !ok {
			errs.add(file, n, 1, ErrSyntax, "missing =>")
			return
		}
		a := Actor{Names: splitNames(lhs), Type: "ORG"} // Entry: see names
		if len(a.Names) == 0 {
			errs.add(file, n, 1, ErrSyntax, "no name before =>")
			return
		}
		a.Name = a.Names[0]
		col := len(lhs) + 3
		fields = splitFields(fields[:0], rhs)
		for _, f := range fields {
			if f == "" {
				continue
			}
			if k, v, ok := attr(f); ok {
				switch k {
				case "type":
					a.Type = strings.ToUpper(v)
				case "role":
					a.Role = v
				case "aff":
					a.Aff = v
				case "kind":
					a.Kind = v
				case "country":
					a.Country = v
				default:
					errs.add(file, n, col, ErrKey, "%q", k)
				}
				continue
			}
			cs, kind, err := parseSpan(f)
			if err != nil {
				errs.add(file, n, col, kind, "%v", err)
				return
			}
			a.Codes = append(a.Codes, cs)
		}
		if len(a.Codes) == 0 {
			errs.add(file, n, col, ErrCode, "no code after =>")
			return
		}
		out = append(out, a)
		names.add(file, n)
	})
	names.set(func(i int, name string) { out[i].Entry = name })
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return out, errs.Err()
}

// ParseAgents reads an agents dictionary.
func ParseAgents(file string, r io.Reader) ([]Agent, error) {
	var out []Agent
	var errs ErrorList
	var fields []string  // each line's, reused (see splitFields)
	var names entryNames // the entries' names, set once all are read
	err := lines(r, func(n int, line string) {
		lhs, rhs, ok := strings.Cut(line, "=>")
		if !ok {
			errs.add(file, n, 1, ErrSyntax, "missing =>")
			return
		}
		a := Agent{Names: splitNames(lhs)} // Entry: see names
		if len(a.Names) == 0 {
			errs.add(file, n, 1, ErrSyntax, "no name before =>")
			return
		}
		a.Name = a.Names[0]
		fields = splitFields(fields[:0], rhs)
		for _, f := range fields {
			if f == "" {
				continue
			}
			if k, v, ok := attr(f); ok {
				switch k {
				case "role":
					a.RoleText = v
				default:
					errs.add(file, n, len(lhs)+3, ErrKey, "%q", k)
				}
				continue
			}
			if a.Code != "" || !validCode(f) {
				errs.add(file, n, len(lhs)+3, ErrCode, "%q is not a single role code", f)
				return
			}
			a.Code = f
		}
		if a.Code == "" {
			errs.add(file, n, len(lhs)+3, ErrCode, "no code after =>")
			return
		}
		out = append(out, a)
		names.add(file, n)
	})
	names.set(func(i int, name string) { out[i].Entry = name })
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return out, errs.Err()
}

// ParseVerbs reads a verb-pattern dictionary. valid, when not nil, says
// whether an event code exists; unknown codes are errors.
func ParseVerbs(file string, r io.Reader, valid func(code string) bool) ([]Verb, error) {
	var out []Verb
	var errs ErrorList
	var fs []string      // each line's fields, reused (see splitFields)
	var names entryNames // the entries' names, set once all are read
	err := lines(r, func(n int, line string) {
		fs = splitFields(fs[:0], line)
		code, pattern, ok := cutCode(fs[0])
		if !ok {
			errs.add(file, n, 1, ErrSyntax, "want CODE PATTERN")
			return
		}
		v := Verb{Code: code, Pattern: pattern, Items: make([]Item, 0, strings.Count(pattern, " ")+1)} // Entry: see names
		if !isDigits(v.Code) || len(v.Code) < 2 || len(v.Code) > 4 || valid != nil && !valid(v.Code) {
			errs.add(file, n, 1, ErrCode, "%q is not a CAMEO event code", v.Code)
			return
		}
		col := len(code) + 2
		for i, rest := 0, pattern; rest != ""; i++ {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			if i == 0 && strings.HasPrefix(w, "~") && len(w) > 1 {
				v.Noun = true
				w = w[1:]
			}
			it, err := parseItem(w)
			if err != nil {
				errs.add(file, n, col, ErrSyntax, "%v", err)
				return
			}
			if i == 0 && (it.Target || it.Source || it.Optional) {
				errs.add(file, n, col, ErrSyntax, "a pattern starts with its head verb, not %q", w)
				return
			}
			v.Items = append(v.Items, it)
			col += len(w) + 1
		}
		for _, f := range fs[1:] {
			if f == "" {
				continue
			}
			k, val, ok := attr(f)
			switch {
			case !ok:
				errs.add(file, n, col, ErrSyntax, "want key: value, have %q", f)
				return
			case k == "target" && val == "none":
				v.TargetNone = true
			case k == "neg" && isDigits(val) && (valid == nil || valid(val)):
				v.Neg = val
			default:
				errs.add(file, n, col, ErrKey, "%s: %s", k, val)
				return
			}
		}
		out = append(out, v)
		names.add(file, n)
	})
	names.set(func(i int, name string) { out[i].Entry = name })
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return out, errs.Err()
}

// cutCode returns the first word of a verb entry's head, its code, and
// the other words one space apart, its pattern, as strings.Fields and
// Join would give them; false when the head has fewer than two words.
// The files align the patterns in a column after the code, so the code
// is cut at its first space and only the pattern collapsed, which most
// often is a substring already; a code with a byte that may be or start
// another kind of space sends the whole head to collapseSpace.
func cutCode(head string) (code, pattern string, ok bool) {
	i := strings.IndexByte(head, ' ')
	if i <= 0 {
		return strings.Cut(collapseSpace(head), " ")
	}
	for k := 0; k < i; k++ {
		if c := head[k]; c < ' ' || c >= 0x80 {
			return strings.Cut(collapseSpace(head), " ")
		}
	}
	pattern = collapseSpace(head[i+1:])
	return head[:i], pattern, pattern != ""
}

func parseItem(w string) (Item, error) {
	switch w {
	case "+":
		return Item{Target: true}, nil
	case "+!":
		// The target must open right after the word before it ("call for
		// +! to": "called for Reagan to act", not "called for more U.S.
		// aid to").
		return Item{Target: true, Adjacent: true}, nil
	case "$":
		return Item{Source: true}, nil
	}
	var it Item
	if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && len(w) > 2 {
		it.Optional = true
		w = w[1 : len(w)-1]
	}
	// The alternatives are cut one by one into a slice of their number,
	// not split into a fresh slice and appended one by one.
	it.Alts = make([]string, 0, strings.Count(w, "|")+1)
	for rest := w; ; {
		a, more, found := strings.Cut(rest, "|")
		if a == "" || hasAnyByte(a, '(', ')', '+') {
			return it, fmt.Errorf("bad pattern item %q", w)
		}
		it.Alts = append(it.Alts, strings.ToLower(a))
		if !found {
			return it, nil
		}
		rest = more
	}
}

// ParseDiscards reads a discards dictionary.
func ParseDiscards(file string, r io.Reader) ([]Discard, error) {
	var out []Discard
	var errs ErrorList
	var fs []string      // each line's fields, reused (see splitFields)
	var names entryNames // the entries' names, set once all are read
	err := lines(r, func(n int, line string) {
		fs = splitFields(fs[:0], line)
		d := Discard{Phrase: strings.Join(strings.Fields(fs[0]), " ")} // Entry: see names
		if d.Phrase == "" {
			errs.add(file, n, 1, ErrSyntax, "empty phrase")
			return
		}
		for _, f := range fs[1:] {
			k, v, ok := attr(f)
			switch {
			case f == "":
			case ok && k == "scope" && v == "story":
				d.Story = true
			case ok && k == "scope" && v == "sentence":
			default:
				errs.add(file, n, len(fs[0])+2, ErrKey, "want scope: story|sentence, have %q", f)
				return
			}
		}
		out = append(out, d)
		names.add(file, n)
	})
	names.set(func(i int, name string) { out[i].Entry = name })
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return out, errs.Err()
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
