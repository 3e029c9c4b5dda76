package event

import "github.com/annals-project/annals"

// prospectInfinitive reports whether an infinitive hangs on a noun of
// prospect ("ruled out a tax on foreign oil as a way to curb imports and
// to help the depressed domestic oil industry", "seeking means to aid
// the farmers"): the act names what the noun would be for, not something
// the subject did, so it is open like unrealised's "the task of forming
// a government". The walk goes back from the infinitive's "to" over the
// words of the first purpose ("curb imports and"), never over a comma, a
// finite verb or more than ten words, to a "to" right after a noun of
// prospect.
func (sc *sentCtx) prospectInfinitive(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if toks[vg.Head].Tag != annals.VB {
		return false
	}
	j := vg.Tokens.Start
	if toks[j].Tag != annals.TO {
		j--
	}
	if j <= sc.start || toks[j].Tag != annals.TO {
		return false
	}
	for n := 0; j > sc.start && n < 10; n++ {
		tk := &toks[j]
		switch {
		case tk.Tag == annals.TO:
			if prev := &toks[j-1]; prev.Tag.IsNoun() && prospectNouns[prev.Norm] {
				return true
			}
		case tk.Tag == annals.COMMA || tk.Tag == annals.STOP:
			return false
		case tk.Tag.IsVerb() && tk.Tag != annals.VB:
			return false
		}
		j--
	}
	return false
}
