package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
	"github.com/annals-project/annals/pipeline"
)

// TestNewsConventions checks, with annals' own dictionaries, the rules
// that carry the annotation conventions of eval/testdata/README.md over to
// real news: reciprocal acts, targets that must be named, statements with
// no CAMEO content, people whom no dictionary lists, courts, pronouns and
// protests named by nouns.
func TestNewsConventions(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"compound subject naming a party again", "China and the European Union signed an agreement on an EU office.",
			[]string{"CHN IGOEUREEC 057", "IGOEUREEC CHN 057"}},
		{"passive agent pair", "The agreement was signed by Germany and France.",
			[]string{"DEU FRA 057", "FRA DEU 057"}},
		{"three parties make a ring", "A memorandum was signed between Cyprus, Greece and Israel.",
			[]string{"CYP GRC 057", "GRC ISR 057", "ISR CYP 057"}},
		{"signing a trade or loan agreement is the signing", "China signed a trade agreement with Japan.",
			[]string{"CHN JPN 057", "JPN CHN 057"}},
		{"criticism of no one named", "The United States criticized the move.", nil},
		{"statement with no CAMEO content", "Iran told Iraq about the plan.", nil},
		{"unlisted person sentenced", "A French judge sentenced Jean Dupont to life in prison.", []string{"FRAJUD FRACVL 173"}},
		{"conviction is legal action", "A French court convicted Jean Dupont.", []string{"FRAJUD FRACVL 173"}},
		{"pardon releases", "French President Emmanuel Macron pardoned Jean Dupont.", []string{"FRAGOV FRACVL 0841"}},
		{"court after in", "Jean Dupont was sentenced in a French court.", []string{"FRAJUD FRACVL 173"}},
		{"they resolved to an earlier subject", "Kenyan police arrested three men. They later detained John Kamau.",
			[]string{"KENCOP KENCVL 173"}},
		{"date before the subject", "On Tuesday Kenya met with Uganda.", []string{"KEN UGA 043", "UGA KEN 043"}},
		{"coordinated passive keeps the subject", "Turkey is under sanctions, and was condemned by Egypt and Greece.",
			[]string{"EGY TUR 111", "GRC TUR 111"}},
		{"protest named by a noun", "Weeks of protests against the Kenyan government continued in Nairobi.",
			[]string{"KENOPP KENGOV 141"}},
		{"nationality in apposition", "An Australian, John Smith, was charged in New Zealand. New Zealand police arrested the accused.",
			[]string{"NZLCOP AUSCVL 173"}},
		{"would in reported speech is the future", "Kenya said Uganda would meet Tanzania.", []string{"TZA UGA 036", "UGA TZA 036"}},
		{"a meeting in a clause of time under a future", "Kenya will resist pressure when it meets Uganda next week.", []string{"KEN UGA 036"}},
		{"civilians' violence is not military force", "A Kenyan police officer was shot by a prisoner.", []string{"KENCVL KENCOP 180"}},
		{"the actor of an operation", "Osama bin Laden was killed in a US operation.", []string{"USA IMGMUSALQ 190"}},
		{"an allegation is about the subject alleged", "Kenyan police alleged that Uganda armed the rebels.", []string{"KENCOP UGA 112", "UGA KENREB 072"}},
		{"officials report their own arrests", "Kenyan police said two suspects were arrested.", []string{"KENCOP KENCVL 173"}},
		{"conviction of an unlisted person", "A Kenyan court convicted John Kamau of fraud.", []string{"KENJUD KENCVL 173"}},
		{"the person before a role named after them", "A United States federal jury convicted Michael Smith, the California, US lawyer who represented a client, of fraud.",
			[]string{"USAJUD USACVL 173"}},
		{"a country after in is a place", "Kenyan protesters rallied at a square in Kenya.", []string{"KENOPP --- 141"}},
		{"criticism of a thing made by an actor", "Greece criticized the decision by Turkey.", []string{"GRC TUR 111"}},
		{"criticism of an act of an actor", "Greece condemned the act of the Turkish government.", []string{"GRC TURGOV 111"}},
		{"the maker after by wins over a word inside the object", "On live television Erdogan also attacked the proclamation of the territory as Israeli by Kenya.",
			[]string{"TURGOV KEN 111"}},
		{"they is the group named before", "Egypt and Greece met in Cairo. They called on Turkey to halt drilling.",
			[]string{"EGY GRC 044", "EGY TUR 020", "GRC EGY 044", "GRC TUR 020"}},
		{"one person is no they", "Egypt and Greece met in Cairo. The Kenyan minister, John Kamau, joined the talks. They called on Turkey to halt drilling.",
			[]string{"EGY GRC 044", "EGY TUR 020", "GRC EGY 044", "GRC TUR 020"}},
		{"a participle after an actor is its act", "On Monday, the Kenyan president joined the calls by Ugandan officials asking the United States to waive immunity.",
			[]string{"UGAGOV USA 020"}}, // the "by" agent is no object of "joined"
		{"the House alone is the US House", "The White House criticized the House's decision.", []string{"USAGOV USALEG 111"}},
		{"the makers of a measure do its act", "The Kenyan parliament voted on a resolution to expel Ugandan troops from the country.",
			[]string{"KENLEG UGAMIL 166"}},
		{"missiles targeting an actor", "Kenya launched missiles targeting Ugandan troops.", []string{"KEN UGAMIL 195"}},
		{"the sanctioned party as the subject", "Kenya is already under EU sanctions.", []string{"IGOEUREEC KEN 163"}},
		{"a protest against no one named is against the government", "Serbians protested on Friday.", []string{"SRB SRBGOV 140"}},
		{"tariffs with their maker after a participle", "The tariffs announced by Kenya in retaliation for Uganda's dumping hurt trade.",
			[]string{"KEN UGA 163"}},
		{"the maker of a measure before its infinitive", "Kamau said the action by Kenya to slap tariffs on goods from Uganda was wrong.",
			[]string{"KEN UGA 163"}},
		{"a ban on people in general binds the country's civilians", "The Kenyan government signed a decree banning anyone wearing a mask from entering offices.",
			[]string{"KENGOV KENCVL 172"}},
		{"a group of an actor is the actor", "A group of Kenyan lawmakers today asked Ugandan officials to exempt Kenya from the tariffs.",
			[]string{"KENLEG UGAGOV 020"}},
		{"a protest is against whom the protesters demand of", "Kenyan farmers demanding a better deal from the European Union blocked roads and staged protest rallies this weekend.",
			[]string{"KENAGR IGOEUREEC 100", "KENAGR IGOEUREEC 141"}},
		{"a topic of talks is no party to them", "Kenya has agreed to discuss the problems of Somalia in its talks with Uganda.",
			[]string{"KEN UGA 036"}},
		{"talks about a topic alone consult no one", "Kenya discussed the future of Somalia.", nil},
		{"people arrested whom no actor names are civilians", "Kenyan police arrested them on Friday.", []string{"KENCOP KENCVL 173"}},
		{"an embassy is the other country's", "Kenya asked the United States to waive immunity. The Kenyan foreign minister urged the embassy to reconsider.",
			[]string{"KEN USA 020", "KENGOV USAGOV 0242"}},
		{"a plural role is the parties named before", "A memorandum was signed between Cyprus, Greece and Israel. The agreement was signed by the energy ministers.",
			[]string{"CYP GRC 057", "GRC ISR 057", "ISR CYP 057"}},
		// Round 3: conventions that held on every development set.
		{"talks are held with each other", "Kenyan President Uhuru Kenyatta held talks with Ugandan President Yoweri Museveni.",
			[]string{"KENGOV UGAGOV 043", "UGAGOV KENGOV 043"}},
		{"a meeting in person is held with each other (round 49)", "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni.",
			[]string{"KENGOV UGAGOV 043", "UGAGOV KENGOV 043"}},
		{"talks between two parties", "Talks between Kenya and Uganda resumed on Monday.", []string{"KEN UGA 046", "UGA KEN 046"}},
		{"talks ahead are an intent", "Diplomats laid the groundwork for talks between Kenya and Uganda.", []string{"KEN UGA 036", "UGA KEN 036"}},
		{"a meeting for talks negotiates", "Kenya met Uganda for talks on trade.", []string{"KEN UGA 046", "UGA KEN 046"}},
		{"agreeing with someone to act is one-sided", "Kenya agreed with Uganda to cut tariffs.", []string{"KEN UGA 057"}},
		{"its troops are the speaker's", "Uganda said its troops had killed ten Kenyans.", []string{"UGAMIL KEN 190"}},
		{"a role of a country after of", "The Prime Minister of Kenya criticized Uganda.", []string{"KENGOV UGA 111"}},
		{"a warning of what others may do is no threat", "Kenya warned Uganda that the drought could spread.", nil},
		{"a warning of the speaker's own act is a threat", "Kenya warned Uganda it may impose sanctions.", []string{"KEN UGA 130"}},
		{"a warning of what the party must do is a demand", "Kenya warned Uganda its reforms must be credible.", []string{"KEN UGA 100"}},
		{"a clash over an issue is a dispute", "Kenya and Uganda clashed over fishing rights.", []string{"KEN UGA 111", "UGA KEN 111"}},
		{"workers and employers are not politics", "Kenyan metal workers broke off talks with employers.", nil},
		{"an application for membership is an appeal", "Kenya applied for European Union membership.", []string{"KEN IGOEUREEC 020"}},
		{"a demand rejected was made of the rejecter", "Kenya has rejected a demand by the International Monetary Fund for a devaluation.",
			[]string{"IGOBUSIMF KEN 100", "KEN IGOBUSIMF 120"}},
		{"leaving a treaty with a party", "Kenya withdrew from the trade treaty with Uganda.", []string{"KEN UGA 160"}},
		{"a country's bonds are no party to a statement", "The Kenyan government discussed the possibility of issuing Ugandan government bonds.", nil},
		// Round 4: what held-out set 3 showed on unseen text.
		{"an urging of no one named is no appeal", "Kenya urged a quick decision.", nil},
		{"a city before a list of parties is a place", "In Nairobi, Uganda, Tanzania and Rwanda agreed to cooperate on trade.",
			[]string{"RWA UGA 031", "TZA RWA 031", "UGA TZA 031"}},
		{"an agreement to an act no pattern knows", "Kenya and Uganda agreed to set up a joint commission.",
			[]string{"KEN UGA 030", "UGA KEN 030"}},
		// "wounded" shares the subject too, but its 182 repeats the 190
		// strike of the same pair and is dropped (force_assault_duplicates.go).
		{"verbs in a list share the subject", "Kenyan troops smashed two Ugandan brigades, killed or wounded 300 Ugandan soldiers.",
			[]string{"KENMIL UGAMIL 190"}},
		{"what was left killed did no killing", "Ugandan troops fled, leaving 20 men killed.", nil},
		{"a bare verb shares the modal before it", "Kenya will send an envoy to Uganda and hold talks with Tanzania.",
			[]string{"KEN TZA 036", "KEN UGA 032", "TZA KEN 036"}},
		{"talks after which the subject acted", "Kenya made the pledge during talks with Uganda.",
			[]string{"KEN UGA 043", "UGA KEN 043"}},
		{"a word inside a name completes no pattern", "Kenya warned the U.S. House of Representatives that the bill would spark retaliation.",
			[]string{"KEN USALEG 130"}},
		{"an office building is where, not whom", "Kenyan officials met at the offices of the International Monetary Fund.", nil},
		{"a country and its capital are one actor", "Uganda hopes to establish diplomatic ties with Kampala.", nil},
		{"it is not the plural speakers", "Kenyan officials said it had killed three people.", nil},
		{"a party named twice in a list signs once", "Kenya's finance minister, John Kamau, and World Bank President Jim Kim signed the loans.",
			[]string{"IGODEVWBK KENGOV 057", "KENGOV IGODEVWBK 057"}},
		{"representatives of a country act for it", "Representatives from Kenya met officials from Uganda.", []string{"KENGOV UGAGOV 043", "UGAGOV KENGOV 043"}},
		{"the party of a thing negotiated does nothing back", "Kenya helped negotiate the Uganda nuclear deal.", []string{"KEN UGA 046"}},
		{"a number after about is the subject", "Officials said about 70 Kenyan soldiers were attacked by Ugandan rebels.",
			[]string{"UGAREB KENMIL 190"}},
		// Round 5: what held-out set 4 showed on unseen text.
		{"a measure vetoed is not its vetoers' act", "Kenya vetoed a Security Council resolution to impose sanctions against Uganda.",
			[]string{"KEN IGOUNO 129"}},
		{"talks opening the text with no host", "Talks with Uganda resumed on Monday.", nil},
		{"a bracketed short name does not end a list", "Talks between the European Union (EU) and Kenya resumed on Monday.",
			[]string{"IGOEUREEC KEN 046", "KEN IGOEUREEC 046"}},
		{"plural talks the tagger read as a verb", "Top-level talks last week between Kenya and Uganda failed to resolve a dispute.",
			[]string{"KEN UGA 046", "UGA KEN 046"}},
		{"talks before a fronted comma host the main subject", "At a news conference after talks with Ugandan leaders, the Kenyan president praised the plan.",
			[]string{"KENGOV UGAGOV 043", "UGAGOV KENGOV 043"}},
		{"an aside in a place for talks is a visit", "The Kenyan foreign minister, in Uganda for trade talks, said exports would rise.",
			[]string{"KENGOV UGA 042"}},
		{"an amount in sanctions on a party", "Kenya imposed 300 mln dlrs in sanctions on Ugandan goods.", []string{"KEN UGA 163"}},
		{"a participle before a program of sanctions", "Kenya announced its promised program of sanctions against Uganda.", []string{"KEN UGA 163"}},
		{"an appeal for aid to parties no actor names", "Kenya appealed to 24 countries for emergency aid.", []string{"KEN --- 023"}},
		// Round 6: generalising over every read set (see eval/testdata/README.md).
		{"talks with a list of partners go one way", "Kenya's talks with the World Bank and the International Monetary Fund resumed.",
			[]string{"KEN IGOBUSIMF 043", "KEN IGODEVWBK 043"}},
		{"a place phrase between talks and the partner", "Kenya's talks in Nairobi with Uganda were frank.",
			[]string{"KEN UGA 043", "UGA KEN 043"}},
		{"a place phrase between held talks and the partner", "Kenya held talks in Kampala with Uganda.",
			[]string{"KEN UGA 043", "UGA KEN 043"}},
		{"a place before talks is where, the possessor is who", "Uganda's Nairobi negotiations with Kenya failed.",
			[]string{"KEN UGA 046", "UGA KEN 046"}},
		{"a place before talks owns nothing", "The Geneva negotiations with Iran failed.", nil},
		{"a warning to one's own troops is no threat", "The Kenyan president warned his troops to expect attacks.", nil},
		{"congressional leaders are the legislature", "U.S. congressional leaders criticized Kenya.", []string{"USALEG KEN 111"}},
		{"immunity granted frees as a pardon does", "Kenya granted immunity to John Kamau.", []string{"KEN KENCVL 0841"}},
		// Round 11: statements with CAMEO content, nominal talks, counterparts.
		{"a verdict in scare quotes is criticism", `Kenya described the decision by Uganda as "unjustified and contrary to international law".`,
			[]string{"KEN UGA 111"}},
		{"calling an act unacceptable is criticism", "Kenya called Uganda's move unacceptable.", []string{"KEN UGA 111"}},
		{"calling an act an important step is praise", "Kenya called the Ugandan decision a very important step.", []string{"KEN UGA 051"}},
		{"calling an actor's act is no phone call", `Kenya called the Ugandan government's decision "a dangerous mistake".`, nil},
		{"talks underway between two parties", "Talks are underway between Kenya and Uganda.", []string{"KEN UGA 046", "UGA KEN 046"}},
		{"a plan put at talks to come is an intent", "Kenya will offer a plan at talks with Uganda tomorrow.", []string{"KEN UGA 036"}},
		{"in talks after a verb: the subject takes part", "Kenya is in talks with Uganda.", []string{"KEN UGA 043", "UGA KEN 043"}},
		{"in talks after a noun names the noun's talks", "Kenya based its hopes on progress in talks with Uganda.", nil},
		{"agreed in talks with a partner is an agreement with it", "Kenya agreed in talks with Uganda to cut tariffs.", []string{"KEN UGA 030"}},
		{"back from talks with a partner", "Argentina said on return from talks with the United States that it was optimistic.",
			[]string{"ARG USA 043", "USA ARG 043"}},
		{"a field noun between nationality and role", "Kenya met Swedish trade officials.", []string{"KEN SWEGOV 043", "SWEGOV KEN 043"}},
		{"a possessive opens the next member of a list", "Kenyan Foreign Minister John Kamau and his Ugandan counterpart Sam Okello criticized Tanzania.",
			[]string{"KENGOV TZA 111", "UGAGOV TZA 111"}},
		{"talks with no partner named: the subject's list are the parties", "Kenya and Uganda agreed on a plan after talks in Nairobi.",
			[]string{"KEN UGA 046", "KEN UGA 057", "UGA KEN 046", "UGA KEN 057"}}, // the plan agreed on is a deal too (round 65)
		{"the parties after taking part in the talks", "Taking part in the talks were Kenya and Uganda.", []string{"KEN UGA 046", "UGA KEN 046"}},
		{"a participle and its agent between subject and verb", "A World Bank team led by John Smith arrived in Uganda.",
			[]string{"IGODEVWBK UGA 042"}},
		// Families found by corpus frequency (Reuters-21578 and Wikinews, the
		// scored articles excluded); the sentences are made up.
		{"a day between subject and verb", "The European Union yesterday criticized Kenya and Uganda.",
			[]string{"IGOEUREEC KEN 111", "IGOEUREEC UGA 111"}},
		{"a weekday between subject and verb", "Kenya Tuesday criticized Uganda.", []string{"KEN UGA 111"}},
		{"all after a list of subjects", "Kenya, Tanzania and the United Nations all called on Uganda to exercise restraint.",
			[]string{"IGOUNO UGA 0256", "KEN UGA 0256", "TZA UGA 0256"}},
		{"the owner of a decision does its infinitive", "Kenya's decision to impose tariffs on Uganda angered traders.",
			[]string{"KEN UGA 163"}},
		{"the owner of a move", "Kenya's move to impose sanctions against Uganda surprised traders.",
			[]string{"KEN UGA 163"}},
		{"a plan named by a noun is not the owner's act", "Kenya's plan to import less from Uganda worried traders.", nil},
		{"a decision aimed at no one", "The Kenyan minister's decision to resign was expected.", nil},
		{"a meeting between two officials", "Markets rose after a meeting between the Kenyan finance minister and Ugandan President Yoweri Museveni.",
			[]string{"KENGOV UGAGOV 043", "UGAGOV KENGOV 043"}},
		{"talks concluded with a partner", "Kenya concluded talks with the International Monetary Fund on Friday.",
			[]string{"IGOBUSIMF KEN 046", "KEN IGOBUSIMF 046"}},
		{"talks wrapped up by a list", "Kenya and Uganda wrapped up two days of talks.", []string{"KEN UGA 046", "UGA KEN 046"}},
		{"talks reopened", "Kenya reopened talks with Uganda.", []string{"KEN UGA 046", "UGA KEN 046"}},
		{"a business deal ending talks is left to 164", "Kenya ended talks with Uganda.", []string{"KEN UGA 164"}},
		{"figures made public free no one", "Kenya released data on Ugandan exports.", nil},
		{"people released are freed", "Kenya released two Ugandan soldiers.", []string{"KEN UGAMIL 0841"}},
		{"an agency named alone", "USDA urged Japan to buy more corn.", []string{"USAGOV JPN 020"}},
		{"a Japanese ministry by its acronym", "MITI asked the United States to delay the tariffs.", []string{"JPNGOV USA 020"}},
		// Actor pronouns (pronoun.go).
		{"it is the subject of the sentence before", "Kenya held elections on Monday. It also accused Tanzania of arming rebels.",
			[]string{"KEN TZA 1121"}},
		{"it opening a paragraph reaches the paragraph before", "Kenya held elections on Monday.\nMeanwhile, it accused Uganda of smuggling.",
			[]string{"KEN UGA 1121"}},
		{"it never reaches into a quotation", "\"Kenya will not back down,\" the minister said. It accused Uganda of smuggling.", nil},
		{"it is no plural group", "Kenyan police arrested two men. It accused Uganda of smuggling.", []string{"KENCOP KENCVL 173"}},
		{"it standing for no actor before keeps standing for none", "The subpoena was issued on Monday. It follows earlier requests. Among other things, Kenya asked Tanzania for documents. It also accused Uganda of smuggling.",
			[]string{"KEN TZA 020"}},
		{"pleonastic it", "Kenya held elections on Monday. It is likely that the talks will fail.", nil},
		{"it as an object with an actor's complement", "Kenya held elections on Monday. Tanzania has accused it of fraud.",
			[]string{"TZA KEN 1121"}},
		{"it as a bare object is a thing", "Kenya held elections on Monday. Uganda opposed it.", nil},
		{"them is the group named before", "Kenyan rebels seized a town. Uganda urged them to withdraw.",
			[]string{"KENREB --- 192", "UGA KENREB 0242"}},
		// Round 14 issue 2: precision on fresh news.
		{"a call for a thing names no addressee", "Britain called for a redefinition of the agency's role.", nil},
		{"a request for a thing names no addressee", "Kenya asked for documents.", nil},
		{"a public appeal needs no addressee", "Kenya appealed for 160 mln dlrs.", []string{"KEN --- 020"}},
		{"firms of two countries are no political pair", "An Australian bank discussed the facility with Japanese banks.", nil},
		{"a firm acting on no one named is no event", "Kenyan workers attacked each other with knives.", nil},
		{"a list of places after in that a city starts", "The Kenyan minister discussed the plan with customers in Nairobi and Kampala.", nil},
		{"Latin American is a region, not the United States", "A Kenyan delegation will visit Mexico and other Latin American states.",
			[]string{"KENGOV MEX 036"}},
		{"a currency after a country is no actor", "Kenya suspended payments on its U.S. dlr debt.", nil},
		{"a scandal named after a country", "A Kenyan committee probing the Uganda arms scandal met on Monday.", nil},
		{"a country after off is a place", "Kenyan warplanes hit a vessel off the Somali coast.", nil},
		{"scepticism about a thing is no statement to its owner", "Kenya was sceptical of the Ugandan plan.", nil},
		{"declining comment is no event", "Kenya declined to comment on the Ugandan plan.", nil},
		{"agreeing with someone on a matter is no event", "Kenyan farmers agreed with the Ugandan government on the plan.", nil},
		{"a threat to act is a threat", "Kenya is threatening to revoke the licences of Ugandan banks.", []string{"KEN UGABUS 132"}},
		{"the object ends where a contrasting clause begins", "Kenya and Uganda oppose the tax, but Tanzania and Rwanda seem to favour it.", nil},
		{"an act after the task of is open", "The Kenyan president faces the task of forming a new government.", nil},
		{"a court dismissing a lawsuit rejects it", "A Kenyan judge dismissed a lawsuit by the Ugandan government.", []string{"KENJUD UGAGOV 120"}},
		{"creditor banks are not the debtor's", "Kenya suspended payments to creditor banks.", nil},
		{"a field before minister is a noun", "Kenya will raise taxes, finance minister John Kamau said.", nil},
		{"a timetable in the present is a plan", "The Kenyan minister leaves for Uganda on Saturday.", []string{"KENGOV UGA 036"}},
		{"a government fighting a measure uses words", "The Kenyan government will fight tax increases.", nil},
		{"an army fighting is force", "The Kenyan army fought Ugandan rebels.", []string{"KENMIL UGAREB 190"}},
		{"receiving a thing from an actor hosts no one", "Kenya received a shipment from Uganda.", nil},
		{"a loan received comes from the lender", "Kenya received a loan from Uganda.", []string{"UGA KEN 071"}}, // round 50
		{"receiving a visitor is hosting", "Kenya received the Ugandan president.", []string{"KEN UGAGOV 043"}},
		{"an intent to yield aimed at no one", "The Kenyan president will step down.", nil},
		{"an intent to agree with no one named", "Kenya expects to reach agreement soon.", nil},
		{"a pledge of aid names no recipient and stays", "Kenya pledged 50 mln dlrs in aid.", []string{"KEN --- 0331"}},
		{"studying a plan is no event", "Kenyan officials studied the Ugandan plan.", nil},
		{"a trade mission investigates nothing", "Kenya will send a trade mission to Uganda.", nil},
		{"a scheduled visit is a plan", "The Kenyan president was scheduled to visit Uganda.", []string{"KENGOV UGA 036"}},
		{"demonstrating a thing is showing it", "The Kenyan plan clearly demonstrates the intention to renegotiate.", nil},
		{"demonstrators in the street protest", "Kenyan students demonstrated in Nairobi.", []string{"KENEDU KENGOV 141"}},
		{"fighting to do something is an effort", "Kenyan police were fighting to recover the weapons.", nil},
		{"them is a compound named before", "Egypt and Greece held talks in Cairo on Monday. Turkey has accused them of piracy.",
			[]string{"EGY GRC 044", "GRC EGY 044", "TUR EGY 112", "TUR GRC 112"}},
		// Round 15 issue 2: precision on fresh news.
		{"a central bank supporting a currency buys it", "The Kenyan central bank supported the dollar against the Ugandan shilling.", nil},
		{"supporting a government is support", "Kenya supported the Ugandan government.", []string{"KEN UGAGOV 051"}},
		{"money credited is no praise", "The Kenyan central bank credited Ugandan banks with 15 billion shillings.", nil},
		{"credit for an effort is praise", "Kenya credited Uganda with the peace.", []string{"KEN UGA 051"}},
		{"calling someone a thing is a verdict", "The Kenyan president called Ugandan President Yoweri Museveni a decent man.", nil},
		{"calling relations strained is a verdict", "The Kenyan minister called Kenya/Uganda relations very strained.", nil},
		{"a bare call is a telephone call", "The Kenyan president called Ugandan President Yoweri Museveni on Tuesday.",
			[]string{"KENGOV UGAGOV 041"}},
		{"a promise to no one named", "The Kenyan governor has promised each victim a payout.", nil},
		{"a promise to a party", "Kenya promised Uganda a payout.", []string{"KEN UGA 030"}},
		{"help given to no one named", "The Kenyan central bank provided assistance worth 350 mln shillings.", nil},
		{"a post left among colleagues", "The Kenyan finance minister quit as the president's top aide.", nil},
		{"a minister sacked by the president", "Kenyan President Uhuru Kenyatta sacked the foreign minister.", nil},
		{"a firm's seat after Ltd of is no state but the firm's country", "The Kenyan ministry signed an agreement with Wright Engineers Ltd of Uganda.",
			[]string{"KENGOV UGABUS 057", "UGABUS KENGOV 057"}},
		{"a place inside a firm's name is no state", "The Kenyan ministry signed an agreement with Okamoto Uganda Inc.", nil},
		{"a state named alone after a firm keeps its code", "The Kenyan ministry signed an agreement with Uganda.", []string{"KENGOV UGA 057", "UGA KENGOV 057"}},
		{"a call on the object is no appeal", "The Kenyan minister called the Ugandan attacks on two villages an escalation.", nil},
		{"calling on a party is an appeal", "Kenya called on Uganda to hold elections.", []string{"KEN UGA 020"}},
		{"joined by another in criticising: both criticise", "Kenya was joined by Tanzania in criticising Uganda.",
			[]string{"KEN UGA 111", "TZA UGA 111"}},
		{"joined by another in voting: no one joined", "Kenya and Uganda were joined by Tanzania in casting negative votes.", nil},
		{"a resolution's makers urge", "The Kenyan parliament approved resolutions urging the Ugandan government to withdraw its troops.",
			[]string{"KENLEG UGAGOV 0256"}},
		{"a bill's makers urge", "Kenyan lawmakers passed a bill urging the Ugandan government to withdraw its troops.",
			[]string{"KENLEG UGAGOV 0256"}},
		{"a motion naming no party addressed urges no one", "The Kenyan parliament approved a motion calling for trade sanctions against Uganda.", nil},
		{"the receiver of an order does not urge", "Kenya received a Ugandan court order urging the Tanzanian government to withdraw its troops.",
			[]string{"KEN UGAJUD 043", "UGAJUD TZAGOV 0256"}},
		{"calling for a party to act is an appeal", "Kenya called for Uganda immediately to end the blockade.", []string{"KEN UGA 020"}},
		{"exports to a country are a trade figure", "Kenyan exports to Uganda exceeded 550 mln dlrs in 1986.", nil},
		{"a country exporting to another is a trade figure", "Kenya exported 159,000 tonnes of sugar to Uganda in 1986.", nil},
		{"imports from a country are a trade figure", "Kenya imports all its soybeans from Uganda.", nil},
		{"Union opening a firm's name is no labour union", "Kenya demanded compensation from Union Carbide.", []string{"KEN --- 1031"}},
		{"a union named with of stays a union", "The Kenyan government met the General Union of Workers.", []string{"KENGOV KENLAB 043", "KENLAB KENGOV 043"}},
		{"a union ending its name stays a union", "The Kenyan government met the Teamsters Union.", []string{"KENGOV KENLAB 043", "KENLAB KENGOV 043"}},
		{"a country inside a firm's name opening the sentence", "Trust Kenya Service Corp said it signed an agreement with Uganda.", nil},
		{"a state's firm after a hyphenated word keeps its country", "State-owned Kenya Power Corp signed an agreement with Uganda.",
			[]string{"KEN UGA 057", "UGA KEN 057"}},
		{"the maker of arms named in a hyphen does not act", "Kenya warned Uganda against using the Chinese-made missiles.", []string{"KEN UGA 130"}},
		{"a flag named in a hyphen stands for its country", "Uganda attacked a Kenyan-flagged tanker.", []string{"UGA KEN 190"}},
		{"an agreement to export is still an agreement", "Kenya agreed to export sugar to Uganda.", []string{"KEN UGA 0311"}},
		{"a debtor's banks are not its own", "Kenya opened talks with the banks on rescheduling its debt.", nil},
		{"banks rescheduling a state's debt take no country", "The banks agreed to reschedule Kenya's debt.", nil},
		{"a country's banks with no debt named keep its country", "The Kenyan central bank asked banks to raise their capital.",
			[]string{"KENGOV KENBUS 020"}},
		{"debtors agreeing with banks do not agree with each other", "Kenya, Uganda and Tanzania struck agreements with commercial banks on their debt.", nil},
		{"parties agreeing with each other still do", "Kenya, Uganda and Tanzania struck agreements with each other.",
			[]string{"KEN UGA 057", "TZA KEN 057", "UGA TZA 057"}},
		{"the purpose of a meeting ahead is part of it", "Representatives from Kenya, Uganda and Tanzania will meet here Friday to discuss coffee prices.",
			[]string{"KENGOV UGA 036", "TZA KENGOV 036", "UGA TZA 036"}},
		{"talks dated ahead are intended", "Kenya's talks with Uganda later this month will cover trade.", []string{"KEN UGA 036", "UGA KEN 036"}},
		{"a visit dated ahead is intended", "Kenya's president, during a visit to Uganda next week, will demand compensation.",
			[]string{"KENGOV --- 1031", "KENGOV UGA 036"}},
		// The visit is his own and lies ahead: 036 (round 38, "his" owning a visit).
		{"a later date after another noun does not date the talks", "Kenya's president left Nairobi after talks with Uganda ahead of his visit to Tanzania next week.",
			[]string{"KENGOV TZA 036", "KENGOV UGA 043", "UGA KENGOV 043"}},
		{"a catenative under would is no purpose", "Kenyan officials would continue to support Uganda.", []string{"KENGOV UGA 051"}},
		// Round 20: visits to capitals, agreements between parties, makers named by adjectives.
		{"arriving in a capital visits its government", "Kenya's foreign minister arrived in Tokyo on Monday.", []string{"KENGOV JPNGOV 042"}},
		{"a trip to a capital for talks visits its government", "Kenya's foreign minister flew to Tokyo on Monday for talks.", []string{"KENGOV JPNGOV 042"}},
		{"a trip to a capital in the present dated ahead is intended", "Kenya's foreign minister flies to Tokyo this weekend for talks.", []string{"KENGOV JPNGOV 036"}},
		{"meeting in a capital only says where", "Kenyan and Ugandan officials met in Tokyo on Monday.", []string{"KEN UGAGOV 044", "UGAGOV KEN 044"}},
		{"a trip to a body's meeting in a capital does not visit the state", "Kenya's foreign minister flew to Washington for a meeting of the International Monetary Fund.",
			[]string{"KENGOV IGOBUSIMF 042"}},
		{"arriving here visits the dateline's government", "TOKYO, Oct 12 - Kenya's foreign minister arrived here on Monday for talks.",
			[]string{"KENGOV JPNGOV 042"}},
		{"arriving here tomorrow for talks is intended by the traveller alone", "TOKYO, Oct 12 - Kenyan negotiators arrive here tomorrow for talks.",
			[]string{"KENGOV JPNGOV 036"}},
		{"an official's own capital is no visit", "The Kenyan foreign minister arrived in Nairobi on Monday.", nil},
		{"an agreement between two parties", "The agreement between Kenya and Uganda covers fishing.", []string{"KEN UGA 057", "UGA KEN 057"}},
		{"an agreement signed between two parties", "Under the agreement signed between Kenya and Uganda, fish will be exported.",
			[]string{"KEN UGA 057", "UGA KEN 057"}},
		{"memoranda of understanding between two parties", "Egypt denounced the memoranda of understanding between Kenya and Uganda.",
			[]string{"EGY KEN 111", "EGY UGA 111", "KEN UGA 057", "UGA KEN 057"}},
		{"an agreement sought is no agreement", "Kenya will seek a memorandum of understanding between Uganda and Tanzania.", nil},
		{"a letter of intent signed by two parties", "Kenya and Uganda signed a letter of intent to build a road.", []string{"KEN UGA 057", "UGA KEN 057"}},
		{"a nationality adjective makes the aid", "West German aid to Kenya will rise next year.", []string{"DEU KEN 070"}},
		{"a nationality adjective after other modifiers imposes the tariffs", "Kenya tried to head off new high Ugandan tariffs on Kenyan goods.", []string{"UGA KEN 163"}},
		{"sanctions only weighed have no maker", "The report weighed more possible Tanzanian sanctions against Rwanda.", nil},
		{"a market's demand is no state's", "Heller wanted stronger Kenyan demand for Ugandan goods.", nil},
		// Round 21: a compound subject with a partnerless pattern, scene-setting clauses, "the country".
		{"regression: talks with no partner pair the subject's members", "Japan and the United States kick off trade talks on Canadian wheat.",
			[]string{"JPN USA 046", "USA JPN 046"}},
		{"regression: no partner across amid", "Japan and the United States kick off trade talks amid signs officials are irritated.",
			[]string{"JPN USA 046", "USA JPN 046"}},
		{"no partner across despite", "Kenya began talks despite protests by Uganda.", nil},
		{"a partner after with still counts", "Kenya and Uganda opened talks with Tanzania.",
			[]string{"KEN TZA 046", "TZA KEN 046", "TZA UGA 046", "UGA TZA 046"}},
		{"the body whose meetings are attended", "Kenya and Uganda attended meetings of the International Monetary Fund.",
			[]string{"KEN IGOBUSIMF 040", "UGA IGOBUSIMF 040"}},
		{"the country refers back", "Kenya's economy is weak. The United States urged the country to cut spending.", []string{"USA KEN 020"}},
		{"the country's banks are not the country", "Kenya's economy is weak. The United States urged the country's banks to lend.", []string{"USA KENBUS 020"}},
		{"criticism reported with said", "France said Canada's decision was unjustified.", []string{"FRA CAN 111"}},
		{"criticism reported with said, after an adverb and an article", "France said that the Canadian ban was a totally unjustified measure.", []string{"FRA CAN 111"}},
		{"a report with no verdict is no criticism", "France said Canada's decision was useful.", nil},
		{"a verdict on the speaker's own act is no criticism", "France said France's decision was unjustified.", nil},
		{"glad of a defeat is no praise", "Iraq hailed the failure of Iran's offensive.", nil},
		{"praise of an act is praise of its actor", "Iraq hailed Iran's decision.", []string{"IRQ IRN 051"}},
		// Round 22: agreements with firms and named officials.
		{"a firm named through its nationality signs", "Kenya and the U.S. Panhandle-Trunkline <PEL.N> group signed a 20-year accord.",
			[]string{"KEN USABUS 057", "USABUS KEN 057"}},
		{"a state-owned firm named through its nationality signs", "French state-owned metals group Pechiney signed an agreement with Kenya.",
			[]string{"FRAGOV KEN 057", "KEN FRAGOV 057"}},
		{"a firm's seat after its suffix", "Kenya signed an agreement with <Southern Cross Ltd> of Colorado.",
			[]string{"KEN USABUS 057", "USABUS KEN 057"}},
		{"an agreement to borrow is signed with the lender after the sum", "Kenya signed an agreement to borrow up to 150 billion yen in an untied yen loan from Japan.",
			[]string{"JPN KEN 057", "KEN JPN 057"}},
		{"an agreement to buy is signed with the seller", "India has signed a trade protocol to buy up to 15,000 tonnes of asbestos fibre from Kenya.",
			[]string{"IND KEN 057", "KEN IND 057"}},
		// Round 80: money-market paper offered to banks is no pledge of aid
		// (0331), as the fourth hand-judged sample found; the sum's window
		// still codes no agreement with Uganda.
		{"a long sum after another verb keeps the short window", "Kenya offers a total of 1.9 billion shillings in 30, 91 and 180-day paper to banks in Uganda each week.",
			nil},
		{"a passive deal signed by two titled people", "The agreement was signed by Kenya's Minister of Energy John Kamau and Ugandan Energy Minister Peter Okello.",
			[]string{"KENGOV UGAGOV 057", "UGAGOV KENGOV 057"}},
		{"a passive deal signed by a minister and a country list", "The accord was reached by Kenya's Finance Minister John Kamau and the Finance Ministers of Uganda, Tanzania and Rwanda.",
			[]string{"KENGOV UGA 057", "RWA KENGOV 057", "TZA RWA 057", "UGA TZA 057"}},
		{"support by two parties is no deal between them", "The proposal was supported by the Kenyan government and a cross-section of Ugandan lawmakers.", nil},
		{"a firm's short name learnt in apposition signs", "Kenya and the Canadian company, Petrocanada International Assistance Corporation (PCIAC), agreed on a project. The agreement was signed by Kenya's Minister of Energy John Kamau and PCIAC chairman Peter Towe.",
			[]string{"CANBUS KEN 057", "CANBUS KENGOV 057", "KEN CANBUS 057", "KENGOV CANBUS 057"}}, // "agreed on a project" is the deal too (round 65)
		{"creditors agreeing to reschedule make the deal", "The Paris Club agreed to reschedule Zambia's debt.", []string{"IGOBUSPRC ZMB 057"}},
		{"an agreed rescheduling named by a noun", "The Paris Club agreed to a major rescheduling of Zambia's debts.", []string{"IGOBUSPRC ZMB 057"}},
		{"a rescheduling ahead stays a pledge", "The Paris Club will reschedule Zambia's debt.", []string{"IGOBUSPRC ZMB 0331"}},
		{"other agreements to act stay intents", "Kenya agreed to help Uganda.", []string{"KEN UGA 033"}},
		{"a body named through its country talks", "Britain's Export Credits Guarantee Department is holding talks with Nigeria.",
			[]string{"GBRGOV NGA 043", "NGA GBRGOV 043"}},
		{"a party list past a dashed aside", "An agreement was signed between Kenya - the largest buyer - and Uganda.",
			[]string{"KEN UGA 057", "UGA KEN 057"}},
		{"a party list past a comma apposition", "An agreement was signed between Kenya, the largest buyer, and Uganda.",
			[]string{"KEN UGA 057", "UGA KEN 057"}},
		{"an aside with a clause ends the list", "An agreement was signed between Kenya - which buys most - and Uganda.", nil},
		{"an actor after a comma is a member, no aside", "Talks were held between Kenya, Uganda, and Tanzania.",
			[]string{"KEN UGA 043", "TZA KEN 043", "UGA TZA 043"}},
		// Round 24: the object settles the sense of a verb.
		{"protecting an industry is trade policy", "Kenya is protecting its textile industry from imports.", nil},
		{"protecting people stays protection", "Kenyan troops protected Ugandan refugees.", []string{"KENMIL UGAREF 074"}},
		{"meeting commitments meets no one", "Uganda has met its commitments to Kenya.", nil},
		{"meeting complaints meets no one", "Tokyo is striving to meet U.S. complaints about its trade practices.", nil},
		{"meeting with objections is a reception", "Kenyan President Uhuru Kenyatta said he met with strong objections from Ugandan officials to his plan.", nil},
		{"a case dismissed is rejected", "A British court dismissed Kenya's case against Uganda.", []string{"GBRJUD KEN 120"}},
		{"arguments dismissed are rejected", "A Kenyan Foreign Ministry official dismissed arguments made by senior Ugandan officials.",
			[]string{"KENGOV UGAGOV 120"}},
		{"a minister dismissed is a dismissal", "Kenya dismissed Ugandan Foreign Minister Peter Okello.", []string{"KEN UGAGOV 0831"}},
		{"barriers eliminated kill no one", "Kenya and Uganda agreed to eliminate barriers to the movement of people.", nil},
		{"an acquisition approved is a permission", "Kenya's central bank approved the acquisition of a Ugandan bank.", nil},
		{"heading for a majority is no trip", "The ruling party of Kenya was heading for a big majority in Parliament.", nil},
		{"heading delegations is leading them", "Kenyan Foreign Minister Peter Okello and Ugandan Trade Minister John Kamau are heading their respective delegations to the joint commission.", nil},
		{"heading for a country is a trip", "Kenyan President Uhuru Kenyatta headed for Uganda on Monday.", []string{"KENGOV UGA 042"}},
		{"market demand is no demand", "The loan will help Kenya meet domestic demand and the export demand of Uganda.", nil},
		{"farmers demanding stay a demand", "Kenyan farmers demanded that the government resign.", []string{"KENAGR KENGOV 1041"}},
		{"a currency after a country's name is bought, not backed", "The Bank of Kenya intervened on the market to buy dollars and sell yen to support the U.S. Currency, dealers said.", nil},
	}
	checkCodings(t, p, tests)
}

// TestActsNotDone checks that the acts a party was asked to carry out,
// and the acts a speaker denies, are coded but not counted, while the
// appeal or the denial itself counts.
func TestActsNotDone(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"the act a party was urged to do", "Kenyan President Uhuru Kenyatta called on educators to stress basic skills and urged them to help students adapt.", nil},
		{"the act a passive party was asked to do", "Officials of Uganda have been asked to contribute data to the OECD.", nil},
		{"the act an agency was instructed to do", "The Kenyan government's Economic Planning Agency was instructed to work closer with Uganda.", nil},
		{"an act down a chain of infinitives after an appeal", "The Kenyan Senate called for President Kenyatta immediately to force Uganda to live up to a pledge to stop dumping its goods and open its markets to Kenyan firms.",
			[]string{"KENLEG KENGOV 020"}},
		{"a finite verb after an appeal is done", "Kenya pressed Uganda to end the dispute and was talking with Tanzania.",
			[]string{"KEN TZA 040", "KEN UGA 107", "TZA KEN 040"}},
		{"an act denied", "Kenya denied reports that Uganda had attacked its troops.", []string{"KEN UGA 016"}},
		{"an act denied in press reports", "A Kenyan official denied local press reports that the central bank had asked Ugandan banks to sell dollars.", nil},
		{"an act reported", "Kenya said that Uganda had attacked its troops.", []string{"UGA UGAMIL 190"}},
		{"no objections raised", "Spain and Portugal raised no objections to a common EU stance.", nil},
		{"no appeal made", "Kenya had made no appeal for bridging loans from Uganda.", nil},
		{"an appeal made", "Kenya had made an appeal for bridging loans from Uganda.", []string{"KEN UGA 020"}},
		{"the content of a request", "Kenyan farmers renewed their request that the Kenyan government offer subsidized wheat to Uganda.", nil},
		{"the content of a proposal made to someone", "Kenyatta proposed to Museveni that Uganda sign a new border agreement with Tanzania.", nil},
		{"the content of a demand", "Some U.S. senators demanded that Kenya comply with the treaty.", []string{"USALEG KEN 100"}}, // round 68: bare "senators" in a story about Kenya are no longer Kenya's own, acting on Kenya
		// The support endorses the recommendations' maker (praised_things.go); the allowing is not done.
		{"the infinitive after a recommendation", "Kenya supports recommendations by Uganda to allow Tanzania to resume exports.", []string{"KEN UGA 051"}},
		{"an act awaited until a condition", "Kenya will not negotiate with Uganda until Tanzania recognises Ugandan rights.", nil},
		{"an act as soon as a condition is met", "Kenya said it would release the funds as soon as Uganda reached an agreement with the IMF.", nil},
		{"a meeting when a possible act is tried", "Kenya may try to ease the dispute when its ministers meet Ugandan officials in April.", nil},
		{"a past act in a time clause stays", "Kenya signed the deal once Uganda had agreed to it.", []string{"KEN UGA 057", "UGA KEN 057"}},
		{"an act declined is a rejection, not a meeting", "Kenya declined to attend the meeting with Uganda.", []string{"KEN UGA 120"}},
	}
	for _, tt := range tests {
		r, err := p.Code(context.Background(), annals.Article{ID: tt.name, Date: "2021-10-13", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		counted := *r
		counted.Events = nil
		for _, e := range r.Events {
			if eval.Counted(&e) {
				counted.Events = append(counted.Events, e)
			}
		}
		if got := codings(&counted); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q counts %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestPronounEvidence checks that an event whose actor is a resolved
// pronoun names the antecedent and its sentence in the evidence notes.
func TestPronounEvidence(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Code(context.Background(), annals.Article{ID: "n", Date: "2021-10-13",
		Text: "Kenya held elections on Monday. It also accused Tanzania of arming rebels."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(r.Events))
	}
	e := r.Events[0]
	if e.Source.Text != "It" || e.Source.Code != "KEN" || e.Source.Via != "coref" {
		t.Errorf("source = %+v, want the pronoun coded KEN via coref", *e.Source)
	}
	if !slices.Contains(e.Evidence.Notes, "it = Kenya (sentence 0)") {
		t.Errorf("notes = %q, want the antecedent named", e.Evidence.Notes)
	}
}

// TestUncounted checks that conditional and merely possible acts are coded
// but flagged, so that the scores (eval.Counted) leave them out, while a
// threat, conditional by nature, still counts.
func TestUncounted(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		counted    bool
	}{
		{"a leading condition", "Kenya said if it wins the vote, it will seek the advice of Uganda.", false},
		{"a trailing condition", "Kenya will meet Uganda if talks resume.", false},
		{"a modal before a semi-modal", "Kenya might have to go to Uganda.", false},
		{"an obligation", "Kenya needs to work with Uganda.", false},
		{"a conditional threat", "Kenya warned Uganda of retaliation if Uganda attacks.", true},
		{"refusing to act", "Kenya is refusing to open its markets to Uganda.", false},
		{"failing to act", "Kenya and Uganda failed to reach agreement.", false},
		{"a plain act", "Kenya met Uganda.", true},
	}
	for _, tt := range tests {
		r, err := p.Code(context.Background(), annals.Article{ID: tt.name, Date: "2021-10-13", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Events) == 0 {
			t.Errorf("%s: %q codes nothing, want a flagged event", tt.name, tt.text)
			continue
		}
		for _, e := range r.Events {
			if got := eval.Counted(&e); got != tt.counted {
				t.Errorf("%s: %q event %s counted %v (mode %q), want %v", tt.name, tt.text, e.Code, got, e.Mode, tt.counted)
			}
		}
	}
}
