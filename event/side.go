package event

import "github.com/annals-project/annals"

// sideRemark reports whether vg is a bare past participle heading a side
// remark about a noun: set off by commas after it ("Britain, backed by the
// Netherlands, opposed the tax") or opening the sentence before its subject
// ("Backed by Iran, the rebels attacked"). Such a phrase is background the
// writer hangs on a noun, not the sentence's news, so the gold sets never
// code it; the main clause's own verb still is.
func (sc *sentCtx) sideRemark(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	h := vg.Head
	if !vg.Passive || toks[h].Tag != annals.VBN {
		return false
	}
	for j := vg.Tokens.Start; j < h; j++ {
		if toks[j].Tag != annals.RB {
			return false // "was backed", "have been led": an auxiliary makes a clause
		}
	}
	s := vg.Tokens.Start
	// The remark closes at a comma before any finite verb.
	for j := h + 1; ; j++ {
		if j >= sc.end || toks[j].Norm == ";" || toks[j].Norm == ":" {
			return false
		}
		if t := toks[j].Tag; t == annals.VBD || t == annals.VBZ || t == annals.VBP || t == annals.MD {
			return sc.reducedRelative(vg, s)
		}
		if toks[j].Tag == annals.COMMA {
			break
		}
	}
	for s > sc.start && toks[s-1].Tag == annals.RB {
		s-- // "strongly backed by"
	}
	if s == sc.start {
		return true // "Backed by Iran, the rebels ..."
	}
	if toks[s-1].Tag != annals.COMMA || s-2 < sc.start {
		return false
	}
	n := &toks[s-2]
	return n.Tag.IsNoun() || n.Tag == annals.PRP || n.Norm == ")"
}

// towardThird reports whether code names support, praise, recognition,
// apology or forgiveness (051-056): acts aimed at a third party, not done
// among the actors of a compound agent. "The pact, which is backed by
// Kuwait and the UAE" has Kuwait and the UAE back the pact, not each other,
// as "was signed by Shultz and Halefoglu" has them sign with each other.
func towardThird(code string) bool {
	return len(code) >= 3 && code[:2] == "05" && code[2] >= '1' && code[2] <= '6'
}

// stateAndOwnOrgan reports whether one code is a state named bare ("ESP")
// and the other a role of that same state ("ESPJUD", "BRAGOV"). Support
// or praise between them is no news a reader would code: a state is not
// said to back its own court or its leaders their own country, and such
// pairs come from a role word given the story's country ("Spain backed the
// court's view" of an EC court; "Latin American leaders backed Brazil's
// suspension").
func stateAndOwnOrgan(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) == 3 && len(b) > 3 && countryOf(a) != "" && b[:3] == a
}

// reducedRelative reports whether vg, a bare participle with its agent
// right after a name and no commas, describes that name while the
// sentence's own finite verb is still to come: "Governor Shunichi Suzuki
// backed by the LDP has said he cannot support the tax".
func (sc *sentCtx) reducedRelative(vg *annals.VerbGroup, s int) bool {
	toks := sc.doc.Tokens
	h := vg.Head
	if s <= sc.start || !toks[s-1].Tag.IsNoun() || h+1 >= sc.end || toks[h+1].Norm != "by" {
		return false
	}
	for j := h + 2; j < sc.end; j++ {
		switch t := &toks[j]; {
		case t.Tag == annals.VBD || t.Tag == annals.VBZ || t.Tag == annals.VBP || t.Tag == annals.MD:
			return true
		case t.Tag == annals.COMMA || t.Tag == annals.WDT || t.Tag == annals.WP || t.Norm == "that" || t.Norm == ";" || t.Norm == ":":
			return false
		}
	}
	return false
}
