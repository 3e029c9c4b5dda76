// Package validate runs validation suites written for PETRARCH (XML unit
// test records) and TABARI (Validate.text with a .project file) against
// annals' pipeline, with the suite's own dictionaries imported by package
// dict, and reports for each record whether annals produced exactly the
// expected codings.
package validate

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-project/annals/dict"
)

// Coding is one expected or produced event: source, target and event code.
// A missing target is "---", as PETRARCH writes it.
type Coding struct {
	Source, Target, Code string
}

func (c Coding) String() string { return c.Source + " / " + c.Target + " / " + c.Code }

// Record is one validation record: a sentence, its date and what coding it
// must produce.
type Record struct {
	ID       string
	Category string
	Date     string // YYYY-MM-DD
	Text     string
	Line     int // line of the record in its file
	Expect   []Coding
	NoEvents bool // expects no event at all
	Discard  bool // expects the sentence or story to be discarded
	// Skip, when not empty, says why the record is not run.
	Skip string
	// Options are the option changes the record makes, as written; they
	// take effect from the next record on.
	Options []string
	// Settings are the suite's coding options in force for this record, the
	// ones annals applies (see Settle).
	Settings dict.Settings
	// Forward says TABARI's FORWARD option is in force: a pronoun subject
	// takes the first actor of the record before (Suite.Run fills
	// Settings.Forward as it goes, since only a run knows that actor).
	Forward bool
}

// TabariDefaults are the settings of TABARI's coder before any option
// changes them: sentences of fewer than eight words are not coded (the
// suite's own MINWRD records reset the minimum "to the default" with 8),
// and comma-delimited asides of 2 to 10 words inside or at the end of a
// sentence are left out (the suite's COMMA records restore "the state
// prior to the change" with these limits).
var TabariDefaults = dict.Settings{MinWords: 8, CodeBy: dict.CodeByClause, Comma: dict.Comma{Min: 2, Max: 10, EndMin: 2, EndMax: 10, BeginMin: 255}}

// ApplyOption changes st as one TABARI option line says, and reports
// whether annals knows the option: "SET: MINIMUM WORDS = N", "DEFAULT:
// SOURCE [CODE] PRIOR TARGET [CODE] AFTER" (each part optional),
// "DEFAULT: OFF", "COMMA: MIN = N MAX = N ..." or "COMMA: OFF", and
// "SET: CODE BY CLAUSE", "SET: CODE BY SENTENCE", "SET: CODE ALL".
func ApplyOption(st *dict.Settings, opt string) bool {
	key, val, ok := strings.Cut(opt, ":")
	if !ok {
		return petrarchOption(st, opt)
	}
	key, val = strings.ToUpper(strings.TrimSpace(key)), strings.ToUpper(strings.TrimSpace(val))
	switch key {
	case "SET":
		switch strings.Join(strings.Fields(val), " ") {
		case "CODE BY CLAUSE":
			st.CodeBy = dict.CodeByClause
			return true
		case "CODE BY SENTENCE":
			st.CodeBy = dict.CodeBySentence
			return true
		case "CODE ALL":
			st.CodeBy = dict.CodeAll
			return true
		}
		name, n, ok := strings.Cut(val, "=")
		if !ok || strings.Join(strings.Fields(name), " ") != "MINIMUM WORDS" {
			return false
		}
		v, err := strconv.Atoi(strings.TrimSpace(n))
		if err != nil || v < 0 {
			return false
		}
		st.MinWords = v
		return true
	case "COMMA":
		return commaOption(&st.Comma, val)
	case "DEFAULT":
		f := strings.Fields(val)
		if len(f) == 1 && f[0] == "OFF" {
			st.DefaultSource, st.DefaultTarget, st.Prior, st.After = "", "", false, false
			return true
		}
		for i := 0; i < len(f); i++ {
			switch f[i] {
			case "SOURCE", "TARGET":
				if i+1 >= len(f) || !strings.HasPrefix(f[i+1], "[") {
					return false
				}
				code := strings.Trim(f[i+1], "[]")
				if f[i] == "SOURCE" {
					st.DefaultSource = code
				} else {
					st.DefaultTarget = code
				}
				i++
			case "PRIOR":
				st.Prior = true
			case "AFTER":
				st.After = true
			default:
				return false
			}
		}
		return true
	}
	return false
}

// petrarchOption reads a PETRARCH <Config> option as ReadPetrarch keeps
// it ("require_dyad = false", "comma_emax = 6"). PETRARCH's comma limits
// act on its parse trees; annals reads those of inner and final phrases as
// TABARI's (Settings.Comma) and leaves out those of the first phrase,
// which PETRARCH's parse keeps whole where TABARI's reading cuts it
// ("Arnor is about to restore complete, full diplomatic ties").
func petrarchOption(st *dict.Settings, opt string) bool {
	name, val, ok := strings.Cut(opt, "=")
	if !ok {
		return false
	}
	name, val = strings.TrimSpace(name), strings.ToLower(strings.TrimSpace(val))
	if name == "require_dyad" {
		on, err := strconv.ParseBool(val)
		if err != nil {
			return false
		}
		st.Solo = !on
		return true
	}
	switch name {
	case "comma_min", "comma_max", "comma_emin", "comma_emax":
		return commaOption(&st.Comma, strings.ToUpper(strings.TrimPrefix(name, "comma_"))+" = "+val)
	}
	return false
}

// commaOption reads the value of TABARI's "COMMA: MIN = 4 MAX = 6 EMIN =
// 3 EMAX = 6 BMIN = 3 BMAX = 8" (limits not named keep their value) or
// "COMMA: OFF".
func commaOption(c *dict.Comma, val string) bool {
	if val == "OFF" {
		*c = dict.Comma{}
		return true
	}
	f := strings.Fields(strings.ReplaceAll(val, "=", " = "))
	next := *c
	for i := 0; i < len(f); i += 3 {
		if i+2 >= len(f) || f[i+1] != "=" {
			return false
		}
		n, err := strconv.Atoi(strings.Trim(f[i+2], "}"))
		if err != nil || n < 0 {
			return false
		}
		switch f[i] {
		case "MIN":
			next.Min = n
		case "MAX":
			next.Max = n
		case "EMIN":
			next.EndMin = n
		case "EMAX":
			next.EndMax = n
		case "BMIN":
			next.BeginMin = n
		case "BMAX":
			next.BeginMax = n
		default:
			return false
		}
	}
	*c = next
	return true
}

// Settle gives every record the settings in force when it is coded,
// starting from st: a record's option changes apply to the records after
// it. Options annals does not know are left out.
func Settle(recs []Record, st dict.Settings) {
	fwd := false
	for i := range recs {
		recs[i].Settings, recs[i].Forward = st, fwd
		for _, o := range recs[i].Options {
			if on, ok := forwardOption(o); ok {
				fwd = on
				continue
			}
			ApplyOption(&st, o)
		}
	}
}

// forwardOption reads TABARI's "FORWARD: ^^*****NNN*SSS" (on; the marks
// say which pronouns forward, and annals forwards to personal pronouns
// whatever they say) and "FORWARD: OFF" or "FORWARD: ^^***NNN OFF"; ok is
// false for other options.
func forwardOption(opt string) (on, ok bool) {
	key, val, found := strings.Cut(opt, ":")
	if !found || !strings.EqualFold(strings.TrimSpace(key), "FORWARD") {
		return false, false
	}
	f := strings.Fields(val)
	return len(f) == 0 || !strings.EqualFold(f[len(f)-1], "OFF"), true
}

// Env is the <Environment> of a PETRARCH records file: the dictionary
// files it names, relative to the records file.
type Env struct {
	Verbs, Actors, Agents, Discards []string
}

// ErrFormat is returned, wrapped with a position, for a records file that
// cannot be read.
var ErrFormat = errors.New("validate: malformed records")

// ReadPetrarch reads PETRARCH XML validation records: <Environment> names
// the dictionaries, each <Sentence date id category sentence> holds
// <EventCoding sourcecode targetcode eventcode> (or noevents="True", or
// error="...") and <Text>; <Parse> is ignored, annals parses the text
// itself; <Config option value> between records is an option change.
func ReadPetrarch(r io.Reader) (*Env, []Record, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	env := &Env{}
	var recs []Record
	var cur *Record
	var pending []string
	var text strings.Builder
	var field string // element whose character data we collect
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			return env, checked(recs), fmt.Errorf("%w: line %d: %v", ErrFormat, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range t.Attr {
					if strings.EqualFold(a.Name.Local, name) {
						return strings.TrimSpace(a.Value)
					}
				}
				return ""
			}
			switch t.Name.Local {
			case "Verbfile", "Actorfile", "Agentfile", "Discardfile", "Text":
				field = t.Name.Local
				text.Reset()
			case "Config":
				pending = append(pending, attr("option")+" = "+attr("value"))
			case "Sentence":
				line, _ := d.InputPos()
				recs = append(recs, Record{ID: attr("id"), Category: attr("category"), Line: line, Options: pending})
				pending = nil
				cur = &recs[len(recs)-1]
				cur.Date = isoDate(attr("date"))
				if cur.Date == "" {
					cur.Skip = fmt.Sprintf("bad date %q", attr("date"))
				}
				if strings.EqualFold(attr("sentence"), "false") {
					cur.Skip = "marked sentence=false (not implemented in PETRARCH)"
				}
			case "EventCoding":
				if cur == nil {
					continue
				}
				switch {
				case strings.EqualFold(attr("noevents"), "true"):
					cur.NoEvents = true
				case attr("error") == "storydiscard" || attr("error") == "sentencediscard":
					cur.Discard = true
				case attr("error") != "":
					if cur.Skip == "" {
						cur.Skip = "expects input error " + attr("error")
					}
				default:
					cur.Expect = append(cur.Expect, Coding{Source: unquote(attr("sourcecode")), Target: unquote(attr("targetcode")), Code: unquote(attr("eventcode"))})
				}
			}
		case xml.CharData:
			if field != "" {
				text.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local != field {
				if t.Name.Local == "Sentence" {
					cur = nil
				}
				continue
			}
			v := strings.Join(strings.Fields(text.String()), " ")
			switch field {
			case "Verbfile":
				env.Verbs = append(env.Verbs, v)
			case "Actorfile":
				env.Actors = append(env.Actors, v)
			case "Agentfile":
				env.Agents = append(env.Agents, v)
			case "Discardfile":
				env.Discards = append(env.Discards, v)
			case "Text":
				if cur != nil {
					cur.Text = v
				}
			}
			field = ""
		}
	}
	return env, checked(recs), nil
}

// checked marks the records that expect nothing as skipped.
func checked(recs []Record) []Record {
	for i := range recs {
		if recs[i].Skip == "" && len(recs[i].Expect) == 0 && !recs[i].NoEvents && !recs[i].Discard {
			recs[i].Skip = "no expected coding"
		}
	}
	return recs
}

// unquote strips the quotes of values written '""' in the records.
func unquote(s string) string { return strings.Trim(s, `"`) }

// isoDate turns YYYYMMDD or YYMMDD into YYYY-MM-DD, or "" when malformed.
func isoDate(s string) string {
	if len(s) == 6 && allDigits(s) {
		if s[:2] <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	if len(s) != 8 || !allDigits(s) || s[4:6] < "01" || s[4:6] > "12" || s[6:] < "01" || s[6:] > "31" {
		return ""
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ReadTabari reads a TABARI Validate.text: each record is a "YYMMDD ID"
// line, the text, and a /* ... */ comment holding the expectations:
// "{ SRC / TGT / CODE }" codings, "{---}" no event, "{###}" discarded,
// "{+++}" not checked, "-{...}" disabled, "{ OPTION: ... }" option changes.
// Lines starting with # between records are comments. Records after the
// FINAL record need other settings and are skipped.
func ReadTabari(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var recs []Record
	var cur *Record
	var body, comment strings.Builder
	inComment, final := false, false
	finish := func() {
		if cur == nil {
			return
		}
		cur.Text = strings.Join(strings.Fields(body.String()), " ")
		parseExpect(cur, comment.String())
		if final {
			cur.Skip = "after the normal termination record"
		}
		if strings.HasPrefix(cur.ID, "FINAL") {
			final = true
			if cur.Skip == "" {
				cur.Skip = "termination record"
			}
		}
		cur = nil
		body.Reset()
		comment.Reset()
	}
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if inComment {
			comment.WriteString(line + "\n")
			if strings.Contains(line, "*/") {
				inComment = false
			}
			continue
		}
		t := strings.TrimSpace(line)
		if f := strings.Fields(t); len(f) == 2 && len(f[0]) == 6 && allDigits(f[0]) {
			finish()
			recs = append(recs, Record{ID: f[1], Line: n, Date: isoDate(f[0])})
			cur = &recs[len(recs)-1]
			cur.Category, _, _ = strings.Cut(cur.ID, "-")
			if cur.Date == "" {
				cur.Skip = fmt.Sprintf("bad date %q", f[0])
			}
			continue
		}
		switch {
		case cur == nil:
			if t != "" && !strings.HasPrefix(t, "#") {
				return recs, fmt.Errorf("%w: line %d: text outside a record", ErrFormat, n)
			}
		case strings.HasPrefix(t, "/*"):
			comment.WriteString(line + "\n")
			inComment = !strings.Contains(t, "*/")
		case strings.HasPrefix(t, "#") && comment.Len() > 0:
		case comment.Len() == 0:
			body.WriteString(strings.ReplaceAll(line, `\n`, " ") + " ")
		}
	}
	if err := sc.Err(); err != nil {
		return recs, fmt.Errorf("validate: read: %w", err)
	}
	finish()
	return recs, nil
}

// parseExpect reads the {...} groups of a record's comment.
func parseExpect(r *Record, c string) {
	checked := false
	for {
		i := strings.IndexByte(c, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(c[i:], '}')
		if j < 0 {
			// "{ OPTION: SET: MINIMUM WORDS = 4  */": an option left
			// open ends with the comment.
			if g := strings.TrimSpace(c[i+1:]); strings.HasPrefix(g, "OPTION:") {
				g, _, _ = strings.Cut(g, "*/")
				r.Options = append(r.Options, strings.TrimSpace(strings.TrimPrefix(g, "OPTION:")))
			}
			break
		}
		disabled := i > 0 && c[i-1] == '-'
		g := strings.TrimSpace(c[i+1 : i+j])
		c = c[i+j+1:]
		switch {
		case strings.HasPrefix(g, "OPTION:"):
			r.Options = append(r.Options, strings.TrimSpace(strings.TrimPrefix(g, "OPTION:")))
		case disabled:
		case g == "---":
			r.NoEvents, checked = true, true
		case g == "###":
			r.Discard, checked = true, true
		case g == "+++" || g == "":
			if r.Skip == "" {
				r.Skip = "not checked ({+++})"
			}
		default:
			p := strings.Split(g, "/")
			if len(p) != 3 {
				if r.Skip == "" {
					r.Skip = fmt.Sprintf("unreadable expectation {%s}", g)
				}
				continue
			}
			r.Expect = append(r.Expect, Coding{Source: strings.TrimSpace(p[0]), Target: strings.TrimSpace(p[1]), Code: strings.TrimSpace(p[2])})
			checked = true
		}
	}
	if checked && r.Skip == "not checked ({+++})" {
		r.Skip = ""
	}
	if !checked && r.Skip == "" {
		r.Skip = "no expected coding"
	}
}
