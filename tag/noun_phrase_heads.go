package tag

import "github.com/annals-project/annals"

// A word that can be a noun or a base-form verb ("deal", "trade", "aid",
// "visit", "attack") is often the head or a modifier of a noun phrase that
// opens with a determiner or a possessive: "a trade deal with", "the U.S.
// trade sanctions", "the disaster aid bill". Read as a verb there, it cuts
// the phrase in two and hides the event the phrase carries ("agreed a trade
// deal with Argentina"). Right after a singular noun of such a phrase the
// base form cannot be a verb: a present-tense verb would need its -s, and a
// bare infinitive comes only after "to", a modal, a verb of causing or
// perceiving ("let the dollar fall"), or in a subjunctive ("urged that the
// EC cut").

// objectVerbs take an object and a bare infinitive: verbs of causing or
// perceiving ("let the dollar fall", "saw the yen rise") and of asking with
// "that" left out ("requesting the Attorney General file a lawsuit").
var objectVerbs = map[string]bool{
	"let": true, "make": true, "help": true, "see": true, "watch": true,
	"hear": true, "have": true, "bid": true, "feel": true, "notice": true,
	"request": true, "demand": true, "urge": true, "insist": true, "propose": true,
	"recommend": true, "suggest": true, "require": true, "ask": true, "order": true,
}

// mandative are the words that put a "that" clause in the subjunctive
// ("urge that the Community take action", "calls ... that the government
// talk to the IMF").
var mandative = map[string]bool{
	"urge": true, "recommend": true, "request": true, "demand": true, "insist": true,
	"propose": true, "suggest": true, "ask": true, "require": true, "call": true,
	"order": true, "move": true, "advise": true, "proposal": true, "condition": true,
}

// pastAsBase are verbs whose past form is their base form ("the industry
// hit a problem", "the Fed cut rates"): after a singular noun they are a
// past-tense verb as often as a noun.
var pastAsBase = map[string]bool{
	"hit": true, "cut": true, "set": true, "put": true, "cost": true, "let": true,
	"shut": true, "spread": true, "quit": true, "hurt": true, "bid": true, "beat": true,
	"cast": true, "broadcast": true, "forecast": true, "burst": true, "thrust": true,
	"split": true, "upset": true, "shed": true, "bet": true, "fit": true, "offset": true,
	"reset": true, "undercut": true, "outbid": true, "read": true, "rid": true,
}

// pluralSense are singular nouns that may take a plural verb ("the
// majority want", "a number oppose", "the staff work").
var pluralSense = map[string]bool{
	"majority": true, "minority": true, "rest": true, "number": true, "bulk": true,
	"remainder": true, "half": true, "couple": true, "handful": true, "lot": true,
	"host": true, "variety": true, "staff": true, "public": true, "personnel": true,
	"crew": true, "team": true, "family": true,
}

// spanWords are nouns of a stretch of time that, like timeWords, head an
// adverbial before the subject's verb: "purchases so far this season stand
// at".
var spanWords = map[string]bool{"season": true, "quarter": true, "period": true, "time": true, "term": true}

// nounAfterDeterminedNoun reports whether word i, whose verb readings are
// base forms only, follows a singular common or proper noun that closes a
// run of nouns and adjectives opened by a determiner or a possessive "'s",
// and is followed by a preposition or a common noun that continues its
// phrase. Runs with a number ("a 900 mln dlr loan to meet") and runs after
// a possessive pronoun ("his two-week buying trip to") are left to the
// priors: on the read sets the events their nouns name were coded wrong
// more often than right.
func nounAfterDeterminedNoun(toks []annals.Token, cs []*cand, i int) bool {
	set := cs[i].set
	if i == 0 || !set.has(annals.NN) || cs[i].n == 0 && !agentParticipleAt(toks, cs, i+1) || set&verbTags == 0 || set&verbTags&^(bit(annals.VB)|bit(annals.VBP)) != 0 {
		return false // no noun reading WordNet has seen used ("free", "boycott"): leave it to the priors
	}
	p := i - 1
	pt := toks[p].Tag
	// The cheap tests of the context first, then the word lists.
	if pt != annals.NN && pt != annals.NNP || cs[p].flags&fProperA != 0 || !phraseGoesOn(toks, cs, i) {
		return false
	}
	if pluralSenseSet.has(toks[p].Norm) || timeWordsSet.has(toks[p].Norm) || spanWordsSet.has(toks[p].Norm) {
		return false
	}
	if pt == annals.NNP && pluralName(toks[p].Norm) {
		return false // "which the Americans blame"
	}
	if pastAsBaseSet.has(toks[i].Norm) && !indefiniteRun(toks, p) {
		return false // "the industry hit a problem", but "a price cut as"
	}
	k := p
	for ; k >= 0; k-- {
		t := toks[k].Tag
		if t == annals.CD {
			return false // "a 900 mln dlr loan to meet": sums are left to the priors
		}
		if t == annals.NN || t == annals.NNS || t == annals.NNP || t == annals.NNPS || t == annals.JJ {
			continue
		}
		break
	}
	if k < 0 {
		return false // a sentence's opening run may be a subject: "Japan trade ..."
	}
	opener := toks[k]
	switch opener.Tag {
	case annals.DT, annals.POS:
		if opener.Norm == "that" || k > 0 && toks[k-1].Tag == annals.CC {
			return false // "that the EC cut", "Japan and the U.S. Kick off"
		}
		if k > 0 && toks[k-1].Norm == "that" && mandativeBefore(toks, k-1) {
			return false // "urge that the European Community take"
		}
	default:
		return false
	}
	for j := k; j >= 0 && j >= k-1; j-- {
		if toks[j].Tag.IsVerb() && objectVerbsSet.has(toks[j].Lemma) {
			return false // "let the dollar fall"
		}
	}
	return true
}

// pluralName reports whether a proper noun looks like a plural name
// ("Americans", "Democrats"), which takes a plural verb.
func pluralName(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && w[n-2] != '.'
}

// indefiniteRun reports whether the run of nouns and adjectives ending at
// token p opens with "a" or "an".
func indefiniteRun(toks []annals.Token, p int) bool {
	k := p
	for k >= 0 && (toks[k].Tag.IsNoun() || toks[k].Tag == annals.JJ) {
		k--
	}
	return k >= 0 && (toks[k].Norm == "a" || toks[k].Norm == "an")
}

// mandativeBefore reports whether a word that puts "that" at index t in
// the subjunctive comes shortly before it.
func mandativeBefore(toks []annals.Token, t int) bool {
	for j := t - 1; j >= 0 && j >= t-12; j-- {
		if mandativeSet.has(toks[j].Lemma) {
			return true
		}
	}
	return false
}

// phraseGoesOn reports whether the word after token i continues a noun
// phrase headed by i: a preposition ("a trade deal with") or a common noun
// it modifies ("the disaster aid bill").
func phraseGoesOn(toks []annals.Token, cs []*cand, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := cs[i+1].set
	switch {
	case toks[i+1].Norm == "that":
		return false
	case n&(bit(annals.IN)|bit(annals.TO)) != 0, agentParticipleAt(toks, cs, i+1):
		return true
	}
	return n&(bit(annals.NN)|bit(annals.NNS)) != 0 && toks[i+1].Flags&annals.Cap == 0
}
