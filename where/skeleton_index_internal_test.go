package where

import (
	"slices"
	"strings"
	"testing"
)

// switchSkeleton is skeleton as first written, with a switch a byte and
// a fresh destination: the reference for the table-driven one.
func switchSkeleton(key string) string {
	for _, art := range [...]string{"al ", "al-", "el ", "el-"} {
		if len(key) > len(art) && key[:len(art)] == art {
			key = key[len(art):]
			break
		}
	}
	var dst []byte
	for i := 0; i < len(key); i++ {
		b := key[i]
		switch b {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			b = '.'
		case '\'':
			continue
		case '-':
			b = ' '
		}
		if n := len(dst); n > 0 && dst[n-1] == b {
			continue
		}
		dst = append(dst, b)
	}
	return string(dst)
}

// loaded returns the shared gazetteer, failing t when it does not load.
func loaded(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSkeletonTable checks skeleton against the switch it replaced on
// every city's key, on every byte value between others, and appended
// after other text, whose last byte it must not compare with.
func TestSkeletonTable(t *testing.T) {
	g := loaded(t)
	keys := slices.Clone(g.keys)
	for c := 0; c < 256; c++ {
		b := string([]byte{byte(c)})
		keys = append(keys, b, "a"+b+b+"b", "al "+b, "el-"+b+"'"+b, b+"-"+b+"e")
	}
	for _, k := range keys {
		want := switchSkeleton(k)
		if got := string(skeleton(nil, k)); got != want {
			t.Fatalf("skeleton(%q) = %q, want %q", k, got, want)
		}
		for _, prefix := range []string{"x", ".", " ", want} {
			if got := string(skeleton([]byte(prefix), k)); got != prefix+want {
				t.Fatalf("skeleton(%q, %q) = %q, want %q", prefix, k, got, prefix+want)
			}
		}
	}
}

// TestSkeletonIndex checks the skeleton index against a map of lists
// built from every city as indexSkeletons first did: each skeleton finds
// its cities, in the order of places, and skeletons no city has find none.
func TestSkeletonIndex(t *testing.T) {
	g := loaded(t)
	want := map[string][]int32{}
	for p, k := range g.keys {
		if len(k) > 64 {
			continue
		}
		if sk := switchSkeleton(k); consonants([]byte(sk)) >= minSkeleton {
			want[sk] = append(want[sk], int32(p))
		}
	}
	x := g.skeletons()
	if len(x.cities) != len(x.ends) || len(x.cities) != len(x.next) || len(x.slots) < 2*len(x.cities) {
		t.Fatalf("index of %d cities, %d ends, %d links, %d slots", len(x.cities), len(x.ends), len(x.next), len(x.slots))
	}
	n := 0
	for sk, list := range want {
		var got []int32
		for e := x.find([]byte(sk)); e >= 0; e = x.next[e] {
			got = append(got, x.cities[e])
		}
		if !slices.Equal(got, list) {
			t.Errorf("skeleton %q finds %v, want %v", sk, got, list)
		}
		n += len(list)
		if e := x.find([]byte(sk + "q")); e >= 0 && want[sk+"q"] == nil {
			t.Errorf("skeleton %q, which no city has, finds %d", sk+"q", x.cities[e])
		}
	}
	if n != len(x.cities) || n < 40_000 {
		t.Errorf("%d cities in the reference, %d in the index", n, len(x.cities))
	}
	for _, sk := range []string{"", "q", strings.Repeat("z", 70)} {
		if e := x.find([]byte(sk)); e >= 0 {
			t.Errorf("skeleton %q finds %d", sk, x.cities[e])
		}
	}
}
