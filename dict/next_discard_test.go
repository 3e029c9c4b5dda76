package dict

import (
	"errors"
	"os"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/data"
)

// TestNextDiscardAgrees checks that NextDiscard stops at the first
// token MayDiscard lets through, and that filterHash, which halves the
// length unsigned, hashes as the signed form did, for every word of the
// dictionaries
// (annals' own and, where the shared folder has them, Phoenix's) set
// among words that begin no discard phrase.
func TestNextDiscardAgrees(t *testing.T) {
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
	for name, d := range dicts {
		var words []string
		for _, tr := range []*trie{d.actors, d.agents, d.discards} {
			for w := range tr.vocab {
				words = append(words, w)
			}
		}
		stops := 0
		for _, w := range words {
			if got, want := filterHash(w), signedFilterHash(w); got != want {
				t.Fatalf("%s: filterHash(%q) = %d, the signed form gives %d", name, w, got, want)
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
func isDir(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// signedFilterHash is filterHash as written with a signed length.
func signedFilterHash(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	if n > 0 {
		h ^= uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16
	}
	h *= 0x85EBCA6B
	return h >> 16
}
