package quote_test

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals/quote"
)

// TestFindStress runs one Finder over damaged copies of real articles
// (Reuters lines 0-9,999 and all of Wikinews): cut short at several
// offsets, mid-word and mid-quotation among them, stripped of their
// quotation marks (all, or one at a time) or with every mark doubled,
// opened at a quotation mark, upper- or lower-cased
// throughout, and with their paragraphs in reverse order. Feeds carry
// every one of these shapes, and the speaker rules index tokens around a
// cue freely, so no shape may panic or report an offset outside its text.
// Lines from 10,000 on, where the blind sets come from, are never read.
func TestFindStress(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the stress run takes several seconds")
	}
	var texts []string
	arts := readCorpus(t, "reuters21578.jsonl")
	for i := 0; i < len(arts) && i < surveyReuters; i++ {
		texts = append(texts, arts[i].Text)
	}
	for _, a := range readCorpus(t, "wikinews.jsonl") {
		texts = append(texts, a.Text)
	}
	f := quote.New()
	var dst []quote.Found
	runs, found, bad := 0, 0, 0
	step := 1
	if raceOn {
		step = 8 // the race detector's tenfold cost: a sample of the articles
	}
	for i, text := range texts {
		if i%step != 0 {
			continue
		}
		for _, v := range mutations(text) {
			var ok bool
			dst, ok = findChecked(t, f, fmt.Sprintf("text %d, %s", i, v.name), v.text, dst[:0])
			runs++
			found += len(dst)
			if !ok {
				if bad++; bad == 20 {
					t.Fatal("stopping after 20 failures")
				}
			}
		}
	}
	t.Logf("%d damaged texts from %d articles, %d quotations", runs, len(texts), found)
	if found < 10000/step {
		t.Fatalf("only %d quotations in the damaged texts; the mutations lost the quotes", found)
	}
}

// variant is a damaged copy of an article and how it was damaged.
type variant struct{ name, text string }

// mutations returns the damaged copies of text that TestFindStress feeds
// the finder. Articles without a quotation mark get only the cheap cuts:
// no quote, no speaker rule runs.
func mutations(text string) []variant {
	var vs []variant
	for _, k := range []int{1, 2, 3, 5} {
		n := len(text) * k / 6
		vs = append(vs, variant{fmt.Sprintf("cut at %d", n), text[:n]})
	}
	if !strings.ContainsAny(text, "\"“”‘’") {
		return vs
	}
	// Cuts inside words (possibly inside a UTF-8 sequence) and inside
	// quotations: at, and a few bytes after, the first, a middle and the
	// last of the marks and words the speaker rules look around.
	for _, mark := range []string{"\"", "“", "”", "'", " said", " says", " told", " according to", " added",
		"(", ")", "<", ">", " he ", " she ", " One", " Mr.", ",", ":", ".", "\n\n"} {
		var at []int
		for i, n := 0, 0; n < 40; n++ {
			k := strings.Index(text[i:], mark)
			if k < 0 {
				break
			}
			at = append(at, i+k)
			i += k + len(mark)
		}
		if len(at) == 0 {
			continue
		}
		for _, i := range []int{at[0], at[len(at)/2], at[len(at)-1]} {
			for _, d := range []int{0, 1, len(mark), len(mark) + 1, len(mark) + 3} {
				if n := i + d; n <= len(text) {
					vs = append(vs, variant{fmt.Sprintf("cut %d bytes into %q at %d", d, mark, i), text[:n]})
				}
			}
		}
	}
	// One mark at a time taken out, or the text opened at it: a quotation
	// left unbalanced runs on into its attribution ("Jess Mears and I
	// witnessed …,\" said Dasbach").
	for i, n := 0, 0; i < len(text) && n < 60; i++ {
		if text[i] == '"' {
			vs = append(vs, variant{fmt.Sprintf("mark at %d removed", i), text[:i] + text[i+1:]},
				variant{fmt.Sprintf("opened at the mark at %d", i), text[i:]})
			n++
		}
	}
	noMarks := strings.NewReplacer("\"", "", "“", "", "”", "").Replace(text)
	doubled := strings.NewReplacer("\"", "\"\"", "“", "““", "”", "””").Replace(text)
	paras := strings.Split(text, "\n\n")
	slices.Reverse(paras)
	return append(vs,
		variant{"marks removed", noMarks},
		variant{"marks doubled", doubled},
		variant{"opening marks only", strings.NewReplacer("”", "“").Replace(text)},
		variant{"upper case", strings.ToUpper(text)},
		variant{"lower case", strings.ToLower(text)},
		variant{"paragraphs reversed", strings.Join(paras, "\n\n")},
		variant{"one paragraph", strings.ReplaceAll(text, "\n\n", " ")},
	)
}

// findChecked runs f on text, turning a panic into a test failure that
// names the damaged text, and checks every offset of what it finds. It
// reports false when it failed the test.
func findChecked(t *testing.T, f *quote.Finder, name, text string, dst []quote.Found) (out []quote.Found, ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: panic %v at %s on %.200q", name, r, panicSite(), text)
			out, ok = dst, false
		}
	}()
	out = f.Find(text, dst)
	for _, q := range out {
		inText := func(a, b int) bool { return 0 <= a && a <= b && b <= len(text) }
		switch {
		case !inText(q.Start, q.End):
			t.Errorf("%s: content [%d,%d) outside %d bytes", name, q.Start, q.End, len(text))
		case q.SpeakerStart != -1 && !inText(q.SpeakerStart, q.SpeakerEnd),
			q.SpeakerStart == -1 && q.SpeakerEnd != -1:
			t.Errorf("%s: speaker [%d,%d) outside %d bytes", name, q.SpeakerStart, q.SpeakerEnd, len(text))
		case q.CueStart != -1 && !inText(q.CueStart, q.CueEnd):
			t.Errorf("%s: cue [%d,%d) outside %d bytes", name, q.CueStart, q.CueEnd, len(text))
		case q.SpeakerStart >= 0 && text[q.SpeakerStart:q.SpeakerEnd] != q.Speaker:
			t.Errorf("%s: speaker span [%d,%d) does not hold %q", name, q.SpeakerStart, q.SpeakerEnd, q.Speaker)
		default:
			continue
		}
		return out, false
	}
	return out, true
}

// panicSite returns the file:line of the innermost frame in the quote
// package's own code on the panicking goroutine, for the failure message.
func panicSite() string {
	pc := make([]uintptr, 64)
	frames := runtime.CallersFrames(pc[:runtime.Callers(3, pc)])
	for {
		fr, more := frames.Next()
		if strings.Contains(fr.Function, "annals/quote.") && !strings.HasSuffix(fr.File, "_test.go") && !strings.HasSuffix(fr.Function, ").word") {
			return fmt.Sprintf("%s:%d", fr.File[strings.LastIndex(fr.File, "/")+1:], fr.Line)
		}
		if !more {
			return "?"
		}
	}
}
