package ingest_test

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/ingest"
)

// signReference is the plain statement of Sign: MinHash over FNV-1a hashes
// of the word trigrams of strings.Fields(strings.ToLower(text)), cut after
// 2,000 bytes of words. Sign must give exactly its signatures, or those
// stored by earlier runs would no longer find their copies.
func signReference(text string) (ingest.Signature, bool) {
	var sig ingest.Signature
	if len(text) > 4000 {
		text = text[:4000]
	}
	words := strings.Fields(strings.ToLower(text))
	n := 0
	for i := range words {
		n += len(words[i]) + 1
		if n > 2000 {
			words = words[:i+1]
			break
		}
	}
	if len(words) < 10 {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+3] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for j := range sig {
			if v := uint32(splitmix(x ^ seed(j))); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, true
}

func seed(j int) uint64 {
	x := uint64(0x9e3779b97f4a7c15)
	for i := 0; i <= j; i++ {
		x = splitmix(x + uint64(i))
	}
	return x
}

func splitmix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ (x >> 31)
}

var signCases = []string{
	"",
	"too short to sign at all",
	"The Taliban met European Union envoys in Doha on Tuesday, officials said, and talks will go on.",
	"THE TALIBAN MET EUROPEAN UNION ENVOYS IN DOHA ON TUESDAY, OFFICIALS SAID, AND TALKS WILL GO ON.",
	"  lots\t\tof\n\nwhite\vspace\fand\r\rcarriage returns between the eleven or so words here  ",
	"Ünïcödé İstanbul ΑΘΗΝΑ words\u00a0joined\u0085by\u3000unusual spaces in a sentence long enough",
	"invalid \xff\xfe bytes \xc3 in the middle of a text that has enough words to be signed ok",
	strings.Repeat("word ", 900) + strings.Repeat("Ä", 1500), // cut inside a two-byte character
	strings.Repeat("a b c d e f g h i j ", 300),              // many one-letter words: the word cap
	strings.Repeat("longerword ", 500),
}

func TestSignMatchesReference(t *testing.T) {
	for _, s := range signCases {
		got, gok := ingest.Sign(s)
		want, wok := signReference(s)
		if got != want || gok != wok {
			t.Errorf("Sign(%.40q) = %v, %v; want the reference's %v", s, got[:2], gok, wok)
		}
	}
	// And the articles of the Reuters corpus, when present.
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "reuters21578.jsonl"))
	if err != nil {
		t.Logf("corpus check skipped: %v", err)
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	n := 0
	for sc.Scan() && n < 2000 {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		n++
		got, gok := ingest.Sign(a.Text)
		want, wok := signReference(a.Text)
		if got != want || gok != wok {
			t.Fatalf("article %d: Sign differs from the reference", n)
		}
	}
}

func FuzzSign(f *testing.F) {
	for _, s := range signCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gok := ingest.Sign(s)
		want, wok := signReference(s)
		if got != want || gok != wok {
			t.Errorf("Sign(%q) differs from the reference", s)
		}
	})
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat("The Taliban met European Union envoys in Doha on Tuesday. ", 30)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ingest.Sign(text)
	}
}

func TestIndexNearest(t *testing.T) {
	base := strings.Repeat("Oil ministers from the producing countries met in Vienna on Monday to discuss output quotas. ", 4)
	words := strings.Fields(base)
	words[len(words)-3] = "Tuesday" // one changed word: a near copy
	near := strings.Join(words, " ")
	other := strings.Repeat("The central bank raised its key lending rate by half a point after inflation rose again in March. ", 4)
	sig := func(s string) *ingest.Signature {
		g, ok := ingest.Sign(s)
		if !ok {
			t.Fatalf("Sign(%.20q) = false", s)
		}
		return &g
	}
	x := ingest.NewIndex(0.8)
	if h, _ := x.Nearest(sig(base)); h != "" {
		t.Errorf("empty index found %q", h)
	}
	x.Add("base", sig(base))
	x.Add("other", sig(other))
	x.Add("base again", sig(base))
	if h, s := x.Nearest(sig(near)); h != "base" || s < 0.8 || s >= 1 {
		t.Errorf("Nearest(near copy) = %q, %.2f; want the earliest of the equals, base, below 1", h, s)
	}
	if h, s := x.Nearest(sig(other)); h != "other" || s != 1 {
		t.Errorf("Nearest(other) = %q, %.2f; want other, 1", h, s)
	}
	if h, _ := x.Nearest(sig(strings.Repeat("Completely unrelated words about football results and the weekend weather forecast. ", 4))); h != "" {
		t.Errorf("unrelated text matched %q", h)
	}
	if x.Len() != 3 {
		t.Errorf("Len = %d, want 3", x.Len())
	}
}
