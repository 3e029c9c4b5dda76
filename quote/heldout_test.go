package quote_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/quote"
)

// Ratchet: the figures TestHeldout last achieved. Raise them when the
// finder improves; the test fails when it falls below them.
const (
	minHeldoutF1      = 0.99
	minHeldoutSpeaker = 0.90
)

type heldout struct {
	// Corpus names the file under ../shared/corpora that the articles'
	// indexes refer to; wikinews.jsonl when absent.
	Corpus   string `json:"corpus"`
	Articles []struct {
		Set    string `json:"set"`
		Index  int    `json:"index"`
		ID     string `json:"id"`
		Quotes []struct {
			Start   string `json:"start"`
			Speaker string `json:"speaker"`
		} `json:"quotes"`
	} `json:"articles"`
}

// TestHeldout scores the finder against hand-annotated Wikinews articles
// that were not read while the rules were written (testdata/heldout.json
// says how they were picked). A gold quote matches a found quote, other
// than a scare quote, whose content starts with the gold prefix; a speaker
// is right when the gold name's last word is a word of the found Name (or
// of the speaker span when Name is empty), or when the gold name is an
// acronym of the found name's capitalised words (the article's "(USCIRF)"
// after "United States Commission on International Religious Freedom").
func TestHeldout(t *testing.T) {
	sets := scoreHeldout(t, "heldout.json")
	var all score
	for _, name := range []string{"first", "second"} {
		if sc := sets[name]; sc != nil {
			f1, acc := sc.figures()
			t.Logf("set %s: quote F1=%.3f (tp %d fp %d fn %d); speaker accuracy %.3f (%d/%d)", name, f1, sc.tp, sc.fp, sc.fn, acc, sc.spkOK, sc.spkN)
			all.add(sc)
		}
	}
	f1, acc := all.figures()
	t.Logf("held-out overall: quote F1=%.3f; speaker accuracy %.3f (%d/%d)", f1, acc, all.spkOK, all.spkN)
	if f1 < minHeldoutF1 {
		t.Errorf("F1 %.3f fell below the recorded %.3f", f1, minHeldoutF1)
	}
	if acc < minHeldoutSpeaker {
		t.Errorf("speaker accuracy %.3f fell below the recorded %.3f", acc, minHeldoutSpeaker)
	}
}

// Ratchet for the third set (testdata/heldout2.json), annotated before any
// rule of issue 4 was changed and never used to develop rules. The honest
// baseline, the code as it stood when the set was written, scored quote
// F1 0.979 (tp 47 fp 2 fn 0) and speaker accuracy 0.617 (29/47) on it.
// (One gold prefix, "Overall,", was corrected to "Overall" after the
// first run: the finder's content excludes a comma before the closing
// mark, a convention heldout.json already follows; no speaker changed.)
// After the issue-4 rules (developed on the other sets only): F1 0.979,
// speaker accuracy 0.638 (30/47). After issue 4's second round, for which
// this set was development data: F1 1.000, speaker accuracy 0.915 (43/47);
// after the third round, 0.936 (44/47); after the fourth, 1.000 (47/47).
const (
	minHeldout2F1      = 0.99
	minHeldout2Speaker = 0.99
)

// TestHeldout2 scores the finder on the third hand-annotated set; the
// scoring is TestHeldout's. Since issue 4's second round it is a
// development set like the first two: its errors were read while rules
// were written; TestHeldout7 is the set annotated last.
func TestHeldout2(t *testing.T) {
	checkSet(t, "heldout2.json", "third", minHeldout2F1, minHeldout2Speaker)
}

// checkSet scores one hand-annotated set and fails when quote F1 or speaker
// accuracy falls below the figures recorded for it.
func checkSet(t *testing.T, file, set string, minF1, minSpeaker float64) {
	t.Helper()
	sc := scoreHeldout(t, file)[set]
	if sc == nil {
		t.Fatalf("%s has no set %q", file, set)
	}
	f1, acc := sc.figures()
	t.Logf("set %s: quote F1=%.3f (tp %d fp %d fn %d); speaker accuracy %.3f (%d/%d)", set, f1, sc.tp, sc.fp, sc.fn, acc, sc.spkOK, sc.spkN)
	if f1 < minF1 {
		t.Errorf("F1 %.3f fell below the recorded %.3f", f1, minF1)
	}
	if acc < minSpeaker {
		t.Errorf("speaker accuracy %.3f fell below the recorded %.3f", acc, minSpeaker)
	}
}

// Where the blind sets stand after the sixth session's rounds 44 to 52
// (scored as totals only): heldout18 0.869 (53/61), heldout19 0.942
// (114/121), heldout20 0.885 (108/122), heldout21 0.885 (108/122),
// heldout22 0.926 (113/122), heldout23 0.933 (112/120), heldout24 0.875
// (105/120), heldout25 0.868 (105/121), heldout26 0.880 (103/117),
// heldout27 0.860 (111/129), heldout28 0.917 (132/144), heldout29 0.960
// (121/126), heldout30 0.935 (115/123), heldout31 0.879 (109/124): pooled
// 1,509/1,672 = 0.903. The ratchets below are these figures.
//
// blind lists the sets still held out: measured, never read. Their
// individual errors are not logged, so that running the tests with -v
// does not read them; only their totals are.
var blind = map[string]bool{"heldout18.json": true, "heldout18b.json": true, "heldout19.json": true, "heldout20.json": true, "heldout21.json": true, "heldout22.json": true, "heldout23.json": true, "heldout24.json": true, "heldout25.json": true, "heldout26.json": true, "heldout27.json": true, "heldout28.json": true, "heldout29.json": true, "heldout30.json": true, "heldout31.json": true}

// logMiss logs one error of set file unless the set is blind.
func logMiss(t *testing.T, file, format string, args ...any) {
	t.Helper()
	if !blind[file] {
		t.Logf(format, args...)
	}
}

// scoreHeldout runs the finder over the articles of testdata/name, read
// from the corpus the file names, and returns the counts per set, logging
// every miss.
func scoreHeldout(t *testing.T, name string) map[string]*score {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var gold heldout
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	corpus := gold.Corpus
	if corpus == "" {
		corpus = "wikinews.jsonl"
	}
	arts := readCorpus(t, corpus)
	f := quote.New()
	sets := map[string]*score{}
	for _, ga := range gold.Articles {
		sc := sets[ga.Set]
		if sc == nil {
			sc = new(score)
			sets[ga.Set] = sc
		}
		if ga.Index >= len(arts) || arts[ga.Index].ID != ga.ID {
			t.Fatalf("article %d is not %s", ga.Index, ga.ID)
		}
		text := arts[ga.Index].Text
		var found []quote.Found
		for _, q := range f.Find(text, nil) {
			if q.Kind != quote.Scare {
				found = append(found, q)
			}
		}
		used := make([]bool, len(found))
		for _, g := range ga.Quotes {
			k := -1
			for i, q := range found {
				if !used[i] && strings.HasPrefix(text[q.Start:q.End], g.Start) {
					k = i
					break
				}
			}
			if k < 0 {
				sc.fn++
				logMiss(t, name, "%d: missed %q", ga.Index, g.Start)
				continue
			}
			used[k] = true
			sc.tp++
			if g.Speaker == "" {
				continue
			}
			sc.spkN++
			q := found[k]
			got := q.Name
			if got == "" {
				got = q.Speaker
			}
			if sameSpeaker(got, g.Speaker) {
				sc.spkOK++
			} else {
				logMiss(t, name, "%d: %q: speaker %q (span %q), want %q", ga.Index, g.Start, got, q.Speaker, g.Speaker)
			}
		}
		for i, q := range found {
			if !used[i] {
				sc.fp++
				logMiss(t, name, "%d: spurious %s %q", ga.Index, q.Kind, trunc(text[q.Start:q.End]))
			}
		}
	}
	return sets
}

// score counts matches for one set of articles.
type score struct{ tp, fp, fn, spkN, spkOK int }

func (s *score) add(o *score) {
	s.tp, s.fp, s.fn, s.spkN, s.spkOK = s.tp+o.tp, s.fp+o.fp, s.fn+o.fn, s.spkN+o.spkN, s.spkOK+o.spkOK
}

// figures returns the quote-finding F1 and the speaker accuracy.
func (s *score) figures() (f1, acc float64) {
	p := float64(s.tp) / float64(max(s.tp+s.fp, 1))
	r := float64(s.tp) / float64(max(s.tp+s.fn, 1))
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return f1, float64(s.spkOK) / float64(max(s.spkN, 1))
}

// sameSpeaker reports whether want's last word, possessive ending aside,
// is a word of got, ignoring case and a plural "s" ("user" matches "One of
// the users"). A generational suffix ("Jr.", "III") or a lone initial
// standing for an undisclosed surname ("Sergey M.") is not the surname, so
// the word before it is compared instead. Look-alike dots (U+2024 ONE DOT
// LEADER, as some gold names are written) count as full stops.
func sameSpeaker(got, want string) bool {
	ws := strings.Fields(dots.Replace(want))
	if n := len(ws); n > 1 && (generational[strings.ToLower(ws[n-1])] || isInitial(ws[n-1])) {
		ws = ws[:n-1]
	}
	if len(ws) == 1 && initials(got) == ws[0] && len(ws[0]) >= 3 {
		return true // "USCIRF" for the name spelled out
	}
	last := strings.ToLower(ws[len(ws)-1])
	for _, w := range strings.Fields(strings.ToLower(dots.Replace(got))) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == last || w == last+"s" {
			return true
		}
	}
	return false
}

// initials returns the first letters of the capitalised words of name:
// the acronym of an organisation's spelled-out name.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// dots maps look-alike dots to a full stop.
var dots = strings.NewReplacer("\u2024", ".", "\uFE52", ".", "\uFF0E", ".")

// isInitial reports whether w is one capital letter and a full stop.
func isInitial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// generational lists name suffixes that follow a surname.
var generational = map[string]bool{"jr.": true, "jr": true, "sr.": true, "sr": true, "ii": true, "iii": true, "iv": true}

func trunc(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// Ratchet for the fourth set (testdata/heldout3.json), annotated for issue
// 4's second round before any of its rules changed and never used to
// develop them. The honest baseline, the code as it stood when the set was
// written, scored quote F1 0.968 (tp 45 fp 3 fn 0) and speaker accuracy
// 0.644 (29/45) on it. After the second round's rules (developed on the
// other sets and the corpus outside lines 200-233): F1 0.989 (tp 45 fp 1
// fn 0), speaker accuracy 0.867 (39/45). Development data for the third
// round, after which: F1 0.989, speaker accuracy 0.889 (40/45); after the
// fourth round: F1 0.989, speaker accuracy 0.956 (43/45).
// After the fifth round: speaker accuracy 0.978 (44/45); after the sixth,
// 1.000 (45/45).
const (
	minHeldout3F1      = 0.98
	minHeldout3Speaker = 0.99
)

// TestHeldout3 scores the finder on the fourth hand-annotated set, a
// development set since issue 4's third round; the scoring is
// TestHeldout's.
func TestHeldout3(t *testing.T) {
	checkSet(t, "heldout3.json", "fourth", minHeldout3F1, minHeldout3Speaker)
}

// Ratchet for the fifth set (testdata/heldout4.json), annotated for issue
// 4's third round before any of its rules changed and never used to
// develop them; its individual errors were not read until those rules
// were final. The honest baseline, the code as it stood when the set was
// written, scored quote F1 0.989 (tp 45 fp 1 fn 0) and speaker accuracy
// 0.800 (36/45) on it. After the third round's rules (name particles,
// "Act No. 3846", role-noun objects; developed on the other sets only):
// unchanged, F1 0.989, speaker accuracy 0.800 (36/45). Development data
// for the fourth round (its errors read then), after which: F1 1.000 (tp
// 45 fp 0 fn 0), speaker accuracy 0.956 (43/45); after the sixth round,
// 1.000 (45/45).
const (
	minHeldout4F1      = 0.99
	minHeldout4Speaker = 0.99
)

// TestHeldout4 scores the finder on the fifth hand-annotated set, a
// development set since issue 4's fourth round; the scoring is
// TestHeldout's.
func TestHeldout4(t *testing.T) {
	checkSet(t, "heldout4.json", "fifth", minHeldout4F1, minHeldout4Speaker)
}

// Ratchet for the sixth set (testdata/heldout5.json), annotated for issue
// 4's fourth round before any of its rules changed and never used to
// develop them; its individual errors were not read until those rules
// were final. The file's "rule" says how the articles were picked: the
// next unused non-interview Wikinews lines from 259 on, until at least 60
// quotes (64). The honest baseline, the code as it stood when the set was
// written, scored quote F1 0.948 (tp 64 fp 7 fn 0) and speaker accuracy
// 0.781 (50/64) on it. (The scorer was taught to skip a generational
// suffix, "Robert Downey Jr.", before that run.) After the fourth round's
// rules (developed on the other sets and the corpus outside lines
// 259-276): F1 0.948 (tp 64 fp 7 fn 0), speaker accuracy 0.828 (53/64).
// One intermediate total, 0.812 (52/64) after the first four of those
// rules, was seen by mistake; no error of this set was read before the
// rules were final. Of the 11 speaker misses, 4 are conventions of the
// gold ("Sergey M․" written with a one-dot leader; "user" for "One of the
// users"), the rest real. Development data for the fifth round (its
// errors read then; the scorer taught look-alike dots, a lone initial
// after a given name and a plural "s"), after which: F1 0.970 (tp 64 fp 4
// fn 0), speaker accuracy 0.984 (63/64).
const (
	minHeldout5F1      = 0.96
	minHeldout5Speaker = 0.98
)

// TestHeldout5 scores the finder on the sixth hand-annotated set, a
// development set since issue 4's fifth round; the scoring is
// TestHeldout's.
func TestHeldout5(t *testing.T) {
	checkSet(t, "heldout5.json", "sixth", minHeldout5F1, minHeldout5Speaker)
}

// Ratchet for the seventh set (testdata/heldout6.json), annotated for issue
// 4's fifth round before any of its rules changed and never used to
// develop them; its individual errors were not read until those rules
// were final. The file's "rule" says how the articles were picked: the
// next unused non-interview Wikinews lines from 277 on (10 articles), then,
// the corpus spent, unused lines from 0 on, until at least 60 quotes (64).
// The honest baseline, the code as it stood when the set was written,
// scored quote F1 1.000 (tp 64 fp 0 fn 0) and speaker accuracy 0.812
// (52/64) on it. After the fifth round's rules (developed on the other
// sets only): F1 1.000, speaker accuracy 0.844 (54/64). One intermediate
// total (unchanged, 0.812) was seen by mistake midway; no error of this
// set was read before the rules were final. Four of the ten misses are
// the candidates' final pleas in line 279, first-person text that only a
// caption above attributes ("I say, “…”", gold "Jo Jorgensen").
// Development data for the sixth round (its errors read then), after
// which: F1 1.000, speaker accuracy 0.938 (60/64); the four caption-only
// pleas are the remaining misses.
const (
	minHeldout6F1      = 0.99
	minHeldout6Speaker = 0.93
)

// TestHeldout6 scores the finder on the seventh hand-annotated set, a
// development set since issue 4's sixth round; the scoring is
// TestHeldout's.
func TestHeldout6(t *testing.T) {
	checkSet(t, "heldout6.json", "seventh", minHeldout6F1, minHeldout6Speaker)
}

// Ratchet for the eighth set (testdata/heldout7.json), annotated for issue
// 4's sixth round before any of its rules changed and never used to
// develop them; its individual errors are not read until those rules are
// final. The file's "rule" says how the articles were picked: the unused
// non-interview Wikinews lines 12 to 35 (64 quotes). The honest
// baseline, the code as it stood when the set was written, scored quote
// F1 1.000 (tp 64 fp 0 fn 0) and speaker accuracy 0.766 (49/64) on it.
// After the sixth round's rules (developed on the other sets only; no
// intermediate figure of this set was seen): F1 1.000, speaker accuracy
// 0.812 (52/64). Its errors were read only after that run, for the
// report, so the set is development data for the next round. Of the 12
// misses, 4 are document or source speakers the gold names by their noun
// ("study", "agreed facts", "Interior Ministry source") or by the company
// ("Boeing", in "telling Wikinews the company “…”"); the rest are real:
// pronouns resolved against gender ("She" to "Antoine Quirin"), a body
// or date taken for the speaker ("Rutgers University", "University",
// "Sunday"), an order's author ("The Coast Guard" for its commandant), a
// relative's family name taken from the wrong person ("Mary Leinen") and
// a title kept off the name ("Princess Ubolratana"). Development data for
// the seventh round, after which: F1 1.000, speaker accuracy 0.938
// (60/64); the misses left are the three noun-named sources ("study",
// "agreed facts", "Interior Ministry source") and a "She" whose
// antecedent is a role with no name. After the eighth round ("reports" as
// a speech verb, an unnamed member of a named body, a he or she after a
// role-named subject): 0.984 (63/64); "agreed facts" is left.
const (
	minHeldout7F1      = 0.99
	minHeldout7Speaker = 0.98
)

// TestHeldout7 scores the finder on the eighth hand-annotated set, a
// development set since issue 4's seventh round; the scoring is
// TestHeldout's.
func TestHeldout7(t *testing.T) {
	checkSet(t, "heldout7.json", "eighth", minHeldout7F1, minHeldout7Speaker)
}

// Ratchet for the ninth set (testdata/heldout8.json), annotated for issue
// 4's seventh round before any of its rules changed and never used to
// develop them; its individual errors are not read until those rules are
// final. The file's "rule" says how the articles were picked: the unused
// non-interview Wikinews lines from 36 on, until at least 60 quotes (36 to
// 55, 64 quotes). The honest baseline, the code as it stood when the set
// was written, scored quote F1 0.970 (tp 64 fp 4 fn 0) and speaker
// accuracy 0.797 (51/64) on it. After the seventh round's rules (developed
// on the other sets only; no intermediate figure of this set was seen):
// unchanged, F1 0.970, speaker accuracy 0.797 (51/64). Its errors were
// read only after that run, for the report: role nouns left unresolved
// ("The father", "The mother", "the Pope"), photo captions and signs taken
// for quotes, "One of them" cut to "One", a study's text for its quoted
// author, "They" for a couple and for a cited saying's author, cue-less
// descriptions of a maker's work, and the gold's "USCIRF" for the name
// spelled out. Development data for the eighth round (the scorer taught
// that an acronym matches the name it spells), after which: F1 0.992 (tp
// 64 fp 1 fn 0; captions and signs are no longer quotes), speaker
// accuracy 0.922 (59/64). Left: three cue-less descriptions of a maker's
// work, a "They're “…”" the gold gives a person the text does not name
// there, and a colon quote whose clause holds a passive "read out".
const (
	minHeldout8F1      = 0.99
	minHeldout8Speaker = 0.92
)

// TestHeldout8 scores the finder on the ninth hand-annotated set, a
// development set since issue 4's eighth round; the scoring is
// TestHeldout's.
func TestHeldout8(t *testing.T) {
	checkSet(t, "heldout8.json", "ninth", minHeldout8F1, minHeldout8Speaker)
}

// TestSameSpeaker checks the scorer's matching conventions.
func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		got, want string
		ok        bool
	}{
		{"Nabila Massrali", "Massrali", true},
		{"One of the users", "user", true},
		{"Robert Downey Jr.", "Robert Downey Jr.", true},
		{"United States Commission on International Religious Freedom", "USCIRF", true},
		{"United States Commission", "USCIRF", false},
		{"Jane Smith", "Tom Smith", true},
		{"Jane Smith", "Jones", false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.got, tt.want); got != tt.ok {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}

// Ratchet for the tenth set (testdata/heldout9.json), annotated blind by
// another engineer for issue 4's eighth round before any of its rules
// changed; the file's "rule" says how the articles were picked (lines 56
// to 83, 63 quotes). The honest baseline, the code as it stood when the
// set was written: quote F1 0.969 (tp 63 fp 4 fn 0), speaker accuracy
// 0.825 (52/63). After the eighth round's rules (developed on the other
// sets only; which lifted heldout8 from 0.797 to 0.922): unchanged, F1
// 0.969, speaker accuracy 0.825 (52/63). Its errors were read after that
// run, so it is development data for the next round: four of the eleven
// misses are names cut short ("John G" for John G. Roberts twice,
// "Abdel Fattah" for Abdel Fattah el-Sisi, "U.S"), the rest a voice
// actress against her character, a memo's author, unsigned texts.
// After the ninth round (name boundaries found without gold over the
// corpus outside lines 84-140: initials and abbreviations with a full
// stop, hyphened particles, en-dashed bodies, "of" tails, places between
// a title and a name; a memo "by" its author; "police and county
// officials" whole; an opening participle phrase's subject): F1 0.969,
// speaker accuracy 0.952 (60/63). Left: the voice actress, the unsigned
// manifesto's "writer" and the court's unattributed opinion.
const (
	minHeldout9F1      = 0.96
	minHeldout9Speaker = 0.95
)

// TestHeldout9 scores the finder on the tenth hand-annotated set; the
// scoring is TestHeldout's.
func TestHeldout9(t *testing.T) {
	checkSet(t, "heldout9.json", "tenth", minHeldout9F1, minHeldout9Speaker)
}

// Ratchet for the eleventh set (testdata/heldout10.json), annotated blind
// by another engineer for issue 4's ninth round before any of its rules
// changed; the file's "rule" says how the articles were picked (lines 84
// to 106, 62 quotes). The honest baseline, the code as it stood when the
// set was written: quote F1 1.000 (tp 62 fp 0 fn 0), speaker accuracy
// 0.790 (49/62). After the ninth round's rules (names across full stops
// and particles, organisations' "of" tails, titles and places stripped
// from names; developed on the other sets and on name shapes found in
// the unread corpus, lifting heldout9 from 0.825 to 0.952): F1 1.000,
// speaker accuracy 0.758 (47/62) — a fall: two pronouns in one article
// now take a work's title ("The Next Generation", "The Professionals")
// for a surname. Its errors were read after that run, so it is
// development data for the next round.
// After the tenth round (a pronoun's antecedent never a work's title nor
// a lone word no title makes a person; role and occupation nouns and a
// capitalised body noun to their named holder; surnames one letter
// apart; "according to him"; "Members of" a body whole; a pronoun after
// an opening quote to the previous sentence's subject; dash asides; a
// body's officer's title; each checked by eye over the corpus outside
// lines 107-160): F1 1.000, speaker accuracy 0.952 (59/62). Left: the
// gold's "Saffir–Simpson scale" and two quotes of "the company" the
// article never names as a company (Hasbro). After the thirteenth round
// ("the company" to the firm named as a sentence's subject): 0.968
// (60/62).
const (
	minHeldout10F1      = 0.99
	minHeldout10Speaker = 0.96
)

// TestHeldout10 scores the finder on the eleventh hand-annotated set; the
// scoring is TestHeldout's.
func TestHeldout10(t *testing.T) {
	checkSet(t, "heldout10.json", "eleventh", minHeldout10F1, minHeldout10Speaker)
}

// Ratchet for the twelfth set (testdata/heldout11.json), annotated blind
// by another engineer for issue 4's tenth round before any of its rules
// changed; the file's "rule" says how the articles were picked (lines 107
// to 138, 61 quotes). The honest baseline, the code as it stood when the
// set was written: quote F1 0.976 (tp 61 fp 3 fn 0), speaker accuracy
// 0.836 (51/61). After the tenth round's rules (role nouns to their named
// holder, works' titles never antecedents; lifting heldout10 from 0.758
// to 0.952): unchanged, 0.976 and 0.836. Its errors were read after that
// run, so it is development data for the next round: three "he" resolved
// to an event's name ("Iran–Iraq War"), a "She" left unresolved, a
// decision for its court, an event description for its poster. After
// the eleventh round, for which it was development data (he/she only for
// people, a fallback for an unresolved she, documents to their issuer, a
// cue word after a possessive taken as a noun): 0.976 and 0.967 (59/61);
// every other set unchanged. After the thirteenth round ("They" to the
// researchers of the sentence before): 0.976 and 0.984 (60/61).
const (
	minHeldout11F1      = 0.97
	minHeldout11Speaker = 0.98
)

// TestHeldout11 scores the finder on the twelfth hand-annotated set; the
// scoring is TestHeldout's.
func TestHeldout11(t *testing.T) {
	checkSet(t, "heldout11.json", "twelfth", minHeldout11F1, minHeldout11Speaker)
}

// Ratchet for the thirteenth set (testdata/heldout12.json), annotated
// blind by another engineer for issue 4's eleventh round before any of
// its rules changed; the file's "rule" says how the articles were picked
// (lines 139 to 164, 61 quotes). The honest baseline, the code as it stood
// when the set was written: quote F1 0.984 (tp 61 fp 2 fn 0), speaker
// accuracy 0.885 (54/61). After the eleventh round's rules (he/she only
// for persons, documents to their issuer; lifting heldout11 from 0.836
// to 0.967): unchanged, 0.984 and 0.885. Its errors were read after that
// run, so it is development data for the next round: "Another co-author,
// … Julian Marshall, said" and "Another was … Thomas Gray", "the
// statement" for its issuer, "The Wooster professor" for the co-author
// quoted just before, a party's representatives for the one quoted.
// After the twelfth round, for which it was development data (a name in
// apposition after coordinated modifiers or after a copula, a body's
// name running on over "Operation", "the following" for the clause's
// subject, a described speaker going on, "with X calling", names after
// "known as" and a split quotation's opening words no quotes): F1 1.000
// (tp 61 fp 0 fn 0), speaker accuracy 1.000 (61/61); every other set
// unchanged.
const (
	minHeldout12F1      = 0.99
	minHeldout12Speaker = 0.99
)

// TestHeldout12 scores the finder on the thirteenth hand-annotated set;
// the scoring is TestHeldout's.
func TestHeldout12(t *testing.T) {
	checkSet(t, "heldout12.json", "thirteenth", minHeldout12F1, minHeldout12Speaker)
}

// Ratchet for the fourteenth set (testdata/heldout13.json), annotated
// blind by another engineer for issue 4's twelfth round before any of its
// rules changed; the file's "rule" says how the articles were picked
// (lines 165 to 198, 62 quotes). The honest baseline, the code as it
// stood when the set was written: quote F1 0.969 (tp 62 fp 4 fn 0),
// speaker accuracy 0.806 (50/62). After the twelfth round's rules
// (appositions after "Another", "the following", "with X calling";
// lifting heldout12 from 0.885 to 1.000): unchanged, 0.969 and 0.806. Its
// errors were read after that run, so it is development data for the
// next round: "They" for the ministers named before (twice), "The
// government" and "Their statement" for the government of the territory,
// "the report" for the study, "He" inside a quote taken for the speaker,
// the magazine that named its person of the year, a family's statement.
// After the thirteenth round, for which it was development data, fixing
// only categories with misses in two or more of heldout8 to heldout13
// ("they" to a plural group named in the two sentences before, "the
// <body>" to the body's fullest name, "Its/Their statement" to the body
// quoted before, a research document's first noun, no speaker inside
// another quote or owning the noun before a colon): F1 0.969, speaker
// accuracy 0.903 (56/62); every other set the same or better.
const (
	minHeldout13F1      = 0.96
	minHeldout13Speaker = 0.90
)

// TestHeldout13 scores the finder on the fourteenth hand-annotated set;
// the scoring is TestHeldout's.
func TestHeldout13(t *testing.T) {
	checkSet(t, "heldout13.json", "fourteenth", minHeldout13F1, minHeldout13Speaker)
}

// TestHeldout14 scores the finder on the fifteenth hand-annotated set
// (testdata/heldout14.json), the first drawn from Reuters-21578 wire news
// rather than Wikinews, annotated blind for issue 4's thirteenth round
// before any of its rules changed; the file's "rule" says how the
// articles were picked (13 lines from 51 to 3832, 63 quotes). The honest
// baseline, the code as it stood when the set was written: quote F1 0.992
// (tp 62 fp 0 fn 1), speaker accuracy 0.823 (51/62). After the
// thirteenth round's rules (plural "They", "the company", bodies' full
// names, speakers inside quotes; lifting heldout13 from 0.806 to 0.903;
// the round reviewed speakers it changed on all of Reuters, so a few of
// this set's sentences may have passed before its engineer's eyes):
// unchanged, 0.992 and 0.823. Its errors were read after that run: four
// "he" in one article given to the men named near them rather than to
// Reagan, whom the article is about; firms and agencies for the analysts
// and officials they employ; "one Canadian" for "Canadian bond trader".
// After the fourteenth round (he and she to the article's main person
// unless another holds the subject of the sentence or the one before; a
// firm's person before the cue; firm suffixes such as "Co" and "Corp"
// never a person), for which this set was development data: F1 0.992,
// speaker accuracy 0.919 (57/62); every other set unchanged. After the
// twenty-first round (a wire's bracketed firm is "the company"): 0.935
// (58/62).
// Raised to what the forty-third round reaches (a sentence opened by an
// inverted "Said X, “…”"): 0.968 (60/62).
const (
	minHeldout14F1      = 0.99
	minHeldout14Speaker = 0.967
)

// TestHeldout14 scores the finder on the fifteenth set; the scoring is
// TestHeldout's.
func TestHeldout14(t *testing.T) {
	checkSet(t, "heldout14.json", "fifteenth", minHeldout14F1, minHeldout14Speaker)
}

// Ratchet for the sixteenth set (testdata/heldout15.json), Reuters
// articles from line 10,000 on, annotated blind by another engineer for
// issue 4's fourteenth round before any of its rules changed; the file's
// "rule" says how the articles were picked (22 articles, 60 quotes). The
// honest baseline, the code as it stood when the set was written: quote
// F1 1.000 (tp 60 fp 0 fn 0), speaker accuracy 0.800 (48/60). After the
// fourteenth round's rules (pronoun salience towards the article's main
// person, persons of firms; lifting heldout14 from 0.823 to 0.919):
// unchanged, 1.000 and 0.800. Its errors were read after that run: the
// plainest wire attributions failed — a name with an appositive or "of
// <firm>" before "said"/"told Reuters", "one banker said". After the
// fifteenth round, for which it was development data (the wire
// attribution grammar, "the newspaper", a group's "they" and "one", an
// unnamed spokesman's "he", a quoted firm's "it"): F1 1.000, speaker
// accuracy 0.983 (59/60); the one miss is a statement "from the Italian
// Treasury said-" with a dash for a colon.
const (
	minHeldout15F1      = 0.99
	minHeldout15Speaker = 0.98
)

// TestHeldout15 scores the finder on the sixteenth set; the scoring is
// TestHeldout's.
func TestHeldout15(t *testing.T) {
	checkSet(t, "heldout15.json", "sixteenth", minHeldout15F1, minHeldout15Speaker)
}

// Ratchet for the seventeenth set (testdata/heldout16.json), Reuters
// articles from line 10,000 on, annotated blind by another engineer for
// issue 4's fifteenth round before any of its rules changed; the file's
// "rule" says how the articles were picked (22 articles, 61 quotes). The
// honest baseline, the code as it stood when the set was written: quote
// F1 1.000 (tp 61 fp 0 fn 0), speaker accuracy 0.803 (49/61). After the
// fifteenth round's rules (wire attributions: a name with an appositive
// or "of <firm>" before the cue, number words opening roles, "the
// newspaper"; developed on heldout15 and Reuters lines below 10,000,
// lifting heldout15 from 0.800 to 0.983): F1 1.000, speaker accuracy
// 0.836 (51/61), the first fresh set this session to move. Its errors
// were read after that run: pronouns given to the firm or to a month
// ("the March"), a role head cut from its name, unnamed sources written
// by their role, a statement for the agency that issued it. After the
// sixteenth round, for which it was development data (he/she never a
// body, place or month; a role after the cue running to its holder's
// name; a cueless quote paragraph carrying on the paragraph before's
// named speaker, across a colon too; initials opening names; a he after
// a one-sentence lead paragraph; "this source" to its role; wire role
// nouns such as "delegate"; a subject ending in a month or day, "the
// March", no speaker): F1 1.000, speaker accuracy 0.967 (59/61); every
// other set unchanged. Still missed: "he" for a firm's spokesman named
// with the firm, "The statements" for the SEC that said so.
const (
	minHeldout16F1      = 0.99
	minHeldout16Speaker = 0.96
)

// TestHeldout16 scores the finder on the seventeenth set; the scoring is
// TestHeldout's.
func TestHeldout16(t *testing.T) {
	checkSet(t, "heldout16.json", "seventeenth", minHeldout16F1, minHeldout16Speaker)
}

// Ratchet for the eighteenth set (testdata/heldout17.json), Reuters
// articles from line 10,000 on, annotated blind by another engineer for
// issue 4's sixteenth round before any of its rules changed; the file's
// "rule" says how the articles were picked (16 articles, 68 quotes). The
// honest baseline, the code as it stood when the set was written: quote
// F1 1.000 (tp 68 fp 0 fn 0), speaker accuracy 0.765 (52/68). After the
// sixteenth round's rules (he/she never a body or a month, roles after
// the cue to their holder, cue-less paragraphs to the last named speaker,
// initials opening names; lifting heldout16 from 0.836 to 0.967):
// unchanged, 1.000 and 0.765. Its errors were read after that run: half
// are one article's institutes quoted as "they" and as a joint report,
// the rest a report's publisher, economists named by their firm, and
// unnamed officials whose quotes carry no cue. After the seventeenth
// round's rules (groups kept with their firm, "The <firm> economist" to
// the firm's economist named before, documents and the "it" after them to
// the author named with "a report by", "it" to the body quoted just
// before), developed on this set: F1 1.000, speaker accuracy 0.853
// (58/68). After the twentieth round's rules (a he after a one-sentence
// paragraph led by an unnamed role, bodies allowed inside the role; a
// place or firm inside a role phrase no person; a cue-less paragraph
// after a he's reported words; developed on Reuters lines below 10,000
// and Wikinews): 1.000 and 0.868 (59/68). After the twenty-fifth round
// (developed on dev6): 1.000 and 0.882 (60/68). After the thirty-eighth
// (developed on dev7 and dev8): 1.000 and 0.897 (61/68).
const (
	minHeldout17F1      = 0.99
	minHeldout17Speaker = 0.897
)

// TestHeldout17 scores the finder on the eighteenth set; the scoring is
// TestHeldout's.
func TestHeldout17(t *testing.T) {
	checkSet(t, "heldout17.json", "eighteenth", minHeldout17F1, minHeldout17Speaker)
}

// Ratchet for the nineteenth set (testdata/heldout18.json), Reuters
// articles from line 10,000 on, annotated blind by another engineer for
// issue 4's seventeenth round before any of its rules changed; the file's
// "rule" says how the articles were picked (16 articles, 61 quotes). The
// honest baseline, the code as it stood when the set was written: quote
// F1 1.000 (tp 61 fp 0 fn 0), speaker accuracy 0.803 (49/61). After the
// seventeenth round's rules (economists kept with their firm, reports to
// their author, "it" after a body; lifting heldout17 from 0.765 to
// 0.853): unchanged, 1.000 and 0.803; after the eighteenth (passive
// "was quoted as saying", cue-less paragraphs after an unnamed source;
// Reuters empty speakers 210 -> 185): unchanged again; after the
// twentieth: unchanged; after the twenty-first (bodies, epithets and
// statements to whom they name, title chains, "said it"): 0.820
// (50/61); after the twenty-second: unchanged; after the twenty-fourth
// (wire apostrophes, nested straight marks, unclosed quotes ended at a
// paragraph, "said one" after "some makers"): 0.836 (51/61); after the
// twenty-seventh (he/she chains across a paragraph, the story's lead
// firm): 0.852 (52/61). Its errors have not been read: it stays held out.
const (
	minHeldout18F1      = 0.99
	minHeldout18Speaker = 0.868
)

// TestHeldout18 scores the finder on the nineteenth set; the scoring is
// TestHeldout's.
func TestHeldout18(t *testing.T) {
	checkSet(t, "heldout18.json", "nineteenth", minHeldout18F1, minHeldout18Speaker)
}

// Ratchet for the twentieth set (testdata/heldout19.json), Reuters
// articles from line 10,000 on (every 40th quote-bearing one from the
// 12th, 30 articles), twice the size of the earlier sets so that its
// figure is good to a few points, annotated blind by another engineer
// for issue 4's twentieth round before any of its rules changed. The
// honest baseline, the code as it stood when the set was written: quote
// F1 0.996 (tp 121 fp 1 fn 0), speaker accuracy 0.884 (107/121). After
// the twentieth round (roles as antecedents across a paragraph,
// modifiers inside roles, cue-less paragraphs after a "he said"
// paragraph): unchanged; after the twenty-first: unchanged; after the
// twenty-second (roles with their body after a name, firms' analysts):
// 0.893 (108/121); after the twenty-seventh (he/she chains across a
// paragraph, the story's lead firm): 0.909 (110/121); after the
// thirtieth (surname-first names, joined initials): 0.917 (111/121);
// after the thirty-sixth (a he or she for a person brought in by role,
// countries and firms never a he): 0.926 (112/121); after the
// thirty-eighth (developed on dev7 and dev8): 0.934 (113/121). Its errors
// have not been read: it stays held out.
const (
	minHeldout19F1      = 0.99
	minHeldout19Speaker = 0.942
)

// TestHeldout19 scores the finder on the twentieth set; the scoring is
// TestHeldout's.
func TestHeldout19(t *testing.T) {
	checkSet(t, "heldout19.json", "twentieth", minHeldout19F1, minHeldout19Speaker)
}

// Ratchet for the development set dev3 (testdata/dev3.json), Reuters
// articles below line 10,000 (every 25th with six or more quotation marks
// from the 5th, 17 articles, 81 quotes), annotated for issue 4's
// twenty-second round before annals was run on them; the file's "rule"
// says how. First score, the code as it stood when the set was written:
// quote F1 1.000 (tp 81 fp 0 fn 0), speaker accuracy 0.840 (68/81). Its
// errors were then read, so it is development data, not a measure of
// held-out accuracy: firms taken for their analysts ("Wertheim and Co
// analyst Michael Ellman", "Mark Rogers, paper analyst for Prudential
// Bache said"), "one U.S" cut at its dotted abbreviation, "a source close
// to the industry" read as the industry. After the twenty-second round
// (roles with their body after a name, firms with "and" or a bracketed
// place before a role and name, dotted abbreviations before roles,
// sources placed close to a body): F1 1.000, speaker accuracy 0.938
// (76/81). Still missed: a statement's words for the man said to speak in
// it, "said one" after "some makers", a quote with a term in straight
// marks inside it, a "he" after bankers and economists are named. After
// the twenty-fourth round ("said one" after "some makers", a term in
// straight marks inside a quote): 0.975 (79/81).
const (
	minDev3F1      = 0.99
	minDev3Speaker = 0.97
)

// TestDev3 scores the finder on dev3; the scoring is TestHeldout's.
func TestDev3(t *testing.T) {
	checkSet(t, "dev3.json", "dev3", minDev3F1, minDev3Speaker)
}

// Ratchet for the development set dev4 (testdata/dev4.json), Reuters
// articles below line 10,000 (every 25th with six or more quotation marks
// from the 18th, 22 articles, 86 quotes), annotated for issue 4's
// twenty-third round before annals was run on them; the file's "rule"
// says how. First score, the code as it stood when the set was written:
// quote F1 0.989 (tp 86 fp 2 fn 0), speaker accuracy 0.907 (78/86). Its
// errors were then read, so it is development data: "it said" after a
// body's closing attribution ("…, the EC's Executive Commission said in a
// report"), "he" after "“…,” the official said.", a role named a sentence
// later ("an outside consultant …. The consultant, … Carl Leier, said"),
// "an official with the wheat group" taken for the group, an aide's words
// given to "the Shultz comments", a letter given to its addressee. After
// the twenty-third round (those rules): F1 0.989, speaker accuracy 0.977
// (84/86). Still missed: "It said" after "Stockbrokers James Capel said
// in a comment the move by the National Savings Department was …", and
// "said a lobbyst for a major commodity group" (the misspelt role). The
// two false positives are a wire apostrophe set as a straight mark
// ("country"s") and a term in marks ("lower indicative price"). After the
// twenty-fourth round (wire apostrophes, an unlisted role placed "for" a
// body): F1 0.994 (fp 1), speaker accuracy 0.988 (85/86).
const (
	minDev4F1      = 0.99
	minDev4Speaker = 0.985
)

// TestDev4 scores the finder on dev4; the scoring is TestHeldout's.
func TestDev4(t *testing.T) {
	checkSet(t, "dev4.json", "dev4", minDev4F1, minDev4Speaker)
}

// Ratchet for the development set dev5 (testdata/dev5.json), Reuters
// articles below line 10,000 (every 25th with six or more quotation marks
// from the 11th, 16 articles, 80 quotes), annotated for issue 4's
// twenty-fourth round before annals was run on them; the file's "rule"
// says how. First score, the code as it stood when the set was written:
// quote F1 0.988 (tp 79 fp 1 fn 1), speaker accuracy 0.873 (69/79). Its
// errors were then read, so it is development data: "said former Nevada
// Sen. and Reagan confidant Paul Laxalt" cut at the abbreviation, "a
// spokesman for one of the major Dutch roasters" taken for the roasters
// (and the "he" after it left unresolved), "he added" after a bare
// quotation sentence, a quote given to the next sentence's "GM said it
// …", "speculated one arbitrager", "Thomas Kay, administrator of …"
// after a run-on quote, a programme's title with a subtitle read as a
// quote, and an unclosed quote run on into the next paragraph's new,
// attributed one. After the twenty-fourth round (those rules, and wire
// apostrophes and terms in straight marks): F1 1.000, speaker accuracy
// 0.975 (78/80). Still missed: "the roaster added" for the spokesman, and
// "The report" for the Tower commission.
const (
	minDev5F1      = 0.99
	minDev5Speaker = 0.97
)

// TestDev5 scores the finder on dev5; the scoring is TestHeldout's.
func TestDev5(t *testing.T) {
	checkSet(t, "dev5.json", "dev5", minDev5F1, minDev5Speaker)
}

// Ratchet for the development set dev6 (testdata/dev6.json), Reuters
// articles below line 10,000 (every 25th with six or more quotation marks
// from the 24th, 17 articles, 90 quotes), annotated for issue 4's
// twenty-fifth round before annals was run on them; the file's "rule"
// says how. First score, the code as it stood when the set was written:
// quote F1 0.973 (tp 90 fp 5 fn 0), speaker accuracy 0.767 (69/90). Its
// errors were then read, so it is development data: bodies' reports
// ("The report said" after "it said in an annual review", "A confidential
// World Bank report", "The report, published by …, The Peru Report,
// said") and the "it" after them, "the company" after a firm's short name
// taken for a person ("Applied Biosystems earned"), ", adding" after "it
// said" given to the sentence's opening word, "the Chancellor", "one
// said" after "They say" after a group, "another said" after "one
// expert", a "he" after "one senior banking official" in an opening
// participle's sentence or after "According to one Western envoy", and a
// "he" given to a firm in a wire's brackets after a possessive ("Japan's
// <Nippon Oil>"). After the twenty-fifth round (those rules): F1 0.973,
// speaker accuracy 0.967 (87/90). Still missed: an "it" two paragraphs
// after the last quote of its body, "The chairman of Goodyear …, a
// concern that …, charged that “…”" (no speaker found), and "the EIC"
// (the article's misspelling of the EIU). The five false positives are a
// correction's quoted headlines and a budget's term.
const (
	minDev6F1      = 0.97
	minDev6Speaker = 0.96
)

// TestDev6 scores the finder on dev6; the scoring is TestHeldout's.
func TestDev6(t *testing.T) {
	checkSet(t, "dev6.json", "dev6", minDev6F1, minDev6Speaker)
}

// Ratchet for the twenty-first set (testdata/heldout20.json), Reuters
// articles from line 10,000 on (every 40th quote-bearing one from the
// 22nd, 26 articles, 122 quotes), annotated blind by another engineer
// before issue 4's twenty-fourth round, with the code of the
// twenty-third: quote F1 0.992 (tp 122 fp 2 fn 0), speaker accuracy
// 0.836 (102/122); after the twenty-fourth (apostrophes typed as
// straight marks, unclosed quotes ended by the next attributed one,
// "said one" after a group, roles joined by "and"): 0.844 (103/122);
// after the thirtieth (surname-first names, joined initials): 0.861
// (105/122); after the thirty-sixth (a he or she for a person brought in
// by role, countries and firms never a he): 0.877 (107/122); after the
// thirty-ninth (totals only): 0.885 (108/122). Its errors have not been
// read: it stays held out.
const (
	minHeldout20F1      = 0.99
	minHeldout20Speaker = 0.885
)

// TestHeldout20 scores the finder on the twenty-first set; the scoring is
// TestHeldout's.
func TestHeldout20(t *testing.T) {
	checkSet(t, "heldout20.json", "twenty-first", minHeldout20F1, minHeldout20Speaker)
}

// Ratchet for the twenty-second set (testdata/heldout21.json), Reuters
// articles from line 10,000 on (every 40th with four or more quotation
// marks from the 32nd, 33 articles, 122 quotes; its "rule" says how),
// annotated blind by another engineer at the start of the fifth session,
// before any of that session's rules changed. The honest baseline, the
// code as it stood when the set was written: quote F1 1.000 (tp 122 fp 0
// fn 0), speaker accuracy 0.844 (103/122). After the thirty-sixth round
// (he/she to a person brought in by role): unchanged. After the
// thirty-eighth (developed on dev7 and dev8): 0.852 (104/122). Its errors
// have not been read: it stays held out.
const (
	minHeldout21F1      = 0.99
	minHeldout21Speaker = 0.885
)

// TestHeldout21 scores the finder on the twenty-second set; the scoring
// is TestHeldout's.
func TestHeldout21(t *testing.T) {
	checkSet(t, "heldout21.json", "twenty-second", minHeldout21F1, minHeldout21Speaker)
}

// Ratchets for the development sets dev7 and dev8 (testdata/dev7.json,
// dev8.json): Reuters articles from line 10,000 on, the blind sets' shape
// (every 40th with four or more quotation marks, from the 2nd and the
// 15th; 34 and 29 articles, 121 and 123 quotes; each file's "rule" says
// how), annotated in the fifth session by two engineers who had not seen
// annals' output on them, so that a round can read errors of the blind
// sets' own kind. First scores, the code before the fifth session's
// rounds: dev7 quote F1 0.992, speakers 0.802 (97/121); dev8 F1 0.992,
// speakers 0.885 (108/122). With the thirty-sixth and thirty-seventh
// rounds' code, before any of their errors was read: dev7 0.818 (99/121), dev8 0.893
// (109/122).
// After the thirty-eighth round, whose rules were developed on their errors: dev7 0.933 (113/121), dev8 0.934 (114/122).
// After the thirty-ninth, which read their sixteen errors left with dev11's and dev12's: dev7 0.959 (116/121), dev8 0.943 (115/122).
// Raised to what the forty-first round reaches: dev7 0.959 (116/121), dev8 0.951 (116/122).
const (
	minDev7F1, minDev7Speaker = 0.99, 0.958
	minDev8F1, minDev8Speaker = 0.99, 0.950
)

// TestDev7 scores the finder on dev7; the scoring is TestHeldout's.
func TestDev7(t *testing.T) {
	checkSet(t, "dev7.json", "dev7", minDev7F1, minDev7Speaker)
}

// TestDev8 scores the finder on dev8; the scoring is TestHeldout's.
func TestDev8(t *testing.T) {
	checkSet(t, "dev8.json", "dev8", minDev8F1, minDev8Speaker)
}

// Ratchets for the twenty-third and twenty-fourth sets
// (testdata/heldout22.json, heldout23.json), Reuters articles from line
// 10,000 on of the other blind sets' shape (every 40th with four or more
// quotation marks from the 5th and the 30th; 32 and 31 articles, 122 and
// 120 quotes; each file's "rule" says how), annotated in the fifth
// session by two engineers who had not seen annals' output on them. They
// were commissioned as development sets to read; scored first (totals
// only), they were kept held out instead, to measure, and have not been
// read. The honest baselines, the code before the fifth session's
// rounds: heldout22 quote F1 0.996, speakers 0.893 (109/122); heldout23
// F1 0.996, speakers 0.900 (108/120). With the thirty-eighth round's
// code: heldout22 0.902 (110/122), heldout23 0.925 (111/120). With the
// thirty-ninth's (totals only, measured once): heldout22 0.918 (112/122),
// heldout23 0.917 (110/120), one quote fewer, its ratchet lowered to the
// measure rather than any rule being tried against it.
const (
	minHeldout22F1, minHeldout22Speaker = 0.99, 0.926
	minHeldout23F1, minHeldout23Speaker = 0.99, 0.933
)

// TestHeldout22 scores the finder on the twenty-third set; the scoring
// is TestHeldout's.
func TestHeldout22(t *testing.T) {
	checkSet(t, "heldout22.json", "twenty-third", minHeldout22F1, minHeldout22Speaker)
}

// TestHeldout23 scores the finder on the twenty-fourth set; the scoring
// is TestHeldout's.
func TestHeldout23(t *testing.T) {
	checkSet(t, "heldout23.json", "twenty-fourth", minHeldout23F1, minHeldout23Speaker)
}

// Ratchets for the development sets dev11 and dev12 (testdata/dev11.json,
// dev12.json), two more of the blind sets' shape (every 40th from the
// 10th and the 25th, wrapping round the list; 38 and 31 articles, 120
// quotes each), annotated in the fifth session by engineers who had not
// seen annals' output on them, for a round to read. First scores, the
// code before the fifth session's rounds: dev11 quote F1 0.988, speakers
// 0.750 (90/120); dev12 F1 0.992, speakers 0.898 (106/118). With the
// thirty-eighth round's code, before any of their errors was read: dev11 0.792 (95/120), dev12
// 0.907 (107/118).
// Raised to what the thirty-ninth round, which read their errors, reaches: dev11 0.842 (101/120), dev12 0.915 (108/118).
// Raised to what the fortieth round reaches: dev11 0.858 (103/120), dev12 0.941 (111/118).
// Raised to what the forty-first round reaches: dev11 0.875 (105/120), dev12 0.966 (114/118).
const (
	minDev11F1, minDev11Speaker = 0.98, 0.875
	minDev12F1, minDev12Speaker = 0.99, 0.966
)

// TestDev11 scores the finder on dev11; the scoring is TestHeldout's.
func TestDev11(t *testing.T) {
	checkSet(t, "dev11.json", "dev11", minDev11F1, minDev11Speaker)
}

// TestDev12 scores the finder on dev12; the scoring is TestHeldout's.
func TestDev12(t *testing.T) {
	checkSet(t, "dev12.json", "dev12", minDev12F1, minDev12Speaker)
}

// Ratchets for the development sets dev13 and dev14 (testdata/dev13.json,
// dev14.json), two more of the blind sets' shape (every 40th from the
// 20th and the 35th, wrapping round the list; 36 and 35 articles, 122 and
// 120 quotes), annotated in the fifth session by engineers who had not
// seen annals' output on them, for a round to read. First scores, the
// code before the fifth session's rounds: dev13 quote F1 0.984, speakers
// 0.876 (106/121); dev14 F1 0.996, speakers 0.925 (111/120). With the
// thirty-ninth round's code, before any of their errors was read: dev13 0.884 (107/121), dev14
// 0.933 (112/120).
// Raised to what the fortieth round, which read their errors, reaches:
// dev13 0.959 (116/121), dev14 0.950 (114/120).
// Raised to what the forty-first round reaches: dev13 0.967 (117/121), dev14 0.958 (115/120).
const (
	minDev13F1, minDev13Speaker = 0.98, 0.966
	minDev14F1, minDev14Speaker = 0.99, 0.958
)

// TestDev13 scores the finder on dev13; the scoring is TestHeldout's.
func TestDev13(t *testing.T) {
	checkSet(t, "dev13.json", "dev13", minDev13F1, minDev13Speaker)
}

// TestDev14 scores the finder on dev14; the scoring is TestHeldout's.
func TestDev14(t *testing.T) {
	checkSet(t, "dev14.json", "dev14", minDev14F1, minDev14Speaker)
}

// Ratchets for the twenty-fifth and twenty-sixth sets
// (testdata/heldout24.json, heldout25.json), Reuters articles from line
// 10,000 on of the other blind sets' shape (every 40th with four or more
// quotation marks from the 0th and the 8th, wrapping round the list past
// the articles other sets use; 36 and 35 articles, 120 and 122 quotes;
// each file's "rule" says how), annotated blind in the fifth session, in
// parallel with its rounds 40 and 41, as the session's final check. The
// honest baselines, the code before the fifth session's rounds: heldout24
// quote F1 1.000, speakers 0.825 (99/120); heldout25 F1 0.996, speakers
// 0.860 (104/121). Scored once more with the forty-first round's code:
// heldout24 0.858 (103/120), heldout25 0.860 (104/121). Never read.
const (
	minHeldout24F1, minHeldout24Speaker = 0.99, 0.875
	minHeldout25F1, minHeldout25Speaker = 0.99, 0.867
)

// TestHeldout24 scores the finder on the twenty-fifth set; the scoring
// is TestHeldout's.
func TestHeldout24(t *testing.T) {
	checkSet(t, "heldout24.json", "twenty-fifth", minHeldout24F1, minHeldout24Speaker)
}

// TestHeldout25 scores the finder on the twenty-sixth set; the scoring
// is TestHeldout's.
func TestHeldout25(t *testing.T) {
	checkSet(t, "heldout25.json", "twenty-sixth", minHeldout25F1, minHeldout25Speaker)
}

// Ratchets for the development sets dev15, dev16 and dev17
// (testdata/dev15.json, dev16.json, dev17.json), three more of the blind
// sets' shape (Reuters lines from 10,000 on with four or more quotation
// marks, every 40th from the 3rd, 13th and 24th, going on with the next
// offset when a pass gave too few quotes; 42, 35 and 40 articles, 121, 124
// and 121 quotes; each file's "rule" says how and adds its conventions),
// annotated in the sixth session by engineers who had not seen annals'
// output on them, for later rounds to read. First scores, the code as the
// fifth session left it, each a fresh measurement: dev15 quote F1 0.996,
// speakers 0.893 (108/121); dev16 F1 0.984, speakers 0.887 (110/124);
// dev17 F1 1.000, speakers 0.934 (113/121); pooled 331/366 = 0.904.
// Raised after the forty-sixth round (role phrases after names, unnamed
// sources after "But" or a place, firm partners and "U.S. Hopes" as no
// one, pairs as "they", quoted people and appositive speakers as the last
// reporter, a panel as "it"): dev15 0.934 (113/121), dev16 0.911
// (113/124), dev17 0.967 (117/121); pooled 343/366 = 0.937.
// The forty-seventh round, developed beside the forty-sixth on the same
// sets (a firm's of-name before its officer, a passive cue, a document or participle-modified subject,
// "continued to", an unclosed quote's own attribution, the speaker named
// again between quotes): dev15 0.901 (109/121), dev16 0.919 (114/124),
// dev17 0.959 (116/121).
// Both rounds together: dev15 0.942 (114/121), dev16 0.944 (117/124),
// dev17 0.992 (120/121); pooled 351/366 = 0.959.
const (
	minDev15F1, minDev15Speaker = 0.99, 0.942
	minDev16F1, minDev16Speaker = 0.98, 0.943
	minDev17F1, minDev17Speaker = 0.99, 0.991
)

// TestDev15 scores the finder on dev15; the scoring is TestHeldout's.
func TestDev15(t *testing.T) {
	checkSet(t, "dev15.json", "dev15", minDev15F1, minDev15Speaker)
}

// TestDev16 scores the finder on dev16; the scoring is TestHeldout's.
func TestDev16(t *testing.T) {
	checkSet(t, "dev16.json", "dev16", minDev16F1, minDev16Speaker)
}

// TestDev17 scores the finder on dev17; the scoring is TestHeldout's.
func TestDev17(t *testing.T) {
	checkSet(t, "dev17.json", "dev17", minDev17F1, minDev17Speaker)
}

// Ratchets for the twenty-seventh and twenty-eighth sets
// (testdata/heldout26.json, heldout27.json), Reuters articles from line
// 10,000 on of the other blind sets' shape (every 40th with four or more
// quotation marks from the 19th, then the 21st, and from the 29th; 37 and
// 28 articles, 117 and 129 quotes; each file's "rule" says how),
// annotated blind at the sixth session's start, in parallel with its
// first rounds, as its check. The lead dropped one article of heldout26,
// a shortened copy of a heldout17 article, before scoring. The honest
// baselines, the code as the fifth session left it: heldout26 quote F1
// 0.992, speakers 0.863 (101/117); heldout27 F1 0.996, speakers 0.860
// (111/129). Never read.
const (
	minHeldout26F1, minHeldout26Speaker = 0.99, 0.880
	minHeldout27F1, minHeldout27Speaker = 0.99, 0.860
)

// TestHeldout26 scores the finder on the twenty-seventh set; the scoring
// is TestHeldout's.
func TestHeldout26(t *testing.T) {
	checkSet(t, "heldout26.json", "twenty-seventh", minHeldout26F1, minHeldout26Speaker)
}

// TestHeldout27 scores the finder on the twenty-eighth set; the scoring
// is TestHeldout's.
func TestHeldout27(t *testing.T) {
	checkSet(t, "heldout27.json", "twenty-eighth", minHeldout27F1, minHeldout27Speaker)
}

// Ratchets for the development sets dev18 and dev19 (testdata/dev18.json,
// dev19.json), two more of the blind sets' shape (every 40th from the 6th,
// and from the 39th then the 40th; 32 and 37 articles, 138 and 123
// quotes), annotated in the sixth session after its rounds 44 and 45 by
// engineers who had not seen annals' output on them. First scores, the
// code after round 45, each a fresh measurement: dev18 quote F1 0.996,
// speakers 0.891 (123/138); dev19 F1 0.976, speakers 0.869 (106/122).
// Raised after round 49 (read dev18 and dev19: sentence-opening "One" and
// "Another" as roles, people's adjectives as modifiers, brokers' analysts
// and document owners): dev18 0.899 -> 0.913 (126/138), dev19 0.877 ->
// 0.934 (114/122).
// Round 48, developed beside round 49 on the same sets (pronoun and
// role-span causes): dev18 F1 0.996, speakers 0.978 (135/138); dev19 F1 0.988,
// speakers 0.935 (115/123).
// Both rounds together: dev18 0.993 (137/138), dev19 F1 0.988, speakers
// 0.984 (121/123).
const (
	minDev18F1, minDev18Speaker = 0.99, 0.992
	minDev19F1, minDev19Speaker = 0.98, 0.983
)

// TestDev18 scores the finder on dev18; the scoring is TestHeldout's.
func TestDev18(t *testing.T) {
	checkSet(t, "dev18.json", "dev18", minDev18F1, minDev18Speaker)
}

// TestDev19 scores the finder on dev19; the scoring is TestHeldout's.
func TestDev19(t *testing.T) {
	checkSet(t, "dev19.json", "dev19", minDev19F1, minDev19Speaker)
}

// Ratchets for the development sets dev20 and dev21 (testdata/dev20.json,
// dev21.json), two more of the blind sets' shape (every 40th from the 11th
// then the 14th, and from the 33rd then the 34th; 37 and 40 articles, 122
// and 120 quotes), annotated in the sixth session after its round 47 by
// engineers who had not seen annals' output on them. First scores, the
// code after round 47, each a fresh measurement: dev20 quote F1 1.000,
// speakers 0.918 (112/122); dev21 F1 0.980, speakers 0.858 (103/120).
// Round 49 (developed on dev18 and dev19) names "the summary" of a World
// Bank report by its issuer, as the conventions for documents do, where
// dev21's gold writes "World Bank summary": dev21 0.850 (102/120).
// Round 50 (read dev20 and dev21) raised them to dev20 0.959 (117/122)
// and dev21 0.908 (109/120).
const (
	minDev20F1, minDev20Speaker = 0.99, 0.959
	minDev21F1, minDev21Speaker = 0.97, 0.908
)

// TestDev20 scores the finder on dev20; the scoring is TestHeldout's.
func TestDev20(t *testing.T) {
	checkSet(t, "dev20.json", "dev20", minDev20F1, minDev20Speaker)
}

// TestDev21 scores the finder on dev21; the scoring is TestHeldout's.
func TestDev21(t *testing.T) {
	checkSet(t, "dev21.json", "dev21", minDev21F1, minDev21Speaker)
}

// Ratchets for the twenty-ninth and thirtieth sets (testdata/heldout28.json,
// heldout29.json), Reuters articles from line 10,000 on of the other blind
// sets' shape (every 40th with four or more quotation marks from the 16th,
// and from the 36th then the 37th; 32 and 32 articles, 145 and 126
// quotes; each file's "rule" says how), annotated blind in the sixth
// session after its round 49 as a further check. The honest baselines,
// the code after round 49: heldout28 quote F1 0.993, speakers 0.917
// (132/144); heldout29 F1 0.992, speakers 0.960 (121/126). Never read.
const (
	minHeldout28F1, minHeldout28Speaker = 0.99, 0.916
	minHeldout29F1, minHeldout29Speaker = 0.99, 0.960
)

// TestHeldout28 scores the finder on the twenty-ninth set; the scoring
// is TestHeldout's.
func TestHeldout28(t *testing.T) {
	checkSet(t, "heldout28.json", "twenty-ninth", minHeldout28F1, minHeldout28Speaker)
}

// TestHeldout29 scores the finder on the thirtieth set; the scoring is
// TestHeldout's.
func TestHeldout29(t *testing.T) {
	checkSet(t, "heldout29.json", "thirtieth", minHeldout29F1, minHeldout29Speaker)
}

// Ratchets for the development sets dev22 and dev23 (testdata/dev22.json,
// dev23.json), two more of the blind sets' shape (every 40th from the 9th
// then the 14th, and from the 31st then the 34th; 36 and 31 articles, 122
// quotes each), annotated in the sixth session after its round 48 by
// engineers who had not seen annals' output on them. First scores, the
// code after round 48, each a fresh measurement: dev22 quote F1 0.992,
// speakers 0.902 (110/122); dev23 F1 0.992, speakers 0.901 (109/121;
// 113/123 on a draft of the set before the annotator replaced an article
// that copied another set's).
// Raised after round 51 (party tags, spelled-out acronyms, capitalised
// appositive roles, a firm modifying a role): dev22 0.910 (111/122),
// dev23 0.934 (113/121).
const (
	minDev22F1, minDev22Speaker = 0.99, 0.909
	minDev23F1, minDev23Speaker = 0.99, 0.933
)

// TestDev22 scores the finder on dev22; the scoring is TestHeldout's.
func TestDev22(t *testing.T) {
	checkSet(t, "dev22.json", "dev22", minDev22F1, minDev22Speaker)
}

// TestDev23 scores the finder on dev23; the scoring is TestHeldout's.
func TestDev23(t *testing.T) {
	checkSet(t, "dev23.json", "dev23", minDev23F1, minDev23Speaker)
}

// Ratchets for the thirty-first and thirty-second sets
// (testdata/heldout30.json, heldout31.json), Reuters articles from line
// 10,000 on of the other blind sets' shape (every 40th with four or more
// quotation marks from the 1st and the 23rd, going on with later offsets
// past the articles other sets use; 33 and 41 articles, 123 and 125
// quotes; each file's "rule" says how), annotated blind in the sixth
// session after its round 50, in parallel with its last round, as its
// final check. The honest baselines, the code after round 50: heldout30
// quote F1 0.996, speakers 0.935 (115/123); heldout31 F1 0.996, speakers
// 0.879 (109/124). Never read.
const (
	minHeldout30F1, minHeldout30Speaker = 0.99, 0.934
	minHeldout31F1, minHeldout31Speaker = 0.99, 0.879
)

// TestHeldout30 scores the finder on the thirty-first set; the scoring
// is TestHeldout's.
func TestHeldout30(t *testing.T) {
	checkSet(t, "heldout30.json", "thirty-first", minHeldout30F1, minHeldout30Speaker)
}

// TestHeldout31 scores the finder on the thirty-second set; the scoring
// is TestHeldout's.
func TestHeldout31(t *testing.T) {
	checkSet(t, "heldout31.json", "thirty-second", minHeldout31F1, minHeldout31Speaker)
}

// Ratchets for the development sets dev24 and dev25 (testdata/dev24.json,
// dev25.json), two more of the blind sets' shape (every 40th from the 18th
// then the 21st, and from the 38th then the 40th; 32 articles each, 123
// and 120 quotes), annotated in the sixth session after its round 51 by
// engineers who had not seen annals' output on them. First scores, the
// code after round 51, each a fresh measurement: dev24 quote F1 0.988,
// speakers 0.846 (104/123); dev25 F1 0.996, speakers 0.950 (114/120).
// Raised after round 52 (read dev24 and dev25) to dev24 0.927 (114/123)
// and dev25 0.967 (116/120).
const (
	minDev24F1, minDev24Speaker = 0.98, 0.926
	minDev25F1, minDev25Speaker = 0.99, 0.966
)

// TestDev24 scores the finder on dev24; the scoring is TestHeldout's.
func TestDev24(t *testing.T) {
	checkSet(t, "dev24.json", "dev24", minDev24F1, minDev24Speaker)
}

// TestDev25 scores the finder on dev25; the scoring is TestHeldout's.
func TestDev25(t *testing.T) {
	checkSet(t, "dev25.json", "dev25", minDev25F1, minDev25Speaker)
}
