package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// rankWords may stand between a body's name and an officer's title
// without being part of the role word: "MITI Vice Minister", "MITI Deputy
// Director General".
var rankWords = map[string]bool{
	"vice": true, "deputy": true, "senior": true, "parliamentary": true, "permanent": true,
}

// bodyOfTitle returns the code of the organisation named right before a
// titled person's role word at token j ("Ministry of International Trade
// and Industry (MITI) Vice Minister Makoto Kuroda", "Brazilian Coffee
// Institute (IBC) President Jorio Dauster"): the officer is the body's,
// where the bare title took the story's country. A rank word and the
// body's acronym in brackets may come between. Only mentions of this
// sentence, from token start on, are read; it returns "" when no coded
// organisation ends there, or the title is lower-case.
func bodyOfTitle(doc *annals.Doc, start, j int) string {
	toks := doc.Tokens
	if toks[j].Flags&annals.Cap == 0 {
		return "" // "(NSC) aide President Reagan": a lower-case word describes him
	}
	k := j
	for k > start && rankWords[toks[k-1].Norm] && toks[k-1].Flags&annals.Cap != 0 {
		k--
	}
	if k-3 >= start && toks[k-1].Norm == ")" && toks[k-3].Norm == "(" {
		k -= 3 // "(MITI)": the acronym restates the body before it
	}
	for i := len(doc.Mentions) - 1; i >= 0; i-- {
		p := &doc.Mentions[i]
		if p.Tokens.Start < start {
			break
		}
		if p.Tokens.End == k && p.Kind == annals.ActorMention && p.Type == "ORG" && p.Code != "" {
			return p.Code
		}
	}
	return ""
}

// afterFirmName reports whether the title at token j follows a firm's
// name that ends in a company suffix (firmSuffixes), a rank word allowed
// between: "American Express Co President Louis Gerstner" is the firm's
// officer, not a head of state. Where no mention codes the firm
// (bodyOfTitle), its country is unknown: the story's may be another
// ("Goldman Sachs (Japan) Corp president" in a Tokyo story).
func afterFirmName(toks []annals.Token, start, j int) bool {
	k := j
	for k > start && rankWords[toks[k-1].Norm] {
		k--
	}
	return k > start && toks[k-1].Flags&annals.Cap != 0 && firmSuffixes[strings.TrimSuffix(toks[k-1].Norm, ".")]
}
