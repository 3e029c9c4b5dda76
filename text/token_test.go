package text_test

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

// tok is an expected token: its text, Norm, Tag and Flags. An empty norm
// means the lower-cased text.
type tok struct {
	text, norm string
	tag        annals.Tag
	flags      annals.TokFlag
}

func (t tok) String() string {
	return fmt.Sprintf("%q/%q/%v/%s", t.text, t.norm, t.tag, flagString(t.flags))
}

var flagNames = []string{"Cap", "AllCaps", "Digit", "Punct", "Open", "Close", "Para", "Sent", "Hyphen", "Abbrev"}

func flagString(f annals.TokFlag) string {
	var b []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			b = append(b, n)
		}
	}
	return strings.Join(b, "|")
}

const (
	cap  = annals.Cap
	caps = annals.Cap | annals.AllCaps
	dig  = annals.Digit
	pun  = annals.Punct
	hyph = annals.Hyphen
	abbr = annals.Abbrev
	open = annals.Punct | annals.OpenQuote
	clos = annals.Punct | annals.CloseQuote
)

func w(text string, flags annals.TokFlag) tok { return tok{text: text, flags: flags} }
func wn(text, norm string, flags annals.TokFlag) tok {
	return tok{text: text, norm: norm, flags: flags}
}
func p(text, norm string, tag annals.Tag, flags annals.TokFlag) tok {
	return tok{text: text, norm: norm, tag: tag, flags: flags}
}

func TestTokenize(t *testing.T) {
	comma := p(",", ",", annals.COMMA, pun)
	stop := p(".", ".", annals.STOP, pun)
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"words and case", "The Taliban met NATO", []tok{w("The", cap), w("Taliban", cap), w("met", 0), w("NATO", caps)}},
		{"single capital is not all caps", "I A", []tok{w("I", cap), w("A", cap)}},
		{"hyphenated words", "al-Qaeda IS-K face-to-face 20-year US-led", []tok{
			w("al-Qaeda", hyph), w("IS-K", caps|hyph), w("face-to-face", hyph), w("20-year", dig|hyph), w("US-led", cap|hyph)}},
		{"non-breaking hyphen", "face\u2011to\u2011face", []tok{wn("face\u2011to\u2011face", "face-to-face", hyph)}},
		{"date", "on 2021-10-13.", []tok{w("on", 0), w("2021-10-13", dig|hyph), stop}},
		{"hyphen before space is a dash", "pre- and post-war", []tok{w("pre", 0), p("-", "-", annals.PUNCT, pun), w("and", 0), w("post-war", hyph)}},
		{"curly possessive", "Afghanistan’s economy", []tok{w("Afghanistan", cap), wn("’s", "'s", 0), w("economy", 0)}},
		{"straight possessive", "Afghanistan's", []tok{w("Afghanistan", cap), w("'s", 0)}},
		{"plural possessive", "the states' rights", []tok{w("the", 0), w("states", 0), wn("'", "'", 0), w("rights", 0)}},
		{"plural possessive curly", "the girls’ schools", []tok{w("the", 0), w("girls", 0), wn("’", "'", 0), w("schools", 0)}},
		{"possessive of hyphenated", "Secretary-General's", []tok{w("Secretary-General", cap|hyph), w("'s", 0)}},
		{"contractions n't", "can't won't don't isn't", []tok{
			wn("ca", "can", 0), w("n't", 0), wn("wo", "will", 0), w("n't", 0), w("do", 0), w("n't", 0), w("is", 0), w("n't", 0)}},
		{"curly contraction", "can’t", []tok{wn("ca", "can", 0), wn("n’t", "n't", 0)}},
		{"upper-case contraction", "CAN'T", []tok{wn("CA", "can", caps), wn("N'T", "n't", caps)}},
		{"clitics", "I'm we're they've he'll I'd", []tok{
			w("I", cap), w("'m", 0), w("we", 0), w("'re", 0), w("they", 0), w("'ve", 0), w("he", 0), w("'ll", 0), w("I", cap), w("'d", 0)}},
		{"apostrophe inside a name", "O'Brien Qur’an", []tok{wn("O'Brien", "o'brien", cap), wn("Qur’an", "qur'an", cap)}},
		{"decade", "the '90s", []tok{w("the", 0), w("'90s", dig)}},
		{"letter-dot abbreviations", "U.S. U.N. U.K. e.g. i.e. a.m. p.m. Ph.D.", []tok{
			w("U.S.", caps|abbr), w("U.N.", caps|abbr), w("U.K.", caps|abbr), w("e.g.", abbr), w("i.e.", abbr),
			w("a.m.", abbr), w("p.m.", abbr), w("Ph.D.", cap|abbr)}},
		{"title abbreviations", "Gen. Mr. Mrs. Dr. Sen. Rep. Gov. Lt. Col. Capt. Sgt. St.", []tok{
			w("Gen.", cap|abbr), w("Mr.", cap|abbr), w("Mrs.", cap|abbr), w("Dr.", cap|abbr), w("Sen.", cap|abbr),
			w("Rep.", cap|abbr), w("Gov.", cap|abbr), w("Lt.", cap|abbr), w("Col.", cap|abbr), w("Capt.", cap|abbr),
			w("Sgt.", cap|abbr), w("St.", cap|abbr)}},
		{"months", "Jan. Sept. Dec. May.", []tok{w("Jan.", cap|abbr), w("Sept.", cap|abbr), w("Dec.", cap|abbr), w("May", cap), stop}},
		{"company abbreviations", "Inc. Corp. Ltd. Co. vs. etc.", []tok{
			w("Inc.", cap|abbr), w("Corp.", cap|abbr), w("Ltd.", cap|abbr), w("Co.", cap|abbr), w("vs.", abbr), w("etc.", abbr)}},
		{"initial", "John F. Kennedy", []tok{w("John", cap), w("F.", cap|abbr), w("Kennedy", cap)}},
		{"No. before a number only", "No. 10 said no.", []tok{w("No.", cap|abbr), w("10", dig), w("said", 0), w("no", 0), stop}},
		{"lower-case title is a word", "the dr.", []tok{w("the", 0), w("dr", 0), stop}},
		{"abbreviation then hyphen", "U.S.-led", []tok{w("U.S.-led", cap|hyph)}},
		{"numbers", "1,000 5.93 155,221 10:30", []tok{w("1,000", dig), w("5.93", dig), w("155,221", dig), w("10:30", dig)}},
		{"comma between numbers", "1,2", []tok{w("1", dig), comma, w("2", dig)}},
		{"percent", "3.5%", []tok{w("3.5", dig), p("%", "%", annals.SYM, 0)}},
		{"currency", "$10 €5 £3", []tok{p("$", "$", annals.SYM, 0), w("10", dig), p("€", "€", annals.SYM, 0), w("5", dig), p("£", "£", annals.SYM, 0), w("3", dig)}},
		{"number then stop", "5.93 mln.", []tok{w("5.93", dig), w("mln", 0), stop}},
		{"straight double quotes", `said "We will go." Then`, []tok{
			w("said", 0), p(`"`, `"`, annals.QUOTE, open), w("We", cap), w("will", 0), w("go", 0), stop, p(`"`, `"`, annals.QUOTE, clos), w("Then", cap)}},
		{"curly double quotes", "“failed” pledges", []tok{p("“", `"`, annals.QUOTE, open), w("failed", 0), p("”", `"`, annals.QUOTE, clos), w("pledges", 0)}},
		{"guillemets and low mark", "«oui» „ja“", []tok{
			p("«", `"`, annals.QUOTE, open), w("oui", 0), p("»", `"`, annals.QUOTE, clos),
			p("„", `"`, annals.QUOTE, open), w("ja", 0), p("“", `"`, annals.QUOTE, clos)}},
		{"misplaced closing mark", "“We act swiftly “Following talks", []tok{
			p("“", `"`, annals.QUOTE, open), w("We", cap), w("act", 0), w("swiftly", 0), p("“", `"`, annals.QUOTE, clos), w("Following", cap), w("talks", 0)}},
		{"single quotes", "the ‘interim government.’ ok", []tok{
			w("the", 0), p("‘", "'", annals.QUOTE, open), w("interim", 0), w("government", 0), stop, p("’", "'", annals.QUOTE, clos), w("ok", 0)}},
		{"straight single quotes", "to 'wait and see' now", []tok{
			w("to", 0), p("'", "'", annals.QUOTE, open), w("wait", 0), w("and", 0), w("see", 0), p("'", "'", annals.QUOTE, clos), w("now", 0)}},
		{"quote after s closes an open quote", "the 'experts' view", []tok{
			w("the", 0), p("'", "'", annals.QUOTE, open), w("experts", 0), p("'", "'", annals.QUOTE, clos), w("view", 0)}},
		{"quote in brackets", `("No")`, []tok{
			p("(", "(", annals.PUNCT, pun), p(`"`, `"`, annals.QUOTE, open), w("No", cap), p(`"`, `"`, annals.QUOTE, clos), p(")", ")", annals.PUNCT, pun)}},
		{"punctuation", "a, b; c: (d) e! f? g...", []tok{
			w("a", 0), comma, w("b", 0), p(";", ";", annals.PUNCT, pun), w("c", 0), p(":", ":", annals.PUNCT, pun),
			p("(", "(", annals.PUNCT, pun), w("d", 0), p(")", ")", annals.PUNCT, pun), w("e", 0), p("!", "!", annals.STOP, pun),
			w("f", 0), p("?", "?", annals.STOP, pun), w("g", 0), p("...", "...", annals.PUNCT, pun)}},
		{"dashes", "a – b — c − d … e -- f", []tok{
			w("a", 0), p("–", "-", annals.PUNCT, pun), w("b", 0), p("—", "-", annals.PUNCT, pun), w("c", 0), p("−", "-", annals.PUNCT, pun),
			w("d", 0), p("…", "...", annals.PUNCT, pun), w("e", 0), p("--", "--", annals.PUNCT, pun), w("f", 0)}},
		{"unicode spaces", "a\u00a0b\u2009c\u200bd\u3000e", []tok{w("a", 0), w("b", 0), w("c", 0), w("d", 0), w("e", 0)}},
		{"non-ASCII letters", "Zürich ÉCOLE İstanbul", []tok{w("Zürich", cap), w("ÉCOLE", caps), wn("İstanbul", "istanbul", cap)}},
		{"acronym with ampersand", "AT&T", []tok{w("AT&T", caps)}},
		{"sentence glued to a stop", "North Carolina.Image: Paul", []tok{
			w("North", cap), w("Carolina", cap), stop, w("Image", cap), p(":", ":", annals.PUNCT, pun), w("Paul", cap)}},
		{"glued stop after a lower-case word", "the end.The next", []tok{w("the", 0), w("end", 0), stop, w("The", cap), w("next", 0)}},
		{"glued stop after an abbreviation keeps it", "the Gen.Smith", []tok{w("the", 0), w("Gen.", cap|abbr), w("Smith", cap)}},
		{"domain names stay whole", "Amazon.Com bbc.co.uk example.com", []tok{w("Amazon.Com", cap), w("bbc.co.uk", 0), w("example.com", 0)}},
		{"one capital after the stop stays whole", "Ph.D end.X", []tok{w("Ph.D", cap), w("end.X", 0)}},
		{"one letter before the stop stays whole", "a.Bc", []tok{w("a.Bc", 0)}},
		{"empty", "", nil},
		{"only spaces", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.Tokenize(tt.in, nil)
			var got []tok
			for _, k := range toks {
				got = append(got, tok{text: tt.in[k.Start:k.End], norm: k.Norm, tag: k.Tag, flags: k.Flags})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Tokenize(%q) =\n%v\nwant\n%v", tt.in, got, tt.want)
			}
			for i := range got {
				want := tt.want[i]
				if want.norm == "" {
					want.norm = strings.ToLower(want.text)
				}
				if got[i] != want {
					t.Errorf("token %d = %v, want %v", i, got[i], want)
				}
			}
		})
	}
}

// TestTokenizeAppends checks that Tokenize extends dst, with offsets into
// the new string.
func TestTokenizeAppends(t *testing.T) {
	dst := text.Tokenize("first words", nil)
	dst = text.Tokenize("Second", dst)
	if len(dst) != 3 || dst[2].Start != 0 || dst[2].End != 6 || dst[2].Norm != "second" {
		t.Fatalf("got %+v", dst)
	}
}

// TestTokenizeCallsApart checks that a call's Norms stay as they were
// after later calls, which reuse the arena the lower-cased forms are
// written in.
func TestTokenizeCallsApart(t *testing.T) {
	calls := []struct{ s, norms string }{
		{"ALPHA Beta gamma", "alpha beta gamma"},
		{"Delta EPSILON", "delta epsilon"},
		{"ZETA can't ETA", "zeta can n't eta"},
		{"", ""},
		{"Theta", "theta"},
	}
	var got [][]annals.Token
	for _, c := range calls {
		got = append(got, text.Tokenize(c.s, nil))
	}
	for i, c := range calls {
		var norms []string
		for _, k := range got[i] {
			norms = append(norms, k.Norm)
		}
		if n := strings.Join(norms, " "); n != c.norms {
			t.Errorf("Tokenize(%q) norms %q, want %q", c.s, n, c.norms)
		}
	}
}

// TestNormSharesText checks that a Norm equal to the text is the text
// itself, not a copy.
func TestNormSharesText(t *testing.T) {
	s := "the talks in doha"
	for _, k := range text.Tokenize(s, nil) {
		if unsafe.StringData(k.Norm) != unsafe.StringData(s[k.Start:]) {
			t.Errorf("Norm %q of [%d,%d) is a copy", k.Norm, k.Start, k.End)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"The Taliban’s “failed” pledges, U.S.-led talks.",
		"can't won't I'd O'Brien the states' '90s",
		"1,000 5.93 3.5% $10 2021-10-13 No. 10 e.g. a.m.",
		"«oui» „ja“ ‘x’ \"y\" 'z' … -- — \u00a0\u200b",
		"\xff\xfe bad", "a'", "'", "-", ".", "U.S.", "1,00", "A.-b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s, nil)
		checkTokens(t, s, toks)
	})
}
