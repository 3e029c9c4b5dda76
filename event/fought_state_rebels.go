package event

import annals "github.com/annals-project/annals"

// rebelsOfFoughtState gives rebels named by role alone, whose country came
// from the story, the country of the government they fight: "profits from
// the Iran arms sales had been diverted to contra rebels fighting the
// leftist Nicaraguan government" in a story about Washington, "aid for the
// rebels, who are fighting Managua's leftist Sandinista government". An
// insurgency fights its own state's government; the story's country is
// only the one reported from. Only a government target moves them: rebels
// attacking foreign troops ("rebels ambushed Soviet troops" in a story
// about Afghanistan) are the story country's. s is the source mention.
func (sc *sentCtx) rebelsOfFoughtState(root string, s int, src, tgt *annals.ActorRef) {
	if root != "18" && root != "19" && root != "20" || s < 0 || tgt == nil {
		return
	}
	if len(src.Code) != 6 || src.Code[3:] != "REB" || sc.doc.Mentions[s].Via != "context" {
		return
	}
	if len(tgt.Code) != 6 || tgt.Code[3:] != "GOV" || tgt.Code[:3] == src.Code[:3] || tgt.Code[:3] == "IGO" {
		return
	}
	src.Code = tgt.Code[:3] + "REB"
}
