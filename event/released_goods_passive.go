package event

import "github.com/annals-project/annals"

// passiveGoodsReleased reports whether a passive release, or its negated
// form, a refusal to release (1243), has goods or a text for its subject:
// "Data on 1986 capital flows between West Germany and the Netherlands
// have not yet been released", "in a statement made in his Jamba
// headquarters and released by UNITA's Washington office". In the passive
// the thing released stands before the verb; when it is a measure, a
// commodity or a text (releasedGoods), figures are published or a
// statement is issued, and nobody is set free or held back, whatever
// parties the subject's modifiers name. The subject is read as the first
// noun after the nearest clause boundary before the verb: a comma, "that",
// "which", "who" or a finite verb.
func (sc *sentCtx) passiveGoodsReleased(vg *annals.VerbGroup, code string) bool {
	if len(code) < 3 || code[:3] != "084" && code != "1243" {
		return false
	}
	toks := sc.doc.Tokens
	if h := lemma(&toks[vg.Head]); h != "release" && h != "free" {
		return false
	}
	j := vg.Tokens.Start - 1
	for n := 0; j >= sc.start && n < 16; j, n = j-1, n+1 {
		t := &toks[j]
		if t.Tag == annals.STOP || t.Tag == annals.COMMA || t.Norm == ";" || t.Norm == "that" || t.Norm == "which" || t.Norm == "who" ||
			t.Tag == annals.MD || t.Tag == annals.VBD || t.Tag == annals.VBZ || t.Tag == annals.VBP {
			break
		}
	}
	if j >= sc.start && vg.Tokens.Start-1-j >= 16 {
		return false // no boundary near: the subject is not found
	}
	for k := j + 1; k < vg.Tokens.Start; k++ {
		if t := &toks[k]; t.Tag.IsNoun() {
			return releasedGoods[lemma(t)]
		}
	}
	return false
}
