package dict

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// This file imports TABARI dictionaries: a .project file names .actors,
// .verbs, .agents and .options files and the text to code.

// TabariProject is what a TABARI .project file names. Paths are as
// written, relative to the project file's directory.
type TabariProject struct {
	Actors, Verbs, Agents []string
	Options               string
	Text                  string
}

// ParseTabariProject reads a .project file: "<key> value" lines, of which
// actorsfile, verbsfile, agentsfile, optionsfile and textfile matter.
func ParseTabariProject(file string, r io.Reader) (*TabariProject, error) {
	p := &TabariProject{}
	var errs ErrorList
	err := rawLines(r, false, func(n int, line string) {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "<") {
			return
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			errs.add(file, n, 1, ErrSyntax, "unclosed <")
			return
		}
		key, val := strings.ToLower(t[1:end]), strings.TrimSpace(t[end+1:])
		if f := strings.Fields(val); len(f) > 0 {
			val = f[0]
		}
		switch key {
		case "actorsfile":
			p.Actors = append(p.Actors, val)
		case "verbsfile":
			p.Verbs = append(p.Verbs, val)
		case "agentsfile":
			p.Agents = append(p.Agents, val)
		case "optionsfile":
			p.Options = val
		case "textfile":
			p.Text = val
		}
	})
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	if len(p.Actors)+len(p.Verbs) == 0 {
		errs.add(file, 0, 0, ErrSyntax, "no <actorsfile> or <verbsfile>")
	}
	return p, errs.Err()
}

// LoadTabari reads and compiles the dictionaries a TABARI project file
// names. Malformed lines come back as an ErrorList with the Dict compiled
// from the rest.
func LoadTabari(projectPath string) (*Dict, error) {
	im, _, err := ReadTabari(projectPath)
	if im == nil {
		return nil, err
	}
	return im.Dict(), err
}

// ReadTabari reads the project file and the dictionaries it names. The
// Import is nil only when a file cannot be read.
func ReadTabari(projectPath string) (*Import, *TabariProject, error) {
	dir, base := filepath.Split(projectPath)
	if dir == "" {
		dir = "."
	}
	fsys := os.DirFS(dir)
	var proj *TabariProject
	var errs ErrorList
	collect := func(err error) error {
		var l ErrorList
		if errors.As(err, &l) {
			errs = append(errs, l...)
			return nil
		}
		return err
	}
	if err := parseFile(fsys, base, func(n string, r io.Reader) error {
		var err error
		proj, err = ParseTabariProject(n, r)
		return collect(err)
	}); err != nil {
		return nil, nil, err
	}
	im := &Import{NoCountry: "~"}
	for _, k := range []struct {
		names []string
		parse func(string, io.Reader, *Import) error
	}{{proj.Verbs, ParseTabariVerbs}, {proj.Actors, ParseTabariActors}, {proj.Agents, ParseTabariAgents}} {
		for _, name := range k.names {
			if err := parseFile(fsys, name, func(n string, r io.Reader) error { return collect(k.parse(n, r, im)) }); err != nil {
				return nil, proj, err
			}
		}
	}
	return im, proj, errs.Err()
}

// tabariBlock reports whether t opens or closes one of the TABARI blocks
// annals ignores, and updates the name of the open block.
func tabariBlock(t string, open *string) bool {
	for _, b := range []string{"NOUN", "ADJECTIVE", "TIME", "SYNSETS"} {
		switch t {
		case "<" + b + ">":
			*open = b
			return true
		case "</" + b + ">":
			*open = ""
			return true
		}
	}
	return false
}

// ParseTabariActors reads a TABARI .actors file into im. Entries are as in
// PETRARCH ("NAME [CODE]", "+SYNONYM", indented "[CODE DATES]") with ";"
// comments; <NOUN> and <ADJECTIVE> blocks are counted and skipped.
func ParseTabariActors(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	ar := &actorReader{tabari: true, file: file, im: im, errs: &errs}
	block := ""
	err := rawLines(r, true, func(n int, line string) {
		t := strings.TrimSpace(line)
		if tabariBlock(t, &block) {
			ar.flush()
			return
		}
		if block != "" {
			if t != "" {
				im.note(FeatTabariBlock)
			}
			return
		}
		ar.line(n, line)
	})
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	ar.done()
	return errs.Err()
}

// ParseTabariAgents reads a TABARI .agents file: "WORDS [~CODE]" lines with
// ";" comments.
func ParseTabariAgents(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	err := rawLines(r, true, func(n int, line string) {
		if t := strings.TrimSpace(line); t != "" {
			k := len(im.Agents)
			agentEntry(file, n, t, nil, im, &errs)
			for i := k; i < len(im.Agents); i++ {
				// TABARI's noun endings: "MUSLIM_" is also "Muslims",
				// which the tagger may leave as a name of its own.
				a := &im.Agents[i]
				for _, nm := range a.Names {
					if !strings.HasSuffix(nm, "s") {
						a.Names = append(a.Names, nm+"s")
					}
				}
			}
		}
	})
	if err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
	}
	return errs.Err()
}

// ParseTabariVerbs reads a TABARI .verbs file into im: a <SYNSETS> block,
// a <TIME> block (counted, skipped), then verbs, each "VERB [WORDS] [CODE]"
// optionally followed by a "{ FORMS }" line and "- PATTERN [CODE]" lines.
func ParseTabariVerbs(file string, r io.Reader, im *Import) error {
	var errs ErrorList
	defer setReach(im, len(im.Verbs), ReachClause)
	im.stems = true
	defer func() { im.stems = false }()
	type numbered struct {
		n    int
		text string
	}
	var all []numbered
	if err := rawLines(r, true, func(n int, line string) {
		if t := strings.TrimSpace(line); t != "" {
			all = append(all, numbered{n, t})
		}
	}); err != nil {
		errs.add(file, 0, 0, ErrSyntax, "read: %v", err)
		return errs.Err()
	}
	syn := synsets{}
	block, cur := "", ""
	for _, l := range all {
		if tabariBlock(l.text, &block) || block != "SYNSETS" {
			continue
		}
		switch {
		case strings.HasPrefix(l.text, "&"):
			cur = synName(strings.Fields(l.text)[0])
			syn[cur] = nil
		case strings.HasPrefix(l.text, "+") && cur != "":
			syn[cur] = append(syn[cur], strings.TrimSpace(l.text[1:]))
		default:
			errs.add(file, l.n, 1, ErrSyntax, "want &SYNSET or +MEMBER in <SYNSETS>")
		}
	}
	b := &verbBlock{file: file}
	block = ""
	for _, l := range all {
		t, n := l.text, l.n
		if tabariBlock(t, &block) {
			continue
		}
		switch {
		case block == "SYNSETS":
		case block == "TIME":
			// A time phrase coded [###] ("ONCE_UPON_A_TIME") marks a
			// story that is no news: a discard. Other time shifts are
			// not kept.
			if rest, code, ok := splitCode(t); ok && code == "###" && !strings.HasPrefix(t, "-") {
				if phrase := strings.ToLower(strings.Join(splitWords(rest), " ")); phrase != "" {
					im.Discards = append(im.Discards, Discard{Phrase: phrase, Entry: entryAt(file, n)})
					continue
				}
			}
			im.note(FeatTabariBlock)
		case block != "":
			im.note(FeatTabariBlock)
		case strings.HasPrefix(t, "-"):
			if !b.broken && len(b.verbs) > 0 {
				b.addPattern(n, t, syn, im, &errs)
			}
		case strings.HasPrefix(t, "{"):
			if len(b.verbs) == 0 {
				errs.add(file, n, 1, ErrSyntax, "verb forms before any verb")
				continue
			}
			vf, err := parseVerbForm("X "+t, im)
			if err != nil {
				errs.add(file, n, 1, ErrSyntax, "%v", err)
				continue
			}
			last := &b.verbs[len(b.verbs)-1]
			last.forms = append(last.forms, vf.forms...)
		default:
			b.flush(im)
			if rest, code, ok := splitCode(t); ok && code == "###" {
				// A discard phrase: sentences holding it code nothing.
				b.broken = true
				phrase := strings.ToLower(strings.Join(splitWords(rest), " "))
				if phrase == "" {
					errs.add(file, n, 1, ErrSyntax, "empty discard phrase")
					continue
				}
				im.Discards = append(im.Discards, Discard{Phrase: phrase, Entry: entryAt(file, n)})
				continue
			}
			vf, err := parseVerbForm(t, im)
			if err != nil {
				errs.add(file, n, 1, ErrSyntax, "%v", err)
				b.broken = true
				continue
			}
			if !vf.hasCode {
				errs.add(file, n, 1, ErrCode, "verb without [CODE]")
				b.broken = true
				continue
			}
			vf.line = n
			first := strings.Fields(t)[0]
			if strings.HasSuffix(first, "=") && len(vf.before) == 0 && len(vf.after) == 0 {
				// "BAN=": the verb as written, none of its other forms
				// ("baning" is no ban).
				vf.head += ExactMark
			} else {
				stem := !strings.HasSuffix(first, "_") && !strings.Contains(first, "_")
				vf.forms = append(vf.forms, lemmaGuesses(vf.head, stem)...)
				if stem {
					vf.forms = append(vf.forms, vf.head+StemMark) // "RESUM" is "resumption"
				}
			}
			b.code, b.rev = vf.code, vf.rev
			vf.hasCode = false
			b.verbs = append(b.verbs, vf)
		}
	}
	b.flush(im)
	return errs.Err()
}

// TabariOptions reads a TABARI .options file into its directives, one
// "KEY: VALUE" a line ("SET: LABEL = TRUE", "COMPLEX: VERBS[5]"). "//"
// starts a comment; reading stops at a line of "~~~". annals applies none
// of them; they are returned for reports.
func TabariOptions(file string, r io.Reader) ([]string, error) {
	var out []string
	var errs ErrorList
	stop := false
	err := rawLines(r, false, func(n int, line string) {
		t := strings.TrimSpace(line)
		if i := strings.Index(t, "//"); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		switch {
		case stop || t == "":
		case strings.HasPrefix(t, "~~~"):
			stop = true
		case !strings.Contains(t, ":"):
			errs.add(file, n, 1, ErrSyntax, "want KEY: VALUE")
		default:
			out = append(out, t)
		}
	})
	if err != nil {
		return out, fmt.Errorf("dict: %s: %w", file, err)
	}
	return out, errs.Err()
}

// lemmaGuesses returns the base forms a TABARI verb word may stand for,
// since annals matches verbs by lemma while TABARI lists inflected forms
// ("CALLED_ON", "BANNED") and stems that match any ending ("RESTOR").
// Wrong guesses are harmless: no token has them as its lemma.
func lemmaGuesses(w string, stem bool) []string {
	var out []string
	if stem && len(w) > 3 && !strings.HasSuffix(w, "e") {
		out = append(out, w+"e")
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		out = append(out, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		base := w[:len(w)-2]
		out = append(out, base, base+"e")
		if n := len(base); base[n-1] == base[n-2] && !strings.ContainsRune("lsfz", rune(base[n-1])) {
			out = append(out, base[:n-1])
		}
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		base := w[:len(w)-3]
		out = append(out, base, base+"e")
	case strings.HasSuffix(w, "es") && len(w) > 4:
		out = append(out, w[:len(w)-2], w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		out = append(out, w[:len(w)-1])
	}
	return out
}
