package event

import (
	"github.com/annals-project/annals"
)

// This file holds the readings of a verb that its object settles. Wire
// news on trade and money uses the words of diplomacy in their market
// sense: a government "protects its computer industry" with import curbs,
// a loan helps farmers "meet domestic demand", a plan "meets with
// objections", a court "dismisses a case". The object, not the verb,
// tells which.

// economyNouns are what a state shelters with tariffs and quotas, not with
// arms: "protecting its computer industry from imports".
var economyNouns = map[string]bool{
	"industry": true, "market": true, "economy": true, "producer": true,
	"farmer": true, "manufacturer": true, "sector": true, "job": true,
	"interest": true, "currency": true, "company": true, "firm": true,
	"trade": true, "output": true, "business": true, "agriculture": true,
	"grower": true, "maker": true, "export": true, "import": true,
	"investment": true, "investor": true, "consumer": true, "price": true,
	"income": true, "profit": true, "share": true,
}

// dutyNouns are things a party meets by doing them: "meet their
// commitments", "meet the deadline". No meeting with anyone.
var dutyNouns = map[string]bool{
	"commitment": true, "obligation": true, "target": true, "requirement": true,
	"need": true, "demand": true, "deadline": true, "goal": true,
	"standard": true, "criterion": true, "criteria": true, "cost": true,
	"payment": true, "quota": true, "expectation": true, "term": true,
	"objective": true, "shortfall": true, "bill": true, "debt": true,
	"complaint": true, "pressure": true, "condition": true, "concern": true,
}

// receptionNouns are how a plan is received: "met with strong objections
// from some EC government heads" is a reception, no meeting.
var receptionNouns = map[string]bool{
	"objection": true, "opposition": true, "resistance": true, "criticism": true,
	"approval": true, "success": true, "response": true, "reaction": true,
	"skepticism": true, "scepticism": true, "hostility": true, "protest": true,
	"disapproval": true, "refusal": true, "rejection": true, "enthusiasm": true,
	"interest": true, "silence": true, "indifference": true, "derision": true,
	"failure": true, "setback": true, "difficulty": true, "problem": true,
	"acceptance": true, "support": true, "favor": true, "favour": true,
	"disappointment": true, "concern": true, "doubt": true, "reluctance": true,
}

// claimNouns are what a court or an official dismisses when it rejects an
// argument rather than firing a person: "the case was dismissed by a
// federal court", "dismissed arguments made by U.S. officials".
var claimNouns = map[string]bool{
	"case": true, "lawsuit": true, "suit": true, "charge": true, "claim": true,
	"complaint": true, "appeal": true, "argument": true, "petition": true,
	"motion": true, "suggestion": true, "report": true, "idea": true,
	"proposal": true, "criticism": true, "allegation": true, "fear": true,
	"speculation": true, "rumour": true, "rumor": true, "request": true,
	"demand": true, "objection": true, "plan": true, "notion": true,
	"concern": true, "threat": true, "warning": true, "bid": true,
	"offer": true, "accusation": true, "statement": true, "remark": true,
	"comment": true, "story": true, "assertion": true, "contention": true,
	"action": true, "indictment": true, "count": true,
}

// forecastNouns are documents and policies a party attacks in words:
// "Japan has also attacked OECD forecasts".
var forecastNouns = map[string]bool{
	"forecast": true, "policy": true, "decision": true, "figure": true,
	"estimate": true, "projection": true, "measure": true, "bill": true,
	"legislation": true, "budget": true, "law": true, "ruling": true,
	"program": true, "programme": true, "strategy": true, "move": true,
	"stance": true, "position": true, "view": true, "record": true,
}

// marketWords, before "demand", make it the buyers' demand for goods:
// "domestic demand", "export demand", "near-term corn demand".
var marketWords = map[string]bool{
	"domestic": true, "foreign": true, "export": true, "import": true,
	"world": true, "global": true, "strong": true, "weak": true, "firm": true,
	"slack": true, "sluggish": true, "seasonal": true, "consumer": true,
	"industrial": true, "internal": true, "local": true, "overseas": true,
	"near-term": true, "growing": true, "rising": true, "falling": true,
	"increased": true, "reduced": true, "higher": true, "lower": true,
	"steady": true, "poor": true, "good": true, "heavy": true, "light": true,
	"total": true, "aggregate": true, "end-user": true, "physical": true,
	"underlying": true, "current": true, "future": true, "credit": true,
}

// objectHead returns the token index of the head noun of the verb's
// object, or -1: for an active verb the last noun of the first noun phrase
// after it ("its computer industry", "the U.S. Currency"), for a passive
// one the noun just before the verb group ("FMC Corp's insider trading
// case was dismissed").
func (sc *sentCtx) objectHead(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	if vg.Passive {
		j := vg.Tokens.Start - 1
		if j > sc.start && toks[j].Tag.IsNoun() {
			return j
		}
		return -1
	}
	head := -1
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+6; j++ {
		t := &toks[j]
		switch {
		case t.Tag.IsNoun():
			head = j
			continue
		case t.Tag == annals.POS:
			head = -1 // "Kenya's case": the possessor is no head
			continue
		case head < 0 && (t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.PRPS || t.Tag == annals.CD || t.Tag == annals.VBG || t.Tag == annals.POS):
			continue
		}
		break
	}
	return head
}

// nounAfter returns the first noun within a few words after token i,
// determiners and adjectives aside, or -1.
func (sc *sentCtx) nounAfter(i int) int {
	toks := sc.doc.Tokens
	for j := i; j < sc.end && j < i+4; j++ {
		switch t := &toks[j]; {
		case t.Tag.IsNoun():
			return j
		case t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.RB || t.Tag == annals.PRPS:
		default:
			return -1
		}
	}
	return -1
}

// marketDemand reports whether the word "demand" at token i is buyers'
// demand for goods: led by a noun ("corn demand") or a market word
// ("domestic demand", "the export demand of the United States").
func (sc *sentCtx) marketDemand(i int) bool {
	toks := sc.doc.Tokens
	if i <= sc.start || lemma(&toks[i]) != "demand" {
		return false
	}
	p := &toks[i-1]
	return p.Tag == annals.NN || p.Tag == annals.NNS || marketWords[p.Norm]
}

// demandAfter returns the first "demand" token in the few words after the
// verb group, or -1.
func (sc *sentCtx) demandAfter(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+5; j++ {
		if lemma(&toks[j]) == "demand" {
			return j
		}
	}
	return -1
}

// objectSense says what the verb's object makes of a matched pattern:
// drop is true when the words have no political sense ("protecting its
// industry", "meet their commitments", "met with objections", "domestic
// demand"); recode, when not empty, is the code the object calls for
// ("dismissed the case": a rejection 120, not a dismissal from office).
func (sc *sentCtx) objectSense(vg *annals.VerbGroup, code string, tgts []int) (drop bool, recode, why string) {
	toks := sc.doc.Tokens
	head := lemma(&toks[vg.Head])
	obj := sc.objectHead(vg)
	objLemma := ""
	if obj >= 0 {
		objLemma = lemma(&toks[obj])
	}
	if drop, recode, why := sc.tradeSense(vg, code); drop || recode != "" {
		return drop, recode, why
	}
	if sc.tradeCompound(vg) {
		return true, "", "trade leading a noun (a trade surplus, trade friction with): no exchange of goods"
	}
	if why := sc.reportSense(vg, code); why != "" {
		return true, "", why
	}
	switch {
	case len(code) >= 2 && code[:2] == "15" && len(tgts) > 0 && sc.postureOwner(vg, tgts[0]):
		return true, "", "a weapon or force named by its maker or owner: no party faced"
	case head == "protect" && len(code) >= 3 && code[:3] == "074" && economyNouns[objLemma]:
		return true, "", "protecting an industry or market: trade policy, no armed protection"
	case head == "meet" && (len(code) >= 2 && code[:2] == "04" || code == "036") && len(tgts) > 0 && sc.meetsAroundGathering(vg, tgts[0]):
		return true, "", "meeting before or after another body's gathering: that body is not met"
	case head == "meet" && len(code) >= 2 && code[:2] == "04":
		if !vg.Passive && dutyNouns[objLemma] {
			return true, "", "meeting a duty or a target, no meeting with a party"
		}
		if e := vg.Tokens.End; e < sc.end && toks[e].Norm == "with" {
			if n := sc.nounAfter(e + 1); n >= 0 && receptionNouns[lemma(&toks[n])] {
				return true, "", "met with objections: how a plan was received, no meeting"
			}
		}
	case head == "leave" && len(tgts) > 0 && sc.placeLeft(vg, tgts[0]):
		return true, "", "the place left or a party met later, not where the trip goes"
	case head == "dismiss" && code == "0831" && claimNouns[objLemma]:
		return false, "120", "dismissed a case or an argument: a rejection, not a dismissal from office"
	case (head == "attack" || head == "assail") && len(code) >= 2 && code[:2] == "19" && !vg.Passive && (claimNouns[objLemma] || forecastNouns[objLemma]) && !sc.armedPositions(vg, obj):
		return false, "111", "attacked a forecast, a plan or a claim: criticism, no force"
	case (head == "offer" || head == "commit" && len(tgts) == 0) && len(code) >= 3 && code[:3] == "033" && sc.securitiesOffered(vg):
		return true, "", "offering bills, bonds or cargoes for sale: a market issue, no aid"
	case head == "stick" && code == "1232" && len(tgts) > 0 && sc.stanceOwned(vg, tgts[0]):
		return true, "", "sticking to another party's decisions: compliance, no refusal"
	case head == "bomb" && code == "183" && sc.aircraftSubject(vg):
		return false, "195", "aircraft bombing: an air strike"
	case head == "eliminate" && code == "186" && !vg.Passive && (len(tgts) == 0 || !sc.objectNext(vg, tgts[0])):
		return true, "", "eliminating barriers or a thing: no killing"
	case head == "approve" && code == "051" && (vg.Tokens.End >= sc.end || toks[vg.Tokens.End].Norm != "of"):
		return true, "", "approved an acquisition or a plan: a permission, not approval of a party"
	case head == "head" && len(code) >= 3 && code[:3] == "042" && len(tgts) > 0 && !sc.headedTo(vg, tgts[0]):
		return true, "", "heading for a majority or an outcome, no trip"
	case (head == "recognize" || head == "recognise") && code == "054" && !vg.Passive && len(tgts) > 0 && !sc.objectNext(vg, tgts[0]):
		return true, "", "recognised a fact or a quality, not a party: no diplomatic recognition"
	case head == "question" && code == "090" && !vg.Passive && doubtClause(toks, vg.Tokens.End, sc.end):
		return true, "", "questioned whether something is wise: a doubt, no questioning of a party"
	case head == "throw" && len(code) >= 2 && code[:2] == "12" && sc.thrownOutOfWork(vg):
		return true, "", "thrown out of work: job losses, no rejection"
	case head == "submit" && code == "080" && sc.paperSubmitted(vg):
		return true, "", "submitted a plan, a bill or a report: routine business, no yielding"
	case code == "080" || code == "100":
		if d := sc.demandAfter(vg); head == "demand" && toks[vg.Head].Tag.IsNoun() && sc.marketDemand(vg.Head) || head != "demand" && d >= 0 && sc.marketDemand(d) {
			return true, "", "demand for goods in a market, no political demand"
		}
	}
	return false, "", ""
}

// doubtClause reports whether a clause of doubt opens at token i: "he
// questioned whether a U.S. tax would be appropriate" doubts a plan; no
// one is questioned.
func doubtClause(toks []annals.Token, i, end int) bool {
	if i >= end {
		return false
	}
	switch toks[i].Norm {
	case "whether", "if", "why", "how", "what":
		return true
	}
	return false
}

// headedTo reports whether "head to|for" is followed at once (a
// determiner aside) by the party or place it goes to.
func (sc *sentCtx) headedTo(vg *annals.VerbGroup, mi int) bool {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if j >= sc.end {
		return true
	}
	if toks[j].Norm != "to" && toks[j].Norm != "for" {
		// "are heading their respective delegations to the commission":
		// an object first means leading it, no trip.
		return !(toks[j].Tag == annals.PRPS || toks[j].Tag == annals.DT || toks[j].Tag.IsNoun())
	}
	j++
	if j < sc.end && toks[j].Tag == annals.DT {
		j++
	}
	return sc.doc.Mentions[mi].Tokens.Start <= j
}

// appealVerbs ask, urge or advise another party to act: what follows them
// as an infinitive ("urged Japan to open its market", "was asked to
// support the bill") is what the speaker wants done, not what was done.
var appealVerbs = map[string]bool{
	"urge": true, "ask": true, "call": true, "press": true, "request": true,
	"advise": true, "instruct": true, "tell": true, "persuade": true,
	"encourage": true, "push": true, "appeal": true, "pressure": true,
	"pressurise": true, "pressurize": true, "lobby": true, "beg": true,
	"implore": true, "exhort": true, "invite": true, "want": true,
	"petition": true, "challenge": true, "prod": true, "nudge": true,
}

// askedOfOther reports whether the verb is the infinitive a party was
// asked, urged or advised to carry out: "called for President Reagan
// immediately to force Japan to ... open its markets", "asked Japanese
// makers to sell them steel works", "Baker has been asked to support the
// legislation". The appeal is the event; the act asked for is not done.
func (sc *sentCtx) askedOfOther(vg *annals.VerbGroup) bool {
	return sc.askedDepth(vg, 0)
}

// askedDepth is askedOfOther through up to three linked infinitives:
// "urged Tokyo to force firms to cut output" leaves both acts undone.
func (sc *sentCtx) askedDepth(vg *annals.VerbGroup, depth int) bool {
	if depth > 3 {
		return false
	}
	toks := sc.doc.Tokens
	to := vg.Tokens.Start - 1
	if to <= sc.start {
		return false
	}
	if toks[to].Tag == annals.CC && toks[vg.Head].Tag == annals.VB && vg.Tokens.Start == vg.Head {
		// "to stop dumping its microchips and open its markets": the
		// second infinitive of a pair shares the first one's host.
		for k := to - 1; k > sc.start && k > to-16; k-- {
			if toks[k].Tag == annals.TO && toks[k+1].Tag.IsVerb() {
				if first := sc.verbAfter(k+1, sc.clause(k+1)); first != nil && first.Tokens.Start == k+1 && first != vg {
					return sc.askedDepth(first, depth+1)
				}
				return false
			}
		}
		return false
	}
	if toks[to].Tag != annals.TO {
		return false
	}
	j, n := to-1, 0
walk:
	for ; j > sc.start && n < 16; j, n = j-1, n+1 {
		switch t := &toks[j]; {
		case t.Tag.IsNoun(), t.Tag == annals.DT, t.Tag == annals.JJ, t.Tag == annals.PRPS, t.Tag == annals.POS,
			t.Tag == annals.CD, t.Tag == annals.CC, t.Tag == annals.COMMA, t.Tag == annals.PRP, t.Tag == annals.RB,
			t.Norm == "(" || t.Norm == ")":
			continue
		}
		break walk
	}
	if n == 0 {
		// "has been asked to support": the party asked is the subject.
		return toks[j].Tag == annals.VBN && appealVerbs[lemma(&toks[j])]
	}
	switch toks[j].Norm {
	case "on", "upon", "for", "to":
		j-- // "called on Japan to", "appealed to Iran to"
		if j > sc.start && (toks[j].Tag == annals.RB || toks[j].Tag == annals.RP) {
			j-- // "called again on", "live up to a pledge to"
		}
	}
	if j < sc.start || !toks[j].Tag.IsVerb() {
		return false
	}
	if appealVerbs[lemma(&toks[j])] {
		return true
	}
	// "called for Reagan to force Japan to live up to its pledge": an act
	// asked of the party that was itself asked to act.
	if host := sc.verbBefore(j+1, -1); host != nil && host.Head == j && host != vg {
		return sc.askedDepth(host, depth+1)
	}
	return false
}

// hearsayNouns name a claim that a speaker can deny: "denied local press
// reports that the central bank had asked investors".
var hearsayNouns = map[string]bool{
	"report": true, "rumour": true, "rumor": true, "suggestion": true,
	"speculation": true, "allegation": true, "claim": true, "story": true,
	"charge": true, "accusation": true, "assertion": true, "suspicion": true,
}

// denialVerbs deny what their "that" clause says.
var denialVerbs = map[string]bool{
	"deny": true, "refute": true, "dismiss": true, "reject": true, "discount": true,
}

// deniedClaim reports whether the verb stands in a "that" clause that a
// speaker denies: "Funaro denied rumours that he had offered his
// resignation", "denied that Iran had attacked the ship". What is denied
// is not reported as done.
func (sc *sentCtx) deniedClaim(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	that := -1
	for j := vg.Tokens.Start - 1; j > sc.start && j > vg.Tokens.Start-14; j-- {
		if toks[j].Norm == "that" {
			that = j
			break
		}
		if toks[j].Tag.IsVerb() && j < vg.Tokens.Start-1 && toks[j].Tag != annals.VBG && toks[j].Tag != annals.VBN {
			return false // another finite verb between: not this clause's "that"
		}
	}
	if that < 0 {
		return false
	}
	j := that - 1
	if j > sc.start && hearsayNouns[lemma(&toks[j])] {
		// back over the claim's noun phrase: "a suggestion by a dealer at
		// one Vienna bank", "local press reports" (the noun itself may be
		// tagged as a verb: "press reports that").
		j--
		for n := 0; j > sc.start && n < 12 && !toks[j].Tag.IsVerb(); n++ {
			j--
		}
	}
	for j > sc.start && toks[j].Tag == annals.RB {
		j-- // "flatly denied that"
	}
	return j >= sc.start && toks[j].Tag.IsVerb() && denialVerbs[lemma(&toks[j])]
}

// noObject reports whether "no" opens the verb's object: "raised no
// objections", "Brazil had made no appeal for bridging loans". The act
// named by the object did not happen.
func (sc *sentCtx) noObject(vg *annals.VerbGroup) bool {
	j := vg.Tokens.End
	return j < sc.end && sc.doc.Tokens[j].Norm == "no" && !sc.doc.Tokens[vg.Head].Tag.IsNoun()
}

// securityNouns are what a treasury, a central bank or an oil company
// offers for sale: "will offer seven billion francs' worth of Treasury
// bills at its weekly tender", "offering spot cargoes of crude".
var securityNouns = map[string]bool{
	"bill": true, "note": true, "bond": true, "security": true, "certificate": true,
	"cargo": true, "crude": true, "barrel": true, "tonne": true, "share": true,
	"debenture": true, "paper": true, "gilt": true, "stock": true,
}

// securitiesOffered reports whether the noun phrase after the verb, an
// "of" phrase of amount included ("two mln dinars in 91-day bills"),
// names securities or goods for sale.
func (sc *sentCtx) securitiesOffered(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+16; j++ { // "a total of 1.9 billion riyals each week in 30, 91 and 180-day paper"
		t := &toks[j]
		if t.Tag.IsNoun() && (securityNouns[lemma(t)] || sc.termAgreement(j)) {
			return true
		}
		if sc.amountListComma(j) {
			continue
		}
		if t.Tag.IsVerb() && t.Tag != annals.VBG && t.Tag != annals.VBN || t.Tag == annals.COMMA || t.Tag == annals.TO || t.Tag == annals.STOP {
			return false
		}
	}
	return false
}
