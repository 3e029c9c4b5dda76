package where

import annals "github.com/annals-project/annals"

// Issue 5, the read sets' table-row misses (round 71): the tokenizer
// splits at the slash two kinds of table cell written as one word, a
// fraction ("CHICAGO      1/2 OVR MAY UNC", "SENECA       51/2 UND MAY",
// a basis of half a cent) and "n/a" for a figure not available ("SPENCER
// 69 n/a      SOUTH BEND", "ST JOSEPH  n/a SIOUX CITY   66 33"), so
// that tableRow found no second cell after the row's name, or no cell
// closing the row before it.

// splitCell reports whether tokens k to k+2 of sentence si are a cell
// the tokenizer split at its slash: a fraction ("1/2", "51/2") or "n/a",
// the three tokens written with no space between them.
func splitCell(doc *annals.Doc, si, k int) bool {
	if k < doc.Sentences[si].Tokens.Start || k+2 >= doc.Sentences[si].Tokens.End {
		return false
	}
	a, sl, b := &doc.Tokens[k], &doc.Tokens[k+1], &doc.Tokens[k+2]
	if sl.Norm != "/" || a.End != sl.Start || sl.End != b.Start {
		return false
	}
	return allDigits(a.Norm) && allDigits(b.Norm) || a.Norm == "n" && b.Norm == "a"
}

// cellAfter returns the token after the table cell that opens at token
// k of sentence si: k+3 after a fraction that splitCell reads, before
// the sentence's end, else k+1.
func cellAfter(doc *annals.Doc, si, k int) int {
	if k+3 < doc.Sentences[si].Tokens.End && allDigits(doc.Tokens[k].Norm) && splitCell(doc, si, k) {
		return k + 3
	}
	return k + 1
}

// allDigits reports whether s is a run of ASCII digits, one or more.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
