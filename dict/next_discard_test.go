package dict

import (
	"errors"
	"os"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/data"
)

// TestNextDiscardAgrees checks that NextDiscard stops at the first
// token MayDiscard lets through, and that filterHash hashes as the
// bytes it reads packed one by one do, for every word of the
// dictionaries
// (annals' own and, where the shared folder has them, Phoenix's) set
// among words that begin no discard phrase.
func TestNextDiscardAgrees(t *testing.T) {
	dicts := ownAndPhoenix(t)
	for name, d := range dicts {
		var words []string
		for _, tr := range []*trie{d.actors, d.agents, d.discards} {
			for _, w := range tr.vocabWords() {
				words = append(words, w)
			}
		}
		stops := 0
		for _, w := range words {
			if got, want := filterHash(w), bytewiseFilterHash(w); got != want {
				t.Fatalf("%s: filterHash(%q) = %d, the bytewise form gives %d", name, w, got, want)
			}
			toks := []annals.Token{{Norm: w}, {Norm: w}}
			want := len(toks)
			for i := range toks {
				if d.MayDiscard(&toks[i]) {
					want = i
					break
				}
			}
			if got := d.NextDiscard(toks, 0, len(toks)); got != want {
				t.Fatalf("%s: NextDiscard over %q = %d, MayDiscard says %d", name, w, got, want)
			}
			if got := d.NextDiscard(toks, 1, 1); got != 1 {
				t.Fatalf("%s: NextDiscard over an empty range = %d, want its end", name, got)
			}
			if want == 0 {
				stops++
			}
		}
		if len(d.Discards) > 0 && stops == 0 {
			t.Errorf("%s: NextDiscard stopped at no word", name)
		}
	}
}

// isDir reports whether dir is a directory (the shared folder may lack one).
// ownAndPhoenix loads annals' own dictionaries and, where the shared
// folder has them, the Phoenix dictionaries, keyed "annals" and "phoenix"
// (Phoenix's malformed lines are skipped as LoadPetrarch reports them).
func ownAndPhoenix(t *testing.T) map[string]*Dict {
	t.Helper()
	own, err := Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	dicts := map[string]*Dict{"annals": own}
	if dir := "../../shared/dictionaries/phoenix"; isDir(dir) {
		files, err := PhoenixFiles(os.DirFS(dir), ".")
		if err != nil {
			t.Fatal(err)
		}
		pd, err := LoadPetrarch(os.DirFS(dir), files)
		var l ErrorList
		if err != nil && !errors.As(err, &l) {
			t.Fatal(err)
		}
		dicts["phoenix"] = pd
	}
	return dicts
}

func isDir(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// bytewiseFilterHash is filterHash spelt out for each length: the
// bytes it reads, packed one by one.
func bytewiseFilterHash(w string) uint32 {
	var picked []byte
	switch n := len(w); {
	case n >= 2:
		picked = []byte{w[0], w[1], w[n-2], w[n-1]}
	case n == 1:
		picked = []byte{w[0]}
	}
	x := uint64(len(w)) << 59
	for i, c := range picked {
		x ^= uint64(c) << (8 * i)
	}
	return uint32(x * 0x9E3779B97F4A7C15 >> 48)
}
