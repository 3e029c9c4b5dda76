// Package data holds annals' own dictionaries, embedded in the binary: actor
// dictionaries (actors/*.txt), role words (agents.txt), verb patterns
// (verbs/*.txt) and discards (discards.txt). The format is described in
// docs/dictionaries.md.
package data

import "embed"

// FS is the embedded dictionary tree, in the layout dict.Load expects.
//
//go:embed actors/*.txt agents.txt verbs/*.txt discards.txt
var FS embed.FS
