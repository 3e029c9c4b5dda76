// Package examples holds the articles bundled with annals: a Wikinews
// article for the README's first command and a sample of 40 Wikinews
// articles (CC BY 2.5, see NOTICE) that `annals serve --demo` codes when no
// corpus is at hand.
package examples

import "embed"

// FS holds the bundled articles: *.txt (plain text, title on the first line)
// and *.jsonl.
//
//go:embed *.txt *.jsonl
var FS embed.FS
