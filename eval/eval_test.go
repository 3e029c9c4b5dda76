package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/eval"
	"github.com/annals-project/annals/pipeline"
)

// Ratchets: the scores last recorded in the repository. A change that lowers
// a score below its floor fails; raise the floor when the score improves.
// Each floor sits just under the figure recorded with it.
var floors = map[string]struct{ precision, recall float64 }{
	"events-dev.jsonl":         {0.85, 0.43}, // 0.857 / 0.434 after round 46 issue 2 (a request answered: "will comply with the request of Prime Minister Boris Johnson": coded 42, matched 36), recall raised from 0.42; 0.854 / 0.422 after round 14 issue 2 (precision on fresh news); 0.833 / 0.422 after round 13 issue 2 (actor pronouns); 0.829 / 0.410 before
	"events-dev-reuters.jsonl": {0.93, 0.58}, // 0.932 / 0.586 (41/44 = 0.9318, 41/70 = 0.5857) after round 58 issue 2 (firms named with their company suffix: coded 44, matched 41), raised from 0.92 / 0.55; 0.929 / 0.557 after round 20 issue 2 (visits, agreements between parties, makers named by adjectives); 0.927 / 0.543 before
	"events-heldout.jsonl":     {0.86, 0.41}, // 0.862 / 0.418 (56/65 = 0.8615, 56/134 = 0.4179) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020: coded 65, matched 56), raised from 0.85 / 0.41; 0.859 / 0.410 after round 37 issue 2 (a person named again by part of the name, family name first: coded 64, matched 55), raised from 0.85 / 0.39; 0.855 / 0.396 after round 20 issue 2; 0.850 / 0.381 after round 14 issue 2; 0.836 / 0.381 before
	"events-heldout2.jsonl":    {0.85, 0.40}, // 0.857 / 0.400 after round 22 issue 2 (a passive deal signed by two titled people, a firm's short name learnt in apposition); 0.851 / 0.381 after round 14 issue 2; 0.833 / 0.381 before (0.830 / 0.371 the round before; development data since round 3)
	"events-heldout3.jsonl":    {0.89, 0.47}, // 0.892 / 0.471 (66/74, 66/140) with rounds 46, 48 and 49 merged; 0.880 / 0.471 (66/75, 66/140 = 0.4714) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020: coded 75, matched 66), raised from 0.87 / 0.46; 0.890 / 0.464 (65/73, 65/140) with rounds 46 and 48 merged, raised from 0.87 / 0.46; 0.887 / 0.450 (63/71) after round 48 issue 2 (an intent stated by one party's own plan or decision is not reciprocal: "agreed to formal talks with Hungary": coded 71, matched 63), raised from 0.87 / 0.45; 0.878 / 0.464 after round 46 issue 2 (talks "between officials of the two countries" that a future verb governs: coded 74, matched 65), recall raised from 0.45; 0.875 / 0.450 after round 39 issue 2 ("both sides" urged, referring back to the two parties before: coded 72, matched 63), raised from 0.87 / 0.43; 0.871 / 0.436 after round 25 issue 2 (strikes at firms, creditor banks in debt stories, officials of many countries, lists paired by one-way acts: one false coding fewer); 0.859 / 0.436 after round 22 issue 2 (firms named through their country, an agreement to borrow from a lender named after the sum); 0.851 / 0.407 after round 21 issue 2 ("the country" referring back); 0.848 / 0.400 after round 20 issue 2; 0.846 / 0.393 after round 18 issue 2 (trade figures, firms' names, makers in hyphens); 0.821 / 0.393 after round 13 issue 2 (actor pronouns; 0.809 / 0.393 before it; 0.806 / 0.386 before round 12 issue 2; 0.797 / 0.364 the round before; development data since round 4; 0.515 / 0.250 before it)
	"events-heldout4.jsonl":    {0.74, 0.37}, // 0.747 / 0.376 (56/75 = 0.7467, 56/149) after round 52 issue 2 (officers of unions and private bodies are no government's, "Congress" and "the administration" in a Canadian story are Washington's: coded 75, matched 56), raised from 0.73 / 0.37; 0.727 / 0.376 (56/77 = 0.7273, 56/149 = 0.3758) after round 50 issue 2 ("met" coded both ways: coded 77, matched 56), recall raised from 0.36; 0.737 / 0.376 (56/76, 56/149) with rounds 48 and 49 merged; 0.727 / 0.376 (56/77 = 0.7273, 56/149 = 0.3758) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020: coded 77, matched 56), recall raised from 0.36; 0.733 / 0.369 (55/75) after round 48 (with rounds 46 and 47 merged the same), raised from 0.72 / 0.36; 0.733 / 0.369 (55/75) after round 48 issue 2 ("said it plans to hold formal financial talks with France" is the planner's intent alone: coded 75, matched 55), raised from 0.72 / 0.36; 0.724 / 0.369 (55/76 = 0.7237) after round 43 issue 2 ("Poland ... has made clear it wants Washington to take a lead": the new "want Y to" demand is coded 100 where the gold has 021, a close call the README names: coded 76, matched 55), lowered from 0.73 / 0.36; 0.733 / 0.369 after round 37 issue 2 (an office with capitalised modifiers, "Foreign Trade Minister": coded 75, matched 55; 0.747 / 0.376 before round 30's change below), raised from 0.72 / 0.36; 0.730 / 0.362 after round 30 issue 5 (coded 74, matched 54: 0.7297), lowered from 0.74 / 0.36: the place round dropped "U.S." modifying a noun ("open its home market to U.S. goods") as a place, which tipped one Reuters article's focus country from the US to Japan, so a union president the actor layer gives the focus country is coded Japan's (the one event the round changed over all of Reuters; it had matched the gold's USALAB only at the root level); 0.743 / 0.369 after round 29 issue 2 (talks and visits named by nouns: a capital visited, a trip for talks, a participle aside, "the two" referring back: coded 74, matched 55), raised from 0.72 / 0.36; 0.730 / 0.362 after round 23 issue 2 (a state body named through its country: "the British Overseas Development Administration"); 0.716 / 0.356 after round 21 issue 2 (the tag fix for capitals after "U.S." codes "Japan and the U.S. Kick off ... talks tomorrow" as 036, the gold 046: coded 74, matched 53); 0.726 / 0.356 after round 20 issue 2 (0.729 / 0.342 before it); 0.718 / 0.342 after round 14 issue 2; 0.699 / 0.342 before (0.672 / 0.302 before this round; development data since round 5; 0.556 / 0.201 at annotation, 0.579 / 0.221 before it)
	"events-dev7.jsonl":        {0.83, 0.38}, // 0.833 / 0.385 after round 46 issue 2 (demands by Congress that officials are "fighting off": coded 42, matched 35), raised from 0.82 / 0.37; 0.829 / 0.374 after round 41 issue 2 (a speaker's appeal, hope or stance aimed at another party: coded 41, matched 34), raised from 0.82 / 0.36; 0.825 / 0.363 after round 42 issue 2 (a list of parties past a dashed "-- G-6 --" aside, and six parties' "agreed to stabilise" as the accord 057: coded 40, matched 33), raised from 0.79 / 0.29; 0.794 / 0.297 after round 32 issue 2 (a capital before "tomorrow" or "today" stays an actor: coded 34, matched 27), raised from 0.78 / 0.28; 0.788 / 0.286 after round 31 issue 2 (talks owned by a possessive or reported by the speaker, export restraints agreed, imports barred, vetoes set aside, demands fought off, digest stories' own countries: coded 33, matched 26), raised from 0.72 / 0.23; 0.724 / 0.231 with the code before the fifth session's rounds and after round 29 issue 2 (gold 91, coded 29, matched 21), its first score, before any of its misses was read
	"events-dev8.jsonl":        {0.81, 0.27}, // 0.818 / 0.273 (27/33 = 0.8182, 27/99 = 0.2727) after round 50 issue 2 ("met" coded both ways: coded 33, matched 27), recall raised from 0.26; 0.812 / 0.263 (26/32 = 0.8125, 26/99 = 0.2626) after round 47 issue 2 ("has threatened to raise tariffs on selected Japanese electronic goods" 1312: coded 32, matched 26), raised from 0.80 / 0.25; 0.806 / 0.253 after round 45 issue 2 ("the West" as a noun is WST: coded 31, matched 25), recall raised from 0.24; 0.800 / 0.242 after round 39 issue 2 ("it" for the GATT Council named as the subject before: coded 30, matched 24), raised from 0.79 / 0.23; 0.793 / 0.232 after round 35 issue 2 (unnamed diplomats take no country, so "they were backed by Britain and France" is Bonn's: coded 29, matched 23), raised from 0.77 / 0.21; 0.778 / 0.212 after round 34 issue 2 (commercial banks that lead debt talks named alone: coded 27, matched 21), raised from 0.74 / 0.20; 0.741 / 0.202 after round 32 issue 2 (its misses read: sums of money and day words between pattern words, talks had by parties named together, bare retaliation threatened by its maker, trips and visits: coded 27, matched 20), raised from 0.69 / 0.16; 0.667 / 0.141 with the code before the fifth session's rounds (its first score); 0.696 / 0.162 after round 31 issue 2 (gold 99, coded 23, matched 16), before any of its misses was read
	"events-dev9.jsonl":        {0.92, 0.29}, // 0.929 / 0.299 (26/28 = 0.9286, 26/87 = 0.2989) after round 58 issue 2 (firms named with their company suffix: coded 28, matched 26), raised from 0.92 / 0.28; 0.926 / 0.287 (25/27 = 0.9259, 25/87 = 0.2874) after round 43 issue 2 ("wants Y to" a demand: coded 27, matched 25), raised from 0.92 / 0.27; 0.923 / 0.276 (24/87 = 0.2759) after round 41 issue 2 (a speaker's appeal, hope or stance: coded 26, matched 24), raised from 0.91 / 0.25; 0.917 / 0.253 (22/87 = 0.2529) after round 39 issue 2 ("talks with the Fund" after the IMF: coded 24, matched 22), raised from 0.90 / 0.22; 0.909 / 0.230 (20/87 = 0.2299) after round 38 issue 2 (talks and visits owned by "his" or "her": coded 22, matched 20), raised from 0.90 / 0.20; 0.900 / 0.207 after round 37 issue 2 (a surname of two words: coded 20, matched 18), raised from 0.89 / 0.19; 0.895 / 0.195 after round 32 issue 2 (its misses read: coded 19, matched 17), raised from 0.88 / 0.17; 0.882 / 0.172 with the code before the fifth session's rounds (its first score) and after round 31 issue 2 (gold 87, coded 17, matched 15), before any of its misses was read
	"events-dev10.jsonl":       {0.72, 0.29}, // 0.727 / 0.296 (24/33 = 0.7273, 24/81 = 0.2963) after round 59 issue 2 (accords named by a noun both ways, an accord with a list of partners made with each: coded 33, matched 24), raised from 0.71 / 0.28; 0.719 / 0.284 (23/32, 23/81) with rounds 47, 48 and 49 merged; 0.710 / 0.272 (22/31 = 0.7097, 22/81 = 0.2716) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020: coded 31, matched 22), raised from 0.67 / 0.25; 0.688 / 0.272 (22/32, 22/81) with rounds 47 and 48 merged, raised from 0.67 / 0.25; 0.667 / 0.247 (20/30 = 0.6667, 20/81 = 0.2469) after round 48 issue 2 (a threat whose threatened act has no pattern: "threatened to block Japanese financial firms": coded 30, matched 20), raised from 0.65 / 0.23; 0.677 / 0.259 (21/31 = 0.6774, 21/81 = 0.2593) after round 47 issue 2 ("warned Iran of even stronger countermeasures" 138, "has given Israel 25 billion dlrs in aid" 07: coded 31, matched 21), raised from 0.65 / 0.23; 0.655 / 0.235 (19/29 = 0.6552, 19/81 = 0.2346) after round 43 issue 2 (a role word naming the owner of a thing rejected: coded 29, matched 19), raised from 0.64 / 0.22; 0.643 / 0.222 (18/28 = 0.6429, 18/81 = 0.2222) after round 41 issue 2 (coded 28, matched 18), raised from 0.62 / 0.20; 0.630 / 0.210 (17/27 = 0.6296, 17/81 = 0.2099) after round 38 issue 2 (a meeting ahead: "speaking before a meeting with": coded 27, matched 17), raised from 0.61 / 0.19; 0.615 / 0.198 after round 37 issue 2 ("Foreign Trade Minister" takes its nationality: coded 26, matched 16), raised from 0.60 / 0.18; 0.600 / 0.185 after round 33 issue 2 (its misses and extras read: talks joined through the object of a verb or an opening "In talks with", visits begun or ended, platforms destroyed, officers after a bracketed acronym, what a bill "would" do left uncoded: coded 25, matched 15), raised from 0.45 / 0.13; 0.458 / 0.136 with the code before the fifth session's rounds (its first score) and after round 32 issue 2 (gold 81, coded 24, matched 11), before any of its misses was read
	"events-dev11.jsonl":       {0.85, 0.31}, // 0.857 / 0.319 (30/35, 30/94) after round 57 issue 2 (pressure named by a noun, 020: coded 35, matched 30), raised from 0.85 / 0.30; 0.853 / 0.309 (29/34, 29/94) with rounds 49 and 50 merged, raised from 0.84 / 0.29; 0.848 / 0.298 (28/33 = 0.8485, 28/94 = 0.2979) after round 50 issue 2 ("met" coded both ways: coded 33, matched 28), raised from 0.83 / 0.27; 0.848 / 0.298 (28/33 = 0.8485, 28/94 = 0.2979) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020: coded 33, matched 28), raised from 0.83 / 0.27; 0.839 / 0.277 after round 42 issue 2 (the G-7's seven listed members that "have agreed to monitor" as the accord 057, a ring: coded 31, matched 26), raised from 0.61 / 0.20; 0.613 / 0.202 after round 37 issue 2 (a role word after "and" takes the country of the group before it: coded 31, matched 19), raised from 0.59 / 0.20; 0.594 / 0.202 after round 33 issue 2 (its misses and extras read, the same rules and applying to join a body: coded 32, matched 19), raised from 0.50 / 0.14; 0.444 / 0.124 with the code before the fifth session's rounds on the annotator's 95 sentences (its first score); 0.500 / 0.149 after round 32 issue 2 on the 93 kept (gold 94, coded 28, matched 14), before any of its misses was read
	"events-dev12.jsonl":       {0.68, 0.34}, // 0.686 / 0.343 (24/35 = 0.6857, 24/70 = 0.3429) after round 57 issue 2 (pressure named by a noun, 020: coded 35, matched 24), raised from 0.67 / 0.32; 0.676 / 0.329 (23/34 = 0.6765, 23/70 = 0.3286) after round 50 issue 2 ("met" both ways, "the official Saudi Press Agency" no official: coded 34, matched 23), raised from 0.63 / 0.27; 0.656 / 0.300 (21/32 = 0.6563, 21/70) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020: coded 32, matched 21), raised from 0.63 / 0.27; 0.633 / 0.271 (19/30 = 0.6333, 19/70 = 0.2714) after round 41 issue 2 (coded 30, matched 19), raised from 0.62 / 0.25; 0.621 / 0.257 after round 37 issue 2 (a family name written first: coded 29, matched 18), raised from 0.60 / 0.24; 0.593 / 0.229 with the code before the fifth session's rounds (its first score); 0.607 / 0.243 after round 33 issue 2 (gold 70, coded 28, matched 17), before any of its misses was read, and after round 34 issue 2 (its misses read: unchanged)
	"events-dev13.jsonl":       {0.85, 0.28}, // 0.850 / 0.283 (17/20, 17/60 = 0.2833) after round 43 issue 2 ("denounced press reports": coded 20, matched 17), raised from 0.84 / 0.26; 0.842 / 0.267 after round 38 issue 2 (talks ahead: "ahead of trade talks with": coded 19, matched 16), raised from 0.82 / 0.23; 0.824 / 0.233 with the code before the fifth session's rounds (its first score, 65 sentences) and after round 33 issue 2 (64 kept: gold 60, coded 17, matched 14), before any of its misses was read, and after round 34 issue 2 (its misses read: unchanged)
	"events-dev14.jsonl":       {0.87, 0.31}, // 0.875 / 0.315 (28/32 = 0.8750, 28/89 = 0.3146) after round 59 issue 2 ("free trade agreements with Canada and Israel" both ways: coded 32, matched 28), raised from 0.86 / 0.29; 0.867 / 0.292 (26/30 = 0.8667, 26/89 = 0.2921) after round 56 issue 2 (officers of bodies the actor stage coded by their shape: "He" for an association's chairman, coded 30, matched 26), raised from 0.86 / 0.28; 0.862 / 0.281 (25/29 = 0.8621, 25/89 = 0.2809) after round 54 issue 2 (accords "agreed between" two parties and "free trade agreements with" a party, 057: coded 29, matched 25), raised from 0.77 / 0.23; 0.778 / 0.236 (21/27 = 0.7778, 21/89 = 0.2360) after round 53 issue 2 ("the two presidents" taking up a pair named together across a quotation: coded 27, matched 21), raised from 0.76 / 0.21; 0.760 / 0.213 (19/25, 19/89) with rounds 49 and 50 merged, raised from 0.75 / 0.20; 0.720 / 0.202 (18/25, 18/89 = 0.2022) after round 50 issue 2 ("met" coded both ways: coded 25, matched 18), raised from 0.69 / 0.17; 0.750 / 0.202 (18/24, 18/89 = 0.2022) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020, its misses read: coded 24, matched 18), raised from 0.69 / 0.17; 0.696 / 0.180 (16/23, 16/89) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read
	"events-dev15.jsonl":       {0.89, 0.34}, // 0.893 / 0.342 (25/28, 25/73) with rounds 52 and 53 merged; 0.864 / 0.260 (19/22 = 0.8636, 19/73 = 0.2603) after round 52 issue 2 (Congress and the administration in a Canadian story coded Washington's: coded 22, matched 19), raised from 0.81 / 0.24; 0.857 / 0.329 (24/28 = 0.8571, 24/73 = 0.3288) after round 53 issue 2 ("The ministers" standing for the Foreign Ministers of ASEAN named two sentences before: coded 28, matched 24), raised from 0.81 / 0.24; 0.818 / 0.247 (18/22, 18/73) with rounds 49 and 50 merged, raised from 0.80 / 0.23; 0.810 / 0.233 (17/21 = 0.8095, 17/73 = 0.2329) after round 50 issue 2 ("met" coded both ways: coded 21, matched 17), raised from 0.78 / 0.20; 0.800 / 0.219 (16/20, 16/73 = 0.2192) after round 49 issue 2 (a meeting in person of two sides coded both ways, "press + to" an appeal 020, its misses read: coded 20, matched 16), raised from 0.78 / 0.20; 0.789 / 0.205 (15/19, 15/73) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read
	"events-dev16.jsonl":       {0.71, 0.22}, // 0.714 / 0.221 (15/21 = 0.7143, 15/68 = 0.2206) after round 56 issue 2 (a bank's officer named with its legal form "N.A.", then "Binney" and "He": coded 21, matched 15), raised from 0.68 / 0.19; 0.684 / 0.191 (13/19, 13/68) with rounds 50 and 51 merged (round 51 alone, which had not read it, 0.667 / 0.176: a trade ban approved against a party 163: one more match, the same sentence as in dev19), raised from 0.64 / 0.16; 0.684 / 0.191 (13/19 = 0.6842, 13/68 = 0.1912) after round 50 issue 2, which read its misses (counsel to act, a loan received from a state lender, talks reciprocal: coded 19, matched 13), raised from 0.64 / 0.16; 0.647 / 0.162 (11/17, 11/68) after round 46 issue 2, which had not read it (talks between the two countries: one more match, not looked up), raised from 0.62 / 0.14; 0.625 / 0.147 (10/16, 10/68) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read
	"events-dev17.jsonl":       {0.78, 0.22}, // 0.783 / 0.225 (18/23 = 0.7826, 18/80) after round 50 issue 2, which read its misses ("met" both ways, a wish that another party act, "the official Soviet news agency Tass": coded 23, matched 18), raised from 0.68 / 0.16; 0.684 / 0.163 (13/19, 13/80) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read
	"events-dev18.jsonl":       {0.83, 0.31}, // 0.839 / 0.313 (26/31, 26/83) with rounds 50 and 51 merged; 0.833 / 0.301 (25/30 = 0.8333, 25/83 = 0.3012) after round 51 issue 2 (its misses read: warnings delivered, a deal entered into, a meeting in an opening phrase coded both ways, offices "of Trade and Industry": coded 30, matched 25), raised from 0.80 / 0.25; 0.815 / 0.265 (22/27, 22/83) after rounds 49 and 50, which had not read it (one more match, not looked up), raised from 0.80 / 0.25; 0.808 / 0.253 (21/26, 21/83) with the code at ab84629 (after the eighth session's rounds 37, 46 and 47), its first score, before any of its misses was read
	"events-dev19.jsonl":       {0.78, 0.19}, // 0.789 / 0.195 (15/19 = 0.7895, 15/77 = 0.1948) after round 51 issue 2 (its misses read: "advised the government to" 020, a trade ban approved 163: coded 19, matched 15), raised from 0.77 / 0.18; 0.778 / 0.182 (14/18, 14/77) after round 49, which had not read it (one more match, not looked up), raised from 0.76 / 0.16; 0.765 / 0.169 (13/17, 13/77) with the code at ab84629 (after the eighth session's rounds 37, 46 and 47), its first score, before any of its misses was read
	"events-dev20.jsonl":       {0.72, 0.20}, // 0.720 / 0.202 (18/25, 18/89) with the code at 8fa1d27 (the ninth session's start), its first score, before any of its misses was read
	"events-dev21.jsonl":       {0.52, 0.16}, // 0.524 / 0.167 (11/21, 11/66) with the code at 8fa1d27 (the ninth session's start), its first score, before any of its misses was read
	"events-dev22.jsonl":       {0.76, 0.12}, // 0.762 / 0.129 (16/21, 16/124) with the code at fafaf98 (the ninth session's start, no code change), its first score, before any of its misses was read
	"events-dev23.jsonl":       {0.33, 0.06}, // 0.333 / 0.064 (5/15, 5/78) with the code at fafaf98 (the ninth session's start, no code change), its first score, before any of its misses was read
	"events-heldout5.jsonl":    {0.67, 0.31}, // 0.671 / 0.312 after round 59 issue 2 (coded 73, matched 49: unchanged); 0.671 / 0.312 after round 57 issue 2 (coded 73, matched 49: unchanged); 0.671 / 0.312 after round 58 issue 2 (coded 73, matched 49: unchanged); 0.671 / 0.312 after round 56 issue 2 (coded 73, matched 49: unchanged); 0.671 / 0.312 after round 55 issue 2 (coded 73, matched 49: unchanged); 0.671 / 0.312 after round 54 issue 2 (coded 73, matched 49: unchanged); 0.671 / 0.312 (49/73 = 0.6712, 49/157 = 0.3121) after round 52 issue 2 (officers of private bodies, a Congress abroad, MPs: coded 73, matched 49: one more match, not looked up), raised from 0.65 / 0.30; 0.658 / 0.306 after round 53 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 51 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 50 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 49 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 48 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 47 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 46 issue 2 (coded 73, matched 48: unchanged); 0.658 / 0.306 after round 45 issue 2 (the West, Latin American nations, participles after a comma: coded 73, matched 48: two more matches, not looked up), raised from 0.64 / 0.29; 0.648 / 0.293 after round 43 issue 2 (coded 71, matched 46: unchanged); 0.648 / 0.293 after rounds 41 and 42 issue 2, each measured alone (coded 71, matched 46: unchanged); 0.648 / 0.293 after round 39 issue 2 (bodies named again: "both sides", "the two sides", "the Fund", "it" for a body's council: coded 71, matched 46: one more match, not looked up), raised from 0.63 / 0.28; 0.634 / 0.287 after round 37 issue 2 (people named again by part of the name, offices with capitalised modifiers, role words after "and": coded 71, matched 45: one more match, not looked up), raised from 0.62 / 0.28; 0.629 / 0.280 after round 34 issue 2 (coded 70, matched 44: unchanged); 0.629 / 0.280 after round 33 issue 2 (coded 70, matched 44: two more false codings, not looked up), lowered from 0.64 / 0.28; 0.647 / 0.280 after round 32 issue 2 (coded 68, matched 44: two more matches, not looked up), raised from 0.63 / 0.26; 0.636 / 0.268 after round 31 issue 2 (coded 66, matched 42: four more matches, not looked up), raised from 0.61 / 0.24; 0.613 / 0.242 after round 29 issue 2 (talks and visits named by nouns, "the two" referring back, creditor governments: coded 62, matched 38: two more matches, not looked up), raised from 0.60 / 0.22; 0.600 / 0.229 after round 28 issue 2 (firms paired with a country adjective, fighting against things, attacked forecasts, securities offered, officers of private bodies: coded 60, matched 36: one right coding lost, not looked up), lowered from 0.61 / 0.23; 0.617 / 0.236 after round 27 issue 2 (firms' and unions' officers, other people sharing a listed surname, meeting venues, the US Congress in foreign stories: coded 60, matched 37: unchanged); 0.617 / 0.236 after round 25 issue 2 (strikes at firms, creditor banks in debt stories, officials of many countries, lists paired by one-way acts: coded 60, matched 37: one fewer false coding), raised from 0.60 / 0.23; 0.607 / 0.236 after round 24 issue 2 (the object settles a verb's sense, acts asked of another party, denied claims, "no" objects: coded 61, matched 37: one fewer false coding), raised from 0.59 / 0.23; 0.597 / 0.236 after round 23 issue 2 (state bodies through their country, party lists past asides, creditors' agreed reschedulings: coded 62, matched 37: unchanged); 0.597 / 0.236 after round 22 issue 2 (coded 62, matched 37: two fewer false codings), raised from 0.57 / 0.23; 0.578 / 0.236 after round 21 issue 2 (coded 64, matched 37: unchanged); 0.578 / 0.236 after round 20 issue 2 (coded 64, matched 37: one more false coding), lowered from 0.58 / 0.23; 0.587 / 0.236 after round 19 issue 2 (creditor banks, future talks: coded 63, matched 37: unchanged); 0.587 / 0.236 after round 18 issue 2 (trade figures, firms' names, makers in hyphens: coded 63, matched 37); 0.578 / 0.236 after round 17 issue 2 (actor titles and ruling parties: coded 64, matched 37: unchanged); 0.578 / 0.236 after round 16 issue 2 (coded 64, matched 37: unchanged); 0.578 / 0.236 after round 15 issue 2 (coded 64, matched 37: unchanged); 0.578 / 0.236 after round 14 issue 2 (precision on fresh news: coded 64, matched 37), raised from 0.52 / 0.23; 0.529 / 0.236 after round 13 issue 2 (actor pronouns: coded 70, matched 37), raised from 0.51 / 0.22; 0.515 / 0.223 after round 12 issue 2 (coded 68, matched 35: two more false codings, no more found), lowered from 0.52 / 0.22; 0.530 / 0.223 before it, 0.524 / 0.210 the round before; held out: 0.476 / 0.191 at annotation; never read
	"events-heldout6.jsonl":    {0.61, 0.11}, // 0.615 / 0.119 after round 59 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 57 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 58 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 56 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 55 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 54 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 52 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 53 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 after round 51 issue 2 (coded 26, matched 16: unchanged); 0.615 / 0.119 (16/26 = 0.6154) after round 50 issue 2 (coded 26, matched 16: one more false coding, not looked up), lowered from 0.64 / 0.11; 0.615 / 0.119 (16/26 = 0.6154) after round 49 issue 2 (coded 26, matched 16: one more false coding, not looked at), lowered from 0.64 / 0.11; 0.640 / 0.119 after round 48 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 47 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 46 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 45 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 43 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 42 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 39 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 37 issue 2 (coded 25, matched 16: unchanged); 0.640 / 0.119 after round 35 issue 2 (coded 25, matched 16: one coding fewer, not looked at), raised from 0.61 / 0.11; 0.615 / 0.119 after round 34 issue 2 (coded 26, matched 16: one more match, not looked up), raised from 0.57 / 0.11; 0.577 / 0.111 after round 33 issue 2 (coded 26, matched 15: unchanged); 0.577 / 0.111 after round 32 issue 2 (coded 26, matched 15: unchanged); 0.577 / 0.111 after round 31 issue 2 (coded 26, matched 15: unchanged); 0.577 / 0.111 after round 29 issue 2 (coded 26, matched 15: unchanged); 0.577 / 0.111 after round 28 issue 2 (coded 26, matched 15: unchanged); 0.577 / 0.111 after round 27 issue 2 (coded 26, matched 15: unchanged); 0.577 / 0.111 after round 25 issue 2 (coded 26, matched 15: one more match, three fewer false codings), raised from 0.49 / 0.10; 0.500 / 0.104 after round 24 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 23 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 22 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 21 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 20 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 19 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 18 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 17 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 16 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 after round 15 issue 2 (coded 28, matched 14: unchanged); 0.500 / 0.104 before (held out: 0.438 / 0.104 at annotation, with the code before issue 2's round 14; never read)
	"events-heldout6b.jsonl":   {0.65, 0.11}, // 0.654 / 0.118 after round 59 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 57 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 58 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 56 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 55 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 54 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 52 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 53 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 after round 51 issue 2 (coded 26, matched 17: unchanged); 0.654 / 0.118 (17/26 = 0.6538) after round 50 issue 2 (coded 26, matched 17: one more false coding, not looked up), lowered from 0.68 / 0.11; 0.654 / 0.118 (17/26 = 0.6538) after round 49 issue 2 (coded 26, matched 17: one more false coding, not looked at), lowered from 0.68 / 0.11; 0.680 / 0.118 after round 48 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 47 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 46 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 45 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 43 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 42 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 39 issue 2 (coded 25, matched 17: unchanged); 0.680 / 0.118 after round 38 issue 2 (coded 25, matched 17), its first recorded floor; never read
}

func run(t *testing.T, file string) eval.Score {
	t.Helper()
	path := filepath.Join("testdata", file)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no gold file %s", path)
	}
	gold, err := eval.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpora := filepath.Join("..", "..", "shared", "corpora")
	arts, err := eval.ReadArticles(filepath.Join(corpora, "wikinews.jsonl"), filepath.Join(corpora, "reuters21578.jsonl"))
	if err != nil {
		t.Skipf("the gold sentences' articles are read from %s: %v", corpora, err)
	}
	sc, err := eval.Run(context.Background(), p, gold, arts)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d sentences, gold %d, coded %d, matched %d: precision %.3f recall %.3f F1 %.3f",
		file, len(gold), sc.Gold, sc.Coded, sc.Matched, sc.Precision(), sc.Recall(), sc.F1())
	if f, ok := floors[file]; ok && (sc.Precision() < f.precision || sc.Recall() < f.recall) {
		t.Errorf("%s: precision %.3f / recall %.3f fell below the recorded floor %.2f / %.2f",
			file, sc.Precision(), sc.Recall(), f.precision, f.recall)
	}
	if os.Getenv("EVAL_DETAIL") != "" {
		t.Logf("sentences with differences:\n%s", strings.Join(sc.Details, "\n"))
	}
	if os.Getenv("EVAL_DETAIL") != "" {
		// Only on request: -v alone must not show a blind set's errors.
		t.Logf("missed:\n  %s", strings.Join(sc.Misses, "\n  "))
		t.Logf("extra:\n  %s", strings.Join(sc.Extras, "\n  "))
	}
	return sc
}

// TestDev reports the score on the development set (used to write rules).
func TestDev(t *testing.T) { run(t, "events-dev.jsonl") }

// TestDevReuters reports the score on the Reuters 1987 development set, which
// exercises economic and trade diplomacy that the Wikinews sets rarely contain.
func TestDevReuters(t *testing.T) { run(t, "events-dev-reuters.jsonl") }

// TestHeldout reports the score on the held-out set, never used to tune.
func TestHeldout(t *testing.T) {
	run(t, "events-heldout.jsonl")
}

// TestHeldout2 reports the score on the second held-out set, annotated blind
// on articles no other set quotes. It was held out until its first score
// (P 0.48 R 0.20) and the next round's (P 0.56 R 0.26); development since.
func TestHeldout2(t *testing.T) { run(t, "events-heldout2.jsonl") }

// TestHeldout3 reports the score on the third held-out set, annotated blind
// on articles no other set quotes. It was held out for its first score (P
// 0.53 R 0.24) and the next round's (P 0.52 R 0.25); development since.
func TestHeldout3(t *testing.T) { run(t, "events-heldout3.jsonl") }

// TestHeldout4 reports the score on the fourth held-out set, annotated blind
// on Reuters and Wikinews articles that no other set quotes. It was held out
// for its first score (P 0.56 R 0.20) and the next round's (P 0.58 R 0.22);
// development since.
func TestHeldout4(t *testing.T) { run(t, "events-heldout4.jsonl") }

// TestHeldout5 reports the score on the fifth held-out set, annotated blind on
// Reuters articles that no other set quotes, with no sentence text shared with
// another set; from its round on it is the set nobody tunes on.
func TestHeldout5(t *testing.T) { run(t, "events-heldout5.jsonl") }

// TestHeldout6 reports the score on the sixth held-out set, annotated blind
// on Reuters articles no other set quotes and no sentence text shared with
// another set; nobody tunes on it.
func TestHeldout6(t *testing.T) { run(t, "events-heldout6.jsonl") }

func TestDecodeGoldNamesLine(t *testing.T) {
	_, err := eval.DecodeGold("g.jsonl", strings.NewReader("{\"text\":\"a\",\"events\":[]}\n{bad\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "g.jsonl:2:") {
		t.Errorf("err = %v, want it to name g.jsonl:2", err)
	}
}

// TestDev7 reports the score on development set 7, of heldout6's shape
// (Reuters, annotated in the fifth session before annals was run on it;
// README.md says how), whose misses a round reads.
func TestDev7(t *testing.T) { run(t, "events-dev7.jsonl") }

// TestDev8 and TestDev9 report the scores on development sets 8 and 9,
// two more of heldout6's shape (Reuters, annotated in the fifth session
// before annals was run on them; README.md says how), whose misses a
// round reads.
func TestDev8(t *testing.T) { run(t, "events-dev8.jsonl") }

func TestDev9(t *testing.T) { run(t, "events-dev9.jsonl") }

// TestDev10 and TestDev11 report the scores on development sets 10 and
// 11, two more of heldout6's shape (README.md says how), whose misses a
// round reads.
func TestDev10(t *testing.T) { run(t, "events-dev10.jsonl") }

func TestDev11(t *testing.T) { run(t, "events-dev11.jsonl") }

// TestDev12 and TestDev13 report the scores on development sets 12 and
// 13, the last two of heldout6's shape the pool allowed (README.md says
// how), whose misses a round reads.
func TestDev12(t *testing.T) { run(t, "events-dev12.jsonl") }

func TestDev13(t *testing.T) { run(t, "events-dev13.jsonl") }

func TestDev14(t *testing.T) { run(t, "events-dev14.jsonl") }

func TestDev15(t *testing.T) { run(t, "events-dev15.jsonl") }

func TestDev16(t *testing.T) { run(t, "events-dev16.jsonl") }

func TestDev17(t *testing.T) { run(t, "events-dev17.jsonl") }

func TestDev18(t *testing.T) { run(t, "events-dev18.jsonl") }

func TestDev19(t *testing.T) { run(t, "events-dev19.jsonl") }

// TestDev20 and TestDev21 report the scores on development sets 20 and 21, a
// new shape: the later keyword sentences of the articles that development
// sets 7 to 13 and 14 to 19 quote (README.md says how).
func TestDev20(t *testing.T) { run(t, "events-dev20.jsonl") }

func TestDev21(t *testing.T) { run(t, "events-dev21.jsonl") }

// TestDev22 and TestDev23 report the scores on development sets 22 and 23, of
// development set 20's shape, from the articles of held-out sets 2 to 4 and
// of the first sessions' sets (README.md says how).
func TestDev22(t *testing.T) { run(t, "events-dev22.jsonl") }

func TestDev23(t *testing.T) { run(t, "events-dev23.jsonl") }
