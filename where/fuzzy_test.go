package where

import "testing"

// osa is the optimal string alignment distance between a and b, the slow
// reference oneSlip is checked against.
func osa(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestOneSlip(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"guenica", "guanica", true},
		{"guanica", "guanicaa", true},
		{"guanica", "gunica", true},
		{"guanica", "gaunica", true},
		{"guanica", "gnaauica", false},
		{"guanica", "guaxixa", false},
		{"abc", "abcde", false},
	} {
		if got := oneSlip([]byte(tt.a), tt.b); got != tt.want {
			t.Errorf("oneSlip(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzOneSlip(f *testing.F) {
	f.Add("guenica", "guanica")
	f.Add("ab", "ba")
	f.Fuzz(func(t *testing.T, a, b string) {
		if a == b || len(a) > 40 || len(b) > 40 {
			return
		}
		if got, want := oneSlip([]byte(a), b), osa(a, b) == 1; got != want {
			t.Errorf("oneSlip(%q, %q) = %v, osa says %v", a, b, got, want)
		}
	})
}

func TestNearIn(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		key       string
		countries []string
		want      string
	}{
		{"guenica", []string{"PRI"}, "Guánica"},
		{"guenica", []string{"USA"}, ""}, // not a town of the country named
		{"guanica", []string{"PRI"}, ""}, // exact names are the index's
		{"xyzzyq", []string{"PRI", "USA"}, ""},
	} {
		got := ""
		if p := g.nearIn([]byte(tt.key), tt.countries); p >= 0 {
			got = g.places[p].Name
		}
		if got != tt.want {
			t.Errorf("nearIn(%q, %v) = %q, want %q", tt.key, tt.countries, got, tt.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ a, b string }{
		{"maidan shahr", "midan shahr"},
		{"mokha", "al mukha"},
		{"mazar-i-sharif", "mazar-e sharif"},
		{"sanaa", "sana'a"},
	}
	for _, tt := range tests {
		if a, b := string(skeleton(nil, tt.a)), string(skeleton(nil, tt.b)); a != b {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q: want equal", tt.a, a, tt.b, b)
		}
	}
	if a, b := string(skeleton(nil, "kabul")), string(skeleton(nil, "kandahar")); a == b {
		t.Errorf("kabul and kandahar share skeleton %q", a)
	}
}

// FuzzSkeleton checks that any folded name yields a skeleton with no
// vowel and no letter twice in a row, without panicking.
func FuzzSkeleton(f *testing.F) {
	for _, s := range []string{"maidan shahr", "al mukha", "", "al ", "aa-bb''cc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sk := skeleton(nil, s)
		for i, b := range sk {
			if b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y' {
				t.Fatalf("skeleton(%q) = %q keeps a vowel", s, sk)
			}
			if i > 0 && sk[i-1] == b {
				t.Fatalf("skeleton(%q) = %q repeats %q", s, sk, b)
			}
		}
	})
}
