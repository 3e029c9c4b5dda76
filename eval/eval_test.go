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
// Each floor sits just under the figure recorded with it. A comment keeps
// the latest figure and, where it fits, the set's first one; the figures
// between are in the history of this file (git log -p eval/eval_test.go).
var floors = map[string]struct{ precision, recall float64 }{
	"events-dev.jsonl":         {0.90, 0.43}, // 0.900 / 0.434 (36/40, 36/83) after round 85 issue 2 (a state's aid and cooperation with its own firms or people is domestic policy: one false coding fewer), raised from 0.87 / 0.43; first: 0.829 / 0.410 before (earlier figures: git log -p eval/eval_test.go)
	"events-dev-reuters.jsonl": {0.93, 0.64}, // 0.937 / 0.642 (45/48, 45/70) after round 159 issue 2 (threats of retaliation named by nouns, declared readiness to retaliate, and warnings that a named party's measure would bring retaliation, on top of round 153's answered threats: "Denman said pending U.S. trade legislation ... will spark retaliation" IGOEUREEC->USA 130), raised from 0.93 / 0.62; 0.936 / 0.629 (44/47, 44/70) after round 119 issue 2 (an office of a body a country word qualifies with a labour word is the union's: "Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization" BOLGOV->BOLLAB 043 both ways, not BOLGOV->BOLGOV), raised from 0.93 / 0.61; 0.935 / 0.614 (43/46, 43/70) after round 114 issue 2 (praise aimed at a thing names its maker: "welcomed the ending of a trade ban imposed by Australian labor unions" 051), raised from 0.93 / 0.60; 0.933 / 0.600 (42/45 = 0.9333, 42/70 = 0.6) after round 76 issue 2 (a threat told as a condition, "has told Congress that if textile legislation ... is approved, the community would retaliate": coded 45, matched 42), raised from 0.93 / 0.58; first: 0.927 / 0.543 before (earlier figures: git log -p eval/eval_test.go)
	"events-heldout.jsonl":     {0.91, 0.46}, // 0.912 / 0.463 (62/68, 62/134) after round 146 issue 2 ("Democrats" and "Republicans" named as a group in an American story are the American parties: "Other Republicans have broken with Trump and have urged him" 020), raised from 0.91 / 0.45; 0.910 / 0.455 (61/67, 61/134) after round 142 issue 2 (a state officer coded from the story's country lends that code to the surname also when the sentence introducing the person names no country: "The United States government accused Avenatti" 112, a match at root level), raised from 0.90 / 0.44; 0.909 / 0.448 (60/66, 60/134) after round 111 issue 2 (the victim no actor codes of a violent act by a source of the story's country is the story's civilian or media: "journalists ... injured after being attacked by protesters" SRBOPP → SRBMED 180), raised from 0.89 / 0.44; 0.894 / 0.440 (59/66, 59/134) after round 106 issue 2 (attending a meeting of an international body meets the body: "would leave Monday to attend the International Monetary Fund's Interim Committee meeting" 036), raised from 0.89 / 0.43; 0.892 / 0.433 (58/65 = 0.8923, 58/134) after round 69 issue 2 (role words of several states, plural offices a state holds once such as "governments" or "trade ministers", gathered or IGO-side "ministers", no longer take the story's country: coded 65, matched 58), raised from 0.87 / 0.43; first: 0.836 / 0.381 before (earlier figures: git log -p eval/eval_test.go)
	"events-heldout2.jsonl":    {0.87, 0.44}, // 0.870 / 0.448 (47/54, 47/105) after round 153 issue 2 (a retaliation threat's target is the party whose act it answers: "warned of possible reprisals" GBRGOV->JPNBUS 138), raised from 0.86 / 0.43; 0.868 / 0.438 (46/53, 46/105) after round 146 issue 2 (party members named as a group: "criticized Democrats for failing to mention" 111), raised from 0.86 / 0.42; 0.865 / 0.429 (45/52, 45/105) after round 94 issue 2 (a country-named firm with a private suffix is its business: "ended talks with British Petroleum Co Plc <BP>" between two firms no longer coded), raised from 0.84 / 0.42; 0.849 / 0.429 (45/53, 45/105) after round 79 issue 2 (Argentina's finance secretary Brodersohn dated: one match, one self-pair extra ARGGOV->ARGGOV, lowered from 0.86 / 0.41); first: 0.833 / 0.381 before (0.830 / 0.371 the round before; development data since round 3) (earlier figures: git log -p eval/eval_test.go)
	"events-heldout3.jsonl":    {0.96, 0.59}, // 0.965 / 0.593 (83/86, 83/140) after round 161 issue 2 (an "It" opening a sentence stands for the one state body of its kind the story named; "we" in a quote takes the code of the actor named in its uncoded speaker's words), raised from 0.96 / 0.56; 0.963 / 0.564 (79/82, 79/140) after round 123 issue 2 (a line-wrapped "wide- ranging" joined, a base form before "signed by" read as the phrase's noun: one accord more), raised from 0.96 / 0.55; 0.963 / 0.550 (77/80, 77/140) after round 87 issue 2 (noun compounds the tagger read as verbs, a state's protest, "by" after another noun: one match more), raised from 0.96 / 0.54; 0.962 / 0.543 (76/79) after round 85 issue 2 (domestic aid and cooperation, "told ... to", recognition of a fact, shared role words, currencies: one false coding fewer), raised from 0.95 / 0.54 (earlier figures: git log -p eval/eval_test.go)
	"events-heldout4.jsonl":    {0.83, 0.46}, // 0.831 / 0.463 (69/83, 69/149) after round 161 issue 2 (an "It" opening a sentence stands for the one state body of its kind the story named; "we" in a quote takes the code of the actor named in its uncoded speaker's words), raised from 0.82 / 0.44; 0.827 / 0.450 (67/81, 67/149) after round 141 issue 2 (a target named only past an "after", "before" or "until" that follows the act belongs to the other event: "halted loans to Hanoi after the fall of the Saigon government"), raised from 0.81 / 0.44; 0.817 / 0.450 (67/82, 67/149) after round 137 issue 2 (a crowd's clash with police is the police's force too: "farmers battled police" 175 from the police), floors unchanged; 0.815 / 0.443 (66/81, 66/149) after round 130 issue 2 (support held, its giver after "of": "has the full support of Saudi Arabia" 051), raised from 0.81 / 0.43; 0.812 / 0.436 (65/80, 65/149) after round 126 issue 2 (talks ended by a subject listing both parties, and a "-led" sponsor before a name no party: "The European Community (EC) and Soviet-led Comecon ended talks here" 046 both ways, one key at root level), raised from 0.81 / 0.42; 0.810 / 0.430 (64/79, 64/149) after round 116 issue 2 (talks in a phrase of a preposition whose party no other reading finds take the speaker of the closing speech tag: "as a result of talks yesterday with Baker, Petricioli said" 04 both ways), raised from 0.80 / 0.41; 0.805 / 0.416 (62/77, 62/149) after round 103 issue 2 (the actors before a descriptive aside are the subject of the verb after it: "Japan and Brazil, the largest importer and exporter respectively, blamed one another"), raised from 0.80 / 0.40; 0.800 / 0.403 (60/75, 60/149) after round 95 issue 2 (an office of several capitalised words after a country's possessive is that country's: "China's U.N. Representative, Ambassador Li Luye" 04 both ways), raised from 0.79 / 0.38; 0.795 / 0.389 (58/73, 58/149) after round 86 issue 2 (a noun-or-verb word after a singular noun of a determined phrase is a noun: "agreed a trade deal with Argentina" 057); 0.792 / 0.383 (57/72, 57/149) after round 85 issue 2 (two false codings fewer), raised from 0.77 / 0.38; first: 0.699 / 0.342 before (0.672 / 0.302 before this round; development data since round 5; 0.556 / 0.201 at annotation, 0.579 / 0.221 before it) (earlier figures: git log -p eval/eval_test.go)
	"events-dev7.jsonl":        {0.90, 0.42}, // 0.907 / 0.429 (39/43, 39/91) after round 162 issue 2 (force on a place or installation takes the country that owns it: "guerrillas attacked security bases" GBRREB->GBRMIL, "attacked the Qutaiba front" IRNMIL->IRQ 190), raised from 0.88 / 0.41; 0.884 / 0.418 (38/43, 38/91) after round 159 issue 2 (threats of retaliation named by nouns, declared readiness to retaliate, and warnings that a named party's measure would bring retaliation, on top of round 153's answered threats), raised from 0.88 / 0.40; 0.881 / 0.407 (37/42, 37/91) after round 153 issue 2 (a retaliation threat's target is the party whose act it answers: "Yeutter has threatened retaliation if the tax is approved" USAGOV->IGOEUREEC 138), raised from 0.87 / 0.39; 0.878 / 0.396 (36/41, 36/91) after round 88 issue 2 (a boycott named by a noun: coded 41, matched 36), raised from 0.87 / 0.38; 0.875 / 0.385 (35/40 = 0.875, 35/91) after round 68 issue 2 (a meeting of two officials of one government, a state talking with a role word given its own country: coded 40, matched 35), raised from 0.83 / 0.38; first: 0.724 / 0.231 with the code before the fifth session's rounds and after round 29 issue 2 (gold 91, coded 29, matched 21), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev8.jsonl":        {0.89, 0.36}, // 0.900 / 0.364 (36/40, 36/99) after round 168 issue 2 ("its forces" after a state is its military: "Iraq said today its forces had crushed an Iranian attack" IRQMIL->IRN 190), raised from 0.89 / 0.35; 0.897 / 0.354 (35/39, 35/99) after round 160 issue 2 (an accord a hyphenated pair of states names, dated or signed: "a 1986 U.S.-Japan pact on microchip trade" 057 both ways), raised from 0.89 / 0.33; 0.892 / 0.333 (33/37, 33/99) after round 128 issue 2 (a state organ acting on a thing its own country owns does not act on the country: "foreign aid to help Uganda's economic recovery" UGAGOV->UGA 070), raised from 0.86 / 0.33; 0.868 / 0.333 (33/38, 33/99) after round 127 issue 2 (a commercial bank named by its own name is its home country's business: "Taylor", chairman of the Royal Bank of Canada, urging "Canadian negotiators" 020), raised from 0.86 / 0.32; 0.865 / 0.323 (32/37, 32/99) after round 124 issue 2 (the actor opening a clause reported by "He said" is what a later "it" stands for: "He said the ADB had already responded to members like the U.S., Which urged it to improve" 020), raised from 0.86 / 0.31; 0.861 / 0.313 (31/36, 31/99) after round 103 issue 2 (the actors before a descriptive aside are the subject of the verb after it: "Japan and Brazil, the largest importer and exporter respectively, blamed one another"), raised from 0.85 / 0.29; 0.853 / 0.293 (29/34, 29/99) after round 88 issue 2 (a boycott named by a noun: coded 34, matched 29), raised from 0.84 / 0.28; 0.848 / 0.283 (28/33 = 0.8485, 28/99 = 0.2828) after round 70 issue 2 (a state's armed attack with no target aimed at the one enemy state named in its sentence or story: coded 33, matched 28), raised from 0.81 / 0.27; first: 0.696 / 0.162 after round 31 issue 2 (gold 99, coded 23, matched 16), before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev9.jsonl":        {1.00, 0.36}, // 1.000 / 0.368 (32/32, 32/87) after round 159 issue 2 (threats of retaliation named by nouns, declared readiness to retaliate, and warnings that a named party's measure would bring retaliation, on top of round 153's answered threats), raised from 1.00 / 0.35; 1.000 / 0.356 (31/31, 31/87) after round 153 issue 2 (a retaliation its maker voices is a threat made, not a hypothetical: "warned that it would retaliate if Japan did not move" 130), raised from 1.00 / 0.34; 1.000 / 0.345 (30/30, 30/87) after round 136 issue 2 (an office's body named with its acronym in brackets still ends the apposition: "talks with Saito", the chairman of "the Federation of Economic Organisations (Keidanren)", 04 both ways), raised from 1.00 / 0.32; 1.000 / 0.322 (28/28, 28/87) after round 97 issue 2 (imports that "injure" an industry: trade, no assault), raised from 0.96 / 0.32; 0.966 / 0.322 (28/29, 28/87) after round 93 issue 2 (an act planned through a verb that adopts the plan: "Japan's cabinet approved a plan to help" 033), raised from 0.96 / 0.31; 0.964 / 0.310 (27/28, 27/87) after round 88 issue 2 (a boycott named by a noun), raised from 0.96 / 0.29; 0.963 / 0.299 (26/27, 26/87) after round 87 issue 2 (one false coding fewer), raised from 0.92 / 0.29; 0.929 / 0.299 (26/28) after round 85 issue 2 (one false coding fewer), raised from 0.89 / 0.29; first: 0.882 / 0.172 with the code before the fifth session's rounds (its first score) and after round 31 issue 2 (gold 87, coded 17, matched 15), before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev10.jsonl":       {0.82, 0.39}, // 0.821 / 0.395 (32/39, 32/81) after round 137 issue 2 (a crowd's clash with police is the police's force too: "strikers scuffled with police" 175 from the police, one key at root level), raised from 0.81 / 0.38; 0.816 / 0.383 (31/38, 31/81) after round 85 issue 2 (one false coding fewer), raised from 0.79 / 0.38; first: 0.458 / 0.136 with the code before the fifth session's rounds (its first score) and after round 32 issue 2 (gold 81, coded 24, matched 11), before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev11.jsonl":       {0.91, 0.34}, // 0.914 / 0.340 (32/35, 32/94) after round 141 issue 2 (a target named only past an "after", "before" or "until" that follows the act), raised from 0.88 / 0.34; 0.889 / 0.340 (32/36, 32/94) after round 88 issue 2 (a boycott named by a noun), raised from 0.88 / 0.32; 0.886 / 0.330 (31/35, 31/94) after round 85 issue 2 (one false coding fewer), raised from 0.86 / 0.32; first: 0.500 / 0.149 after round 32 issue 2 on the 93 kept (gold 94, coded 28, matched 14), before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev12.jsonl":       {0.74, 0.37}, // 0.743 / 0.371 (26/35, 26/70) after round 159 issue 2 (threats of retaliation named by nouns, declared readiness to retaliate, and warnings that a named party's measure would bring retaliation, on top of round 153's answered threats), raised from 0.71 / 0.35; 0.714 / 0.357 (25/35, 25/70) after round 75 issue 2 (a minister "is in the United Arab Emirates to discuss": a visit 042; coded 35, matched 25), raised from 0.70 / 0.34; first: 0.607 / 0.243 after round 33 issue 2 (gold 70, coded 28, matched 17), before any of its misses was read, and after round 34 issue 2 (its misses read: unchanged) (earlier figures: git log -p eval/eval_test.go)
	"events-dev13.jsonl":       {0.86, 0.33}, // 0.870 / 0.333 (20/23 = 0.8696, 20/60) after round 153 issue 2 ("has threatened to take retaliatory action" is a threat on the party accused in the sentence, 130), raised from 0.86 / 0.31; 0.864 / 0.317 (19/22, 19/60) after round 146 issue 2 (party members named as a group: "an attempt by the Democrats ... He accused them" 112), raised from 0.85 / 0.30; 0.857 / 0.300 (18/21, 18/60) after round 83 issue 2 (pressure groups are NGO: "Land reform pressure groups have called on Aquino"), raised from 0.85 / 0.28 (earlier figures: git log -p eval/eval_test.go)
	"events-dev14.jsonl":       {0.90, 0.44}, // 0.909 / 0.449 (40/44, 40/89) after round 159 issue 2 (threats of retaliation named by nouns, declared readiness to retaliate, and warnings that a named party's measure would bring retaliation, on top of round 153's answered threats), raised from 0.90 / 0.42; 0.905 / 0.427 (38/42, 38/89) after round 160 issue 2 (an accord a hyphenated pair of states names, dated or signed: "The Canadian-U.S. pact, signed by two sides two weeks ago" 057 both ways), raised from 0.90 / 0.40; 0.900 / 0.404 (36/40, 36/89) after round 132 issue 2 (an infinitive of purpose after a meeting takes the meeting's subject and the party met: "delegations will meet top West German government officials today and tomorrow to lobby for support" 022), raised from 0.89 / 0.39; 0.897 / 0.393 (35/39, 35/89) after round 82 issue 2 (a strike by workers named by a noun, against a state employer: "the threat of a strike by 55,000 oil industry employees" 133), raised from 0.89 / 0.38; first: 0.696 / 0.180 (16/23, 16/89) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev15.jsonl":       {0.91, 0.45}, // 0.917 / 0.452 (33/36, 33/73) after round 108 issue 2 (the second verb of one subject takes the party of the first: "met West German Finance Minister Gerhard Stoltenberg ... and agreed to support the Louvre pact" 032), raised from 0.91 / 0.43; 0.914 / 0.438 (32/35, 32/73) after round 103 issue 2 (the actors before a descriptive aside are the subject of the verb after it: "Japan and Brazil, the largest importer and exporter respectively, blamed one another"), raised from 0.90 / 0.41; 0.909 / 0.411 (30/33, 30/73) after round 83 issue 2 ("farm-state Congressmen said they will press" USALEG), raised from 0.90 / 0.39; first: 0.789 / 0.205 (15/19, 15/73) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev16.jsonl":       {0.91, 0.32}, // 0.917 / 0.324 (22/24, 22/68) after round 129 issue 2 (a pronoun host of talks resolved as a verb's pronoun subject: "It said Bank President Barber Conable at a meeting with Sri Lanka's Finance Minister" 040 both ways), raised from 0.90 / 0.29; 0.909 / 0.294 (20/22, 20/68) after round 107 issue 2 (an appeal reported with should, its speaker after the comma), raised from 0.90 / 0.27; 0.905 / 0.279 (19/21, 19/68) after round 92 issue 2 (markets and newspapers named after a place: coded 21, matched 19), raised from 0.86; 0.864 / 0.279 (19/22, 19/68) after round 81 issue 2 (reciprocal talks mirrored: coded 22, matched 19), raised from 0.85 / 0.26; first: 0.625 / 0.147 (10/16, 10/68) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev17.jsonl":       {1.00, 0.38}, // 1.000 / 0.388 (31/31, 31/80) after round 164 issue 2 (a resolution that addresses a party speaks for the body that passed it: "The House of Representatives passed a resolution urging President Reagan" 026), raised from 1.00 / 0.37; 1.000 / 0.375 (30/30, 30/80) after round 162 issue 2 (force on a place or installation takes the country that owns it: "guerrillas attacked security bases" GBRREB->GBRMIL, "attacked the Qutaiba front" IRNMIL->IRQ 190), raised from 0.96 / 0.36; 0.967 / 0.362 (29/30, 29/80) after round 159 issue 2 (threats of retaliation named by nouns, declared readiness to retaliate, and warnings that a named party's measure would bring retaliation, on top of round 153's answered threats), raised from 0.93 / 0.35; 0.933 / 0.350 (28/30, 28/80) after round 110 issue 2 (events named by nouns: a noun capitalised after "U.S.", "Tass denounced a U.S. Attack on an Iranian oil-drilling platform" 190), raised from 0.93 / 0.33; 0.931 / 0.338 (27/29, 27/80) after round 107 issue 2 (hoped the Japanese would act; the World Bank suggested India should move), raised from 0.92 / 0.31; 0.926 / 0.312 (25/27, 25/80) after round 87 issue 2 (one false coding fewer), raised from 0.89 / 0.31; 0.893 / 0.312 (25/28 = 0.8929, 25/80) after round 80 issue 2 (arms sold to a state 062, not military aid 072: coded 28, matched 25), raised from 0.85 / 0.30; first: 0.684 / 0.163 (13/19, 13/80) with the code before the eighth session's rounds (commit 1013906), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev18.jsonl":       {0.91, 0.38}, // 0.914 / 0.386 (32/35, 32/83) after round 153 issue 2 (a retaliation threat's target is the party whose act it answers: "vowed retaliation" for "Monday's U.S. Attack", "We will definitely retaliate" IRN->USA 13), raised from 0.90 / 0.36; 0.909 / 0.361 (30/33, 30/83) after round 128 issue 2 (a trip to a capital to meet an international body there is no visit to the host: "would leave for Washington ... to complete negotiations with the IMF" ZMBGOV->USAGOV 036), raised from 0.88 / 0.36; 0.882 / 0.361 (30/34, 30/83) after round 124 issue 2 (the actor opening a clause reported by "he said" is what a later "it" stands for: "the U.S. Would not lift the selective economic sanctions it imposed on Japanese imports" 163), raised from 0.87 / 0.34; 0.879 / 0.349 (29/33, 29/83) after round 93 issue 2 ("as the United States made plans to protect 11 Kuwaiti oil tankers" 0334), raised from 0.87 / 0.33; 0.875 / 0.337 (28/32, 28/83) after round 75 issue 2 (the same meeting of Figueroa and the head of Bank of Mexico; coded 32, matched 28), raised from 0.86 / 0.31; first: 0.808 / 0.253 (21/26, 21/83) with the code at ab84629 (after the eighth session's rounds 37, 46 and 47), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev19.jsonl":       {0.96, 0.32}, // 0.962 / 0.325 (25/26, 25/77) after round 162 issue 2 (force on a place or installation is aimed at its owner: "the Iranian troops which attacked the Qutaiba front" 190 on the story's enemy, IRQ), raised from 0.92 / 0.31; 0.923 / 0.312 (24/26, 24/77) after round 153 issue 2 (a copula's subject acts in the relative clause after "the only": "Egypt is the only Arab country which has signed a peace treaty with Israel" 057 both ways), raised from 0.91 / 0.28; 0.917 / 0.286 (22/24, 22/77) after round 150 issue 2 (a denial of a named party's charges rejects that party: "Opposition leader John Howard disputed Keating's allegations" 120), raised from 0.91 / 0.27; 0.913 / 0.273 (21/23, 21/77) after round 137 issue 2 (a warning aimed at a named party against an act is a threat: "had warned the United States ... against exacerbating the Gulf crisis" 130, not 110), raised from 0.86 / 0.25; 0.870 / 0.260 (20/23, 20/77) after round 110 issue 2 (events named by nouns: a noun capitalised after "U.K.", "A U.K. Agreement with the U.S. Securities and Exchange Commission" 057 both ways), raised from 0.85 / 0.23; 0.857 / 0.234 (18/21, 18/77) after round 97 issue 2 (the one who names a thing in a "what" relative is no target: "in what bankers called a desperate move"), raised from 0.81 / 0.23; 0.818 / 0.234 (18/22, 18/77) after round 82 issue 2 ("joined a hunger strike by 1,300 state employed miners" 142), raised from 0.80 / 0.22; first: 0.765 / 0.169 (13/17, 13/77) with the code at ab84629 (after the eighth session's rounds 37, 46 and 47), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev20.jsonl":       {0.83, 0.22}, // 0.833 / 0.225 (20/24, 20/89) after round 120 issue 2 (the commodity councils in the dictionary: "Bomani called on the ICO to convene another meeting" 020), raised from 0.82 / 0.21; 0.826 / 0.213 (19/23, 19/89) after round 96 (the reporter after a comma is no target: "In announcing the U.S. Sanctions yesterday, President Ronald Reagan said" no longer USA→USAGOV 163), raised from 0.79 / 0.21; 0.792 / 0.213 (19/24, 19/89) after round 82 issue 2 ("strikes are being threatened, including national stoppages by 450,000 social workers" 133), raised from 0.78 / 0.20; first: 0.720 / 0.202 (18/25, 18/89) with the code at 8fa1d27 (the ninth session's start), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev21.jsonl":       {0.72, 0.27}, // 0.720 / 0.273 (18/25, 18/66) after round 136 issue 2 (an office's body named with its acronym in brackets still ends the apposition: "Eishiro Saito, chairman of the Federation of Economic Organisations (Keidanren), urged Takeshita" 020), raised from 0.70 / 0.25; 0.708 / 0.258 (17/24, 17/66) after round 130 issue 2 (a stance after "be": "he was satisfied with the role the U.S. Has played" 051), raised from 0.69 / 0.24; 0.696 / 0.242 (16/23, 16/66) after round 124 issue 2 (an object pronoun opening the target slot is the target, not the actor after it: "after he visited them on OPEC's behalf" 042 to Norway, Egypt and the Soviet Union, no longer to OPEC), raised from 0.61 / 0.19; 0.619 / 0.197 (13/21, 13/66) after round 108 issue 2 (the second verb of one subject takes the party of the first: "will monitor progress on implementation of the government's trade reform measures, and supported its determination" 051), raised from 0.60 / 0.18; 0.600 / 0.182 (12/20 = 0.6, 12/66) after round 69 issue 2 (role words of several states, plural offices a state holds once such as "governments" or "trade ministers", gathered or IGO-side "ministers", no longer take the story's country: coded 20, matched 12), raised from 0.57 / 0.18; first: 0.524 / 0.167 (11/21, 11/66) with the code at 8fa1d27 (the ninth session's start), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev22.jsonl":       {0.88, 0.29}, // 0.881 / 0.298 (37/42, 37/124) after round 132 issue 2 (an infinitive of purpose after a meeting: "will meet with Japanese creditor banks ... to seek Japanese support" 022), raised from 0.87 / 0.29; 0.878 / 0.290 (36/41, 36/124) after round 129 issue 2 (talks named by a phrase opening the sentence, their parties the main clause's subject and object: "In high-level talks last week, the U.S. Criticised Japan's overall fiscal policy" 040 both ways), raised from 0.87 / 0.27; 0.872 / 0.274 (34/39, 34/124) after round 125 issue 2 (a capital naming an accord or a meeting is no party: "contravened the 1976 Berne Agreement" no longer codes Switzerland), raised from 0.85 / 0.27; 0.850 / 0.274 (34/40, 34/124) after round 120 issue 2 ("the two countries" with no pair near it takes the pair the headline names: "NIGERIA, GUINEA SET UP ..." then "an agreement between the two countries" 057 both ways), raised from 0.84 / 0.25; 0.842 / 0.258 (32/38, 32/124) after round 112 issue 2 (a gerund clause opening the sentence takes the main clause's subject: "After visiting the U.S., England, France, West Germany, Italy and Switzerland, Funaro is now on his way" 042 six times), raised from 0.81 / 0.20; 0.812 / 0.210 (26/32, 26/124) after round 95 issue 2 (an office named for its field is no part of the name: "Under-Secretary of State for Economic Affairs Allen Wallis", then "Wallis urged Tokyo" 020), raised from 0.80 / 0.20; 0.806 / 0.202 (25/31, 25/124) after round 81 issue 2 (reciprocal talks mirrored: coded 31, matched 25), raised from 0.80 / 0.19; first: 0.762 / 0.129 (16/21, 16/124) with the code at fafaf98 (the ninth session's start, no code change), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev23.jsonl":       {0.73, 0.21}, // 0.739 / 0.218 (17/23, 17/78) after rounds 129 and 130 issue 2 (the host of talks past a possessive after the first word: "In his talks with Japanese Defence Minister Yuko Kurihara, he said, he made a pitch" 040 both ways; a stance after "be": "he was satisfied with U.S. intervention", "with the role the U.S. has played" 051), raised from 0.68 / 0.16; 0.684 / 0.167 (13/19, 13/78) after round 94 issue 2 (a workers' federation named by its nationality is its labour: "the Australian Waterside Workers' Federation to lift its ban" 081), raised from 0.66 / 0.15; 0.667 / 0.154 (12/18, 12/78) after rounds 84 and 85 issue 2 (modifiers joined by "and" between pattern words: "signed a five-year defence and economic agreement" 057 both ways; two false codings fewer: domestic aid, "told ... to"), raised from 0.55 / 0.12; 0.556 / 0.128 (10/18, 10/78) after round 82 issue 2 ("began talks with the government today": a role word before a day word is a party; "the strike, called by leftist unions" 143), raised from 0.50 / 0.10; first: 0.333 / 0.064 (5/15, 5/78) with the code at fafaf98 (the ninth session's start, no code change), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev24.jsonl":       {0.88, 0.40}, // 0.887 / 0.402 (47/53, 47/117) after round 112 issue 2 (a gerund clause opening the sentence takes the main clause's subject: "Accusing the French of overfishing, Canada yesterday said" 112), raised from 0.88 / 0.39; 0.885 / 0.393 (46/52, 46/117) after round 89 issue 2 (a "fight" of unarmed parties with no enemy named is no 190), raised from 0.86 / 0.39; 0.868 / 0.393 (46/53, 46/117) after round 84 issue 2 (modifiers joined by "and" between pattern words: "The two countries earlier signed two technical and financial cooperation treaties" 057 both ways), raised from 0.86 / 0.37; 0.863 / 0.376 (44/51 = 0.8627, 44/117) after round 69 issue 2 (role words of several states, plural offices a state holds once such as "governments" or "trade ministers", gathered or IGO-side "ministers", no longer take the story's country: coded 51, matched 44), raised from 0.84 / 0.37; first: 0.739 / 0.291 (34/46, 34/117) with the code at fb069a3 (after the ninth session's event rounds 57-62), its first score, before any of its misses was read (earlier figures: git log -p eval/eval_test.go)
	"events-dev25.jsonl":       {0.87, 0.21}, // 0.875 / 0.216 (21/24, 21/97) after rounds 103-109 issue 2, scored as totals only, not read; 0.808 / 0.216 (21/26, 21/97) after rounds 84-87 issue 2, scored as totals only, not read; 0.769 / 0.206 (20/26, 20/97) with the code at 555d926 (after the ninth session's event rounds 57-65), its first score, before any of its misses was read
	"events-dev26.jsonl":       {0.77, 0.20}, // 0.771 / 0.209 (27/35, 27/129) after rounds 103-105 issue 2, scored as totals only, not read; 0.765 / 0.202 (26/34, 26/129) after rounds 84-87 issue 2, scored as totals only, not read; 0.743 / 0.202 (26/35, 26/129) with the code at 664e07d (the end of the ninth session), its first score, before any of its misses was read
	"events-dev27.jsonl":       {0.64, 0.19}, // 0.647 / 0.193 (11/17, 11/57) with the code at 4ea688e (the end of the tenth session), its first score, before any of its misses was read
	"events-dev28.jsonl":       {0.75, 0.22}, // 0.750 / 0.225 (9/12, 9/40) after rounds 101-102 issue 2, scored as totals only, not read, raised from 0.72 / 0.20; 0.727 / 0.200 (8/11, 8/40) with the code at 983a21c (the tenth session's code), its first score, before any of its misses was read
	"events-heldout5.jsonl":    {0.76, 0.35}, // 0.767 / 0.357 (56/73, 56/157) after rounds 103-109 issue 2, totals only, not looked up; 0.750 / 0.344 (54/72, 54/157) after rounds 84-87 issue 2 (three false codings fewer, not looked up); 0.711 / 0.344 (54/76 = 0.7105, 54/157) after round 68 issue 2 (one false coding fewer, not looked up); first: never read (earlier figures: git log -p eval/eval_test.go)
	"events-heldout6.jsonl":    {0.64, 0.13}, // 0.643 / 0.133 (18/28, 18/135) after round 82 issue 2 (one more match, one more coding, not looked up), raised from 0.62 / 0.12; 0.630 / 0.126 (17/27 = 0.6296, 17/135) after round 68 issue 2 (one false coding fewer, not looked up); first: 0.500 / 0.104 before (held out: 0.438 / 0.104 at annotation, with the code before issue 2's round 14; never read) (earlier figures: git log -p eval/eval_test.go)
	"events-heldout6b.jsonl":   {0.67, 0.13}, // 0.679 / 0.132 (19/28, 19/144) after round 82 issue 2 (one more match, one more coding, not looked up), raised from 0.66 / 0.12; 0.667 / 0.125 (18/27 = 0.6667, 18/144) after round 68 issue 2 (one false coding fewer, not looked up); first: never read (earlier figures: git log -p eval/eval_test.go)
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

// TestDev24 reports the score on development set 24, dev22's candidates
// after those dev22 took (README.md says how).
func TestDev24(t *testing.T) { run(t, "events-dev24.jsonl") }

// TestDev25 reports the score on development set 25, dev22's candidates
// after those dev22 and dev24 took (README.md says how).
func TestDev25(t *testing.T) { run(t, "events-dev25.jsonl") }

// TestDev26 reports the score on development set 26, dev22's candidates
// after those dev22, dev24 and dev25 took (README.md says how).
func TestDev26(t *testing.T) { run(t, "events-dev26.jsonl") }

// TestDev27 reports the score on development set 27, the end of dev22's
// candidate list after dev26 (README.md says how).
func TestDev27(t *testing.T) { run(t, "events-dev27.jsonl") }

// TestDev28 reports the score on development set 28, the blind sets' shape
// from unquoted Reuters articles past line 10,000 (README.md says how).
func TestDev28(t *testing.T) { run(t, "events-dev28.jsonl") }
