// Package cameo is the CAMEO event codebook: every valid event code with its
// Goldstein score, PLOVER category, quad class and name.
//
// The table is generated from the GDELT Goldstein lookup and the PLOVER
// conversion table by internal/gen and embedded, so it costs nothing to load.
package cameo

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:generate sh -c "go run ./internal/gen -shared ../../shared/codebooks > codes.tsv"

//go:embed codes.tsv
var codesTSV string

// Info describes one CAMEO event code.
type Info struct {
	Code      string
	Root      string // the two-digit root
	Goldstein float64
	Plover    string // PLOVER event category; empty for the statement codes (01x), which PLOVER drops
	QuadClass int    // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Name      string
}

// Codebook maps CAMEO event codes to their Info. It is immutable and safe for
// concurrent use.
type Codebook struct {
	codes map[string]Info
}

// New parses the embedded codebook.
func New() *Codebook {
	cb := &Codebook{codes: make(map[string]Info, 320)}
	for _, line := range strings.Split(codesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		root := f[0][:2]
		cb.codes[f[0]] = Info{Code: f[0], Root: root, Goldstein: g, Plover: f[2], QuadClass: QuadClass(root), Name: f[3]}
	}
	return cb
}

// Lookup returns the Info of code and whether the code exists.
func (cb *Codebook) Lookup(code string) (Info, bool) {
	i, ok := cb.codes[code]
	return i, ok
}

// Len returns the number of codes.
func (cb *Codebook) Len() int { return len(cb.codes) }

// QuadClass returns the quad class of a two-digit CAMEO root, the way GDELT
// and Phoenix group them: 01–04 verbal cooperation, 05–08 material
// cooperation, 09–13 verbal conflict, 14–20 material conflict; 0 when root
// is not a root.
func QuadClass(root string) int {
	n, err := strconv.Atoi(root)
	switch {
	case err != nil || len(root) != 2:
		return 0
	case n >= 1 && n <= 4:
		return 1
	case n >= 5 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}
