package entity

import (
	"github.com/annals-project/annals"
)

// titleHeads are the words that end a personal title: the head noun of
// "foreign policy chief" or "Deputy Governor". They are matched on the
// normalised (lower-case) token.
var titleHeads = map[string]bool{
	"president": true, "vice-president": true, "president-elect": true, "premier": true,
	"minister": true, "secretary": true, "secretary-general": true, "under-secretary": true,
	"undersecretary": true, "chancellor": true, "chief": true, "head": true, "leader": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "envoy": true,
	"ambassador": true, "governor": true, "mayor": true, "senator": true, "congressman": true,
	"congresswoman": true, "lawmaker": true, "legislator": true, "representative": true,
	"mp": true, "chairman": true, "chairwoman": true, "chair": true, "chairperson": true,
	"director": true, "director-general": true, "ceo": true, "executive": true,
	"commissioner": true, "commander": true, "general": true, "colonel": true,
	"lieutenant": true, "captain": true, "admiral": true, "sergeant": true, "officer": true,
	"official": true, "prosecutor": true, "attorney": true, "judge": true, "justice": true,
	"king": true, "queen": true, "prince": true, "princess": true, "emir": true, "sheikh": true,
	"ayatollah": true, "pope": true, "cardinal": true, "archbishop": true, "bishop": true,
	"imam": true, "rabbi": true, "founder": true, "coach": true, "manager": true,
	"analyst": true, "economist": true, "professor": true, "adviser": true, "advisor": true,
	"aide": true, "deputy": true, "negotiator": true, "coordinator": true, "rapporteur": true,
	"administrator": true, "sheriff": true, "inspector": true, "monarch": true,
	"candidate": true, "activist": true, "journalist": true, "reporter": true,
	"correspondent": true, "editor": true, "researcher": true, "scientist": true,
	"lawyer": true, "chairman-designate": true, "sultan": true, "mufti": true,
	"superintendent": true, "dr": true, "dr.": true, "lady": true,
	"whip": true, "moderator": true, "constable": true, "businessman": true,
	"businesswoman": true, "broadcaster": true, "assemblyman": true, "assemblywoman": true,
	"councilman": true, "councilwoman": true, "councillor": true, "councilor": true,
	"co-author": true, "co-founder": true, "co-developer": true, "immunologist": true,
	"virologist": true, "epidemiologist": true, "voter": true, "speaker": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
}

// honorifics are titles that name no role but tell a person's gender.
var honorifics = map[string]byte{
	"mr": 'm', "mr.": 'm', "mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f',
}

// notNames are capitalised words that start or fill a run of capitals
// without being part of a person's name.
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"but": true, "and": true, "or": true, "if": true, "when": true, "while": true,
	"after": true, "before": true, "following": true, "despite": true, "in": true,
	"on": true, "at": true, "as": true, "for": true, "from": true, "with": true,
	"i": true, "we": true, "he": true, "she": true, "they": true, "it": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"inc": true, "inc.": true, "ltd": true, "corp": true, "co": true, "group": true,
	"party": true, "ministry": true, "university": true, "council": true, "committee": true,
	"agency": true, "news": true, "times": true, "post": true, "street": true,
	"airlines": true, "airways": true, "bank": true, "company": true, "corporation": true,
	"image": true, "photo": true, "picture": true,
}

// calendar names the days and months, which may follow a name without
// being part of it.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}

// hyphenParticles are the lower-case particles hyphened to a surname.
var hyphenParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "as": true, "ash": true, "ud": true, "ul": true,
	"bin": true, "ibn": true, "abu": true,
}

// partyLabels are party names written before a politician's name
// ("Republican Larry Hogan"); they describe the person, like a title, but
// say nothing of a role.
var partyLabels = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "conservative": true,
	"labour": true, "libertarian": true,
}

// thingHeads are head nouns, lower-cased, that make a run of capitals
// the name of a thing, an event or a text ("the Iran–Iraq War", "the Paris
// Agreement", "the Clean Air Act"), never a person, even as the subject
// of a speech verb ("The Paris Agreement says …"). Heads that are also
// common surnames (Law, Flood, Hall) are left out.
var thingHeads = map[string]bool{
	"war": true, "wars": true, "act": true, "acts": true, "agreement": true,
	"accord": true, "accords": true, "treaty": true, "pact": true,
	"convention": true, "protocol": true, "declaration": true, "amendment": true,
	"constitution": true, "charter": true, "bill": true, "doctrine": true,
	"initiative": true, "revolution": true, "crisis": true, "scandal": true,
	"massacre": true, "earthquake": true, "tsunami": true, "pandemic": true,
	"epidemic": true, "games": true, "olympics": true, "championship": true,
	"championships": true, "tournament": true, "festival": true, "summit": true,
	"conference": true, "election": true, "referendum": true, "awards": true,
	"award": true, "prize": true, "storm": true, "hurricane": true,
	"typhoon": true, "cyclone": true,
}

// orgWords are words that make a run of capitals an organisation or a
// place rather than a person ("Federal Reserve", "BGC Partners").
var orgWords = map[string]bool{
	"reserve": true, "department": true, "organisations": true, "organizations": true,
	"partners": true, "exchange": true, "workers": true, "llc": true, "plc": true,
	"union": true, "association": true, "federation": true, "institute": true, "fund": true,
	"board": true, "commission": true, "office": true, "service": true, "services": true,
	"securities": true, "capital": true, "holdings": true, "international": true,
	"foundation": true, "center": true, "centre": true, "motors": true, "motor": true,
	"westphalia": true, "state": true, "states": true, "republic": true, "kingdom": true,
	"house": true, "court": true, "police": true, "army": true, "forces": true,
	"research": true, "analytics": true, "associates": true, "management": true,
	"financial": true, "investments": true, "markets": true, "economics": true,
	"computer": true, "computers": true, "corps": true, "program": true, "programme": true,
	"airplanes": true, "aircraft": true, "systems": true, "technologies": true,
	"n.v.": true, "ag": true, "gmbh": true, "ministry": true,
	"agency": true, "company": true, "corporation": true, "group": true, "bank": true,
	"society": true, "survey": true, "command": true, "district": true, "safety": true,
	"entertainment": true, "competition": true, "platform": true, "convention": true,
	"coalition": true, "alliance": true, "license": true, "licence": true, "debates": true,
	"system": true, "engineering": true, "herald": true, "tv": true, "diversity": true,
	"network": true, "biotherapeutics": true, "pharmaceuticals": true, "media": true,
}

// speechVerbs are the lemmas of verbs whose subject is a speaker.
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "state": true, "declare": true, "add": true, "announce": true,
	"claim": true, "warn": true, "explain": true, "note": true, "insist": true, "deny": true,
	"confirm": true, "write": true, "ask": true, "urge": true, "stress": true, "argue": true,
	"reply": true, "respond": true, "comment": true, "tweet": true, "remark": true,
	"acknowledge": true, "admit": true, "suggest": true, "predict": true, "vow": true,
	"promise": true, "criticize": true, "criticise": true, "condemn": true, "praise": true,
}

// isHead reports whether token t can end a title.
func isHead(t *annals.Token) bool { return titleHeadSet.Has(t.Norm) }

// nameWord reports whether token t can be part of a person's name: a
// capitalised proper noun or initial that is not a calendar or function word.
func nameWord(t *annals.Token) bool {
	if t.Flags&annals.Cap == 0 || t.Flags&annals.Punct != 0 || t.Flags&annals.Digit != 0 {
		return false
	}
	if t.Tag != annals.NNP && t.Tag != annals.NNPS && t.Flags&annals.Abbrev == 0 {
		return false
	}
	return !notName(t.Norm)
}

// officeFields are the fields an office is named for after "for" ("Minister
// of State for Finance", "Secretary for Foreign Affairs"): words that end
// no person's name.
var officeFields = map[string]bool{
	"affairs": true, "finance": true, "trade": true, "industry": true, "energy": true,
	"development": true, "relations": true, "economics": true, "agriculture": true,
	"defence": true, "defense": true, "health": true, "education": true, "planning": true,
	"commerce": true, "negotiations": true, "labour": true, "labor": true, "security": true,
	"cooperation": true, "transport": true, "employment": true, "fisheries": true,
	"environment": true, "information": true, "interior": true, "treasury": true,
}

// titleWord reports whether token p may stand inside a title before its
// head: "acting foreign", "foreign policy", "Emergencies", "regional
// Deputy". A capitalised word that is not itself a title word counts only
// before another capitalised title word, so a place before a lower-case
// modifier ("Chelyabinsk regional ...") is left out.
func titleWord(toks []annals.Token, p int) bool {
	t := &toks[p]
	if t.Flags&(annals.Punct|annals.Digit) != 0 || t.Flags&annals.Cap != 0 && notName(t.Norm) {
		return false
	}
	if isHead(t) {
		return true
	}
	if t.Flags&annals.Cap != 0 {
		return p+1 < len(toks) && toks[p+1].Flags&annals.Cap != 0 && isHead(&toks[p+1])
	}
	switch t.Tag {
	case annals.JJ, annals.NN, annals.NNS, annals.VBG, annals.VBN:
		return true
	}
	return false
}
