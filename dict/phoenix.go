package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/annals-project/annals/text"
)

// This file imports PETRARCH/Phoenix dictionaries (verbs, actors, agents,
// discards, issues) into annals' entries. The helpers that read patterns,
// bracketed codes and two-digit dates are shared with the TABARI importer.

// Import is the result of reading dictionaries in a foreign format: the
// entries in annals' model, and a count of the features that annals' model
// cannot express, keyed by a short description, so that a report can say
// what was lost. Entries that lost a feature are either dropped or kept in a
// simplified form, as the key says.
type Import struct {
	Actors   []Actor
	Agents   []Agent
	Verbs    []Verb
	Discards []Discard
	// Issues counts issue-coding entries (read and checked, not used).
	Issues int
	// Unsupported counts entries by the feature annals could not keep.
	Unsupported map[string]int
	// NoCountry is the code the format's coder gives a role word that
	// names no country, before its role (see Dict.NoCountry).
	NoCountry string
	// stems says pattern words not closed by "_" or "=" are stems
	// (TABARI).
	stems bool
}

func (im *Import) note(feature string) {
	if im.Unsupported == nil {
		im.Unsupported = map[string]int{}
	}
	im.Unsupported[feature]++
}

// Dict compiles the imported entries.
func (im *Import) Dict() *Dict {
	d := New(im.Actors, im.Agents, im.Verbs, im.Discards)
	d.NoCountry = im.NoCountry
	return d
}

// UnsupportedKeys returns the keys of Unsupported, sorted, for reports.
func (im *Import) UnsupportedKeys() []string {
	keys := make([]string, 0, len(im.Unsupported))
	for k := range im.Unsupported {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Features annals' model cannot express. They are the keys of
// Import.Unsupported.
const (
	FeatSourceSlot   = "pattern: source slot $ and target slot + both after the verb (pattern dropped)"
	FeatCompound     = "pattern: compound slot % after the verb (kept as a target of several actors)"
	FeatTargetBefore = "pattern: source $ and target + both before the verb (pattern dropped)"
	FeatNullCode     = "pattern: null code [---] (kept with Code NullCode: matches, codes nothing)"
	FeatReverseOnly  = "pattern: reverse-only code [:CODE] (kept with Code NullCode and Reverse)"
	FeatReverse      = "pattern: reciprocal code [A:B] (B kept in Verb.Reverse)"
	FeatBefore       = "pattern: words before the verb (kept in Verb.Before)"
	FeatSkip         = "pattern: ^ skip (approximated by the coder's gaps)"
	FeatMultiAlt     = "pattern: more than 64 phrase variants (the rest dropped)"
	FeatVariants     = "pattern: multi-word synset member or alternative (one pattern per phrase)"
	FeatStem         = "word: ~ stem or trailing-letter match (matched with common endings)"
	FeatActorNull    = "actor: null code [---] (entry dropped)"
	FeatTransform    = "verbs: ~ transformation rule (ignored)"
	FeatTabariBlock  = "tabari: <NOUN>/<ADJECTIVE>/<TIME> entries (ignored)"
)

// NullCode is the event code of an imported pattern written with the null
// code "[---]" (or with only a reverse code, "[:173]"): a sentence matching
// it is not an event of the verb (PETRARCH's way to keep "fire" in "fire
// the coach" from coding an attack), so the coder must treat a match as
// final and emit nothing for it, only the Reverse event when there is one.
const NullCode = "---"

// DiscardCode is the code of an imported pattern ("- * DIPLXMATIC [###]")
// or TABARI actor ("USSR [USR <911226] [###]") that marks a sentence as
// no news: where it matches, the sentence codes nothing.
const DiscardCode = "###"

// PetrarchFiles names the files of a PETRARCH dictionary set by kind.
type PetrarchFiles struct {
	Verbs, Actors, Agents, Discards, Issues []string
}

// PhoenixFiles lists the standard Phoenix set in dir of fsys:
// CAMEO.*.txt verbs, *.actors.txt, *agents.txt, *discards.txt and
// *IssueCoding.txt.
func PhoenixFiles(fsys fs.FS, dir string) (PetrarchFiles, error) {
	var f PetrarchFiles
	for _, g := range []struct {
		pat string
		dst *[]string
	}{
		{"CAMEO*.txt", &f.Verbs}, {"*verbs.txt", &f.Verbs}, {"*actors.txt", &f.Actors},
		{"*agents.txt", &f.Agents}, {"*discards.txt", &f.Discards}, {"*Issue*.txt", &f.Issues},
	} {
		m, err := fs.Glob(fsys, pathJoin(dir, g.pat))
		if err != nil {
			return f, fmt.Errorf("dict: %w", err)
		}
		*g.dst = append(*g.dst, m...)
	}
	if len(f.Verbs)+len(f.Actors) == 0 {
		return f, fmt.Errorf("dict: %s: no PETRARCH verb or actor dictionaries", dir)
	}
	return f, nil
}

func pathJoin(dir, name string) string {
	if dir == "" || dir == "." {
		return name
	}
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// LoadPetrarch reads and compiles a PETRARCH dictionary set. As with Load,
// malformed lines come back as an ErrorList together with a Dict compiled
// from every well-formed line.
func LoadPetrarch(fsys fs.FS, files PetrarchFiles) (*Dict, error) {
	im, err := ReadPetrarch(fsys, files)
	if im == nil {
		return nil, err
	}
	return im.Dict(), err
}

// ReadPetrarch reads a PETRARCH dictionary set without compiling it. The
// error is an ErrorList of malformed lines (the Import is still complete
// for every other line) or an I/O error, with a nil Import.
func ReadPetrarch(fsys fs.FS, files PetrarchFiles) (*Import, error) {
	im := &Import{NoCountry: "---"}
	var errs ErrorList
	for _, k := range []struct {
		names []string
		parse func(string, io.Reader, *Import) error
	}{
		{files.Verbs, ParsePetrarchVerbs}, {files.Actors, ParsePetrarchActors},
		{files.Agents, ParsePetrarchAgents}, {files.Discards, ParsePetrarchDiscards},
		{files.Issues, ParsePetrarchIssues},
	} {
		for _, name := range k.names {
			err := parseFile(fsys, name, func(n string, r io.Reader) error { return k.parse(n, r, im) })
			var l ErrorList
			switch {
			case errors.As(err, &l):
				errs = append(errs, l...)
			case err != nil:
				return nil, err
			}
		}
	}
	return im, errs.Err()
}

// rawLines calls fn for every line with its 1-based number, the line
// stripped of its comment and of trailing space. PETRARCH comments start
// with #; TABARI's (semi set) with ; or a # at the start of the line, and
// a line starting "~~" ends a TABARI file. Lines starting with "<!" are
// XML-style comment lines.
func rawLines(r io.Reader, semi bool, fn func(n int, line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		t := strings.TrimSpace(line)
		switch {
		case semi && strings.HasPrefix(line, "~~"):
			return sc.Err() // TABARI's end-of-file mark
		case strings.HasPrefix(t, "<!"), semi && strings.HasPrefix(t, "#"):
			line = ""
		case semi:
			// TABARI comments start with ;, and # is a code ("[###]").
			if i := strings.IndexByte(line, ';'); i >= 0 {
				line = line[:i]
			}
		default:
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
		}
		fn(n, strings.TrimRight(line, " \t\r"))
	}
	return sc.Err()
}

// synsets maps a synset name (without & and trailing _) to its members as
// written.
type synsets map[string][]string

func synName(s string) string {
	return strings.ToUpper(strings.TrimRight(strings.TrimPrefix(s, "&"), "_ "))
}

// maxVariants bounds the patterns one dictionary pattern expands into when
// its synsets or alternatives hold multi-word members: each such member
// becomes a pattern of its own, and a few synsets of phrases in one pattern
// would otherwise multiply without limit.
const maxVariants = 64

// pword is one word of a dictionary phrase; adj says it is joined to the
// word before it ("_", or one written word cut in two, "did" + "n't").
type pword struct {
	w   string
	adj bool
	// closed says "_" follows the word: TABARI matches it whole, not as
	// a stem ("OFF_", "NOTED_WOULD").
	closed bool
}

// phrases returns the word sequences that a dictionary phrase stands for:
// its words (joined by blanks or _) in order, each &SYNSET replaced by every
// one of its members, nested synsets followed. Words are cut as annals'
// tokenizer cuts news text, so "DIDN'T" is the sequence "did n't". ok is
// false for an unknown synset; the list is cut at maxVariants sequences,
// and cut reports whether it was.
func (s synsets) phrases(phrase string, im *Import, depth int) (out [][]pword, cut, ok bool) {
	phrase = rejoinNT(phrase)
	out = [][]pword{nil}
	for _, jw := range joinedWords(phrase) {
		w := jw.w
		var alts [][]pword
		if strings.HasPrefix(w, "&") {
			members, found := s[synName(w)]
			if !found || depth > 8 {
				return nil, false, false
			}
			for _, m := range members {
				sub, c, ok := s.phrases(m, im, depth+1)
				if !ok {
					return nil, false, false
				}
				cut = cut || c
				for _, seq := range sub {
					if len(seq) > 0 {
						seq = slices.Clone(seq)
						seq[0].adj = jw.adj
					}
					alts = append(alts, seq)
				}
			}
		} else if ws := patternWords(w, im); len(ws) == 1 && strings.HasSuffix(strings.TrimRight(w, "_="), "~") {
			// A stem ("REAL~") matches its word with any ending; the
			// matcher compares whole words, so list the usual endings.
			for _, f := range stemForms(ws[0]) {
				alts = append(alts, []pword{{w: f, adj: jw.adj}})
			}
		} else if len(ws) == 1 && im.stems && !jw.closed && !strings.HasSuffix(w, "=") {
			// TABARI matches a word not closed by "_" as a stem,
			// however short: "REVOLUTION" is "revolutionary", "YEN"
			// is "yener", "IN" is "into".
			alts = [][]pword{{{w: ws[0] + StemMark, adj: jw.adj}}}
		} else if len(ws) == 1 && im.stems && jw.closed {
			// ... and one closed by "_" as written: "RESOLUTION_" is
			// not "resolutions".
			alts = [][]pword{{{w: ws[0] + ExactMark, adj: jw.adj}}}
		} else if len(ws) > 0 {
			seq := make([]pword, len(ws))
			for i, x := range ws {
				seq[i] = pword{w: x, adj: i > 0 || jw.adj}
			}
			alts = [][]pword{seq}
		} else {
			continue
		}
		var next [][]pword
		for _, head := range out {
			for _, a := range alts {
				if len(next) == maxVariants {
					cut = true
					break
				}
				next = append(next, append(slices.Clip(head), a...))
			}
		}
		out = next
	}
	return out, cut, true
}

// rejoinNT writes a contraction that a dictionary cut as Treebank does
// ("CA N'T", "WO N'T") as one word, so that annals' tokenizer cuts it as
// it cuts the text ("can" + "n't").
func rejoinNT(s string) string {
	if !strings.Contains(s, "'") {
		return s
	}
	for _, nt := range []string{" N'T", " n't"} {
		s = strings.ReplaceAll(s, nt, nt[1:])
	}
	return s
}

// joinedWords splits a dictionary phrase on blanks and underscores, noting
// which words the underscore alone joins to the word before.
func joinedWords(s string) []pword {
	var out []pword
	under, blank := false, false
	start := -1
	flush := func(i int) {
		if start >= 0 {
			out = append(out, pword{w: s[start:i], adj: len(out) > 0 && under && !blank, closed: i < len(s) && s[i] == '_'})
			under, blank, start = false, false, -1
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '_':
			flush(i)
			under = true
		case ' ', '\t':
			flush(i)
			blank = true
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	return out
}

// StemMark ends a pattern alternative that matches any word it starts
// ("revolution~" is "revolutionary"): TABARI's words not closed by "_".
const StemMark = "~"

// ExactMark ends a pattern alternative that matches only the word as
// written, not its other forms: TABARI's words closed by "_".
const ExactMark = "="

// stemEndings are the endings a stem word ("REAL~", "RESTOR") is given,
// since annals' matcher compares whole words: inflections, and the
// adverb and comparison endings that TABARI's examples use.
var stemEndings = [...]string{"", "e", "s", "es", "ed", "d", "ing", "ly", "y", "er", "est", "ment", "ion"}

// stemForms returns the words a stem stands for.
func stemForms(stem string) []string {
	out := make([]string, 0, len(stemEndings))
	for _, e := range stemEndings {
		out = append(out, stem+e)
	}
	return out
}

// patternWords returns the token norms of one dictionary word: usually one,
// two for a contraction ("didn't" is "did" + "n't").
func patternWords(w string, im *Import) []string {
	w = wordOf(w, im)
	if w == "" {
		return nil
	}
	toks := text.Tokenize(w, nil)
	if len(toks) <= 1 {
		return []string{w}
	}
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Norm)
	}
	return out
}

// splitWords splits a dictionary phrase on blanks and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
}

// wordOf lower-cases a pattern word and strips the stem mark ~ and the
// "exact" marks _ and =.
func wordOf(w string, im *Import) string {
	if strings.ContainsAny(w, "~") {
		im.note(FeatStem)
	}
	return strings.ToLower(strings.Trim(w, "~_="))
}

// pattern is a verb pattern split around its verb mark *.
type pattern struct {
	before, after []Item
	verbAdj       bool // the verb is joined to the last word before it
}

// patternSet is the patterns one dictionary pattern expands into, one for
// each choice of its multi-word alternatives, all sharing the side of the
// verb mark that parsing has reached.
type patternSet struct {
	vars    []pattern
	hasVerb bool
	cut     bool // variants dropped at maxVariants
}

func (ps *patternSet) items(p *pattern) *[]Item {
	if ps.hasVerb {
		return &p.after
	}
	return &p.before
}

// add appends a choice among word sequences: the one-word sequences become
// one item of alternatives, each longer sequence a variant of its own with
// its words as successive items. adj says the choice is joined to what
// precedes it.
func (ps *patternSet) add(alts [][]pword, adj bool) {
	var single []string
	var multi [][]pword
	for _, a := range alts {
		switch len(a) {
		case 0:
		case 1:
			single = append(single, a[0].w)
		default:
			multi = append(multi, a)
		}
	}
	single = dedup(single)
	if len(single) == 0 && len(multi) == 0 {
		return
	}
	var next []pattern
	for _, v := range ps.vars {
		if len(single) > 0 {
			w := v
			*ps.items(&w) = append(slices.Clip(*ps.items(&w)), Item{Alts: single, Adjacent: adj})
			next = append(next, w)
		}
		for _, seq := range multi {
			if len(next) >= maxVariants {
				ps.cut = true
				break
			}
			w := v
			its := slices.Clip(*ps.items(&w))
			for i, x := range seq {
				its = append(its, Item{Alts: []string{x.w}, Adjacent: x.adj || i == 0 && adj})
			}
			*ps.items(&w) = its
			next = append(next, w)
		}
	}
	ps.vars = next
}

// mark appends a slot item (the target) to every variant.
func (ps *patternSet) mark(it Item) {
	for i := range ps.vars {
		its := ps.items(&ps.vars[i])
		*its = append(slices.Clip(*its), it)
	}
}

// parsePattern reads a PETRARCH or TABARI pattern: words, * (the verb), +
// (target), $ (source), % (compound), ^ (skip), &SYNSET, {A | B}
// alternatives or {A B} phrases, parentheses for prepositional phrases and
// _ joining words. A pattern whose alternatives or synsets hold phrases of
// several words expands into one pattern per phrase (at most maxVariants).
// It returns the unsupported feature that drops the pattern, if any.
func parsePattern(p string, syn synsets, im *Import) ([]pattern, string, error) {
	p = rejoinNT(p)
	ps := patternSet{vars: []pattern{{}}}
	var drop string
	// Slots seen: the target + and the source $, before and after the verb.
	var tgtBefore, srcBefore, tgtAfter, srcAfter bool
	// A word is adjacent to what precedes it when only "_" stands between.
	under, blank := false, false
	skip := 0 // the "^" just before
	joined := func() bool {
		adj := under && !blank
		under, blank = false, false
		return adj
	}
	for p != "" {
		c := p[0]
		switch {
		case c == '{':
			end := strings.IndexByte(p, '}')
			if end < 0 {
				return nil, "", fmt.Errorf("unclosed { in pattern")
			}
			body := p[1:end]
			p = p[end+1:]
			if !strings.Contains(body, "|") {
				p = body + " " + p
				continue
			}
			var alts [][]pword
			for _, a := range strings.Split(body, "|") {
				sub, cut, ok := syn.phrases(a, im, 0)
				if !ok {
					return nil, "", fmt.Errorf("unknown synset in {%s}", strings.TrimSpace(a))
				}
				ps.cut = ps.cut || cut
				alts = append(alts, sub...)
			}
			ps.add(alts, joined())
		case c == '}' || c == '|':
			return nil, "", fmt.Errorf("unexpected %c in pattern", c)
		case c == '_':
			under = true
			p = p[1:]
		case c == ' ' || c == '\t' || c == '(' || c == ')':
			blank = true
			p = p[1:]
		case c == '*':
			if ps.hasVerb {
				return nil, "", fmt.Errorf("two verb marks * in pattern")
			}
			adj := joined()
			for i := range ps.vars {
				ps.vars[i].verbAdj = adj && len(ps.vars[i].before) > 0
			}
			ps.hasVerb = true
			skip = 0
			p = p[1:]
		case c == '+':
			// Before the verb, the target is the subject: "+ WAS * DEAD".
			tgtBefore = tgtBefore || !ps.hasVerb
			tgtAfter = tgtAfter || ps.hasVerb
			if !ps.hasVerb {
				skip = 0
			}
			ps.mark(Item{Target: true, Adjacent: joined(), Skip: skip})
			skip = 0
			p = p[1:]
		case c == '$':
			if ps.hasVerb {
				srcAfter = true
				ps.mark(Item{Source: true, Adjacent: joined(), Skip: skip})
				skip = 0
			} else {
				// "- $ * [095]": the pattern asks for a source before
				// the verb, which ranks it before the bare verb.
				srcBefore = true
				ps.mark(Item{Source: true, Adjacent: joined()})
				skip = 0
			}
			p = p[1:]
		case c == '%':
			if ps.hasVerb {
				// "* WITH %": the target, which must name several actors.
				im.note(FeatCompound)
				tgtAfter = true
				ps.mark(Item{Target: true, Compound: true, Adjacent: joined()})
				skip = 0
			} else {
				ps.mark(Item{Compound: true, Adjacent: joined()})
			}
			p = p[1:]
		case c == '^':
			if rest := strings.TrimLeft(p[1:], " \t^"); !strings.HasPrefix(rest, "+") && !strings.HasPrefix(rest, "$") {
				im.note(FeatSkip) // kept only before an actor slot
			}
			skip++
			p = p[1:]
		default:
			end := strings.IndexAny(p, " \t_(){}|*+$%^")
			if end < 0 {
				end = len(p)
			}
			w := p[:end]
			p = p[end:]
			if strings.HasPrefix(p, "_") {
				w += "_" // closed: matched whole, not as a stem
			}
			skip = 0
			alts, cut, ok := syn.phrases(w, im, 0)
			if !ok {
				return nil, "", fmt.Errorf("unknown synset %s", w)
			}
			ps.cut = ps.cut || cut
			if len(alts) == 1 && len(alts[0]) == 0 {
				continue // a word of marks only
			}
			ps.add(alts, joined())
		}
	}
	if !ps.hasVerb {
		return nil, "", fmt.Errorf("no verb mark * in pattern")
	}
	switch {
	case tgtBefore && srcBefore:
		drop = FeatTargetBefore // "$ BACK + IN *": both actors before the verb
	case srcAfter && tgtAfter:
		drop = FeatSourceSlot // "* OF $ FROM +": two slots after the verb
	}
	if ps.cut {
		im.note(FeatMultiAlt)
	}
	if len(ps.vars) > 1 {
		im.note(FeatVariants)
	}
	return ps.vars, drop, nil
}

// splitCode cuts "rest [CODE]" into rest and the bracket contents; ok is
// false when the line has no bracket.
func splitCode(s string) (rest, code string, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, "", false
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : i+j]), true
}

// eventCode checks an event code: 2 to 4 digits, to which TABARI and
// PETRARCH dictionaries may add a letter for a local subdivision ("174K").
// "---" (and the empty string) is the null code.
func eventCode(c string) (string, bool) {
	if c == "---" || c == "" {
		return "", true
	}
	if c == DiscardCode {
		return c, true
	}
	digits := c
	if n := len(c); n > 2 && (c[n-1] >= 'A' && c[n-1] <= 'Z' || c[n-1] >= 'a' && c[n-1] <= 'z') {
		digits = c[:n-1]
	}
	if len(digits) < 2 || len(digits) > 4 || !isDigits(digits) {
		return "", false
	}
	return c, true
}

// verbCodes parses "042", "042:043", ":173" or "---".
func verbCodes(s string) (code, rev string, err error) {
	a, b, two := strings.Cut(s, ":")
	var ok bool
	if code, ok = eventCode(strings.TrimSpace(a)); !ok {
		return "", "", fmt.Errorf("%q is not an event code", s)
	}
	if two {
		if rev, ok = eventCode(strings.TrimSpace(b)); !ok {
			return "", "", fmt.Errorf("%q is not an event code", s)
		}
	}
	return code, rev, nil
}

// verbForm is one verb of a block: its head lemma, irregular forms, the
// words joined to it and its own code.
type verbForm struct {
	head          string
	forms         []string
	before, after []Item
	code          string
	rev           string // reciprocal code, with code
	hasCode       bool
	headAdj       bool // joined to the word before it
	line          int
}

// parseVerbForm reads "WORD {FORMS} [CODE]" or a multi-word verb whose
// verb word is marked with + ("+BREAK_DOWN", "KLM_NOP_+RST").
func parseVerbForm(s string, im *Import) (verbForm, error) {
	var vf verbForm
	rest, code, hasCode := splitCode(s)
	if hasCode {
		c, rev, err := verbCodes(code)
		if err != nil {
			return vf, err
		}
		vf.code, vf.rev, vf.hasCode = c, rev, true
	}
	if i := strings.IndexByte(rest, '{'); i >= 0 {
		j := strings.IndexByte(rest, '}')
		if j < i {
			return vf, fmt.Errorf("unclosed { in verb forms")
		}
		for _, f := range strings.Fields(rest[i+1 : j]) {
			ws := splitWords(f)
			for _, w := range ws {
				if strings.HasPrefix(w, "+") || len(ws) == 1 {
					vf.forms = append(vf.forms, wordOf(strings.TrimPrefix(w, "+"), im))
					if im.stems && len(ws) == 1 && !strings.HasSuffix(f, "_") && !strings.HasSuffix(f, "=") {
						vf.forms = append(vf.forms, vf.forms[len(vf.forms)-1]+StemMark) // "ACTUALITY" is "actualityss"
					}
					break
				}
			}
		}
		rest = strings.TrimSpace(rest[:i] + rest[j+1:])
	}
	words := joinedWords(rest)
	if len(words) == 0 {
		return vf, fmt.Errorf("no verb")
	}
	verb := 0
	for i, w := range words {
		if strings.HasPrefix(w.w, "+") {
			verb = i
		}
	}
	for i, jw := range words {
		w := wordOf(strings.TrimPrefix(jw.w, "+"), im)
		if w == "" || strings.ContainsAny(w, "*$%^&{}|") {
			return vf, fmt.Errorf("bad verb word %q", jw.w)
		}
		switch {
		case i < verb:
			vf.before = append(vf.before, Item{Alts: []string{w}, Adjacent: jw.adj})
		case i == verb:
			vf.head = w
			vf.headAdj = jw.adj
		default:
			vf.after = append(vf.after, Item{Alts: []string{w}, Adjacent: jw.adj})
		}
	}
	return vf, nil
}

// verbBlock collects the verbs and patterns of one block until the next.
type verbBlock struct {
	file   string
	code   string // the block's default code
	rev    string // its reciprocal code ("[032:033]"), "" when none
	verbs  []verbForm
	pats   []Verb
	broken bool
}

// flush turns a block into annals verbs: one bare entry per distinct code of
// its verbs, then every pattern with the block's single-word verbs as heads.
func (b *verbBlock) flush(im *Import) {
	var heads []string
	byCode := map[string][]string{}
	var order []string
	revOf := map[string]string{}
	for _, v := range b.verbs {
		code, rev := b.code, b.rev
		if v.hasCode {
			code, rev = v.code, v.rev
		}
		if len(v.before) > 0 || len(v.after) > 0 {
			if code != "" {
				vb := Verb{Code: code, Reverse: rev, Pattern: v.head, Items: append([]Item{{Alts: append([]string{v.head}, v.forms...), Adjacent: v.headAdj}}, v.after...),
					Before: v.before, Entry: fmt.Sprintf("%s:%d", b.file, v.line)}
				if len(v.before) > 0 {
					im.note(FeatBefore)
				}
				im.Verbs = append(im.Verbs, vb)
			}
			// The block's patterns apply to a verb of several words too,
			// its own words standing around the pattern's "*":
			// "CARRIED_OUT" with "- * EXERCISES" is "carried out exercises".
			for _, p := range b.pats {
				head := Item{Alts: append([]string{v.head}, v.forms...), Adjacent: p.Items[0].Adjacent}
				if len(v.before) > 0 {
					head.Adjacent = v.headAdj
				}
				items := append(append([]Item{head}, v.after...), p.Items[1:]...)
				p.Before = append(slices.Clip(p.Before), v.before...)
				p.Items = items
				im.Verbs = append(im.Verbs, p)
			}
			continue
		}
		heads = append(heads, v.head)
		heads = append(heads, v.forms...)
		if code == "" {
			continue
		}
		if _, ok := byCode[code]; !ok {
			order = append(order, code)
			revOf[code] = rev
		}
		byCode[code] = append(byCode[code], v.head)
		byCode[code] = append(byCode[code], v.forms...)
	}
	heads = dedup(heads)
	line := 0
	if len(b.verbs) > 0 {
		line = b.verbs[0].line
	}
	for _, c := range order {
		im.Verbs = append(im.Verbs, Verb{Code: c, Reverse: revOf[c], Pattern: "*", Items: []Item{{Alts: dedup(byCode[c])}}, Entry: fmt.Sprintf("%s:%d", b.file, line)})
	}
	if len(heads) > 0 {
		for _, p := range b.pats {
			p.Items[0] = Item{Alts: heads, Adjacent: p.Items[0].Adjacent}
			im.Verbs = append(im.Verbs, p)
		}
	}
	*b = verbBlock{file: b.file}
}

func dedup(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := s[:0]
	for _, x := range s {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// addPattern reads "- PATTERN [CODE]" into the block.
func (b *verbBlock) addPattern(n int, line string, syn synsets, im *Import, errs *ErrorList) {
	body, code, ok := splitCode(strings.TrimPrefix(line, "-"))
	if !ok {
		errs.add(b.file, n, 1, ErrSyntax, "pattern without [CODE]")
		return
	}
	c, rev, err := verbCodes(code)
	if err != nil {
		errs.add(b.file, n, len(line)-len(code), ErrCode, "%v", err)
		return
	}
	pts, drop, err := parsePattern(body, syn, im)
	if err != nil {
		errs.add(b.file, n, 3, ErrSyntax, "%v", err)
		return
	}
	switch {
	case drop != "":
		im.note(drop)
		return
	case c == "" && rev == "":
		// A null code says "this phrase is no event": the pattern is kept so
		// that, matching, it stops shorter patterns of the verb from coding.
		c = NullCode
		im.note(FeatNullCode)
	case c == "":
		c = NullCode
		im.note(FeatReverseOnly)
	case rev != "":
		im.note(FeatReverse)
	}
	for _, pt := range pts {
		if len(pt.before) > 0 {
			im.note(FeatBefore)
		}
		v := Verb{Code: c, Reverse: rev, Pattern: strings.Join(strings.Fields(body), " "), Before: pt.before,
			Items: append([]Item{{Adjacent: pt.verbAdj}}, pt.after...), Entry: fmt.Sprintf("%s:%d", b.file, n)}
		b.pats = append(b.pats, v)
	}
}

// ParsePetrarchVerbs reads a PETRARCH verb dictionary (CAMEO.2.0.txt style)
// into im: synsets "&NAME" with "+MEMBER" lines, blocks headed
// "--- NAME [CODE] ---" listing verb forms, then "- PATTERN [CODE]" lines.
// Malformed lines come back as an ErrorList; the rest are kept.
func ParsePetrarchVerbs(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	defer setReach(im, len(im.Verbs), ReachSentence)
	syn := synsets{}
	// Synsets may be defined after the patterns that use them, so read
	// the file twice: synsets first, from the lines kept.
	var all []string
	err := rawLines(r, false, func(n int, line string) { all = append(all, line) })
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
		return errs.Err()
	}
	cur := ""
	for _, line := range all {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "&"):
			cur = synName(strings.Fields(t)[0])
			syn[cur] = syn[cur][:0:0]
		case cur != "" && strings.HasPrefix(t, "+"):
			syn[cur] = append(syn[cur], strings.TrimSpace(t[1:]))
		default:
			cur = ""
		}
	}
	b := &verbBlock{file: file}
	inSyn := false
	for i, line := range all {
		n := i + 1
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			inSyn = false
		case strings.HasPrefix(t, "&"):
			inSyn = true
		case inSyn && strings.HasPrefix(t, "+"):
		case strings.HasPrefix(t, "---"):
			inSyn = false
			b.flush(im)
			inner := strings.Trim(t, "- ")
			_, code, ok := splitCode(inner)
			if !ok {
				errs.add(file, n, 1, ErrSyntax, "block header without [CODE]")
				b.broken = true
				continue
			}
			c, rev, err := verbCodes(code)
			if err != nil {
				errs.add(file, n, 1, ErrCode, "%v", err)
				b.broken = true
				continue
			}
			b.code, b.rev = c, rev
		case strings.HasPrefix(t, "~"):
			im.note(FeatTransform)
		case strings.HasPrefix(t, "-"):
			inSyn = false
			if b.broken {
				continue
			}
			b.addPattern(n, t, syn, im, &errs)
		default:
			inSyn = false
			if b.broken {
				continue
			}
			vf, err := parseVerbForm(t, im)
			if err != nil {
				errs.add(file, n, 1, ErrSyntax, "%v", err)
				continue
			}
			vf.line = n
			b.verbs = append(b.verbs, vf)
		}
	}
	b.flush(im)
	return errs.Err()
}

// setReach gives the verbs im read from index first on the reach of their
// coder's patterns.
func setReach(im *Import, first int, r Reach) {
	for i := first; i < len(im.Verbs); i++ {
		im.Verbs[i].Reach = r
	}
}

// parseYYMMDD reads a PETRARCH/TABARI date: YYMMDD (years up to 30 are in
// the 2000s) or YYYYMMDD.
func parseYYMMDD(s string) (int32, error) {
	if !isDigits(s) || len(s) != 6 && len(s) != 8 {
		return 0, fmt.Errorf("%q is not YYMMDD", s)
	}
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	if len(s) == 6 {
		yy := v / 10000
		if yy <= 30 {
			v += 20000000
		} else {
			v += 19000000
		}
	}
	if m, d := v/100%100, v%100; m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("%q: month or day out of range", s)
	}
	return int32(v), nil
}

// CodeSep joins the codes of an actor that stands for several
// ("[ELR/GAL]"), as PETRARCH and TABARI dictionaries write them.
const CodeSep = "/"

// parseActorCode reads "CODE", "CODE/CODE", "CODE >YYMMDD", "CODE <YYMMDD" or
// "CODE YYMMDD-YYMMDD" (blanks allowed around < > -). null is true for the
// null code "---".
func parseActorCode(s string) (cs CodeSpan, null bool, err error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return cs, false, fmt.Errorf("empty code")
	}
	cs.Code = strings.ToUpper(f[0])
	d := strings.Join(f[1:], "")
	if cs.Code == "---" || cs.Code == "###" || cs.Code == "+++" {
		if d == "" {
			return cs, true, nil
		}
		// A dated null code ("[--- <950630]") says the name is no actor
		// then: an empty code, which CodeAt returns for those dates.
		cs.Code = ""
	} else {
		// "[FRO/BIL/SAM]": a name that stands for several actors at once
		// (a region for its peoples); the coder gives each its own event.
		for _, c := range strings.Split(cs.Code, CodeSep) {
			if !validCode(c) && !localCode(c) {
				return cs, false, fmt.Errorf("%q is not a CAMEO actor code", f[0])
			}
		}
	}
	switch {
	case d == "":
	case d[0] == '>':
		cs.From, err = parseYYMMDD(d[1:])
	case d[0] == '<':
		cs.To, err = parseYYMMDD(d[1:])
		cs.To-- // before the date; yyyymmdd minus one stays before it
	default:
		a, b, ok := strings.Cut(d, "-")
		if !ok {
			return cs, false, fmt.Errorf("want >DATE, <DATE or DATE-DATE, have %q", d)
		}
		if cs.From, err = parseYYMMDD(a); err == nil {
			cs.To, err = parseYYMMDD(b)
		}
		if err == nil && cs.From > cs.To {
			err = fmt.Errorf("%s ends before it starts", d)
		}
	}
	return cs, false, err
}

// localCode reports whether c is a code in a project's own extension of
// CAMEO: letters and digits, at least three, not cut in three-letter parts
// ("ITHTV", "YEMNO").
func localCode(c string) bool {
	if len(c) < 3 || len(c) > 24 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !(c[i] >= 'A' && c[i] <= 'Z' || c[i] >= '0' && c[i] <= '9') {
			return false
		}
	}
	return true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// actorName turns a dictionary name (words joined by _ or blanks, in capitals)
// into annals' form: words capitalised, so that they match capitalised or
// all-caps tokens only and "US" never matches "us". Words joined by "_"
// stay joined (see Actor.Loose).
func actorName(s string) string {
	fields := strings.Fields(s)
	out := fields[:0]
	for _, f := range fields {
		parts := strings.FieldsFunc(f, func(r rune) bool { return r == '_' })
		for i, w := range parts {
			w = strings.ToLower(strings.Trim(w, "~="))
			if w != "" && w[0] >= 'a' && w[0] <= 'z' {
				w = string(w[0]-'a'+'A') + w[1:]
			}
			parts[i] = w
		}
		if f := strings.Join(parts, "_"); strings.Trim(f, "_") != "" {
			out = append(out, f)
		}
	}
	return strings.Join(out, " ")
}

// actorReader assembles multi-line actor entries: a name line, "+SYNONYM"
// lines and indented "[CODE DATES]" lines.
type actorReader struct {
	// tabari reads names as TABARI matches them: in any case, with the
	// regular noun endings, and a word not closed by "_" as a stem.
	tabari bool
	file   string
	im     *Import
	errs   *ErrorList
	cur    *Actor
	null   bool
	start  int
}

func (a *actorReader) flush() {
	if a.cur == nil {
		return
	}
	switch {
	case len(a.cur.Codes) > 0:
		// PETRARCH and TABARI apply a date-restricted code whenever its dates
		// cover the story, and the undated one otherwise, wherever each is
		// written; annals takes the first code that applies, so the undated
		// codes go last.
		slices.SortStableFunc(a.cur.Codes, func(x, y CodeSpan) int {
			return btoi(x.From == 0 && x.To == 0) - btoi(y.From == 0 && y.To == 0)
		})
		a.im.Actors = append(a.im.Actors, *a.cur)
	case a.null:
		a.im.note(FeatActorNull)
	default:
		a.errs.add(a.file, a.start, 1, ErrCode, "actor %q has no code", a.cur.Name)
	}
	a.cur, a.null = nil, false
}

// codes reads every [..] group of s into the current entry.
func (a *actorReader) codes(n int, s string) {
	for s != "" {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			if strings.TrimSpace(s) != "" {
				a.errs.add(a.file, n, 1, ErrSyntax, "text %q outside [CODE]", strings.TrimSpace(s))
			}
			return
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			a.errs.add(a.file, n, i+1, ErrSyntax, "unclosed [")
			return
		}
		cs, null, err := parseActorCode(s[i+1 : i+j])
		if a.tabari && strings.HasPrefix(strings.TrimSpace(s[i+1:i+j]), DiscardCode) && err == nil {
			// TABARI's "[###]": a sentence naming the actor is no news.
			cs.Code, null = DiscardCode, false
		}
		if err != nil {
			a.errs.add(a.file, n, i+1, ErrCode, "%v", err)
		} else if null {
			a.null = true
		} else {
			a.cur.Codes = append(a.cur.Codes, cs)
		}
		s = s[i+j+1:]
	}
}

// line reads one actor dictionary line (comments already removed).
func (a *actorReader) line(n int, line string) {
	t := strings.TrimSpace(line)
	switch {
	case t == "":
	case strings.HasPrefix(t, "["):
		if a.cur == nil {
			a.errs.add(a.file, n, 1, ErrSyntax, "code line before any actor")
			return
		}
		a.codes(n, t)
	case strings.HasPrefix(t, "+"):
		if a.cur == nil {
			a.errs.add(a.file, n, 1, ErrSyntax, "synonym before any actor")
			return
		}
		name, code, _ := strings.Cut(t[1:], "[")
		a.cur.Names = append(a.cur.Names, a.forms(name)...)
		if code != "" {
			a.codes(n, "["+code)
		}
	default:
		name, rest := t, ""
		if i := strings.IndexByte(t, '['); i >= 0 {
			name, rest = t[:i], t[i:]
		}
		nm := actorName(name)
		if nm == "" {
			a.errs.add(a.file, n, 1, ErrSyntax, "no actor name")
			return
		}
		if a.cur != nil && len(a.cur.Codes) == 0 && !a.null {
			// Name lines in a row before their codes are one entry.
			a.cur.Names = append(a.cur.Names, a.forms(name)...)
			a.codes(n, rest)
			return
		}
		a.flush()
		forms := a.forms(name)
		a.cur = &Actor{Name: strings.ReplaceAll(forms[0], "_", " "), Names: forms, Type: "ORG", Entry: fmt.Sprintf("%s:%d", a.file, n), Loose: true, Wide: a.tabari}
		a.start = n
		a.codes(n, rest)
	}
}

// tabariStemEndings are the endings a TABARI actor word not closed by "_"
// takes, since TABARI matches it as a stem ("ERIADOR" is "Eriadorian"):
// the demonyms and plurals of names.
var tabariStemEndings = [...]string{"n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese"}

// forms returns the names a dictionary name line stands for: itself and,
// for TABARI, its regular noun endings in any case ("LIBYA_" is also
// "libyas"; "MOUSE=" is only "mouse").
func (a *actorReader) forms(raw string) []string {
	nm := actorName(raw)
	if nm == "" {
		return nil
	}
	if !a.tabari {
		return []string{nm}
	}
	nm = strings.ToLower(nm)
	out := []string{nm}
	last := strings.TrimSpace(raw)
	switch {
	case strings.HasSuffix(last, "="):
	case strings.HasSuffix(last, "_"):
		out = append(out, nm+"s")
	default:
		out = append(out, nm+"s")
		for _, e := range tabariStemEndings {
			out = append(out, nm+e)
		}
	}
	return out
}

func (a *actorReader) done() {
	a.flush()
}

// ParsePetrarchActors reads a PETRARCH actor dictionary into im. Names
// are capitalised (see docs/dictionaries.md's case rule), synonyms are the
// "+NAME" lines, and date-restricted codes become CodeSpans.
func ParsePetrarchActors(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	ar := &actorReader{file: file, im: im, errs: &errs}
	if err := rawLines(r, false, ar.line); err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	ar.done()
	return errs.Err()
}

// agentCode reads "~GOV" (a role added after an actor's code) or "NGO~"
// (a code put before it); prefix reports the second.
func agentCode(s string) (code string, prefix bool, err error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "~"):
		s = s[1:]
	case strings.HasSuffix(s, "~"):
		s = s[:len(s)-1]
		prefix = true
	default:
		return "", false, fmt.Errorf("agent code %q has no ~", s)
	}
	if !validCode(s) {
		return "", false, fmt.Errorf("%q is not a role code", s)
	}
	return s, prefix, nil
}

// agentEntry reads "WORDS {PLURALS} [~CODE]", substituting !X! markers.
func agentEntry(file string, n int, t string, subst map[string][]string, im *Import, errs *ErrorList) {
	rest, code, ok := splitCode(t)
	if !ok {
		errs.add(file, n, 1, ErrSyntax, "agent without [~CODE]")
		return
	}
	c, prefix, err := agentCode(code)
	if err != nil {
		errs.add(file, n, len(rest)+1, ErrCode, "%v", err)
		return
	}
	var names []string
	exact := false
	if i := strings.IndexByte(rest, '{'); i >= 0 {
		exact = true
		j := strings.IndexByte(rest, '}')
		if j < i {
			errs.add(file, n, i+1, ErrSyntax, "unclosed {")
			return
		}
		names = append(names, strings.Fields(rest[i+1:j])...)
		rest = rest[:i] + rest[j+1:]
	}
	names = append([]string{strings.TrimSpace(rest)}, names...)
	a := Agent{Code: c, Prefix: prefix, Exact: exact, Entry: entryAt(file, n)}
	for _, nm := range names {
		for _, x := range substitute(nm, subst) {
			if w := strings.ToLower(strings.Join(splitWords(strings.Trim(x, "~")), " ")); w != "" {
				a.Names = append(a.Names, w)
			}
		}
	}
	if len(a.Names) == 0 {
		errs.add(file, n, 1, ErrSyntax, "no agent words")
		return
	}
	a.Names = dedup(a.Names)
	a.Name = a.Names[0]
	im.Agents = append(im.Agents, a)
}

// substitute expands the first !X! marker of s with each of its values.
func substitute(s string, subst map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	vals, ok := subst[s[i:i+j+2]]
	if !ok {
		return []string{s[:i] + s[i+j+2:]}
	}
	var out []string
	for _, v := range vals {
		out = append(out, substitute(s[:i]+v+s[i+j+2:], subst)...)
	}
	return out
}

// ParsePetrarchAgents reads a PETRARCH agents dictionary into im:
// "!X! = A, B" substitution lines and "WORDS {PLURALS} [~CODE]" entries.
func ParsePetrarchAgents(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	subst := map[string][]string{}
	err := rawLines(r, false, func(n int, line string) {
		t := strings.TrimSpace(line)
		if t == "" {
			return
		}
		if strings.HasPrefix(t, "!") && !strings.Contains(t, "[") {
			k, v, ok := strings.Cut(t, "=")
			if !ok {
				errs.add(file, n, 1, ErrSyntax, "want !NAME! = WORD, WORD")
				return
			}
			for _, w := range strings.Split(v, ",") {
				if w = strings.TrimSpace(w); w != "" {
					subst[strings.TrimSpace(k)] = append(subst[strings.TrimSpace(k)], w)
				}
			}
			return
		}
		agentEntry(file, n, t, subst, im, &errs)
	})
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return errs.Err()
}

// ParsePetrarchDiscards reads a PETRARCH discards dictionary into im: one
// phrase a line, "+" marking a story-level discard.
func ParsePetrarchDiscards(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	err := rawLines(r, false, func(n int, line string) {
		t := strings.TrimSpace(line)
		if t == "" {
			return
		}
		d := Discard{Entry: entryAt(file, n)}
		if strings.HasPrefix(t, "+") {
			d.Story = true
			t = t[1:]
		}
		d.Phrase = strings.ToLower(strings.Join(splitWords(t), " "))
		if d.Phrase == "" {
			errs.add(file, n, 1, ErrSyntax, "empty discard phrase")
			return
		}
		im.Discards = append(im.Discards, d)
	})
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return errs.Err()
}

// ParsePetrarchIssues reads a PETRARCH issue-coding dictionary and counts
// its entries in im.Issues: "<ISSUE ...>" blocks of "phrase [CODE]" lines
// and "~phrase" exclusions. annals does not code issues.
func ParsePetrarchIssues(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	in := false
	err := rawLines(r, false, func(n int, line string) {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
		case strings.HasPrefix(t, "<ISSUE"):
			in = true
		case strings.HasPrefix(t, "</ISSUE"):
			in = false
		case !in:
			errs.add(file, n, 1, ErrSyntax, "entry outside <ISSUE> block")
		case strings.HasPrefix(t, "~"):
			im.Issues++
		default:
			// Counting blocks list bare phrases; the others give a code.
			if rest, code, ok := splitCode(t); ok && (rest == "" || code == "") {
				errs.add(file, n, 1, ErrSyntax, "want PHRASE [CODE]")
				return
			}
			im.Issues++
		}
	})
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return errs.Err()
}
