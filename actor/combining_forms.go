package actor

import "github.com/annals-project/annals"

// A combining form is the bound stem a country takes as the first half of
// a hyphenated adjective: "Sino-British agreement", "Sino-U.S. joint
// venture", "Sino-Soviet talks". It is never a word on its own, so it is
// read as its country only inside a hyphenated token with a second half
// and written with a capital ("casino-style" holds no country). Only the
// forms that name one country and nothing else are listed: "Anglo-"
// (Anglo American, Anglo-Saxon), "Franco-" (a surname) and "Indo-"
// (Indo-China, Indo-European) also name firms, people or regions.
var combiningForms = map[string]string{
	"sino": "china",
}

// combiningForm returns the country word that the first half part of a
// hyphenated token stands for, as the dictionary names it, or part
// itself when part is no combining form or nothing follows it.
func combiningForm(part, rest string, flags annals.TokFlag) string {
	if rest == "" || flags&annals.Cap == 0 {
		return part
	}
	if w, ok := combiningForms[part]; ok {
		return w
	}
	return part
}
