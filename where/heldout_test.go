package where_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/where"
	"github.com/annals-project/annals/where/internal/fold"
)

// heldoutSets are the hand-annotated sets TestHeldout scores, with the
// fixed rule that chose their articles. The minimums are ratchets: raise
// them when the figures improve, never lower them to make a change pass.
// Only the development sets' individual misses are logged: a held-out
// set is read as aggregate figures, so that rules are not tuned to it.
var heldoutSets = []struct {
	file                    string
	first, step, last       int   // articles first, first+step, ... up to last of wikinews.jsonl
	lines                   []int // or, when set, exactly these articles
	minRecall, minPrecision float64
	dev                     bool
}{
	{"dev.tsv", 10, 20, 250, nil, 1.0, 1.0, true},
	{"dev2.tsv", 2, 20, 182, nil, 1.0, 1.0, true},
	// All sets are development since issue 5's eighth round, the first
	// held-out one included: their misses and extras are all logged.
	// dev3: 25 Reuters articles below line 10,000 (see its header), the
	// first set of wire copy, annotated for the eighteenth round:
	// 0.690/0.741 at annotation, 0.828/0.857 after the round; 0.897/1.000
	// after the nineteenth (a country's own figures, fronted places,
	// "its Atlantic City, N.J., Showboat Hotel"); 0.931/1.000 after the
	// twentieth ("China has 521 sugar mills", loans "to" a party);
	// 0.966/1.000 after the twenty-eighth (great cities, countries and
	// regions as places by default: "Amsterdam, Lyon/Atlas and Lisbon").
	{"dev3.tsv", 0, 0, 0, []int{228, 598, 960, 1479, 1838, 2316, 2723, 3115, 3399, 3815,
		4287, 4636, 4869, 5323, 5618, 5971, 6440, 6860, 7254, 7519, 7912, 8216, 8590, 8947,
		9294}, 1.0, 1.0, true}, // 1.000/1.000 (29/29, 29/29) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev4: 25 more Reuters articles below line 10,000 (see its header),
	// annotated for the nineteenth round: 0.632/0.923 at annotation,
	// 0.947/1.000 after the round.
	{"dev4.tsv", 0, 0, 0, []int{127, 374, 854, 1272, 1774, 2105, 2561, 2915, 3278, 3729,
		4156, 4509, 4791, 5138, 5459, 5874, 6342, 6705, 7064, 7463, 7774, 8053, 8469, 8882,
		9141}, 1.0, 1.0, true}, // 1.000/1.000 after round 54 ("in new york" in a lower-case article)
	// dev5: 25 more Reuters articles below line 10,000 (see its header),
	// annotated for the twentieth round: 0.853/0.879 at annotation,
	// 0.912/1.000 after the round (a country's sectors, crops and trade
	// as its possessive, money "to" a party, currencies and talks a name
	// qualifies, a feature inside a list).
	{"dev5.tsv", 0, 0, 0, []int{278, 698, 1071, 1602, 1904, 2374, 2787, 3182, 3547, 3900,
		4348, 4731, 4957, 5364, 5721, 6092, 6496, 6951, 7379, 7563, 7947, 8330, 8737, 8996,
		9378}, 0.911, 1.0, true},
	// dev6: 25 more Reuters articles below line 10,000 (see its header),
	// annotated for the twenty-fourth round: 0.717/0.943 at annotation,
	// 0.804/0.949 after the round (a country's plantations, markets and
	// economic crisis as its possessive; a change verb a tagger reads as
	// a noun after a figure); 0.826/0.950 after the twenty-fifth (a
	// weekday written against a place name: "in Brussels Monday");
	// 0.826/0.974 after the thirtieth (a country modifying the noun after
	// it: "investment in U.S. carriers"); 0.848/0.975 after the
	// thirty-third (an unknown name, "and", then a known one with its
	// article: "from Japan, Europe and the United States").
	{"dev6.tsv", 0, 0, 0, []int{213, 520, 909, 1436, 1819, 2230, 2666, 3070, 3340, 3778,
		4259, 4596, 4851, 5270, 5587, 5933, 6423, 6821, 7189, 7504, 7870, 8172, 8551, 8933,
		9258}, 0.847, 0.975, true}, // 0.848/0.975 (39/46, 39/40) after round 73 (Balao, with the gold row corrected to the Esmeraldas terminal)
	// dev7: 55 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 10th (see
	// its header), 110 mentions, heldout16's shape, annotated in the fifth
	// session before annals was run on them: 0.627/0.885 with the code
	// before that session's rounds; 0.664/0.859 with the twenty-sixth round's,
	// before its misses were read; 0.818/0.909 after the twenty-seventh
	// (datelines of a list article's items, legs of freight charters,
	// gapped rows of countries' amounts, a country raising its exports,
	// "last year" before a verb, relations "linking" parties);
	// 0.827/0.910 after the twenty-eighth (places by default: "Fukuoka,
	// southern Japan").
	{"dev7.tsv", 0, 0, 0, []int{10075, 10294, 10337, 10454, 10601, 10806, 10917, 11058, 11235, 11414,
		11589, 11731, 11784, 11903, 12204, 12264, 12436, 12592, 12786, 13154, 13520, 13670,
		13757, 13973, 14141, 14250, 14314, 14633, 14829, 14914, 14986, 15072, 15413, 15557,
		15710, 15789, 15860, 15954, 15996, 16039, 16073, 16188, 16240, 16405, 16602, 16662,
		16777, 16956, 17049, 17139, 17200, 17329, 17525, 17634, 17699}, 0.918, 0.97, true}, // 0.845/0.948 (93/110, 93/98) after round 50 ("taken place in venezuela" in a lower-case wire item); 0.864/0.950 (95/110, 95/100) after round 55 ("south Jilin and north Liaoning"); 0.873/0.960 (96/110, 96/100) after round 57 ("the governorship of Fukuoka"); 0.900/0.961 (99/110, 99/103) after round 73 (Constanza, Seaforth, Yongkwang); 0.900/0.971 (99/110, 99/102) after round 75 (a firm's short name, parties "between" and "from"); 0.909/0.971 (100/110, 100/103) after round 79 ("East Bloc states, notably Poland"); 0.918/0.971 (101/110, 101/104) after round 88 ("South Korea operates six atomic stations")
	// dev8: 52 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 5th (see
	// its header), 112 mentions, annotated in the fifth session before
	// annals was run on them: 0.741/0.865 with the session-start code;
	// 0.768/0.811 with the twenty-eighth round's, before its misses were read;
	// 0.795/0.873 after the twenty-ninth (Yugoslavia, a country modifying
	// its economy's figures, its exchanges and sectors, a list's class
	// before a dash, "its Gardena, Calif., plant"); 0.777/0.870 once the
	// lead dropped the modifier-figure rule (its annotator's call, which
	// the earlier conventions do not make: see economy_modifiers_test.go);
	// 0.786/0.880 after the thirtieth (a list of great cities: "in
	// Frankfurt, London, New York and Tokyo"); 0.812/0.892 after the
	// thirty-third (Luxembourg as a place is its capital).
	// 0.821/0.893 after the thirty-eighth (the Soviet Union).
	// 0.830/0.894 after round 45 (a verb wire copy capitalised after
	// "the U.K.": "traders in the U.K. Received").
	{"dev8.tsv", 0, 0, 0, []int{10034, 10220, 10278, 10323, 10409, 10568, 10779, 10896, 11034, 11206,
		11448, 11570, 11704, 11770, 11854, 12009, 12198, 12232, 12400, 12565, 12731, 13126,
		13427, 13636, 13793, 13881, 14103, 14234, 14306, 14425, 14593, 14779, 14900, 14975,
		15053, 15346, 15547, 15697, 15842, 15934, 15982, 16029, 16065, 16131, 16182, 16225,
		16342, 16587, 16653, 16741, 16901, 17036}, 0.892, 0.925, true}, // 0.857/0.897 (96/112, 96/107) after round 58 ("in Toyko", Onahama); 0.866/0.898 (97/112, 97/108) after round 64 ("Peru's total foreign debt", "Uganda's export earnings"); 0.866/0.915 (97/112, 97/106) after round 70 ("the Page-Williams mine"); 0.866/0.924 (97/112, 97/105) after round 75 (a firm's short name, parties "between" and "from"); 0.875/0.925 (98/112, 98/106) after round 80 ("Brazil's 700,000 bankworkers"); 0.884/0.925 (99/112, 99/107) after round 83 ("ANZ BANK IN N.Z. RAISES": a verb in a capitals headline ends the name); 0.893/0.926 (100/112, 100/108) after round 85 ("in the village of Genval": a country named as a modifier admits its small towns after a strong cue)
	// dev9: 65 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 15th (see
	// its header), 120 mentions, annotated in the fifth session before
	// annals was run on them: 0.642/0.802 with the session-start code
	// (Yugoslavia then written YUG); 0.750/0.826 with the twenty-eighth
	// round's, before its misses were read; 0.850/0.864 after the
	// twenty-ninth (as dev8); 0.800/0.857 without the modifier-figure
	// rule (as dev8).
	// 0.833/0.877 after round 46 (a country running a balance or producing or
	// trading an amount: "South Korea ran a trade surplus").
	{"dev9.tsv", 0, 0, 0, []int{10112, 10261, 10351, 10477, 10619, 10830, 10945, 11136, 11315,
		11428, 11482, 11622, 11744, 11803, 11931, 12139, 12294, 12483, 12614, 12882, 13250,
		13582, 13711, 13771, 13837, 14021, 14170, 14268, 14346, 14514, 14883, 14932, 15005,
		15159, 15521, 15565, 15719, 15811, 15887, 15964, 16008, 16048, 16084, 16150, 16267,
		16456, 16622, 16685, 16795, 16970, 17080, 17149, 17207, 17391, 17578, 17656, 17713,
		17968, 18135, 18354, 18523, 18577, 18814, 19095, 19203}, 0.883, 0.890, true}, // 0.842/0.878 (101/120, 101/115) after round 56 ("geographic breakdown: - Britain 51.4 mln stg vs"); 0.850/0.879 (102/120, 102/116) after round 62 ("in northeastern Bolivar province"); 0.858/0.880 (103/120, 103/117) after round 72 ("to operate directly in Korea"); 0.867/0.881 (104/120, 104/118) after round 73 (Xingang); 0.867/0.889 (104/120, 104/117) after round 75 (a firm's short name, parties "between" and "from"); 0.875/0.890 (105/120, 105/118) after round 82 ("Taiwan and Singapore, where the company does much of its business"); 0.883/0.891 (106/120, 106/119) after round 83 ("rise in U.K. Reserves": a noun wire copy capitalised)
	// dev10: 63 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 2nd (see
	// its header), 112 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.759/0.850 with
	// the code before that session's rounds (commit 5666bd6); unchanged
	// after the thirtieth round, which had not seen the set; 0.839/0.862
	// after the thirty-first, which read it (a country trading an amount,
	// a breakdown's bracketed amounts, a country's business, wage bill,
	// utilities and purchase; 0.839/0.862 with the Soviet Union and
	// Czechoslovakia as places, which the lead left out: see countries.tsv);
	// 0.848/0.888 (95/107) after the thirty-third (Luxembourg's capital, "cif
	// Rotterdam").
	// 0.866/0.890 after the thirty-eighth (the Soviet Union).
	// 0.875/0.899 (98/112, 98/109) after round 49 (a city's own part in
	// the possessive: "Sydney's five-star Regent Hotel").
	{"dev10.tsv", 0, 0, 0, []int{10013, 10181, 10271, 10315, 10378, 10559, 10769, 10874, 11015,
		11188, 11395, 11443, 11529, 11690, 11762, 11843, 12002, 12192, 12229, 12366, 12545,
		12693, 13019, 13380, 13619, 13735, 13789, 13876, 14095, 14224, 14296, 14405, 14580,
		14720, 14897, 14956, 15032, 15327, 15542, 15636, 15736, 15836, 15926, 15975, 16024,
		16061, 16125, 16173, 16222, 16322, 16567, 16649, 16713, 16849, 17018, 17114, 17165,
		17242, 17451, 17617, 17677, 17819, 18010}, 0.910, 0.918, true}, // 0.893/0.901 (100/112, 100/111) after round 51 ("the New York City, Philadelphia and Connecticut areas"); 0.902/0.910 (101/112, 101/111) after round 62 ("in Morobe Province" in a story on Papua New Guinea); 0.902/0.918 (101/112, 101/110) after round 75 (a firm's short name, parties "between" and "from"); 0.911/0.919 (102/112, 102/111) after round 87 (a country named by adjective admits a small town after a strong cue: "The French company ... in Wettolsheim")
	// dev11: 48 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 12th (see
	// its header), 111 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.784/0.946 with the
	// code before that session's rounds (commit 5666bd6); 0.784/0.956
	// after the thirtieth round, which had not seen the set; 0.865/0.960
	// after the thirty-first, which read it (as dev10, and the
	// destinations of a breakdown: "Holland 2,444,260 (2,234,049), ...";
	// 0.882/0.951 with the Soviet Union as a place).
	// 0.901/0.962 after the thirty-eighth (the Soviet Union, Czechoslovakia).
	// 0.910/0.962 (101/111, 101/105) after round 49 ("make Tokyo's markets
	// as open").
	{"dev11.tsv", 0, 0, 0, []int{10100, 10254, 10296, 10342, 10471, 10606, 10815, 10921,
		11072, 11261, 11421, 11471, 11607, 11736, 11796, 11907, 12090, 12206, 12271, 12470,
		12600, 12819, 13203, 13548, 13676, 13762, 13829, 13986, 14152, 14261, 14329, 14495,
		14640, 14866, 14918, 14992, 15149, 15456, 15559, 15715, 15798, 15862, 15961, 16000,
		16042, 16075, 16147, 16197}, 0.945, 0.981, true}, // 0.919/0.962 (102/111, 102/106) after round 58 ("prices firm in Lavera"); 0.919/0.981 (102/111, 102/104) after round 75 (a firm's short name, parties "between" and "from"); 0.928/0.981 (103/111, 103/105) after round 79 ("Spain is being affected by"); 0.937/0.981 (104/111, 104/106) after round 82 ("targeted for the United States where"); 0.946/0.981 (105/111, 105/107) after round 96 ("West Germany relied on exports for")
	// dev12: 58 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 7th (see
	// its header), 110 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.755/0.822 with
	// the code before that session's rounds (commit 5666bd6); 0.755/0.830
	// after the thirtieth round and unchanged after the thirty-first,
	// neither of which had seen the set; 0.800/0.880 after the
	// thirty-second, which read it (rankings' "after", a figure's "of",
	// a country's works and conditions, modifiers of a noun further on,
	// possessives of firms, group members); 0.809/0.890 after the
	// thirty-third (Luxembourg's capital).
	// 0.845/0.920 after the thirty-seventh, which read dev10 to dev21 at once
	// (Cebu and Masbate as provinces, Venice).
	// 0.864/0.931 after round 46 (a country running a balance or producing or
	// trading an amount: "the U.S. ran up a 23 billion dlr deficit").
	{"dev12.tsv", 0, 0, 0, []int{10059, 10222, 10282, 10331, 10427, 10580, 10803, 10899,
		11045, 11211, 11409, 11456, 11575, 11721, 11774, 11874, 12012, 12200, 12237, 12425,
		12574, 12749, 13138, 13462, 13645, 13751, 13798, 13942, 14116, 14236, 14311, 14428,
		14604, 14820, 14905, 14982, 15059, 15387, 15552, 15706, 15758, 15847, 15945, 15985,
		16032, 16069, 16136, 16185, 16233, 16369, 16593, 16655, 16755, 16926, 17045, 17130,
		17185, 17313}, 0.890, 0.933, true}, // 0.873/0.932 (96/110, 96/103) after round 56 ("including estimates for Yugoslavia"); 0.882/0.933 (97/110, 97/104) after round 67 ("on the edge of Shanghai"); 0.891/0.933 (98/110, 98/105) after round 72 ("the attitude in Korea")
	// dev13: 42 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 17th (see
	// its header), 113 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.814/0.885 with the
	// code before that session's rounds (commit 5666bd6); 0.823/0.894
	// after the thirtieth round and 0.823/0.921 after the thirty-first,
	// neither of which had seen the set (0.841/0.913 with the Soviet Union
	// and Czechoslovakia as places, left out by the lead); 0.867/0.990
	// after the thirty-second, which read it (as dev12).
	// 0.884/0.990 after the thirty-seventh, which read dev10 to dev21 at once
	// (a list dateline "ZEEBRUGGE, Belgium -").
	// 0.912/0.990 after the thirty-eighth (the Soviet Union and USSR,
	// "East Coast Mexico").
	{"dev13.tsv", 0, 0, 0, []int{10120, 10266, 10307, 10361, 10499, 10651, 10843, 10982,
		11149, 11362, 11432, 11500, 11627, 11749, 11809, 11949, 12167, 12219, 12337, 12485,
		12666, 12896, 13264, 13597, 13722, 13777, 13840, 14029, 14177, 14276, 14381, 14526,
		14661, 14886, 14937, 15008, 15190, 15529, 15605, 15728, 15815, 15891}, 0.938, 1.0, true}, // 0.929/0.991 (105/113, 105/106) after round 65 ("Yugoslavia's Republic of Slovenia"); 0.938/0.991 (106/113, 106/107) after round 72 ("the attitude in Korea"); 0.938/1.000 (106/113, 106/106) after round 75 (a firm's short name, parties "between" and "from")
	// dev14: 60 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 4th (see
	// its header), 111 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.730/0.794 with the
	// code before that session's rounds (commit 5666bd6); 0.730/0.802
	// with the thirtieth round's and the thirty-first's, 0.757/0.808 with
	// the thirty-second's, none of which had seen it; 0.829/0.893 after
	// the thirty-third, which read it (Luxembourg's capital, delivery
	// terms, a bracketed acronym in a list, a compound in a country's
	// figure, a great city's session, quarrels' parties, officers'
	// origins, a pair sharing one noun); 0.829/0.902 after the
	// thirty-fourth (a given name before a surname).
	{"dev14.tsv", 0, 0, 0, []int{10026, 10218, 10276, 10317, 10407, 10562, 10777, 10895, 11033,
		11198, 11399, 11447, 11552, 11702, 11769, 11846, 12006, 12197, 12231, 12399, 12553,
		12713, 13111, 13408, 13634, 13739, 13791, 13880, 14101, 14229, 14301, 14419, 14587,
		14771, 14899, 14971, 15047, 15342, 15546, 15675, 15744, 15840, 15930, 15980, 16026,
		16064, 16127, 16178, 16224, 16335, 16584, 16651, 16735, 16862, 17032, 17116, 17174,
		17277, 17474, 17620}, 0.873, 0.95, true}, // 0.856/0.913 (95/111, 95/104) after round 51 ("eastern Sabah and Sarawak states"); 0.856/0.941 (95/111, 95/101) after round 70 ("mark-ups in Chicago soyoil futures", "the Page-Williams mine"); 0.856/0.950 (95/111, 95/100) after round 75 (a firm's short name, parties "between" and "from"); 0.865/0.950 (96/111, 96/101) after round 79 ("East Bloc states, notably Poland"); 0.874/0.951 (97/111, 97/102) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev15: 60 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 14th (see
	// its header), 111 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.739/0.854 with the
	// code before that session's rounds (commit 5666bd6); unchanged
	// with the thirtieth round's and the thirty-first's (0.748/0.847 with
	// the Soviet Union and Czechoslovakia as places, left out by the
	// lead), 0.757/0.857 with the thirty-second's, none of which had seen
	// it; 0.829/0.876 after the thirty-third, which read it (as dev14,
	// and "offshore Louisiana", the Copperbelt and the Ruhr as regions,
	// "growth figures", "Europe and the U.S"); 0.838/0.877 after the
	// thirty-fourth (states' abbreviations after a town).
	// 0.847/0.879 after the thirty-eighth (the Soviet Union; tankers
	// chartered "from" it a party).
	// 0.847/0.895 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	{"dev15.tsv", 0, 0, 0, []int{10106, 10259, 10301, 10346, 10473, 10618, 10828, 10944, 11107,
		11294, 11425, 11481, 11614, 11743, 11798, 11913, 12138, 12210, 12280, 12474, 12606,
		12879, 13233, 13572, 13704, 13768, 13834, 14003, 14166, 14265, 14339, 14512, 14646,
		14879, 14928, 14998, 15158, 15515, 15562, 15718, 15809, 15871, 15963, 16007, 16047,
		16082, 16149, 16201, 16265, 16451, 16618, 16682, 16794, 16968, 17067, 17148, 17206,
		17384, 17575, 17655}, 0.891, 0.925, true}, // 0.856/0.896 (95/111, 95/106) after round 57 ("Brazil's external payments"); 0.865/0.897 (96/111, 96/107) after round 73 (Khor Fakkan); 0.874/0.907 (97/111, 97/107) after round 73 (Balao, Lago Agrio); 0.874/0.924 (97/111, 97/105) after round 75 (a firm's short name, parties "between" and "from"); 0.883/0.925 (98/111, 98/106) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output); 0.892/0.925 (99/111, 99/107) after round 97 ("rely on South Africa for most of its food supplies")
	// dev16: 59 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 6th (see
	// its header), 115 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.774/0.802 with the
	// code before that session's rounds (commit 5666bd6); 0.774/0.824
	// with the thirty-first round's, 0.774/0.832 with the thirty-second's,
	// 0.791/0.820 with the thirty-third's, none of which had seen it;
	// 0.852/0.831 after the thirty-fourth, which read it (provinces'
	// abbreviations after a town, a country's own economy, a given name
	// before a surname, "firm Sterling", an export sales report's
	// "increases for" its buyers).
	// 0.869/0.847 after the thirty-seventh, which read dev10 to dev21 at once
	// ("offshore Rio de Janeiro state", Venice).
	// 0.878/0.849 after the thirty-eighth (the Soviet Union).
	{"dev16.tsv", 0, 0, 0, []int{10041, 10221, 10280, 10328, 10410, 10571, 10790, 10898, 11044,
		11207, 11403, 11449, 11574, 11707, 11773, 11870, 12010, 12199, 12234, 12407, 12572,
		12741, 13136, 13454, 13639, 13743, 13794, 13935, 14110, 14235, 14309, 14426, 14600,
		14797, 14903, 14977, 15058, 15351, 15549, 15700, 15756, 15843, 15940, 15984, 16031,
		16068, 16133, 16183, 16228, 16348, 16588, 16654, 16752, 16913, 17040, 17129, 17184,
		17294, 17487}, 0.921, 0.889, true}, // 0.896/0.880 (103/115, 103/117) after round 57 ("the governorship of Fukuoka"); 0.913/0.882 (105/115, 105/119) after round 67 ("the constituencies of Fukuoka and Hokkaido"); 0.913/0.890 (105/115, 105/118) after round 75 (a firm's short name, parties "between" and "from"); 0.922/0.891 (106/115, 106/119) after round 90 ("Sri Lanka was the most active wheat destination")
	// dev17: 48 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 16th (see
	// its header), 110 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.900/0.876 with the
	// code before that session's rounds (commit 5666bd6); 0.900/0.884
	// with the thirty-first and thirty-second rounds', 0.900/0.876 with
	// the thirty-third's, none of which had seen it; 0.945/0.889 after
	// the thirty-fourth, which read it (states' abbreviations after a
	// town and a slip beside one, "Taiwan dollars" no slip for Tainan, a
	// country's own economy).
	// 0.963/0.890 after the thirty-seventh, which read dev10 to dev21 at once
	// (a list dateline "ZEEBRUGGE, Belgium -").
	{"dev17.tsv", 0, 0, 0, []int{10118, 10264, 10306, 10356, 10483, 10641, 10834, 10972,
		11142, 11316, 11430, 11495, 11625, 11747, 11805, 11942, 12162, 12215, 12297, 12484,
		12635, 12891, 13254, 13595, 13715, 13773, 13838, 14023, 14174, 14273, 14360, 14516,
		14655, 14885, 14933, 15006, 15180, 15526, 15566, 15720, 15813, 15890, 15966, 16010,
		16050, 16092, 16153, 16210}, 0.981, 0.892, true}, // 0.982/0.893 (108/110, 108/121) after round 59 ("North Tarrytown, N.Y.")
	// dev18: 33 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 1st (see
	// its header), 112 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.562/0.829 with the
	// code before that session's rounds (commit 5666bd6); 0.589/0.868
	// with the thirty-second round's, 0.634/0.887 with the thirty-third's,
	// 0.652/0.901 with the thirty-fourth's, none of which had seen it;
	// unchanged by the thirty-fifth, which read it.
	// 0.678/0.915 after the thirty-seventh, which read dev10 to dev21 at once
	// (a list dateline "ZEEBRUGGE, Belgium -", Venice).
	// 0.705/0.929 after the thirty-eighth ("Antwerp/Lagos",
	// "Santos/Hodeidah"; "exchanges between" parties).
	// 0.705/0.940 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	{"dev18.tsv", 0, 0, 0, []int{10011, 10176, 10270, 10314, 10376, 10546, 10719, 10861, 11009,
		11185, 11392, 11441, 11517, 11662, 11759, 11839, 11999, 12190, 12226, 12365, 12529,
		12690, 13001, 13337, 13608, 13734, 13788, 13853, 14094, 14219, 14284, 14404, 14577}, 0.866, 0.979, true}, // 0.723/0.942 (81/112, 81/86) after round 55 ("Frankfurt, W. Germany"); 0.741/0.943 (83/112, 83/88) after round 56 ("bound initially for Rotterdam and Ghent"); 0.750/0.944 (84/112, 84/89) after round 58 (Jutland); 0.759/0.955 (85/112, 85/89) after round 61 ("Spanish corn ... from Valencia"); 0.768/0.956 (86/112, 86/90) after round 64 ("Peru's total foreign debt", "Uganda's export earnings"); 0.804/0.957 (90/112, 90/94) after round 67 ("to Japan April-May dates", "Buenos Aires or Bahia Blanca to China April dates"); 0.821/0.979 (92/112, 92/94) after round 73 (Constanza, Delfzyl); 0.839/0.979 (94/112, 94/96) after round 82 ("turned to Washington where", "areas bordering Germany"); 0.857/0.980 (96/112, 96/98) after round 84 (a freight fixture's known end beside a port the gazetteer lacks or a range: "One port A-H range/Dubai 6,800 mt"); 0.866/0.980 (97/112, 97/99) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev19: 51 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 11th and,
	// once that residue was spent (it is heldout16's own on this count,
	// though heldout16's header says the 0th), from the 0th, skipping
	// heldout15's (see its header), 110 mentions, heldout16's shape,
	// annotated in the seventh session before annals was run on them:
	// 0.773/0.876 with the code before that session's rounds (commit
	// 5666bd6); 0.773/0.885 with the thirty-second round's, 0.782/0.896
	// with the thirty-third's and the thirty-fourth's, none of which had
	// seen it; 0.818/0.909 after the thirty-fifth, which read it (a
	// country trading an amount or ranked in a trade, Hanover).
	// 0.836/0.929 after the thirty-seventh, which read dev10 to dev21 at once
	// ("the northern province of Leon", Venice).
	// 0.845/0.930 after the thirty-eighth (the USSR).
	// 0.864/0.931 after round 46 (a country running a balance or producing or
	// trading an amount: "The U.S. Was the largest supplier", "West Germany recorded a net outflow").
	{"dev19.tsv", 0, 0, 0, []int{10082, 10250, 10295, 18295, 18477, 18567, 18749, 19020, 19198,
		19255, 19460, 19698, 19764, 10010, 10175, 10269, 10310, 10534, 10674, 10855, 11007,
		11385, 11437, 11514, 11650, 11758, 11822, 11994, 12188, 12225, 12520, 12679, 12976,
		13330, 13731, 13787, 13852, 14081, 14214, 14282, 14402, 14569, 14700, 14948, 15021,
		15277, 15535, 15734, 15826, 15917, 15973}, 0.909, 0.942, true}, // 0.891/0.933 (98/110, 98/105) after rounds 57 ("the bulk of Japan's electric power") and 58 (East and West Malaysia); 0.891/0.942 (98/110, 98/104) after round 75 (a firm's short name, parties "between" and "from"); 0.900/0.943 (99/110, 99/105) after round 90 ("pressure from the United States which recorded a 7.4 billion dlr trade deficit"); 0.909/0.943 (100/110, 100/106) after round 91 ("Ste. Therese")
	// dev20: 58 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 8th (see
	// its header), 113 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.690/0.830 with the
	// code before that session's rounds (commit 5666bd6); 0.735/0.865
	// with the thirty-fourth round's and unchanged with the
	// thirty-fifth's, neither of which had seen it; 0.814/0.876 after the
	// thirty-sixth, which read it (a fishing country's catches, a
	// breakdown's unit or worded comparison, a ranking's "at" figures,
	// "in both Spain and Brazil").
	// 0.823/0.877 after round 46 (a country running a balance or producing or
	// trading an amount: "Kenya has sold 918,707 bags").
	{"dev20.tsv", 0, 0, 0, []int{10063, 10232, 10287, 10332, 10433, 10597, 10804, 10910,
		11055, 11218, 11410, 11460, 11576, 11725, 11775, 11876, 12015, 12202, 12240, 12434,
		12580, 12783, 13144, 13483, 13652, 13752, 13802, 13958, 14121, 14237, 14312, 14435,
		14606, 14823, 14906, 14984, 15061, 15392, 15555, 15708, 15767, 15851, 15948, 15988,
		16034, 16071, 16139, 16186, 16237, 16394, 16595, 16658, 16759, 16945, 17047, 17134,
		17194, 17319}, 0.884, 0.9, true}, // 0.832/0.879 (94/113, 94/107) after round 58 (Chicoutimi); 0.841/0.880 (95/113, 95/108) after round 64 ("Peru's total foreign debt", "Uganda's export earnings"); 0.841/0.888 (95/113, 95/107) after round 70 ("director of investment for the state of New Jersey"); 0.850/0.889 (96/113, 96/108) after round 74 ("Sonora State": a capitalised State or Territory after a region outside the United States is part of its name); 0.858/0.898 (97/113, 97/108) after round 76 ("blocks in Labrador": the province's mainland, not the Australian town); 0.885/0.901 (100/113, 100/111) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev21: 57 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 18th (see
	// its header), 110 mentions, heldout16's shape, annotated in the
	// seventh session before annals was run on them: 0.800/0.854 with the
	// code before that session's rounds (commit 5666bd6); 0.809/0.899
	// with the thirty-fourth round's and unchanged with the
	// thirty-fifth's, neither of which had seen it; 0.818/0.900 after the
	// thirty-sixth, which read it (a country's current account).
	// 0.827/0.901 after the thirty-eighth ("Naples/Venice range").
	// 0.845/0.903 (93/110, 93/103) after round 47 (a leg's two towns
	// after a cue: "a 31,000 tonner from Antwerp-Hamburg").
	{"dev21.tsv", 0, 0, 0, []int{10128, 10267, 10308, 10366, 10502, 10657, 10846, 10987, 11154,
		11366, 11433, 11501, 11634, 11751, 11815, 11960, 12171, 12222, 12343, 12507, 12671,
		12915, 13279, 13599, 13726, 13779, 13841, 14033, 14178, 14277, 14387, 14527, 14673,
		14888, 14940, 15009, 15222, 15531, 15624, 15729, 15818, 15894, 15970, 16013, 16056,
		16103, 16157, 16215, 16275, 16493, 16636, 16698, 16827, 17005, 17105, 17155, 17221},
		0.918, 0.925, true}, // 0.855/0.904 (94/110, 94/104) after round 65 ("Yugoslavia's Republic of Slovenia"); 0.864/0.905 (95/110, 95/105) after round 67 ("the black township of Soweto"); 0.873/0.906 (96/110, 96/106) after round 73 (La Pallice); 0.891/0.907 (98/110, 98/108) after round 73 (Balao, Lago Agrio); 0.891/0.925 (98/110, 98/106) after round 75 (a firm's short name, parties "between" and "from"); 0.900/0.925 (99/110, 99/107) after round 79 ("Yugoslavia was swept by strikes"); 0.909/0.926 (100/110, 100/108) after round 80 ("India's 50 mln Tamils"); 0.918/0.927 (101/110, 101/109) after round 90 ("Ecuador pumped 245,000 to 250,000 bpd")
	// dev22: 47 Reuters articles from line 10,000 on, every 20th of the
	// articles naming one of heldout16's 40 countries from the 19th (see
	// its header), 110 mentions, heldout16's shape, annotated in the
	// eighth session before annals was run on them: 0.727/0.889 (80/110,
	// 80/90) with the code before that session's rounds (commit 1013906).
	// 0.745/0.891 (82/110, 82/92) after the thirty-eighth, which read it
	// (the Soviet Union, "west coast India").
	// 0.764/0.913 (84/110, 84/92) after round 43 (a city closing a shouted market headline,
	// "IN QUIET ZURICH"; more of a country's figures after its possessive).
	// 0.782/0.915 (86/110, 86/94) after round 47 (a leg's two towns after
	// a cue: "booked from Antwerp-Hamburg range"); the scorer reads a
	// place's own bytes inside a token from then on, not only at its start.
	{"dev22.tsv", 0, 0, 0, []int{10129, 10268, 10309, 10371, 10523, 10658, 10854, 10998, 11156,
		11368, 11434, 11503, 11645, 11755, 11816, 11979, 12187, 12224, 12357, 12519, 12674,
		12926, 13294, 13604, 13728, 13780, 13846, 14076, 14212, 14279, 14390, 14542, 14676,
		14891, 14946, 15015, 15261, 15532, 15625, 15733, 15822, 15899, 15971, 16016, 16057,
		16119, 16160}, 0.918, 0.935, true}, // 0.800/0.917 (88/110, 88/96) after round 55 ("western Kericho town"); 0.855/0.922 (94/110, 94/102) after round 56 ("shipped to the U.S. primarily by New Zealand and Ireland", "Pretax profit includes - U.K. 37.7 mln vs"); 0.882/0.924 (97/110, 97/105) after round 57 ("Ecuador's jungle oilfields", "a governorship in Fukuoka"); 0.891/0.933 (98/110, 98/105) after round 62 ("in Santa Cruz, on Tenerife"); 0.900/0.934 (99/110, 99/106) after round 73 (Las Palmas); 0.909/0.935 (100/110, 100/107) after round 80 ("India's three private companies"); 0.918/0.935 (101/110, 101/108) after round 96 ("because Peru had enjoyed growth")
	// dev23: 158 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (a new shape, not comparable with
	// heldout16's), every 20th from the 0th and, once that residue was
	// spent, from the 10th (see its header), 118 mentions, annotated in
	// the eighth session before annals was run on them: 0.610/0.828
	// (72/118, 72/87) with the code before that session's rounds (commit
	// 1013906).
	// 0.610/0.828 (72/118, 72/87) after the thirty-eighth, which read it
	// (unchanged: its causes are tables and towns; a delegation "from" the
	// Soviet Union kept out).
	// 0.627/0.860 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	// 0.627/0.871 (74/118, 74/85) after round 42 (a small town that
	// begins a firm's name in angle brackets is the firm).
	// 0.636/0.872 (75/118, 75/86) after round 43 (a city closing a shouted market headline,
	// "IN QUIET ZURICH"; more of a country's figures after its possessive).
	// 0.644/0.874 (76/118, 76/87) after round 49 ("cargo handling in
	// Sydney's ports" read without its cue).
	{"dev23.tsv", 0, 0, 0, []int{10001, 10101, 10178, 10244, 10340, 10415, 10493, 10543, 10652, 10728, 10810, 10872,
		10962, 11070, 11147, 11243, 11320, 11390, 11473, 11590, 11668, 11742, 11825, 11930,
		11998, 12123, 12214, 12356, 12475, 12569, 12672, 12796, 12960, 13054, 13174, 13248,
		13325, 13387, 13476, 13538, 13609, 13666, 13792, 13871, 13968, 14063, 14127, 14203,
		14281, 14417, 14497, 14581, 14683, 14749, 14812, 14887, 14972, 15039, 15125, 15212,
		15291, 15386, 15503, 15612, 15722, 15788, 15898, 15947, 16036, 16116, 16190, 16256,
		16323, 16426, 16505, 16586, 16648, 16717, 16803, 16882, 16964, 17035, 17100, 17177,
		17239, 17301, 17351, 17423, 17554, 17644, 17727, 17810, 17891, 17985, 18088, 18155,
		18241, 18324, 18443, 18520, 18629, 18701, 18799, 18959, 19060, 19153, 19282, 19435,
		19563, 19635, 19719, 19777, 10051, 10147, 10206, 10286, 10379, 10457, 10524, 10589,
		10699, 10776, 10849, 10915, 11008, 11104, 11184, 11286, 11350, 11423, 11550, 11623,
		11699, 11786, 11890, 11958, 12079, 12174, 12273, 12416, 12531, 12613, 12747, 12877,
		12994, 13118, 13221, 13283, 13365, 13418, 13521, 13574, 13630, 13718, 13831, 13928,
		14006, 14093},
		0.728, 0.905, true}, // (77/118, 77/88) after round 48 (table rows, price lists, supply tables); 0.661/0.876 (78/118, 78/89) with round 49 merged; 0.669/0.878 (79/118, 79/90) after round 55 ("North Yemen"); 0.703/0.883 (83/118, 83/94) after round 66 (a cash grain table's rows: "SOYBEANS TOLEDO   5 UND MAY UNC"); 0.703/0.892 (83/118, 83/93) after round 70 ("steadiness in Rotterdam meals"); 0.712/0.894 (84/118, 84/94) after round 71 (a fraction as a row's first cell: "CHICAGO      1/2 OVR MAY"); 0.712/0.903 (84/118, 84/93) after round 75 (a firm's short name, parties "between" and "from"); 0.720/0.904 (85/118, 85/94) after round 81 (a town named by a common word beside its state: "near Palisade, Colo"); 0.729/0.905 (86/118, 86/95) after round 91 ("the American Consulate in Leningrad")
	// dev24: 194 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 5th and, once that residue was
	// spent, from the 6th (see its header), 110 mentions, annotated in
	// the eighth session before annals was run on them: 0.682/0.833
	// (75/110, 75/90) with the code before that session's rounds (commit
	// 1013906); 0.673/0.822 (74/110, 74/90) after round 37, which had not
	// read it (one mention lost, not looked up); 0.718/0.908 (79/110,
	// 79/87) after round 39, which read it.
	// Read by round 39: 0.727/0.909 after it.
	// 0.727/0.920 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	// 0.745/0.921 (82/110, 82/89) after round 43 (a city closing a shouted market headline,
	// "IN QUIET ZURICH"; more of a country's figures after its possessive).
	{"dev24.tsv", 0, 0, 0, []int{10022, 10133, 10192, 10263, 10363, 10440, 10510, 10573, 10666,
		10752, 10826, 10891, 10978, 11088, 11163, 11268, 11328, 11402, 11497, 11610, 11681,
		11753, 11842, 11948, 12033, 12142, 12228, 12380, 12502, 12591, 12720, 12838, 12975,
		13091, 13199, 13265, 13352, 13402, 13504, 13562, 13617, 13675, 13815, 13903, 13993,
		14071, 14153, 14211, 14310, 14440, 14523, 14608, 14694, 14762, 14833, 14922, 14983,
		15054, 15146, 15229, 15328, 15411, 15516, 15640, 15740, 15816, 15909, 15960, 16066,
		16135, 16198, 16263, 16343, 16444, 16529, 16607, 16666, 16729, 16826, 16896, 16988,
		17070, 17112, 17189, 17249, 17320, 17364, 17440, 17574, 17650, 17741, 17837, 17914,
		18013, 18109, 18172, 18260, 18343, 18478, 18552, 18649, 18717, 18856, 18996, 19084,
		19178, 19314, 19459, 19588, 19650, 19729, 10024, 10135, 10197, 10272, 10364, 10445,
		10512, 10574, 10675, 10754, 10827, 10893, 10979, 11092, 11167, 11273, 11329, 11411,
		11513, 11612, 11685, 11761, 11862, 11951, 12040, 12144, 12239, 12392, 12504, 12593,
		12724, 12840, 12977, 13103, 13200, 13270, 13354, 13403, 13506, 13565, 13618, 13691,
		13819, 13904, 13995, 14078, 14154, 14213, 14319, 14443, 14525, 14624, 14701, 14763,
		14834, 14923, 14987, 15055, 15147, 15233, 15331, 15420, 15517, 15643, 15750, 15829,
		15911, 15967, 16067, 16137, 16199, 16264, 16355, 16445, 16537, 16612, 16669, 16737,
		16828, 16897, 16990, 17072, 17121},
		0.827, 0.957, true}, // 0.755/0.922 (83/110, 83/90) after round 56 ("U.K. 111 mln vs 91 mln"); 0.764/0.933 (84/110, 84/90) after round 62 ("the Volta region" in a story on Ghana); 0.791/0.935 (87/110, 87/93) after round 67 ("the constituencies of Fukuoka and Hokkaido", "outside of Dallas"); 0.791/0.946 (87/110, 87/92) after round 68 ("In US dlrs warehouse": a currency, not a place); 0.800/0.957 (88/110, 88/92) after round 76 ("officials in Maine and New York": a state beside a state); 0.809/0.957 (89/110, 89/93) after round 78 ("Production at Trail": the town a "Kimberley, B.C." pair placed earlier in the article); 0.827/0.958 (91/110, 91/95) after round 83 ("MEET IN SARDINIA THIS WEEK", with Porto Cervo)
	// dev25: 140 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (a new shape, not comparable with
	// heldout16's), every 20th from the 15th and, once that residue was
	// spent, from the 17th (see its header), 118 mentions, annotated in
	// the eighth session before annals was run on them: 0.653/0.755 (77/118,
	// 77/102) with the code before that session's rounds (commit 1013906);
	// 0.695/0.863 (82/118, 82/95) after round 39, which read it.
	// 0.669/0.760 after round 38, which had not read it; read by round
	// 39: 0.712/0.866 with rounds 39 and 40. 0.712/0.875 (84/118, 84/96)
	// after round 42 (a firm's name in angle brackets).
	// 0.720/0.876 (85/118, 85/97) after round 43 (a city closing a shouted market headline,
	// "IN QUIET ZURICH"; more of a country's figures after its possessive).
	// 0.737/0.879 (87/118, 87/99) after round 47 (a leg's two towns after
	// a cue: "in Philadelphia, Miami, Fort Worth-Dallas and Houston").
	{"dev25.tsv", 0, 0, 0, []int{10081, 10165, 10227, 10326, 10400, 10469, 10533, 10635, 10711, 10789, 10858, 10938,
		11052, 11130, 11205, 11308, 11373, 11440, 11573, 11649, 11717, 11808, 11916, 11972,
		12105, 12191, 12317, 12437, 12552, 12644, 12770, 12912, 13013, 13135, 13232, 13308,
		13376, 13430, 13527, 13587, 13648, 13745, 13848, 13945, 14038, 14112, 14188, 14249,
		14386, 14481, 14559, 14654, 14740, 14796, 14864, 14963, 15023, 15100, 15193, 15281,
		15372, 15464, 15561, 15671, 15775, 15877, 15938, 16015, 16100, 16170, 16243, 16291,
		16397, 16494, 16565, 16633, 16703, 16784, 16848, 16937, 17025, 17094, 17163, 17216,
		17274, 17340, 17415, 17520, 17632, 17715, 17793, 17879, 17953, 18075, 18143, 18227,
		18306, 18404, 18505, 18595, 18682, 18762, 18922, 19049, 19121, 19238, 19405, 19532,
		19624, 19694, 19767, 10085, 10168, 10236, 10329, 10408, 10479, 10537, 10642, 10720,
		10800, 10862, 10942, 11064, 11135, 11213, 11314, 11377, 11454, 11578, 11653, 11734,
		11814, 11926, 11982, 12112, 12194, 12334, 12439, 12559},
		0.881, 0.92, true}, // (93/118, 93/104) after round 48 (table rows, price lists, supply tables); 0.797/0.895 (94/118, 94/105) after round 53 ("the southern half of Vermont"); 0.805/0.896 (95/118, 95/106) after round 55 ("extreme southwestern Maine"); 0.814/0.897 (96/118, 96/107) after round 68 (an undotted state after a town of it: "King of Prussia, Pa which"); 0.822/0.907 (97/118, 97/107) with a small town of the sentence's own region ("in Iowa ... an elevator in Burlington"); 0.839/0.908 (99/118, 99/109) after round 69 (a narrowing word before a state: "for interior Rhode Island", "eastern interior Connecticut"); 0.839/0.917 (99/118, 99/108) after round 75 (a firm's short name, parties "between" and "from"); 0.847/0.917 (100/118, 100/109) after round 83 ("Capital expenditure in the U.K. Manufacturing"); 0.864/0.919 (102/118, 102/111) after round 91 ("the Black Warrior Basin of Alabama", "the lower Rio Grande Valley of Texas"); 0.881/0.920 (104/118, 104/113) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev26: 210 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (a new shape, not comparable with
	// heldout16's), every 20th from the 1st and, once that residue was
	// spent, from the 2nd (see its header), 111 mentions, annotated in
	// the eighth session before annals was run on them: 0.757/0.884
	// (84/111, 84/95) with the code at ab84629, after that session's
	// first rounds; 0.793/0.889 at the start of round 40, which read it:
	// 0.793/0.917 (88/111, 88/96) after it ("Hartford, Conn.-based", "the
	// Edison, N.J. electronics retailer", "under New York law").
	// 0.793/0.889 after round 38 and 0.793/0.917 after round 39, which
	// had not read it; read by round 40: 0.793/0.926.
	// 0.820/0.929 (91/111, 91/98) after round 43 (a city closing a shouted market headline,
	// "IN QUIET ZURICH"; more of a country's figures after its possessive).
	{"dev26.tsv", 0, 0, 0, []int{10003, 10107, 10179, 10245, 10345, 10424, 10494, 10545, 10653, 10735, 10813, 10878,
		10963, 11075, 11148, 11256, 11322, 11391, 11474, 11598, 11671, 11745, 11826, 11934,
		12011, 12124, 12216, 12360, 12476, 12576, 12676, 12800, 12963, 13057, 13176, 13249,
		13327, 13388, 13478, 13541, 13612, 13667, 13804, 13884, 13975, 14064, 14129, 14204,
		14287, 14418, 14507, 14584, 14686, 14751, 14817, 14901, 14973, 15044, 15128, 15215,
		15294, 15390, 15506, 15616, 15731, 15797, 15903, 15951, 16038, 16118, 16192, 16258,
		16324, 16427, 16510, 16591, 16652, 16719, 16805, 16884, 16965, 17038, 17101, 17181,
		17240, 17305, 17352, 17428, 17557, 17646, 17731, 17813, 17892, 17988, 18090, 18160,
		18242, 18330, 18449, 18524, 18635, 18704, 18802, 18970, 19066, 19156, 19286, 19441,
		19579, 19636, 19721, 19778, 10012, 10117, 10180, 10247, 10350, 10426, 10497, 10563,
		10656, 10745, 10818, 10879, 10967, 11082, 11151, 11257, 11324, 11393, 11480, 11600,
		11672, 11746, 11828, 11939, 12013, 12125, 12218, 12367, 12478, 12579, 12682, 12811,
		12964, 13072, 13186, 13252, 13334, 13394, 13484, 13549, 13613, 13669, 13806, 13888,
		13980, 14066, 14132, 14206, 14297, 14421, 14515, 14592, 14687, 14754, 14821, 14904,
		14974, 15046, 15135, 15218, 15299, 15396, 15507, 15623, 15732, 15801, 15904, 15953,
		16040, 16124, 16194, 16260, 16325, 16428, 16512, 16598, 16657, 16720, 16807, 16885,
		16977, 17044, 17102, 17182, 17241, 17309, 17355, 17429, 17560, 17647, 17732, 17826,
		17900, 17995, 18104, 18164, 18246, 18331},
		0.918, 0.935, true}, // 0.901/0.935 (100/111, 100/107) after round 51 ("Saltillo, Coahuila state,"); 0.910/0.935 (101/111, 101/108) after round 74 (a capitalised State or Territory after a region outside the United States is part of its name); 0.919/0.936 (102/111, 102/109) after round 87 ("near" joins no name: "Seven Project near Kittanning, Pa.")
	// dev27: 144 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 11th and, once that residue was
	// spent, from the 12th (see its header), 110 mentions, annotated in
	// the eighth session before annals was run on them: 0.564/0.747
	// (62/110, 62/83) with the code at commit ab84629, after that
	// session's first rounds; 0.582/0.753 at the start of round 40, which
	// read it: 0.609/0.870 (67/110, 67/77) after it ("-based" and "the
	// City, St., ... company" modifiers, "X law", "Texas oilman", ", Ind.",
	// ", Del.").
	// 0.582/0.753 after round 38 and 0.582/0.771 after round 39, which
	// had not read it; read by round 40: 0.609/0.870.
	// 0.609/0.882 (67/110, 67/76) after round 44 (a country before its banks'
	// rates, "in U.S. banks' prime rates", is their modifier).
	{"dev27.tsv", 0, 0, 0, []int{10054, 10148, 10212, 10288, 10380, 10462, 10527, 10599, 10702, 10780, 10850, 10916,
		11010, 11111, 11191, 11287, 11351, 11424, 11562, 11626, 11708, 11789, 11904, 11963,
		12084, 12179, 12276, 12420, 12532, 12630, 12754, 12880, 12999, 13121, 13225, 13289,
		13368, 13419, 13522, 13575, 13638, 13720, 13835, 13929, 14009, 14098, 14176, 14241,
		14355, 14468, 14545, 14647, 14723, 14782, 14847, 14949, 15011, 15076, 15162, 15269,
		15359, 15438, 15541, 15665, 15766, 15864, 15921, 16001, 16095, 16162, 16218, 16282,
		16382, 16466, 16548, 16625, 16680, 16756, 16837, 16917, 17012, 17086, 17142, 17211,
		17264, 17333, 17404, 17503, 17611, 17683, 17769, 17859, 17943, 18060, 18127, 18190,
		18285, 18386, 18497, 18573, 18671, 18744, 18899, 19032, 19104, 19212, 19382, 19523,
		19605, 19667, 19758, 10060, 10149, 10214, 10302, 10381, 10466, 10529, 10600, 10704,
		10783, 10853, 10920, 11039, 11118, 11200, 11288, 11357, 11431, 11566, 11628, 11713,
		11794, 11905, 11964, 12085, 12181, 12281, 12430, 12534, 12632, 12758, 12889, 13002},
		0.836, 0.92, true}, // 0.618/0.883 after round 45 ("made in the U.K. Only"); (82/110, 82/91) after round 48 (table rows, price lists, supply tables); 0.755/0.902 (83/110, 83/92) after round 58 ("Balt 12 unch"); 0.818/0.909 (90/110, 90/99) after round 66 (a cash grain table's rows); 0.827/0.910 (91/110, 91/100) after round 68 ("Vancouver,Wash 7,008 unch"; "Reading. Pa." lost to the towns-outside-regions rule); 0.827/0.919 (91/110, 91/99) after round 70 ("steadiness in Rotterdam meals"); 0.836/0.920 (92/110, 92/100) after round 81 ("at Delta, Pa.")
	// dev28: 148 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 3rd and, once that residue was
	// spent, from the 4th (see its header), 112 mentions, annotated in
	// the eighth session before annals was run on them: 0.616/0.885
	// (69/112, 69/78) with the code at commit e71bffe, after that
	// session's first rounds.
	// 0.616/0.896 after round 39 and unchanged after round 40, which
	// had not read it.
	// 0.634/0.947 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	// 0.643/0.947 after round 45 ("offices in the U.S. May ask").
	{"dev28.tsv", 0, 0, 0, []int{10014, 10127, 10185, 10253, 10352, 10432, 10503, 10564,
		10659, 10749, 10820, 10881, 10973, 11084, 11153, 11258, 11325, 11396, 11486, 11606, 11673,
		11748, 11834, 11943, 12028, 12133, 12220, 12369, 12492, 12582, 12698, 12813, 12970, 13074,
		13191, 13253, 13336, 13400, 13497, 13558, 13614, 13671, 13809, 13890, 13985, 14069, 14136,
		14207, 14303, 14423, 14518, 14601, 14691, 14757, 14824, 14908, 14978, 15048, 15144, 15219,
		15313, 15397, 15509, 15627, 15737, 15810, 15907, 15956, 16054, 16132, 16195, 16261, 16340,
		16429, 16516, 16599, 16661, 16722, 16808, 16892, 16982, 17058, 17103, 17186, 17244, 17310,
		17359, 17430, 17564, 17648, 17737, 17828, 17901, 18000, 18106, 18165, 18250, 18332, 18469,
		18544, 18640, 18714, 18833, 18992, 19076, 19170, 19300, 19448, 19583, 19645, 19726, 10019,
		10130, 10189, 10255, 10353, 10434, 10506, 10567, 10663, 10750, 10824, 10883, 10976, 11087,
		11157, 11259, 11326, 11401, 11493, 11609, 11680, 11752, 11837, 11947, 12032, 12140, 12227,
		12370, 12498, 12586, 12705, 12824, 12974, 13076, 13196, 13262, 13350},
		0.785, 0.956, true}, // (79/112, 79/83) after round 48 (table rows, price lists, supply tables); 0.714/0.952 (80/112, 80/84) after round 53 ("the northern half of the Ukraine"); 0.723/0.953 (81/112, 81/85) after round 54 ("a trip to tokyo"); 0.732/0.953 (82/112, 82/86) after round 56 ("grain imports by the Soviet Union"); 0.741/0.954 (83/112, 83/87) after round 64 ("Peru's total foreign debt", "Uganda's export earnings"); 0.758/0.955 (85/112, 85/89) after round 66 (a livestock table's small towns near the rows before: "JOLIET ... WEST FARGO  400"); 0.768/0.956 (86/112, 86/90) after round 68 ("near Richland, Wash, the DOE said"; "at Hanford" left out rather than put in California); 0.777/0.956 (87/112, 87/91) after round 73 (Gorky); 0.786/0.957 (88/112, 88/92) after round 85 ("between the towns of Speyer and Iffezheim": a country named by a city admits its small towns after a strong cue)
	// dev29: 123 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 13th and, once that residue was
	// spent, from the 14th (see its header), 110 mentions, annotated in
	// the eighth session before annals was run on them: 0.627/0.908
	// (69/110, 69/76) with the code at commit e71bffe, after that
	// session's first rounds.
	// 0.627/0.932 after round 39 and unchanged after round 40, which
	// had not read it.
	// 0.627/0.958 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	{"dev29.tsv", 0, 0, 0, []int{10061, 10153, 10216, 10312, 10383, 10467, 10531, 10604, 10709, 10784, 10856, 10926,
		11040, 11121, 11202, 11300, 11361, 11438, 11569, 11642, 11714, 11795, 11912, 11965,
		12095, 12184, 12285, 12431, 12535, 12633, 12765, 12899, 13006, 13132, 13228, 13296,
		13373, 13425, 13525, 13583, 13642, 13729, 13839, 13932, 14035, 14109, 14186, 14244,
		14368, 14472, 14555, 14650, 14736, 14789, 14853, 14955, 15013, 15081, 15182, 15274,
		15362, 15457, 15553, 15667, 15771, 15868, 15929, 16009, 16098, 16165, 16239, 16288,
		16391, 16482, 16558, 16628, 16683, 16762, 16845, 16924, 17019, 17091, 17150, 17214,
		17271, 17337, 17409, 17514, 17621, 17696, 17778, 17867, 17947, 18065, 18131, 18206,
		18293, 18388, 18500, 18589, 18678, 18755, 18916, 19044, 19118, 19231, 19403, 19526,
		19617, 19679, 19762, 10062, 10157, 10217, 10324, 10398, 10468, 10532, 10622, 10710,
		10785, 10857, 10937},
		0.836, 0.978, true}, // (79/110, 79/81) after round 48 (table rows, price lists, supply tables); 0.727/0.976 (80/110, 80/82) after round 54 ("in New york"); 0.800/0.978 (88/110, 88/90) after round 58 (the ASCS table's clipped towns: "Mpls", "Cinci", "Evnsvlle"; the Burdekin); 0.809/0.978 (89/110, 89/91) after round 67 ("in warehouse Rotterdam"); 0.818/0.978 (90/110, 90/92) after round 81 ("based in Purchase, N.Y."); 0.827/0.978 (91/110, 91/93) after round 83 ("Unit wage costs in U.K. Manufacturing industry"); 0.836/0.979 (92/110, 92/94) after round 90 ("The United States, Hall said, has nearly 500 billion tons of demonstrated coal reserves")
	// dev30: 184 Reuters articles from line 10,000 on naming none of
	// dev7.tsv's 40 countries, every 20th from the 7th, then from the 9th
	// (see its header), 110 mentions, a new shape (no listed country),
	// annotated before annals was run on them: first score with the code
	// at c0c9b96 in its header. 0.864/0.880 (95/110, 95/108) after round
	// 42, which read it (a crop report's provinces named like their
	// capitals).
	// 0.864/0.888 (95/110, 95/107) after round 44 (a country before its banks'
	// rates, "in U.S. banks' prime rates", is their modifier).
	// 0.873/0.889 (96/110, 96/108) after round 49 ("London's soft futures
	// markets").
	{"dev30.tsv", 0, 0, 0, []int{10038, 10136, 10199, 10273, 10368, 10447, 10513, 10583, 10687, 10755, 10829, 10903,
		10980, 11097, 11169, 11277, 11331, 11415, 11526, 11613, 11692, 11764, 11883, 11952,
		12045, 12149, 12241, 12397, 12511, 12595, 12730, 12842, 12981, 13106, 13204, 13274,
		13358, 13407, 13507, 13567, 13620, 13696, 13820, 13909, 13997, 14087, 14157, 14225,
		14325, 14453, 14530, 14627, 14704, 14774, 14835, 14925, 14991, 15057, 15150, 15242,
		15334, 15421, 15522, 15647, 15753, 15848, 15913, 15968, 16070, 16138, 16202, 16269,
		16361, 16450, 16538, 16613, 16671, 16740, 16829, 16906, 16991, 17076, 17125, 17192,
		17251, 17327, 17376, 17448, 17597, 17667, 17748, 17846, 17924, 18017, 18117, 18185,
		18274, 18356, 18491, 18556, 18656, 18725, 18867, 19005, 19096, 19195, 19350, 19474,
		19590, 19657, 19746, 10049, 10145, 10205, 10284, 10377, 10456, 10518, 10587, 10690,
		10774, 10837, 10909, 10991, 11099, 11171, 11285, 11336, 11419, 11539, 11619, 11697,
		11772, 11887, 11955, 12076, 12170, 12268, 12406, 12521, 12602, 12743, 12870, 12986,
		13117, 13216, 13281, 13360, 13413, 13511, 13573, 13629, 13713, 13826, 13922, 14005,
		14089, 14167, 14232, 14343, 14462, 14539, 14632, 14719, 14777, 14843, 15004, 15068,
		15156, 15260, 15348, 15434, 15538, 15659, 15757, 15856, 15915, 15979, 16086, 16144,
		16214, 16278, 16371, 16464},
		0.936, 0.911, true}, // 0.882/0.890 (97/110, 97/109) after round 51 ("Santa Fe and Entre Rios provinces"); 0.900/0.908 (99/110, 99/109) after round 55 ("in Misiones and San Luis", "in Chaco and Formosa"); 0.909/0.909 (100/110, 100/110) after round 56 ("A cargo of U.S. corn for the Soviet Union"); 0.918/0.910 (101/110, 101/111) after round 65 ("the Yugoslav republic of Serbia"); 0.927/0.911 (102/110, 102/112) after round 82 ("the area bordering on Uruguay"); 0.936/0.912 (103/110, 103/113) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)

	// setCorpus:
	// dev31: 207 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 8th and, once that residue was
	// spent, from the 16th (see its header), 112 mentions, annotated in
	// the eighth session before annals was run on them: 0.652/0.869
	// (73/112, 73/84) with the code at commit c0c9b96, after that
	// session's first rounds. 0.652/0.890 (73/112, 73/82) after round 42,
	// which read it (firms' names in angle brackets: Peabody, Merlin).
	// 0.679/0.894 (76/112, 76/85) after round 43 (a city closing a shouted market headline,
	// "IN QUIET ZURICH"; more of a country's figures after its possessive).
	// 0.679/0.905 (76/112, 76/84) after round 44 (a country before its banks'
	// rates, "in U.S. banks' prime rates", is their modifier).
	// 0.688/0.906 (77/112, 77/85) after round 47 ("into the Houston and
	// Dallas/Fort Worth metropolitan areas").
	// 0.741/0.912 (83/112, 83/91) after round 49 (firms' towns after a comma:
	// "Cargill Metals, Minneapolis", "Gerald Metals, Stamford, Ct.", "Philipp
	// Brothers, N.Y.").
	{"dev31.tsv", 0, 0, 0, []int{10043, 10142, 10200, 10279, 10369, 10450, 10514, 10586, 10689, 10764, 10836, 10908,
		10985, 11098, 11170, 11284, 11333, 11418, 11527, 11616, 11694, 11768, 11884, 11953,
		12072, 12164, 12250, 12403, 12514, 12599, 12739, 12869, 12982, 13112, 13211, 13278,
		13359, 13411, 13508, 13571, 13625, 13699, 13821, 13920, 14004, 14088, 14162, 14231,
		14328, 14455, 14535, 14630, 14709, 14775, 14838, 14939, 15003, 15065, 15151, 15252,
		15339, 15433, 15523, 15648, 15754, 15853, 15914, 15972, 16078, 16140, 16203, 16277,
		16367, 16457, 16543, 16615, 16675, 16742, 16833, 16907, 16996, 17082, 17127, 17193,
		17252, 17330, 17385, 17463, 17602, 17672, 17750, 17847, 17928, 18018, 18119, 18186,
		18278, 18362, 18493, 18562, 18660, 18728, 18869, 19007, 19097, 19196, 19356, 19476,
		19595, 19658, 19749, 10084, 10167, 10234, 10327, 10405, 10475, 10535, 10636, 10717,
		10799, 10860, 10940, 11061, 11132, 11208, 11311, 11374, 11451, 11577, 11652, 11724,
		11811, 11918, 11981, 12108, 12193, 12326, 12438, 12557, 12649, 12774, 12925, 13014,
		13137, 13234, 13309, 13377, 13431, 13529, 13588, 13653, 13748, 13849, 13950, 14039,
		14113, 14191, 14254, 14394, 14486, 14561, 14663, 14742, 14798, 14872, 14964, 15024,
		15101, 15198, 15282, 15378, 15468, 15599, 15672, 15778, 15878, 15941, 16017, 16101,
		16175, 16245, 16301, 16400, 16497, 16568, 16635, 16709, 16785, 16866, 16939, 17027,
		17095, 17166, 17217, 17280, 17341, 17417, 17537, 17635, 17718, 17796, 17881, 17954,
		18077, 18147, 18229},
		0.803, 0.927, true}, // 0.750/0.913 (84/112, 84/92) after round 54 ("in New york"); 0.759/0.914 (85/112, 85/93) after round 57 ("Sweden's national petroleum reserve"); 0.768/0.915 (86/112, 86/94) after round 65 ("the Central Asian republic of Kazakhstan"); 0.777/0.916 (87/112, 87/95) after round 67 ("FOB basis Bangkok"); 0.777/0.926 (87/112, 87/94) after round 70 ("a sharp rally in Chicago futures"); 0.795/0.927 (89/112, 89/96) after round 78 ("a pulp mill at Castlegar, B.C.": a province in dotted initials after its town); 0.804/0.928 (90/112, 90/97) after round 82 ("the law of New Jersey, where the company is incorporated")
	// dev32: 31 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 18th (see its header), 115
	// mentions, 78 of them the towns and states of one Midwest
	// temperature table (line 12784), annotated before annals was run on
	// them: 0.365/0.792 (42/115, 42/53) with the code at commit 74b7a7d,
	// after that session's first rounds.
	// Unchanged after round 43, which had not read it.
	{"dev32.tsv", 0, 0, 0, []int{10087, 10173, 10239, 10335, 10413, 10484, 10538, 10647, 10724,
		10801, 10870, 10955, 11065, 11140, 11219, 11317, 11379, 11463, 11579, 11663, 11738,
		11823, 11927, 11983, 12115, 12211, 12338, 12442, 12561, 12663, 12784},
		0.800, 0.989, true}, // (52/115, 52/59) after round 48 (table rows, price lists, supply tables); 0.470/0.885 (54/115, 54/61) after round 53 ("southern portions of Alabama and Georgia"); 0.478/0.902 (55/115, 55/61) after round 55 ("New England, New York and Pennsylvania"); 0.704/0.941 (81/115, 81/86) after round 66 (a weather table's rows of two figures and a flag, its small towns near the rows before, the states heading its columns); 0.713/0.953 (82/115, 82/86) after round 69 (a direction before a state whose great namesake city is written longer: "from western Washington"); 0.739/0.955 (85/115, 85/89) after round 71 (cells written "n/a"; a row's small town near most of the rows before it); 0.800/0.989 (92/115, 92/93) after round 84 (a row's town in the state heading its column, of either tier: "KANSAS ... RUSSELL 53 40")
	// dev33: 152 Reuters articles from line 10,000 on that name none of
	// dev7.tsv's 40 countries (dev23's new shape, not comparable with
	// heldout16's), every 20th from the 19th, then the 16th's unused
	// lines, then the 9th's (see its header), 110 mentions, annotated in
	// the eighth session before annals was run on them: 0.691/0.864
	// (76/110, 76/88) with the code at commit 74b7a7d, after that
	// session's first rounds.
	// Unchanged after round 43, which had not read it.
	// 0.700/0.865 (77/110, 77/89) after round 49 ("E.M. Warburg Pincus and
	// Co, New York").
	{"dev33.tsv", 0, 0, 0, []int{10096, 10174, 10240, 10339, 10414, 10486, 10541, 10650, 10727, 10807, 10871, 10958,
		11067, 11145, 11226, 11319, 11386, 11470, 11581, 11665, 11739, 11824, 11928, 11990,
		12117, 12213, 12352, 12451, 12563, 12667, 12789, 12949, 13038, 13169, 13242, 13324,
		13386, 13471, 13534, 13606, 13662, 13782, 13869, 13960, 14059, 14123, 14198, 14270,
		14410, 14492, 14575, 14677, 14748, 14807, 14882, 14970, 15033, 15124, 15204, 15287,
		15385, 15499, 15604, 15690, 15785, 15889, 15946, 16030, 16115, 16184, 16250, 16321,
		16420, 16504, 16574, 16647, 16714, 16800, 16881, 16959, 17033, 17099, 17175, 17230,
		17298, 17350, 17422, 17552, 17639, 17724, 17809, 17889, 17984, 18087, 18154, 18240,
		18319, 18428, 18518, 18628, 18697, 18798, 18955, 19055, 19152, 19264, 19423, 19553,
		19634, 19712, 19775, 18309, 18407, 18506, 18605, 18683, 18770, 18926, 19051, 19128,
		19239, 19409, 19541, 19625, 19696, 19769, 16544, 16617, 16678, 16745, 16834, 16910,
		17004, 17083, 17128, 17195, 17256, 17331, 17390, 17495, 17608, 17676, 17753, 17851,
		17937, 18042, 18121, 18187, 18282, 18372, 18494, 18563},
		0.79, 0.935, true}, // (78/110, 78/90) after round 48 (table rows, price lists, supply tables); 0.718/0.868 (79/110, 79/91) with round 49 merged; 0.727/0.870 (80/110, 80/92) after round 53 ("the southern tip of Florida"); 0.764/0.903 (84/110, 84/93) after round 62 ("quoted at 75 at Villa Constitucion, San Nicolas and Puerto Alvear", "Fresno, Sacramenta, Ventura and Kern counties, Calif."); 0.764/0.923 (84/110, 84/91) after round 68 ("In U.S. dlrs per tonne", "placements in Luxembourg francs"); 0.764/0.933 (84/110, 84/90) after round 75 (a firm's short name, parties "between" and "from"); 0.773/0.934 (85/110, 85/91) after round 90 ("The United Arab Emirates (UAE) recorded a 1986 trade surplus"); 0.791/0.935 (87/110, 87/93) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev34: 74 Reuters articles from line 10,000 on, heldout16's pool
	// (articles naming one of its 40 countries) less every set's lines:
	// every 4th of that 403-article remnant from the 0th (see its
	// header), 111 mentions, heldout16's shape, annotated in the ninth
	// session before annals was run on them: 0.901/0.885 (100/111,
	// 100/113) with the code at commit 8fa1d27, the session's start.
	// 0.910/0.886 (101/111, 101/114) after round 46 ("In recent months
	// Iraq has been producing 500,000 bpd").
	{"dev34.tsv", 0, 0, 0, []int{14702, 15290, 15631, 15769, 15869, 15969, 16011, 16045,
		16072, 16121, 16164, 16211, 16238, 16272, 16404, 16488, 16596, 16634, 16659, 16695,
		16774, 16825, 16950, 16992, 17048, 17090, 17115, 17151, 17162, 17204, 17222, 17282,
		17392, 17433, 17499, 17558, 17612, 17622, 17630, 17658, 17665, 17684, 17705, 17726,
		17781, 17872, 17957, 17978, 17993, 18061, 18071, 18085, 18095, 18114, 18123, 18133,
		18159, 18173, 18236, 18277, 18363, 18391, 18423, 18453, 18484, 18530, 18542, 18555,
		18566, 18579, 18587, 18633, 18711, 18759}, 0.954, 0.913, true}, // 0.928/0.888 (103/111, 103/116) after round 53 ("French-speaking cantons of Switzerland"); 0.937/0.889 (104/111, 104/117) after round 56 ("left at the weekend for the United States"); 0.946/0.890 (105/111, 105/118) after round 72 ("firms in Korea"); 0.946/0.913 (105/111, 105/115) after round 75 (a firm's short name, parties "between" and "from"); 0.955/0.914 (106/111, 106/116) after round 88 ("Venezuela now imports all of its BTX aromatics")
	// dev35: 47 Reuters articles from line 10,000 on, every 4th from the
	// 2nd of the 403 articles of heldout16's pool that no set had taken
	// (the remnant, lines 14702 to 19773; see its header), 110 mentions,
	// heldout16's shape, annotated in the ninth session before annals was
	// run on them: 0.764/0.903 (84/110, 84/93) with the code at 8fa1d27,
	// at the ninth session's start.
	{"dev35.tsv", 0, 0, 0, []int{14953, 15537, 15717, 15827, 15949, 15990, 16022, 16059,
		16093, 16148, 16187, 16219, 16259, 16293, 16438, 16514, 16610, 16644, 16672, 16702,
		16789, 16843, 16967, 17017, 17065, 17108, 17146, 17159, 17183, 17210, 17229, 17381,
		17419, 17473, 17522, 17591, 17616, 17628, 17652, 17661, 17681, 17690, 17707, 17763,
		17865, 17885, 17964}, 0.9, 0.916, true}, // 0.773/0.904 (85/110, 85/94) after round 50 ("Italy's GDP may grow"); 0.800/0.907 (88/110, 88/97) after round 56 ("import licences for France, Spain and Belgium"); 0.809/0.908 (89/110, 89/98) after round 57 ("60 pct of Japan's crude oil"); 0.864/0.913 (95/110, 95/104) after round 63 ("leading wheat markets include China, Egypt"); 0.873/0.914 (96/110, 96/105) after round 90 ("Nigeria, which has had problems selling its full 1.238 mln bpd entitlement, increased its output"); 0.900/0.917 (99/110, 99/108) after round 97 ("of which Australia is expected to supply 550,000, against 470,000, South Africa 350,000, against 331,866")
	// dev36: 53 Reuters articles, heldout16.tsv's shape: every 4th from
	// the 1st of the remnant of heldout16.tsv's pool that no set had taken
	// (403 articles, lines 14702 to 19773; see its header), 110 mentions,
	// annotated in the ninth session before annals was run on them:
	// 0.836/0.920 (92/110, 92/100) with the code at commit 8fa1d27, the
	// session's start.
	{"dev36.tsv", 0, 0, 0, []int{14893, 15408, 15709, 15807, 15922, 15974, 16020, 16051,
		16080, 16141, 16167, 16216, 16255, 16284, 16431, 16513, 16608, 16641, 16670, 16699,
		16787, 16830, 16962, 17006, 17056, 17107, 17136, 17154, 17168, 17205, 17225, 17328,
		17405, 17439, 17504, 17580, 17614, 17625, 17651, 17659, 17678, 17686, 17706, 17740,
		17849, 17876, 17958, 17983, 18029, 18062, 18073, 18089, 18105}, 0.890, 0.942, true}, // 0.836/0.920 (92/110, 92/100) after round 50, read first in it: unchanged; 0.845/0.921 (93/110, 93/101) after round 54 ("in Mexico city"); 0.855/0.922 (94/110, 94/102) after round 56 ("returned to the United States from Venezuela"); 0.864/0.922 (95/110, 95/103) after round 58 (Chicoutimi); 0.864/0.941 (95/110, 95/101) after round 75 (a firm's short name, parties "between" and "from"); 0.873/0.941 (96/110, 96/102) after round 88 ("Sri Lanka imports all its annual needs"); 0.882/0.942 (97/110, 97/103) after round 90 (a producer's rank read through a relative clause); 0.891/0.942 (98/110, 98/104) after round 96 ("Japan depends on imports for")
	// dev37: 64 Reuters articles from line 10,000 on, heldout16's pool
	// (articles naming one of its 40 countries), every 4th from the 3rd of
	// the 403 that no set's lines held (the pool's tail, lines 14,702 on;
	// see its header), 110 mentions, heldout16's shape, annotated in the
	// ninth session before annals was run on them: 0.764/0.866 (84/110,
	// 84/97) with the code at commit 8fa1d27, that session's start.
	{"dev37.tsv", 0, 0, 0, []int{15022, 15556, 15735, 15852, 15962, 16002, 16037, 16060,
		16120, 16154, 16200, 16221, 16270, 16318, 16472, 16535, 16632, 16646, 16689, 16704,
		16804, 16847, 16989, 17020, 17088, 17109, 17147, 17160, 17197, 17212, 17246, 17383,
		17424, 17481, 17539, 17603, 17618, 17629, 17657, 17664, 17682, 17692, 17717, 17869,
		17894, 17976, 17991, 18058, 18070, 18078, 18092, 18113, 18122, 18132, 18158, 18166,
		18223, 18276, 18353, 18390, 18421, 18450, 18479, 18529}, 0.881, 0.923, true}, // 0.827/0.875 (91/110, 91/104) after round 51 ("the Haldia and Madras ports", "only the Montreal area was affected"); 0.836/0.876 (92/110, 92/105) after round 56 ("rising unemployment for New Zealand"); 0.845/0.877 (93/110, 93/106) after round 64 ("Peru's total foreign debt", "Uganda's export earnings"); 0.855/0.879 (94/110, 94/107) after round 67 ("in warehouse Rotterdam"); 0.855/0.922 (94/110, 94/102) after round 75 (a firm's short name, parties "between" and "from"); 0.882/0.924 (97/110, 97/105) after round 93 (a country called a market, goods sold or offered to a country, a measured growth or output)
	// dev38: 56 Reuters articles from line 10,000 on, heldout16's pool
	// (articles naming one of its 40 countries) less every set's lines:
	// the pool's last articles in file order from line 17,987 (see its
	// header), 110 mentions, heldout16's shape, annotated in the ninth
	// session before annals was run on them: 0.882/0.879 (97/110,
	// 94/107) with the code at commit fb069a3 (after the ninth
	// session's place rounds 45-49).
	{"dev38.tsv", 0, 0, 0, []int{17987, 18041, 18066, 18076, 18091, 18111, 18116, 18118,
		18126, 18128, 18134, 18138, 18161, 18162, 18184, 18202, 18247, 18263, 18297, 18337,
		18379, 18380, 18399, 18403, 18430, 18435, 18467, 18474, 18492, 18526, 18536, 18539,
		18548, 18550, 18554, 18561, 18564, 18565, 18568, 18575, 18576, 18581, 18583, 18584,
		18590, 18594, 18596, 18672, 18687, 18699, 18722, 18729, 18751, 18789, 18838,
		18842}, 0.927, 0.916, true}, // 0.882/0.879 (97/110, 94/107) after round 51, read first in it: unchanged; 0.891/0.888 (98/110, 95/107) after round 57 ("San Diego and Orange Counties"); 0.900/0.897 (99/110, 96/107) after round 60 ("Victoria state" ... "investment in Victoria"); 0.900/0.906 (99/110, 96/106) after round 70 ("a plunge in Tokyo stock prices"); 0.900/0.914 (99/110, 96/105) after round 75 (a firm's short name, parties "between" and "from"); 0.909/0.915 (100/110, 97/106) after round 80 ("20 of Mexico's 192 rural development districts"); 0.918/0.916 (101/110, 98/107) after round 88 ("Japan has 23 major local life insurers"); 0.927/0.917 (102/110, 99/108) after round 96 ("The Philippines earned 488 mln dlrs from")
	// dev39: 81 Reuters articles from line 10,000 on, heldout16's pool
	// (articles naming one of its 40 countries) less every set's lines:
	// the pool's last articles in file order from line 18,843 (see its
	// header), 110 mentions, heldout16's shape, annotated in the ninth
	// session before annals was run on them: 0.873/0.787 (96/110,
	// 96/122) with the code at commit 555d926 (after the ninth
	// session's place rounds 45-51).
	{"dev39.tsv", 0, 0, 0, []int{18853, 18857, 18859, 18860, 18887, 18891, 18902, 18912,
		18936, 18991, 18999, 19006, 19067, 19079, 19086, 19103, 19105, 19107, 19108, 19112,
		19122, 19126, 19135, 19137, 19142, 19175, 19176, 19194, 19197, 19199, 19200, 19201,
		19205, 19206, 19208, 19213, 19215, 19216, 19224, 19225, 19227, 19235, 19240, 19243,
		19244, 19253, 19256, 19277, 19279, 19299, 19304, 19305, 19307, 19309, 19316, 19317,
		19319, 19325, 19367, 19370, 19384, 19416, 19428, 19445, 19452, 19462, 19472, 19485,
		19487, 19488, 19501, 19542, 19555, 19568, 19599, 19601, 19626, 19641, 19642, 19652,
		19681}, 0, 0, true},
	// dev40: 98 short Reuters articles (text under 600 characters) from
	// line 10,000 on naming one of heldout16's 40 countries, every 7th
	// of that pool from the 0th (see its header), 111 mentions, a new
	// shape (briefs and one-liners) not comparable with heldout16's,
	// annotated in the tenth session before annals was run on them:
	// 0.784/0.926 (87/111, 87/94) with the code at commit 664e07d (the end of the ninth
	// session, before the tenth session's rounds).
	{"dev40.tsv", 0, 0, 0, []int{10040, 10193, 10289, 10417, 10536, 10662, 10767, 10817,
		10961, 11168, 11321, 11426, 11472, 11559, 11661, 11705, 11793, 11938, 11997, 12046,
		12102, 12221, 12312, 12444, 12609, 12855, 13087, 13503, 13681, 13749, 13781, 13870,
		14010, 14075, 14175, 14238, 14275, 14348, 14424, 14565, 14585, 14697, 14753, 14894,
		14920, 14990, 15037, 15105, 15173, 15249, 15376, 15518, 15533, 15626, 15716, 15742,
		15804, 15832, 15875, 15965, 15995, 16033, 16096, 16152, 16229, 16377, 16441, 16503,
		16605, 16766, 16966, 17059, 17081, 17126, 17164, 17231, 17293, 17394, 17502, 17573,
		17662, 17697, 17812, 17850, 18093, 18156, 18272, 18341, 18447, 18541, 18598, 18880,
		19192, 19394, 19539, 19627, 19739, 19776}, 0.78, 0.92, true},
	// dev41: 97 short Reuters articles (text under 600 characters) from
	// line 10,000 on naming one of heldout16's 40 countries, every 7th
	// of dev40's pool from the 3rd (see its header), 110 mentions, dev40's
	// shape (briefs and one-liners), annotated in the eleventh session
	// before annals was run on them: 0.845/0.979 (93/110, 93/95) with
	// the code at commit 4ea688e (the end of the tenth session, before
	// the eleventh session's rounds); 0.864/0.979 (95/110, 95/97) after
	// round 55 (a compass word narrowing a territory, regions named like
	// their cities in lists), scored as totals only.
	{"dev41.tsv", 0, 0, 0, []int{10064, 10258, 10362, 10485, 10577, 10705, 10802, 10839,
		10892, 11266, 11369, 11452, 11516, 11567, 11684, 11728, 11844, 11956, 12023, 12059,
		12185, 12245, 12329, 12487, 12738, 12962, 13244, 13615, 13725, 13765, 13813, 13915,
		14024, 14134, 14192, 14252, 14290, 14362, 14460, 14574, 14599, 14706, 14867, 14912,
		14952, 14999, 15082, 15120, 15203, 15280, 15445, 15525, 15539, 15703, 15725, 15783,
		15823, 15839, 15895, 15983, 16006, 16049, 16129, 16179, 16266, 16411, 16471, 16579,
		16656, 16870, 17050, 17069, 17111, 17145, 17203, 17245, 17335, 17416, 17549, 17624,
		17674, 17744, 17833, 17936, 18112, 18217, 18312, 18389, 18504, 18551, 18705, 18937,
		19281, 19425, 19581, 19722, 19761}, 0, 0, true},

	{"heldout.tsv", 0, 40, 1 << 30, nil, 0.956, 1.0, true}, // 0.957/1.000 (22/23) after round 87 ("French inventor ... started in Sangatte")
	// heldout2 and heldout3 became development sets in issue 5's fourth
	// round, when their misses were read; heldout4 and heldout5 in the
	// fifth (heldout5 after one held-out measurement: 0.622/0.719);
	// heldout6 in the sixth, after one measurement: 0.874/0.954.
	{"heldout2.tsv", 15, 30, 1 << 30, nil, 0.937, 1.0, true},
	// heldout3: 0.933/1.000 with the second tier ("Columbia, New Hampshire").
	{"heldout3.tsv", 5, 30, 1 << 30, nil, 0.933, 1.0, true},
	{"heldout4.tsv", 1, 24, 1 << 30, nil, 0.971, 1.0, true},
	{"heldout5.tsv", 13, 24, 1 << 30, nil, 0.918, 1.0, true},
	// heldout6: 0.989/1.000 after the sixteenth round (a region "to be
	// called" its name).
	{"heldout6.tsv", 7, 12, 1 << 30, nil, 0.989, 1.0, true},
	// heldout7: the first 24 unused lines that are 3 or 11 mod 12. It
	// became development in the seventh round, after one measurement:
	// 0.683/0.757, as before the round; 0.829/0.907 after the thirtieth
	// ("from Iran assurances" is a modifier).
	// 0.829/0.919 after round 41 (East Germany, accords named after
	// their city, "the state of X" as its government).
	{"heldout7.tsv", 0, 0, 0, []int{3, 11, 23, 27, 39, 47, 51, 59, 63, 71, 83, 87,
		99, 107, 111, 119, 123, 131, 143, 147, 159, 167, 171, 179}, 0.878, 0.923, true}, // 0.878/0.923 (72/82, 72/78) after round 95 (a list of towns are neighbours: "Carrascal, Cantilan, Madrid, Carmen"); 0.841/0.920 (69/82, 69/75) after round 94 ("in Lewisham, London")
	// heldout8: the first 24 unused lines that are 9 or 5 mod 12, annotated
	// blind by another engineer for the eighth round: 0.776/0.776 at
	// annotation, 0.791/0.791 after the round (its one measurement); read
	// then, development since: 0.910/0.859 after the ninth round,
	// 0.925/0.886 after the sixteenth.
	{"heldout8.tsv", 0, 0, 0, []int{9, 17, 21, 29, 33, 41, 53, 57, 69, 77, 81, 89,
		93, 101, 113, 117, 129, 137, 141, 149, 153, 161, 173, 177}, 0.94, 0.9, true}, // 0.940/0.900 (63/67, 63/70) after round 75 (a firm's short name, parties "between" and "from")
	// heldout9: the first 24 unused lines that are 4 or 8 mod 12, annotated
	// blind by another engineer for the ninth round: 0.790/0.928 at
	// annotation, unchanged after the round (its one measurement; the
	// round lifted heldout8 from 0.791/0.791 to 0.910/0.859); read then,
	// development since: 0.914/0.949 after the tenth round.
	{"heldout9.tsv", 0, 0, 0, []int{4, 8, 16, 20, 28, 32, 44, 52, 56, 64, 68, 76,
		88, 92, 100, 104, 112, 116, 124, 128, 136, 140, 148, 152}, 0.938, 0.95, true}, // 0.938/0.950 (76/81, 76/80) after round 89 ("years of working at Seal Island": an island the gazetteer lacks)
	// heldout10: the first 24 unused lines that are 6 or 10 mod 12,
	// annotated blind by another engineer for the tenth round:
	// 0.761/0.797 at annotation, unchanged after the round (its one
	// measurement; the round lifted heldout9 from 0.790/0.928 to
	// 0.914/0.949); read then, development since: 0.836/0.824 after the
	// eleventh round, 0.881/0.843 after the sixteenth, 0.896/0.857 once a
	// district written before its street was no firm (street_names.go).
	{"heldout10.tsv", 0, 0, 0, []int{6, 18, 34, 46, 54, 58, 66, 78, 94, 106, 114, 118,
		126, 138, 154, 166, 174, 178, 186, 198, 202, 214, 222, 226}, 0.91, 0.859, true}, // 0.910/0.859 (61/67, 61/71) after round 89 ("near Santa Cruz Island off the coast of California")
	// heldout11: the first 24 unused lines that are 0 or 2 mod 12,
	// annotated blind by another engineer for the eleventh round:
	// 0.878/0.878 at annotation, 0.878/0.860 after the round (its one
	// measurement; the round lifted heldout10 from 0.761/0.797 to
	// 0.836/0.824); read then, development since: 0.980/1.000 after the
	// twelfth round.
	{"heldout11.tsv", 0, 0, 0, []int{12, 14, 24, 26, 36, 38, 48, 60, 72, 74, 84, 86,
		96, 98, 108, 132, 134, 144, 146, 156, 158, 168, 180, 192}, 0.979, 1.0, true},
	// heldout12: the first 24 lines no other set uses (the corpus is
	// nearly spent: 70 lines were left), annotated blind by another
	// engineer for the twelfth round: 0.664/0.849 at annotation,
	// unchanged after the round (its one measurement; the round lifted
	// heldout11 from 0.878/0.860 to 0.980/1.000); read then, development
	// since: 0.855/0.887 after the thirteenth round, 0.873/0.897 after
	// the fourteenth, 0.918/0.902 after the sixteenth (0.918/0.894 with
	// the articles tagged, as every figure here is since that round);
	// 0.927/0.895 with the second tier of towns and alternate names;
	// 0.927/0.903 after the eighteenth (a campus "at" a town);
	// 0.927/0.919 after the twentieth (an agreement "between" parties);
	// 0.936/0.919 after the twenty-seventh; 0.945/0.920 after the
	// twenty-eighth (places by default: "a tournament: Panama");
	// 0.945/0.937 after the thirtieth ("US citizens" after a preposition).
	{"heldout12.tsv", 0, 0, 0, []int{164, 172, 176, 183, 184, 188, 189, 191, 194, 196, 197, 201,
		203, 204, 206, 207, 208, 209, 212, 213, 216, 218, 219, 220}, 0.954, 0.937, true}, // 0.955/0.938 (105/110, 105/112) after round 95 ("Following South Carolina's primary")
	// heldout13: the next 24 lines no other set uses, annotated blind by
	// another engineer for the thirteenth round: 0.791/0.813 at
	// annotation, unchanged after the round (the round lifted heldout12
	// from 0.664/0.849 to 0.855/0.887) and after the fourteenth (0.873/0.897
	// on heldout12) and after the sixteenth; 0.782/0.811 with the
	// articles tagged as the pipeline tags them (the harness did not tag
	// before the sixteenth round, and rules that read parts of speech
	// differ); 0.800/0.815 after the seventeenth (the tier of small
	// towns with alternate names). That round's engineer saw the totals
	// of the three blind sets several times while narrowing the tier's
	// rules (on Reuters and development evidence; heldout14's precision
	// minimum failed once on the first version), so these figures are
	// no longer quite clean. Its misses have not been read. 0.809/0.824
	// after the twenty-fifth (measured once, at the end of the round).
	// 0.809/0.832 (89/107) after the forty-first, measured once.
	{"heldout13.tsv", 0, 0, 0, []int{221, 224, 227, 228, 231, 232, 233, 234, 236, 237, 238, 239,
		242, 243, 244, 246, 248, 249, 251, 252, 254, 256, 257, 258}, 0.809, 0.831, false},
	// heldout13b: heldout13 annotated again, independently, for the
	// agreement check (agree_test.go); annals scores 0.794/0.802 on it,
	// 0.813/0.806 after the seventeenth round, 0.822/0.815 after the
	// twenty-fifth, 0.822/0.822 (88/107) after the forty-first.
	{"heldout13b.tsv", 0, 0, 0, []int{221, 224, 227, 228, 231, 232, 233, 234, 236, 237, 238, 239,
		242, 243, 244, 246, 248, 249, 251, 252, 254, 256, 257, 258}, 0.822, 0.822, false},
	// heldout14: every line no other set used (the corpus is spent),
	// annotated blind by another engineer for the fifteenth round:
	// 0.781/0.805 at annotation (137 mentions in 23 articles), unchanged
	// after the round (travel nouns, acronyms no towns) and after the
	// sixteenth; 0.781/0.793 tagged; unchanged after the seventeenth
	// (whose engineer saw its totals: see heldout13). Its misses have not
	// been read. 0.781/0.811 after the twenty-fifth and the twenty-sixth
	// (whose engineer saw its totals once mid-round, 0.781/0.805, from a
	// full package run, and narrowed "out of" on Wikinews evidence).
	// 0.788/0.806 after the twenty-eighth (places by default, chosen on
	// the development sets pooled), measured once at the end of the
	// round: one more right and one more wrong, so the precision minimum
	// follows the measured 108/134 (0.8060, floored to 0.805); the rule
	// was not narrowed after, to keep the set blind. 0.788/0.812 after
	// the twenty-ninth (108/133: one fewer wrong), measured once.
	// 0.788/0.818 (108/132) after the forty-first, measured once.
	{"heldout14.tsv", 0, 0, 0, []int{260, 261, 263, 264, 266, 267, 268, 269, 272, 273, 274, 276,
		278, 279, 281, 284, 286, 287, 288, 291, 292, 293, 294}, 0.788, 0.818, false},
	// heldout15: Reuters wire news from line 10,000 on (Wikinews is
	// spent), 25 articles naming a country, annotated blind by another
	// engineer for the eighteenth round, which built the first Reuters
	// development set: 0.523/0.895 at annotation (65 mentions in 20
	// articles; five without a place), unchanged after the round (whose
	// own Reuters development set, dev3, rose from 0.690 to 0.828);
	// 0.554/0.900 after the nineteenth (a country's economic figures as
	// places, dev4); 0.585/0.905 after the twenty-second (a bare
	// "visit", a city's named parts, freight ports); 0.615/0.909 after
	// the twenty-fifth (places left, reached or journeyed to, dates and
	// weekdays after a name, shouted headlines); unchanged after the
	// twenty-sixth (table rows, "out of", routes); 0.631/0.911 after the
	// twenty-eighth (places by default), measured once at its end;
	// 0.631/0.891 after the twenty-ninth (41/46: one more wrong), measured
	// once at its end; the lead then dropped that round's modifier-figure
	// rule, on the conventions' grounds (modifiers are left out; dev8's
	// and dev9's annotators had kept economic figures a country's name
	// qualifies) and with this set's total in view (disclosed): 0.631/0.911
	// again. 0.646/0.955 after the thirtieth (42/65 and 42/44: one more
	// right, two fewer wrong; a list of great cities, a country modifying
	// the noun after a preposition), measured once at its end;
	// unchanged after the thirty-first (0.646/0.933 with its draft that
	// made the Soviet Union and Czechoslovakia places, which the lead left
	// out); 0.692/0.957 after the thirty-second (45/65 and 45/47),
	// measured once at its end. Its misses have not been read.
	// 0.723/0.940 (47/65, 47/50) with the thirty-eighth (the Soviet Union,
	// freight legs), run once at its end: recall raised; precision
	// lowered from 0.957 by the lead (two more right, one more wrong: the
	// Soviet Union as a place, which the annotators score but not where
	// it is only a party; judged on the totals alone).
	{"heldout15.tsv", 0, 0, 0, []int{10243, 10305, 10375, 11172, 11400, 11464, 12075, 12212, 12362, 13605, 13740, 13810,
		14469, 14653, 14892, 15628, 15746, 16142, 16206, 17013, 17120, 17895, 18080, 19110, 19233}, 0.723, 0.94, false},
	// heldout16: Reuters wire news from line 10,000 on, every 20th of the
	// long articles naming one of 40 countries (see its header), 61
	// articles (15 without a place, kept for precision), 111 mentions,
	// annotated blind by another engineer at the start of issue 5's
	// twenty-fifth round with the code before it: 0.757/0.857 at
	// annotation; unchanged after the twenty-fifth and the twenty-sixth;
	// 0.766/0.842 after the twenty-ninth (85/111 and 85/101: one more
	// right, two more wrong), measured once at its end; 0.766/0.859
	// (85/99) without the modifier-figure rule, which the lead dropped
	// (see heldout15). Its misses have not been read. Unchanged after
	// the thirty-first (85/111, 85/99), measured once at its end.
	// 0.784/0.870 (87/111, 87/100) after the thirty-third, measured once
	// at its end. 0.802/0.873 (89/111, 89/102) after the thirty-fifth,
	// measured once at its end.
	// 0.811/0.874 (90/111, 90/103) with the thirty-eighth, run once at its
	// end; 0.820/0.883 (91/111, 91/103) after round 57, run once at its merge.
	{"heldout16.tsv", 0, 0, 0, []int{10341, 10458, 10602, 10811, 10919, 11069, 11250, 11416, 11465, 11595, 11735, 11785,
		11906, 12083, 12205, 12269, 12460, 12596, 12804, 13201, 13543, 13673, 13761, 13814,
		13978, 14151, 14260, 14315, 14490, 14636, 14854, 14917, 14989, 15092, 15426, 15558,
		15714, 15794, 15861, 15955, 15997, 16041, 16074, 16143, 16191, 16241, 16414, 16606,
		16667, 16786, 16958, 17055, 17144, 17202, 17338, 17526, 17636, 17702, 17917, 18072,
		18130}, 0.819, 0.88, false},
	// heldout16b: heldout16's 61 articles annotated again in the tenth
	// session by a second engineer who saw neither heldout16.tsv nor
	// annals' output on them (see TestAgreement): 120 mentions, every one
	// of heldout16's 111 among them. Blind like heldout16: totals only.
	// annals at the tenth session's start: 0.767/0.893 (92/120, 92/103);
	// 0.775/0.903 (93/120, 93/103) after round 57, run once at its merge.
	{"heldout16b.tsv", 0, 0, 0, []int{10341, 10458, 10602, 10811, 10919, 11069, 11250, 11416, 11465, 11595, 11735, 11785,
		11906, 12083, 12205, 12269, 12460, 12596, 12804, 13201, 13543, 13673, 13761, 13814,
		13978, 14151, 14260, 14315, 14490, 14636, 14854, 14917, 14989, 15092, 15426, 15558,
		15714, 15794, 15861, 15955, 15997, 16041, 16074, 16143, 16191, 16241, 16414, 16606,
		16667, 16786, 16958, 17055, 17144, 17202, 17338, 17526, 17636, 17702, 17917, 18072,
		18130}, 0.775, 0.90, false},
	// heldout17: Reuters wire news from line 10,000 on, every 20th of the
	// long articles naming one of heldout16's 40 countries from the 9th
	// (see its header), 37 articles (8 without a place), 111 mentions,
	// annotated blind by another engineer with the code before this
	// session's rounds (commit 5666bd6): 0.550/0.924 at annotation
	// (61/111 and 61/66); 0.631/0.946 (70/111, 70/74) after the
	// thirtieth and thirty-first rounds (0.640/0.934 with the draft of the
	// thirty-first that made the Soviet Union and Czechoslovakia places,
	// which the lead left out because the actor layer codes the Soviet
	// Union SUN and a place coded RUS then tips an article's focus country). Its
	// misses are not logged and are not to be read. 0.667/0.961 (74/111,
	// 74/77) after the thirty-third, measured once at its end;
	// 0.676/0.962 (75/111, 75/78) after the thirty-fourth, measured once
	// at its end.
	// 0.685/0.950 (76/111, 76/80) with the thirty-eighth, run once at its
	// end: recall raised; precision lowered from 0.961 by the lead (one
	// more right, one more wrong; judged on the totals alone); 0.694/0.951
	// (77/111, 77/81) after round 55, run once at its merge; 0.748/0.954
	// (83/111, 83/87) after round 56, run once at its merge.
	{"heldout17.tsv", 0, 0, 0, []int{10065, 10235, 10290, 10336, 10435, 10598, 10805, 10913,
		11056, 11234, 11413, 11461, 11584, 11727, 11780, 11901, 12055, 12203, 12257, 12435,
		12587, 12785, 13148, 13518, 13661, 13756, 13807, 13964, 14130, 14243, 14313, 14465,
		14619, 14825, 14910, 14985, 15062}, 0.747, 0.95, false},
	// heldout18: Reuters wire news from line 10,000 on, every 20th of the
	// long articles naming one of heldout16's 40 countries from the 3rd
	// (see its header), 54 articles (10 without a place), 111 mentions,
	// annotated blind by another engineer in the seventh session with the
	// code before that session's rounds (commit 5666bd6): 0.784/0.861 at
	// annotation (87/111, 87/101). Its misses are never logged or read;
	// it is scored as totals only. 0.793/0.871 (88/111, 88/101) after the
	// thirty-fifth round, measured once at its end.
	// 0.829/0.876 (92/111, 92/105) with the thirty-eighth, run once at its
	// end.
	// 0.811/0.909 (90/111, 90/99) with the thirty-ninth alone, run once
	// at its end; 0.847/0.913 (94/111, 94/103) with the thirty-eighth and
	// thirty-ninth merged, run once by the lead; 0.874/0.924 (97/111,
	// 97/105) after round 61, run once at its merge.
	{"heldout18.tsv", 0, 0, 0, []int{10018, 10182, 10275, 10316, 10406, 10560, 10771, 10880,
		11025, 11190, 11397, 11445, 11532, 11700, 11763, 11845, 12005, 12196, 12230, 12395,
		12550, 12712, 13040, 13399, 13622, 13738, 13790, 13878, 14097, 14226, 14298, 14409,
		14582, 14737, 14898, 14962, 15043, 15341, 15545, 15642, 15741, 15838, 15928, 15977,
		16025, 16062, 16126, 16177, 16223, 16334, 16580, 16650, 16723, 16853}, 0.873, 0.92, false},
	// heldout19: Reuters wire news from line 10,000 on, every 20th of the
	// long articles naming one of heldout16's 40 countries from the 13th
	// (see its header), 39 articles (five without a place), 112 mentions,
	// annotated blind by another engineer in the seventh session with the
	// code before that session's rounds (commit 5666bd6): 0.696/0.918 at
	// annotation (78/112, 78/85). Its misses are never logged or read; it
	// is scored as totals only. 0.714/0.920 (80/112, 80/87) after the
	// thirty-fifth round, measured once at its end.
	// 0.732/0.921 (82/112, 82/89) with the thirty-eighth, run once at its
	// end; 0.741/0.922 (83/112, 83/90) after round 56, run once at its merge;
	// 0.750/0.923 (84/112, 84/91) after rounds 66-67, totals only.
	{"heldout19.tsv", 0, 0, 0, []int{10102, 10256, 10299, 10343, 10472, 10610, 10816, 10936,
		11086, 11282, 11422, 11476, 11611, 11741, 11797, 11908, 12134, 12209, 12272, 12473,
		12605, 12837, 13213, 13553, 13682, 13763, 13833, 13989, 14155, 14263, 14331, 14499,
		14643, 14874, 14927, 14995, 15153, 15477, 15560}, 0.750, 0.923, false},
}

// setCorpus names the corpus under ../shared/corpora whose line numbers a
// set's rows count, for the sets not drawn from wikinews.jsonl (whose
// unused articles are spent).
var setCorpus = map[string]string{
	"dev3.tsv":       "reuters21578.jsonl",
	"dev4.tsv":       "reuters21578.jsonl",
	"dev5.tsv":       "reuters21578.jsonl",
	"dev6.tsv":       "reuters21578.jsonl",
	"dev7.tsv":       "reuters21578.jsonl",
	"dev8.tsv":       "reuters21578.jsonl",
	"dev9.tsv":       "reuters21578.jsonl",
	"dev10.tsv":      "reuters21578.jsonl",
	"dev11.tsv":      "reuters21578.jsonl",
	"dev12.tsv":      "reuters21578.jsonl",
	"dev13.tsv":      "reuters21578.jsonl",
	"dev14.tsv":      "reuters21578.jsonl",
	"dev15.tsv":      "reuters21578.jsonl",
	"dev16.tsv":      "reuters21578.jsonl",
	"dev17.tsv":      "reuters21578.jsonl",
	"dev18.tsv":      "reuters21578.jsonl",
	"dev19.tsv":      "reuters21578.jsonl",
	"dev20.tsv":      "reuters21578.jsonl",
	"dev21.tsv":      "reuters21578.jsonl",
	"dev22.tsv":      "reuters21578.jsonl",
	"dev23.tsv":      "reuters21578.jsonl",
	"dev24.tsv":      "reuters21578.jsonl",
	"dev25.tsv":      "reuters21578.jsonl",
	"dev26.tsv":      "reuters21578.jsonl",
	"dev27.tsv":      "reuters21578.jsonl",
	"dev28.tsv":      "reuters21578.jsonl",
	"dev29.tsv":      "reuters21578.jsonl",
	"dev30.tsv":      "reuters21578.jsonl",
	"dev31.tsv":      "reuters21578.jsonl",
	"dev32.tsv":      "reuters21578.jsonl",
	"dev33.tsv":      "reuters21578.jsonl",
	"dev34.tsv":      "reuters21578.jsonl",
	"dev35.tsv":      "reuters21578.jsonl",
	"dev36.tsv":      "reuters21578.jsonl",
	"dev37.tsv":      "reuters21578.jsonl",
	"dev38.tsv":      "reuters21578.jsonl",
	"dev39.tsv":      "reuters21578.jsonl",
	"dev40.tsv":      "reuters21578.jsonl",
	"dev41.tsv":      "reuters21578.jsonl",
	"heldout15.tsv":  "reuters21578.jsonl",
	"heldout16.tsv":  "reuters21578.jsonl",
	"heldout16b.tsv": "reuters21578.jsonl",
	"heldout17.tsv":  "reuters21578.jsonl",
	"heldout18.tsv":  "reuters21578.jsonl",
	"heldout19.tsv":  "reuters21578.jsonl",
}

// placeFound is what annals gives a place mention, as the scorers
// compare it with gold.
type placeFound struct {
	name, cc string
	lat, lon float64
	city     bool
}

// placesBySurface maps the folded surface of each place mention in d to
// the place it names. Every scorer reads annals' output through it, so
// that their figures count the same things.
func placesBySurface(d *annals.Doc) map[string]placeFound {
	m := map[string]placeFound{}
	for _, men := range d.Mentions {
		if men.Kind != annals.PlaceMention {
			continue
		}
		txt, start, end := d.Span(men.Tokens)
		src := d.SourceOf(d.SentenceOf(men.Tokens.Start))
		for _, p := range d.Places {
			if p.Name == men.Name && p.Country == men.Code {
				// The place's own byte range is the surface: it may end
				// inside a token ("Kitchener-Waterloo" names Kitchener),
				// or begin there ("Antwerp-Hamburg" names Hamburg too).
				for _, r := range p.Mentions {
					if (r[0] == start || r[0] > start && r[0] < end && r[1] <= end) && r[1] <= len(src) {
						txt = src[r[0]:r[1]]
					}
				}
				m[fold.Key(txt)] = placeFound{p.Name, p.Country, p.Lat, p.Lon, p.GeonameID != 0}
			}
		}
	}
	return m
}

// placeRight reports whether p, found where gd is annotated, is right: a
// city within 50 km, a country by its code and name, a region by its
// country. The scorers share it so that "right" means one thing.
func placeRight(g *where.Gazetteer, gd gold, p placeFound) bool {
	switch gd.kind {
	case "city":
		return p.city && km(p.lat, p.lon, gd.lat, gd.lon) <= 50
	case "country":
		c, _ := g.Country(gd.cc)
		return !p.city && p.cc == gd.cc && p.name == c.Name
	}
	return !p.city && p.cc == gd.cc
}

type gold struct {
	line              int
	surface, kind, cc string
	lat, lon          float64
}

func readGold(t *testing.T, file string) []gold {
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var out []gold
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 4 {
			t.Fatalf("%s: short line %q", file, l)
		}
		g := gold{surface: f[1], kind: f[2], cc: f[3]}
		g.line, _ = strconv.Atoi(f[0])
		if len(f) == 6 {
			g.lat, _ = strconv.ParseFloat(f[4], 64)
			g.lon, _ = strconv.ParseFloat(f[5], 64)
		}
		out = append(out, g)
	}
	return out
}

// TestHeldout scores the recogniser on hand-annotated Wikinews articles
// chosen by a fixed rule (every 40th). Recall is the share of annotated
// places found at the right place (cities within 50 km; countries and
// regions by kind and country); precision the share of found place
// mentions that are annotated and right.
func TestHeldout(t *testing.T) {
	for _, set := range heldoutSets {
		t.Run(set.file, func(t *testing.T) {
			corpus := "wikinews.jsonl"
			if c, ok := setCorpus[set.file]; ok {
				corpus = c
			}
			f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", corpus))
			if err != nil {
				t.Skip("corpus not available:", err)
			}
			defer f.Close()
			want := func(n int) bool { return n >= set.first && n <= set.last && (n-set.first)%set.step == 0 }
			if set.lines != nil {
				want = func(n int) bool { return slices.Contains(set.lines, n) }
			}
			scoreHeldout(t, f, readGold(t, set.file), want, set.minRecall, set.minPrecision, set.dev)
		})
	}
}

// scoreHeldout annotates the articles of the corpus f that want picks and
// scores them against golds. detail logs each miss and extra.
func scoreHeldout(t *testing.T, f *os.File, golds []gold, want func(int) bool, minRecall, minPrecision float64, detail bool) {
	g := gaz(t)
	// The articles are tagged first, as the pipeline does, so that the
	// figures are those of what annals outputs.
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	predicted := map[int]map[string]placeFound{} // line -> folded surface -> place
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; sc.Scan(); n++ {
		if !want(n) {
			continue
		}
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		predicted[n] = placesBySurface(annotateTagged(t, tg, a.Title, a.Text))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	right, correct := 0, map[int]map[string]bool{}
	for _, gd := range golds {
		key := fold.Key(gd.surface)
		p, ok := predicted[gd.line][key]
		if ok && placeRight(g, gd, p) {
			right++
			if correct[gd.line] == nil {
				correct[gd.line] = map[string]bool{}
			}
			correct[gd.line][key] = true
		} else if detail {
			t.Logf("miss: line %d %q (%s %s): got %+v, found %v", gd.line, gd.surface, gd.kind, gd.cc, p, ok)
		}
	}
	nFound, ok := 0, 0
	for line, m := range predicted {
		for key, p := range m {
			nFound++
			if correct[line][key] {
				ok++
			} else if _, annotated := func() (gold, bool) {
				for _, gd := range golds {
					if gd.line == line && fold.Key(gd.surface) == key {
						return gd, true
					}
				}
				return gold{}, false
			}(); !annotated && detail {
				t.Logf("extra: line %d %q -> %s/%s", line, key, p.name, p.cc)
			}
		}
	}
	recall := float64(right) / float64(len(golds))
	precision := 1.0
	if nFound > 0 {
		precision = float64(ok) / float64(nFound)
	}
	t.Logf("held-out: %d articles, recall %d/%d = %.3f, precision %d/%d = %.3f",
		len(predicted), right, len(golds), recall, ok, nFound, precision)
	if recall < minRecall {
		t.Errorf("recall %.3f fell below the ratchet %.3f", recall, minRecall)
	}
	if precision < minPrecision {
		t.Errorf("precision %.3f fell below the ratchet %.3f", precision, minPrecision)
	}
}
