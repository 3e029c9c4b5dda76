package quote_test

import (
	"context"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/quote"
)

// want is the part of a Found a table row checks; empty strings are checked
// too, so a row says "no cue" by leaving Cue empty.
type want struct {
	text, kind, cue, speaker, name string
}

func TestFind(t *testing.T) {
	tests := []findRow{
		{"straight postposed", `"We will win," Smith said.`,
			[]want{{"We will win", "direct", "said", "Smith", "Smith"}}},
		{"curly inverted", `“We will win,” said Foreign Minister Jane Smith.`,
			[]want{{"We will win", "direct", "said", "Foreign Minister Jane Smith", "Jane Smith"}}},
		{"preposed comma", `Jane Smith said, “We will win.”`,
			[]want{{"We will win.", "direct", "said", "Jane Smith", "Jane Smith"}}},
		{"preposed colon statement", `The ministry said in a statement: "Talks will resume on Monday."`,
			[]want{{"Talks will resume on Monday.", "direct", "said", "The ministry", ""}}},
		{"appositive role after name", `"No deal is possible," Smith, the minister, said.`,
			[]want{{"No deal is possible", "direct", "said", "Smith", "Smith"}}},
		// Issue 4, round 19: a firm's name joined by "and" stays whole; an
		// object pronoun of "quoted … as saying" speaks; a past
		// participle's phrase between subject and verb is skipped; wire
		// copy's capitalised cue after "N.A.," counts; he or she opening
		// the sentence after an unnamed source is that source; a lone
		// "one" speaks with no group named before.
		// Issue 4, round 21: a wire's bracketed firm is a subject; a body
		// noun with adjectives resolves to the body of its kind; a
		// title's "of" chain ending in a name makes it the subject; a
		// party or office epithet is the person just named; a document
		// is its issuer's; a he or she keeps to a person over paragraphs
		// that go on with the pronoun; an indefinite doer's noun after an
		// inverted cue speaks; paired initials end no sentence; "X said
		// it" makes X a body; a firm's name runs on over a bracketed
		// place before its "AG" or "Ltd".
		// Issue 4, round 22: a role and the body it serves after a
		// name, with or without the closing comma, leave the name the
		// speaker; a firm's name holding "and" or a bracketed place runs
		// on over its role to the person after an inverted cue; a dotted
		// abbreviation before a role ends no sentence; "But" opens no
		// name; a source placed "close to" a body speaks as the source.
		{"role to body, closing comma left out", `"Prices are firm," Mark Dale, paper analyst for Hillcrest Securities said.`,
			[]want{{"Prices are firm", "direct", "said", "Mark Dale", "Mark Dale"}}},
		{"coordinated roles to body in commas", `"Prices are firm," Mark Dale, chairman and chief executive of Hillcrest Mills, said.`,
			[]want{{"Prices are firm", "direct", "said", "Mark Dale", "Mark Dale"}}},
		{"firm with and before role and name", `"Demand is strong," said Pell and Co analyst Nora Vance.`,
			[]want{{"Demand is strong", "direct", "said", "Nora Vance", "Nora Vance"}}},
		{"firm with bracketed place before role and name", `"Demand is strong," said Pell Securities (Japan) associate director Nora Vance.`,
			[]want{{"Demand is strong", "direct", "said", "Nora Vance", "Nora Vance"}}},
		{"dotted abbreviation before role", `"Talks will resume," said one U.S. official.`,
			[]want{{"Talks will resume", "direct", "said", "one U.S. official", ""}}},
		{"But before an appositive name", "Sales rose.  But Walter Hale, vice president of Kent Motors, told Reuters he saw no rise. \"Europe is a small market.\"",
			[]want{{"Europe is a small market.", "direct", "", "Walter Hale", "Walter Hale"}}},
		{"source close to a body", `"There is an agreement," a source close to the delegation said.`,
			[]want{{"There is an agreement", "direct", "said", "a source", ""}}},
		// Issue 4, round 23: a he or she after a quotation closed by an
		// unnamed role's attribution is that role; an "it" after a
		// body's closing attribution is the body; a role brought in
		// unnamed is the person the next sentence names for it; "with"
		// ties a role to its body; an aide speaks for himself, not the
		// one he serves; a cue word between a name and a quotation that
		// opens with its verb is a noun; a letter is its writer's, not
		// its addressee's.
		{"he after a role's closing attribution", "\"Supplies are tight,\" the official said.\n\nHowever, wheat is \"a very different matter,\" he said.",
			[]want{{"Supplies are tight", "direct", "said", "the official", ""}, {"a very different matter", "partial", "said", "he", "the official"}}},
		{"it after a body's closing attribution", "Prices will fall, the EC's Farm Commission said in a report.\n\nIn its sharpest warning yet, it said \"The surplus can no longer be stored.\"",
			[]want{{"The surplus can no longer be stored.", "direct", "said", "it", "Farm Commission"}}},
		{"role named in the next sentence", "An outside consultant told the panel the plan \"looks sound in every respect.\"\n\nThe consultant, Harvard professor of law Paul Brandt, said the costs were low.",
			[]want{{"looks sound in every respect.", "partial", "told", "consultant", "Paul Brandt"}}},
		{"role with its body", `"Sales look weak," an official with the farm group said.`,
			[]want{{"Sales look weak", "direct", "said", "an official with the farm group", ""}}},
		{"aide to a minister", `"The plan will not pass," an aide to Finance Minister Carl Olsen said.`,
			[]want{{"The plan will not pass", "direct", "said", "an aide", ""}}},
		{"aide with a relative clause, cue noun after a name", `An aide to Senator Ruth Ames, who opposes the bill, said that the Kline comments "are consistent with her long record."`,
			[]want{{"are consistent with her long record.", "partial", "said", "An aide", ""}}},
		{"letter to an addressee", "In a letter to Trade Secretary Ann Marsh, the Grain Council stated its views.\n\n\"We urge a quick decision,\" the letter said.",
			[]want{{"We urge a quick decision", "direct", "said", "the letter", "Grain Council"}}},
		{"bracketed firm then the company", "<Mapleridge Foods Ltd> said it had received two offers.\n\nThe company said \"talks are going on.\"",
			[]want{{"talks are going on.", "partial", "said", "The company", "Mapleridge Foods Ltd"}}},
		{"ticker bracket is no firm subject", "Acme Holdings <ACH.T> said it would sell its unit.\n\n\"Prices are weak,\" he said.",
			[]want{{"Prices are weak", "direct", "said", "he", ""}}},
		{"body noun with an adjective", "The Steel Producers Association asked Congress for quotas.\n\n\"Imports hurt us,\" the trade group said.",
			[]want{{"Imports hurt us", "direct", "said", "the trade group", "Steel Producers Association"}}},
		{"title chain subject", "Assistant Secretary of State for Trade Affairs Carla Denby told reporters the talks went well.\n\n\"We made progress,\" she said.",
			[]want{{"We made progress", "direct", "said", "she", "Carla Denby"}}},
		{"title chain subject of a partial quote", "Deputy Assistant Secretary of State for Inter-American Affairs Paul Taylor acknowledged that the plan \"has not yet succeeded as well as we hoped.\"",
			[]want{{"has not yet succeeded as well as we hoped.", "partial", "acknowledged", "Deputy Assistant Secretary of State for Inter-American Affairs Paul Taylor", "Paul Taylor"}}},
		{"party epithet", "Senate leader Walter Hobbs said the bill would pass.\n\n\"We have the votes,\" the Ohio Democrat said.",
			[]want{{"We have the votes", "direct", "said", "the Ohio Democrat", "Walter Hobbs"}}},
		{"epithet after an unnamed one stays unnamed", "A Chrysler executive said sales rose.\n\nMary Lane said costs fell.\n\n\"We are pleased,\" the executive said.",
			[]want{{"We are pleased", "direct", "said", "the executive", ""}}},
		{"document's issuer", "Halvorsen Corp said in a statement that profits fell.\n\n\"We expect a recovery,\" the statement said.",
			[]want{{"We expect a recovery", "direct", "said", "the statement", "Halvorsen Corp"}}},
		{"document named with its issuer", "A Finance Ministry statement said prices rose.\n\n\"The gap is closing,\" the statement said.",
			[]want{{"The gap is closing", "direct", "said", "the statement", "Finance Ministry"}}},
		{"pronoun kept over paragraphs", "Bank chairman Peter Holm said profits rose.\n\nHe told reporters that costs fell.\n\nThe plan was finished, he noted.\n\n\"We will buy more,\" he said.",
			[]want{{"We will buy more", "direct", "said", "he", "Peter Holm"}}},
		{"pronoun chain broken by an unnamed person", "Bank chairman Peter Holm said profits rose.\n\nHe told reporters that costs fell.\n\nOne analyst said the plan was weak.\n\n\"We will buy more,\" he said.",
			[]want{{"We will buy more", "direct", "said", "he", "One analyst"}}},
		{"indefinite doer after an inverted cue", "Dealers said prices were firm. \"It was a rash bid,\" said one competitor.",
			[]want{{"It was a rash bid", "direct", "said", "one competitor", ""}}},
		{"paired initials before a surname", "\"Prices have turned,\" R.T. Moss, president of Delta Oil Co, told the meeting.",
			[]want{{"Prices have turned", "direct", "told", "R.T. Moss", "R.T. Moss"}}},
		{"firm's name over its bracketed place", "Jon Berg of Alpenbank (Switzerland) AG said: \"Gold looks cheap.\"",
			[]want{{"Gold looks cheap.", "direct", "said", "Jon Berg of Alpenbank (Switzerland) AG", "Jon Berg"}}},
		{"said it marks a body", "Brightwater said it would close two plants.\n\n\"Demand has fallen,\" it said.",
			[]want{{"Demand has fallen", "direct", "said", "it", "Brightwater"}}},
		// Issue 4, round 20: a he or she opening the paragraph after a
		// one-sentence paragraph whose subject is an unnamed role is that
		// role, whatever body qualifies it, or the role's holder when the
		// article named one; a place or firm between a determiner and a
		// role noun is no person; a cue-less quote paragraph after a
		// paragraph reporting a he's words is his.
		{"he after a role paragraph, body in the role", "A Savings Department spokesman refused to comment, saying rates had fallen.\n\n\"We are not politically motivated,\" he told Reuters.",
			[]want{{"We are not politically motivated", "direct", "told", "he", "A Savings Department spokesman"}}},
		{"he after a definite role resolves to its holder", "\"We are ready,\" Prime Minister Brian Mulroney said.\n\nThe prime minister urged his audience to help Canada.\n\n\"The campaign goes on,\" he said.",
			[]want{{"We are ready", "direct", "said", "Prime Minister Brian Mulroney", "Brian Mulroney"}, {"The campaign goes on", "direct", "said", "he", "Brian Mulroney"}}},
		// Round 36: the role is the latest person brought in, so the he
		// after a sentence of background is that role (was unresolved).
		{"he after a role paragraph of two sentences is the role", "Rates fell. A bank spokesman refused to comment.\n\nMarkets were calm on Friday. \"We wait,\" he said.",
			[]want{{"We wait", "direct", "said", "he", "A bank spokesman"}}},
		{"place inside a role phrase is no he", "A Hong Kong trader estimated stocks at three mln. \"They are falling,\" he said.\n\n\"China has options,\" he said.",
			[]want{{"They are falling", "direct", "said", "he", "A Hong Kong trader"}, {"China has options", "direct", "said", "he", "A Hong Kong trader"}}}, // the second he goes on with the role (round 40; it was left empty before)
		{"cue-less paragraph after a he's reported words", "\"Oil will rise,\" Mario Balletto said.\n\nSince 1983, he said, world stocks have increased.\n\n\"U.S. stocks increased 12 mln tonnes.\"",
			[]want{{"Oil will rise", "direct", "said", "Mario Balletto", "Mario Balletto"}, {"U.S. stocks increased 12 mln tonnes.", "direct", "", "he", "Mario Balletto"}}},
		{"cue-less paragraph after they reported is no he", "\"Oil will rise,\" Mario Balletto said.\n\nSince 1983, they said, world stocks have increased.\n\n\"U.S. stocks increased 12 mln tonnes.\"",
			[]want{{"Oil will rise", "direct", "said", "Mario Balletto", "Mario Balletto"}, {"U.S. stocks increased 12 mln tonnes.", "direct", "", "", ""}}},
		{"firm with single letters", `"Brazil's moratorium hurt banks," S and P said.`,
			[]want{{"Brazil's moratorium hurt banks", "direct", "said", "S and P", "S and P"}}},
		{"firm with a possessive half", `"The price seems hard to justify," Standard and Poor's said.`,
			[]want{{"The price seems hard to justify", "direct", "said", "Standard and Poor's", "Standard and Poor's"}}},
		{"two people joined by and stay apart", `"We agree," Reagan and Gorbachev said.`,
			[]want{{"We agree", "direct", "said", "Gorbachev", "Gorbachev"}}},
		{"quoted them as saying", `Baker and Volcker acknowledged risks. "Things could turn very sour," a source quoted them as saying.`,
			[]want{{"Things could turn very sour", "direct", "quoted them as saying", "them", "Baker and Volcker"}}},
		{"participle phrase before the verb", `"Rates will fall," the circular, released on Monday, said.`,
			[]want{{"Rates will fall", "direct", "said", "the circular", ""}}},
		{"participle phrase with an agent", `"Children were poor," the study, conducted by Doctors Michael Hershfield and Rebecca Buckley, said.`,
			[]want{{"Children were poor", "direct", "said", "the study", ""}}},
		{"capitalised cue after a dotted abbreviation", `"Tokyo needs a better environment," Robert Binney, senior vice-president of Chase Manhattan Bank N.A., Told a group of members of parliament.`,
			[]want{{"Tokyo needs a better environment", "direct", "Told", "Robert Binney", "Robert Binney"}}},
		{"capitalised cue without an abbreviation is none", `"Tokyo needs a better environment," Robert Binney Said.`,
			[]want{{"Tokyo needs a better environment", "direct", "", "", ""}}},
		{"he after an unnamed source", "A Reagan administration official said the agreement calmed markets.\n\nBut he said in an interview, \"Stability is what has happened since Paris.\"",
			[]want{{"Stability is what has happened since Paris.", "direct", "said", "he", "A Reagan administration official"}}},
		{"she after an unnamed source, quote first", `A Cyclops spokeswoman said the company could not comment. "We have nothing in hand," she said.`,
			[]want{{"We have nothing in hand", "direct", "said", "she", "A Cyclops spokeswoman"}}},
		{"lone one with no group", `The loan is 98.5 pct committed. "Outsiders should not think they are saved," one warned.`,
			[]want{{"Outsiders should not think they are saved", "direct", "warned", "one", ""}}},
		// Issue 4, round 18: a passive "was quoted as saying" takes its
		// subject; an unnamed person or document closing the paragraph
		// before carries on to a cue-less quote paragraph; wire copy's
		// "arbitrager" and "salesman" are roles, "cautioned" a cue.
		{"passive quoted as saying", `"Everybody wants an open policy," Baldrige was quoted as saying.`,
			[]want{{"Everybody wants an open policy", "direct", "was quoted as saying", "Baldrige", "Baldrige"}}},
		{"passive quoted with an appositive", `"We must talk," Mario Amato, president of the federation, was quoted as saying.`,
			[]want{{"We must talk", "direct", "was quoted as saying", "Mario Amato", "Mario Amato"}}},
		{"unnamed official carries on to the next paragraph", "There remain obstacles to a subsidy, the State Department official said.\n\n\"Everyone in the government agrees.\"",
			[]want{{"Everyone in the government agrees.", "direct", "", "the State Department official", ""}}},
		{"a plural group does not carry on", "Obstacles remain, the officials said.\n\n\"Everyone in the government agrees.\"",
			[]want{{"Everyone in the government agrees.", "direct", "", "", ""}}},
		{"one arbitrager", `"There are too many uncertainties," said one arbitrager.`,
			[]want{{"There are too many uncertainties", "direct", "said", "one arbitrager", ""}}},
		{"cautioned is a cue", `"Production may slow," cautioned Joe Plocek of McCarthy, Crisanti and Maffei Inc.`,
			[]want{{"Production may slow", "direct", "cautioned", "Joe Plocek", "Joe Plocek"}}},
		// Issue 4, round 16: he is never a place; a role noun set after the
		// cue runs to its holder's name; a quote paragraph carries on the
		// named speaker of the paragraph before.
		{"he never stands for a place", "Trading in Hong Kong slowed.\n\nMills in Hong Kong are old. \"Prices will fall,\" he said.",
			[]want{{"Prices will fall", "direct", "said", "he", ""}}},
		{"role after the cue runs to the name", `"Shares will stay low," said head of equities at Jardine Fleming Securities Co, Mario Malt.`,
			[]want{{"Shares will stay low", "direct", "said", "Mario Malt", "Mario Malt"}}},
		{"a quote paragraph carries on the named speaker", "Speaking to the committee, Ana Ruiz said the country had offered proof of good faith.\n\n\"We cannot go on negotiating on that basis.\"",
			[]want{{"We cannot go on negotiating on that basis.", "direct", "", "Ana Ruiz", "Ana Ruiz"}}},
		{"initials open a name", "\"Bonds make inroads,\" said R. P. Goenka, president of the federation.\n\nGoenka said that bonds make it difficult. He said the state could \"fix a limit on the funds.\"",
			[]want{{"Bonds make inroads", "direct", "said", "R. P. Goenka", "R. P. Goenka"}, {"fix a limit on the funds.", "partial", "said", "He", "R. P. Goenka"}}},
		{"he after a one-sentence lead paragraph", "Oil Minister Hisham Nazer said prices would hold.\n\nHe told a newspaper, \"We follow a balanced policy.\"",
			[]want{{"We follow a balanced policy.", "direct", "told", "He", "Hisham Nazer"}}},
		{"this source is the role given before", "A House staff member who asked not to be identified said the law was narrow.\n\nLumber was not covered, making trees \"a tough call,\" this source said.",
			[]want{{"a tough call", "partial", "said", "this source", "House staff member"}}},
		{"one delegate is a role", `"Who wants to negotiate quotas," one leading producer delegate said.`,
			[]want{{"Who wants to negotiate quotas", "direct", "said", "one leading producer delegate", ""}}},
		{"a cue across a colon at a paragraph's end", "But asked by reporters whether the ban might be lifted, Shultz replied:\n\n\"These sanctions rest on an agreement.\"",
			[]want{{"These sanctions rest on an agreement.", "direct", "", "Shultz", "Shultz"}}},
		{"a month is no speaker", "Steve Slifer expects growth. \"They will ease,\" he said. For now, the March jobs report \"raises the odds they won't tighten.\"",
			[]want{{"They will ease", "direct", "said", "he", "Steve Slifer"}, {"raises the odds they won't tighten.", "partial", "", "he", "Steve Slifer"}}},
		{"pronoun told", "Jane Smith spoke on Monday.\n\n“I am worried,” she told reporters.",
			[]want{{"I am worried", "direct", "told", "she", "Jane Smith"}}},
		// Issue 4, round 17: a group kept whole with its firm; "The <firm>
		// economist" is the firm's economist named before; a report speaks
		// for the body named as its author, and so does "it" after it.
		{"a group kept with its firm", `"The Fed is frozen," said economists at Aubrey G. Lanston and Co Inc.`,
			[]want{{"The Fed is frozen", "direct", "said", "economists at Aubrey G. Lanston and Co Inc", "Aubrey G. Lanston and Co Inc economists"}}},
		{"a group with its firm before the cue", `"Rates will rise," analysts at Salomon Brothers said.`,
			[]want{{"Rates will rise", "direct", "said", "analysts at Salomon Brothers", "Salomon Brothers analysts"}}},
		{"the firm's economist named before", "\"Prices may fall,\" said Philip Braverman, chief economist at Irving Securities Corp.\n\nThe Irving economist noted a similar \"paroxysm of pessimism\" last year.",
			[]want{{"Prices may fall", "direct", "said", "Philip Braverman", "Philip Braverman"}, {"paroxysm of pessimism", "partial", "noted", "The Irving economist", "Philip Braverman"}}},
		// Issue 4, round 34: a document's maker named in an apposition
		// after it ("the paper, written by …, said"; "said the report,
		// published by …") is its speaker's name.
		{"a paper's writer in an apposition", "Farm options are cheap. \"Options cost less than price supports,\" the paper, prepared by Clemson University professor Kandice Kahl, said.",
			[]want{{"Options cost less than price supports", "direct", "said", "the paper", "Kandice Kahl"}}},
		{"an inverted report's publisher in an apposition", "\"Growth will slow next year,\" said the report, published by the Paris-based OECD.",
			[]want{{"Growth will slow next year", "direct", "said", "the report", "OECD"}}},
		{"a report with no apposition keeps no name", "\"Growth will slow next year,\" said the report, adding that exports would fall.",
			[]want{{"Growth will slow next year", "direct", "said", "the report", ""}}},
		// Issue 4, round 34: a firm named by its initials as words, as a
		// subject, is what a later "the rating agency" means.
		{"initials as words name a later agency", "Despite the loss, S and P cautioned that Grace is weak.\n\n\"Uncertainty abounds,\" the rating agency said.",
			[]want{{"Uncertainty abounds", "direct", "said", "the rating agency", "S and P"}}},
		{"initials as words that are no subject name no agency", "Grace was rated B by S and P.\n\n\"Uncertainty abounds,\" the rating agency said.",
			[]want{{"Uncertainty abounds", "direct", "said", "the rating agency", ""}}},
		{"a report speaks for its author", "Brazil could become a large market, according to a report by the Economist magazine's Economist Intelligence Unit.\n\nThe report stated that Brazil offered a huge market. \"A full industry may not be far away,\" it said. \"Firms will expand,\" the report said.",
			[]want{{"A full industry may not be far away", "direct", "said", "it", "Economist Intelligence Unit"}, {"Firms will expand", "direct", "said", "the report", "Economist Intelligence Unit"}}},
		{"it after a body quoted just before", "\"Brazil is in a debt crisis,\" the Intelligence Unit said.\n\n\"The reward could be huge,\" it added.",
			[]want{{"Brazil is in a debt crisis", "direct", "said", "the Intelligence Unit", "Intelligence Unit"}, {"The reward could be huge", "direct", "added", "it", "Intelligence Unit"}}},
		// Round 11: he/she stand only for people; a document speaks for
		// its issuer.
		{"he never stands for a war", `Hassan Karimi was speaking at the opening of Defence Week, a commemoration of the eight-year Iran–Iraq War, which features parades. "Foreign forces must leave the region now," he said.`,
			[]want{{"Foreign forces must leave the region now", "direct", "said", "he", "Hassan Karimi"}}},
		{"she falls back to the woman named as an object", `Police spoke with Anna Kowal as a suspect. She told officers she was innocent, but "that she had no plans to leave the country".`,
			[]want{{"that she had no plans to leave the country", "partial", "told", "She", "Anna Kowal"}}},
		{"a decision is the court's", "The Supreme Court heard the appeal.\n\nThe summary of the decision read in part: \"The advice was unlawful and of no effect.\"",
			[]want{{"The advice was unlawful and of no effect.", "direct", "read", "Supreme Court", "Supreme Court"}}},
		{"a warning issued by a body", `The orange warning issued by Met Éireann applies to six counties. Winds were forecast to reach 80 mph. "Storm Lorenzo will produce high waves", read the warning.`,
			[]want{{"Storm Lorenzo will produce high waves", "direct", "read", "Met Éireann", "Met Éireann"}}},
		{"a description is its poster's", "On June 27, Matt Rowe posted an event invitation online. Rowe says it was a joke.\n\nThe event description read, \"We will all meet at the gate.\"",
			[]want{{"We will all meet at the gate.", "direct", "read", "Matt Rowe", "Matt Rowe"}}},
		{"a possessive owns a named document", `RIAA's DMCA notice alleged the tool was made to "circumvent the protection measures used by streaming services".`,
			[]want{{"circumvent the protection measures used by streaming services", "partial", "alleged", "RIAA", "RIAA"}}},
		{"a report posted by someone is not theirs", "Matt Rowe posted a report from The Hill online.\n\nThe statement read, \"The people will decide.\"",
			[]want{{"The people will decide.", "direct", "read", "The statement", ""}}},
		{"a cue word after a possessive is a noun", `Fellow senators were more supportive in their comments: "We thank him for his work and wish him well", wrote Anna Berg on Twitter.`,
			[]want{{"We thank him for his work and wish him well", "direct", "wrote", "Anna Berg", "Anna Berg"}}},
		// Round 12: unnamed members identified by apposition or
		// copula, statements to their issuer, a described speaker
		// continuing, absolute "with" phrases, names and split openings
		// that are no speech.
		{"coordinated modifiers before an appositive name", `A second researcher, chemical and biological engineering professor Maria Lopez, said, "The data were clear."`,
			[]want{{"The data were clear.", "direct", "said", "chemical and biological engineering professor Maria Lopez", "Maria Lopez"}}},
		{"another identified by the copula", `One of the rescuers was Daniel Ortiz, a teacher. Another was nurse Helen Park, 31, who said: "We simply ran towards the noise."`,
			[]want{{"We simply ran towards the noise.", "direct", "said", "nurse Helen Park", "Helen Park"}}},
		{"a statement is the operation's issuer's", "On Monday, the Joint Task Force Operation Blue Shield released a statement on the attack.\n\nThe attack began at dawn. \"Nobody was hurt,\" read the statement.",
			[]want{{"Nobody was hurt", "direct", "read", "Joint Task Force Operation Blue Shield", "Joint Task Force Operation Blue Shield"}}},
		{"a described speaker goes on", `"The ice is thinning fast," said study co-author Lena Berg. The Bergen professor added, "We must measure it again."`,
			[]want{{"The ice is thinning fast", "direct", "said", "study co-author Lena Berg", "Lena Berg"}, {"We must measure it again.", "direct", "added", "The Bergen professor", "Lena Berg"}}},
		{"each agent of a with phrase", `Senators criticised the bill, with Ann Lee of Ohio calling it "rushed" and Tom Hart of Utah calling the plan "a reckless gamble with public money".`,
			[]want{{"rushed", "scare", "", "", ""}, {"a reckless gamble with public money", "partial", "calling", "Tom Hart of Utah", "Tom Hart"}}},
		{"the following is the subject's", `Earlier, the city council made the following announcement: "Roads will reopen tomorrow."`,
			[]want{{"Roads will reopen tomorrow.", "direct", "", "the city council", ""}}},
		{"known as names no speech", `Ortiz, also known as "the Iron Chef No. 2", opened a restaurant.`,
			[]want{{"the Iron Chef No. 2", "scare", "", "", ""}}},
		{"a split opening is no quote of its own", `"Our plan" the mayor said on Monday "will cut traffic by half."`,
			[]want{{"Our plan", "scare", "", "", ""}, {"will cut traffic by half.", "partial", "said", "the mayor", ""}}},
		{"low German marks", `„Wir schaffen das“, sagte Merkel.`,
			[]want{{"Wir schaffen das", "direct", "", "", ""}}},
		{"guillemets", `« Nous sommes prêts », a déclaré Jean Dupont.`,
			[]want{{"Nous sommes prêts", "direct", "", "", ""}}},
		{"reversed guillemets", `»Wir sind bereit«, sagte er.`,
			[]want{{"Wir sind bereit", "direct", "", "", ""}}},
		{"single curly as quotes", `‘We are ready to talk,’ the spokeswoman said.`,
			[]want{{"We are ready to talk", "direct", "said", "the spokeswoman", ""}}},
		{"straight single as quotes", `'We are ready to talk,' a senior official said.`,
			[]want{{"We are ready to talk", "direct", "said", "a senior official", ""}}},
		{"apostrophes are not quotes", `Afghanistan’s leaders don’t meet O'Brien in the '90s style.`, nil},
		{"nested single belongs to outer", `“They call it ‘a plan’ but it is not,” he said.`,
			[]want{{"They call it ‘a plan’ but it is not", "direct", "said", "he", ""}}},
		{"scare quotes", `The group's “failed” pledges and “terrorist groups” drew “collapse.”`,
			[]want{{"failed", "scare", "", "", ""}, {"terrorist groups", "scare", "", "", ""}, {"collapse.", "scare", "", "", ""}}},
		{"partial with according to", `The talks would “ease the many concerns of both sides” in the region, according to EU spokesperson Nabila Massrali.`,
			[]want{{"ease the many concerns of both sides", "partial", "according to", "EU spokesperson Nabila Massrali", "Nabila Massrali"}}},
		{"partial after verb in head", `President Andrzej Duda said the victims were "joyful girls starting out in life" on Sunday.`,
			[]want{{"joyful girls starting out in life", "partial", "said", "President Andrzej Duda", "Andrzej Duda"}}},
		{"misplaced closing mark before pronoun", `“It does not imply acceptance of the ‘interim government.’ “she stated`,
			[]want{{"It does not imply acceptance of the ‘interim government.’", "direct", "stated", "she", ""}}},
		{"misplaced closing mark before name and relative clause", `“We want balance “Muttaqi, who led the team to the talks, said this on Saturday.`,
			[]want{{"We want balance", "direct", "said", "Muttaqi", "Muttaqi"}}},
		{"role resolved to titled person", "President Jane Smith and Vice President Tom Lee met.\n\nPresident Smith left. The president said, “We will win.”",
			[]want{{"We will win.", "direct", "said", "The president", "Jane Smith"}}},
		{"role modifiers must agree", "Health Minister Jane Smith spoke.\n\nThe finance minister said, “We will win.”",
			[]want{{"We will win.", "direct", "said", "The finance minister", ""}}},
		{"role after name in apposition", "Tom Lee, the EU trade commissioner, arrived.\n\nThe commissioner said, “We will win.”",
			[]want{{"We will win.", "direct", "said", "The commissioner", "Tom Lee"}}},
		{"it resolved to organisation", "The Emergencies Ministry issued a warning. It urged drivers to “slow down on wet roads.”",
			[]want{{"slow down on wet roads.", "partial", "urged", "It", "Emergencies Ministry"}}},
		{"they needs an organisation word", "NASA launched a probe. They said, “We are thrilled.”",
			[]want{{"We are thrilled.", "direct", "said", "They", ""}}},
		{"interview label", "((WN)) Why chess?\n\n((Jane Smith)) I said “chess is life” to friends.",
			[]want{{"chess is life", "partial", "said", "I", "Jane Smith"}}},
		{"place before name", `President of the United States Donald Trump said, “We will win.”`,
			[]want{{"We will win.", "direct", "said", "President of the United States Donald Trump", "Donald Trump"}}},
		{"appositive name after role subject", `The mayor of London, Sadiq Khan, gave his condolences, adding, “We will find out.”`,
			[]want{{"We will find out.", "direct", "adding", "Sadiq Khan", "Sadiq Khan"}}},
		{"misplaced closing mark before adverbial", `“We must act swiftly “Following talks with ministers, Borrell stated.`,
			[]want{{"We must act swiftly", "direct", "stated", "Borrell", "Borrell"}}},
		{"appositive chain before cue", `At a meeting, the acting foreign minister, Amir Khan Muttaqi, declared, “We seek good relations.”`,
			[]want{{"We seek good relations.", "direct", "declared", "Amir Khan Muttaqi", "Amir Khan Muttaqi"}}},
		{"surname resolves", "UN Secretary-General Antonio Guterres spoke.\n\n“We are alarmed,” Guterres said.",
			[]want{{"We are alarmed", "direct", "said", "Guterres", "Antonio Guterres"}}},
		{"gerund takes subject", `President Donald Trump congratulated Pelosi, saying, "we will get things done together."`,
			[]want{{"we will get things done together.", "direct", "saying", "President Donald Trump", "Donald Trump"}}},
		{"quoted as saying", `The minister was quoted by Reuters as saying "the border will stay closed for now."`,
			[]want{{"the border will stay closed for now.", "partial", "quoted by Reuters as saying", "The minister", ""}}},
		{"passive told by", `He was told by Minister Yevgeny Zinichev of "up to forty people under the rubble".`,
			[]want{{"up to forty people under the rubble", "partial", "told", "Minister Yevgeny Zinichev", "Yevgeny Zinichev"}}},
		{"second quote in paragraph inherits", `"We are ready," Smith said. "The talks start today."`,
			[]want{{"We are ready", "direct", "said", "Smith", "Smith"}, {"The talks start today.", "direct", "", "Smith", "Smith"}}},
		{"quote continues into next paragraph", "Jane Smith said: “The first part.\n\n“The second part.”\n\nAfter that nothing.",
			[]want{{"The first part.\n\n“The second part.", "direct", "said", "Jane Smith", "Jane Smith"}}},
		{"unclosed quote ends with paragraph", "“The first part, he said\n\nThe second paragraph.",
			[]want{{"The first part, he said", "direct", "", "", ""}}},
		{"quote paragraph inherits previous speaker", "“We will win,” Jane Smith said.\n\n“And we will not stop.”",
			[]want{{"We will win", "direct", "said", "Jane Smith", "Jane Smith"}, {"And we will not stop.", "direct", "", "Jane Smith", "Jane Smith"}}},
		{"stray closing mark ignored", `He left.” “We are done,” she said.`,
			[]want{{"We are done", "direct", "said", "she", ""}}},
		{"court verb and organisation of", "The Court of Session ruled on Monday.\n\nThe court found the advice “was motivated by an improper purpose.”",
			[]want{{"was motivated by an improper purpose.", "partial", "found", "The court", "Court of Session"}}},
		{"document owner by possessive", `According to the ministry's statement, the talks "will resume on Monday."`,
			[]want{{"will resume on Monday.", "partial", "According to", "the ministry", ""}}},
		{"document owner after by", `"Talks will resume," according to a statement by Foreign Minister Jane Smith.`,
			[]want{{"Talks will resume", "direct", "according to", "Foreign Minister Jane Smith", "Jane Smith"}}},
		{"document issued by subject", `Facebook released a statement which read, "This judgment raises questions."`,
			[]want{{"This judgment raises questions.", "direct", "read", "Facebook", "Facebook"}}},
		{"document put it", `Traffic "ground to a halt for days," as the Supreme Court decision put it.`,
			[]want{{"ground to a halt for days", "partial", "put it", "Supreme Court", "Supreme Court"}}},
		{"name at place", `Jane Smith at Saint Francis Hospital said, "We are ready."`,
			[]want{{"We are ready.", "direct", "said", "Jane Smith at Saint Francis Hospital", "Jane Smith"}}},
		{"participle appositive skipped", `Steve Peers of the University of Essex, speaking to the BBC, said, "It is unclear."`,
			[]want{{"It is unclear.", "direct", "said", "Steve Peers of the University of Essex", "Steve Peers"}}},
		{"title in quotation marks", `The committee passed the "Health Care Reform Bill 2019" on Tuesday.`,
			[]want{{"Health Care Reform Bill 2019", "scare", "", "", ""}}},
		{"role of a body before the cue", `Wayne A. I. Frederick, president of Howard University, wrote "It is a sad day."`,
			[]want{{"It is a sad day.", "direct", "wrote", "Wayne A. I. Frederick", "Wayne A. I. Frederick"}}},
		{"role of a body without closing comma", `Erwin Chemerinsky, Dean of UC Berkeley School of Law called it "a truly silly argument."`,
			[]want{{"a truly silly argument.", "partial", "called", "Erwin Chemerinsky", "Erwin Chemerinsky"}}},
		{"hashtags inside an appositive", `AIP chairman Mark Robinson, whose bio includes #MAGA and #TRUMP2020, writes: "It is a long shot."`,
			[]want{{"It is a long shot.", "direct", "writes", "AIP chairman Mark Robinson", "Mark Robinson"}}},
		{"one of a group is no name", `One of the users said "this is yet another example of why we need git."`,
			[]want{{"this is yet another example of why we need git.", "partial", "said", "One of the users", ""}}},
		{"pronoun agrees in gender", "Joe Biden spoke. Michelle Obama backed him.\n\n\"We will win,\" he said.",
			[]want{{"We will win", "direct", "said", "he", "Joe Biden"}}},
		{"object of a verb is no antecedent", "Joe Biden gave a speech in which he called Trump a liar. He argued, \"It will get worse.\"",
			[]want{{"It will get worse.", "direct", "argued", "He", "Joe Biden"}}},
		{"honorific gives gender", "Ms Jones met Mr Brown on Monday.\n\n\"We agreed,\" she said.",
			[]want{{"We agreed", "direct", "said", "she", "Jones"}}},
		{"numbered part of a text speaks", "Article 2, Section 1 sets the rule: \"No Person shall be eligible.\"",
			[]want{{"No Person shall be eligible.", "direct", "", "Article 2, Section 1", ""}}},
		{"with the latter confirming", `Inquiries were opened by the Federal Aviation Administration and the National Transportation Safety Board, with the latter yesterday confirming they were "not traveling to the scene."`,
			[]want{{"not traveling to the scene.", "partial", "confirming", "the latter", "National Transportation Safety Board"}}},
		{"the latter", "Jane Smith met Tom Lee on Monday. The latter said, \"We agreed.\"",
			[]want{{"We agreed.", "direct", "said", "The latter", "Tom Lee"}}},
		{"term used unquoted too", `The "natural born citizen" rule is old; the natural born citizen clause stays.`,
			[]want{{"natural born citizen", "scare", "", "", ""}}},
		{"term noun before quote", `Martin argues that the phrase "natural born Citizen" is undefined.`,
			[]want{{"natural born Citizen", "scare", "", "", ""}}},
		{"quoted subject of a sentence", `"Law and order" was a common theme at the convention.`,
			[]want{{"Law and order", "scare", "", "", ""}}},
		{"opines", `"Harris can rest easy", Martin opines, "she will win."`,
			[]want{{"Harris can rest easy", "direct", "opines", "Martin", "Martin"}, {"she will win.", "direct", "opines", "Martin", "Martin"}}},
		{"corpus cue verb", `Jane Smith quipped, "We are ready."`,
			[]want{{"We are ready.", "direct", "quipped", "Jane Smith", "Jane Smith"}}},
		{"quoted object as saying", `Politico quoted Jane Smith, a former official, as saying "the agency must lead."`,
			[]want{{"the agency must lead.", "partial", "quoted Jane Smith, a former official, as saying", "Jane Smith", "Jane Smith"}}},
		{"clause before colon", `Brazilian President Jair Bolsonaro opposed the plan: "It is colonialist."`,
			[]want{{"It is colonialist.", "direct", "", "Brazilian President Jair Bolsonaro", "Jair Bolsonaro"}}},
		{"speech verb in sentence before", `Jane Smith criticized the plan on Twitter. "It will fail."`,
			[]want{{"It will fail.", "direct", "", "Jane Smith", "Jane Smith"}}},
		{"quantifier phrase", `A number of Senators condemned the order, citing it as "a grave abuse of power".`,
			[]want{{"a grave abuse of power", "partial", "citing", "Senators", "Senators"}}},
		{"relative who before cue", `The bill was drafted by Alex Greenwich who said, "It is historic."`,
			[]want{{"It is historic.", "direct", "said", "Alex Greenwich", "Alex Greenwich"}}},
		{"adverb in -ly before cue", `The proclamation specifically said "the outbreak is an emergency."`,
			[]want{{"the outbreak is an emergency.", "partial", "said", "The proclamation", ""}}},
		{"fragment takes the sentence's subject", "Senator Mary Jones spoke.\n\nShe backed the choice of a \"seasoned trade negotiator.\"",
			[]want{{"seasoned trade negotiator.", "partial", "", "She", "Mary Jones"}}},
		{"lone capitalised subject is no speaker", "Mary Jones spoke. Anger over the decision led her to voice \"we regret the words.\"",
			[]want{{"we regret the words.", "partial", "", "", ""}}},
		{"verb after but takes the subject", `A court agreed the claim had merit but ruled that "the deadline has passed" in May.`,
			[]want{{"the deadline has passed", "partial", "ruled", "A court", ""}}},
		{"introductory phrases skipped", `On Monday, amid the strikes, Governor Tom Hale gave a speech declaring himself "a friend of labour."`,
			[]want{{"a friend of labour.", "partial", "declaring", "Governor Tom Hale", "Tom Hale"}}},
		{"according to counts for pronouns", "\"We won,\" Ann Lee said.\n\nThe weather helped, according to Bob Ray. \"We trained in rain,\" he said.",
			[]want{{"We won", "direct", "said", "Ann Lee", "Ann Lee"}, {"We trained in rain", "direct", "said", "he", "Bob Ray"}}},
		{"family name first after honorific", "The owner, Kim Dae-ho, spoke.\n\nMr Kim said they hoped to \"open the doors again soon.\"",
			[]want{{"open the doors again soon.", "partial", "said", "Mr Kim", "Kim Dae-ho"}}},
		{"preposition object before cue", `Ann Lee of Hill College and columnist for the Ledger wrote, "The ruling is narrow."`,
			[]want{{"The ruling is narrow.", "direct", "wrote", "Ann Lee", "Ann Lee"}}},
		{"role closing an appositive chain", `Tom Reid, Lord Avon, the chief judge of the court said, "The appeal fails."`,
			[]want{{"The appeal fails.", "direct", "said", "Tom Reid", "Tom Reid"}}},
		{"inverted attribution outranks a far verb", `The agency noted the need to act: "Every country can still act," said Director Ann Lee.`,
			[]want{{"Every country can still act", "direct", "said", "Director Ann Lee", "Ann Lee"}}},
		{"passive agent before as", `Traffic showed a pattern described by Harbour News as "erratic and hard to follow".`,
			[]want{{"erratic and hard to follow", "partial", "described", "Harbour News", "Harbour News"}}},
		{"as reported by names a source", `The mayor said — as reported by City Times — "We will rebuild the bridge."`,
			[]want{{"We will rebuild the bridge.", "partial", "said", "The mayor", ""}}},
		{"capitalised verb opens the sentence", `Remarked Hill Institute researcher Ann Lee, "The data are clear."`,
			[]want{{"The data are clear.", "direct", "Remarked", "Ann Lee", "Ann Lee"}}},
		{"term after an article", `The agency named the spill a "regional hazard zone" on Friday.`,
			[]want{{"regional hazard zone", "scare", "", "", ""}}},
		// Issue 4, sixth round: one row per rule.
		{"number word opens no name", `Forty retired officials, including former chief Tom Hale, signed a letter saying the plan "puts soldiers at needless risk."`,
			[]want{{"puts soldiers at needless risk.", "partial", "saying", "Forty retired officials", ""}}},
		{"capitalised title as role", "Prime Minister Ana Silva flew home.\n\nLater the Prime Minister apologised for \"the delays at the border.\"",
			[]want{{"the delays at the border.", "partial", "apologised", "the Prime Minister", "Ana Silva"}}},
		{"place ending a body's name", `Ann Lee of the University of Texas, Austin disagreed: "The data are thin."`,
			[]want{{"The data are thin.", "direct", "disagreed", "Ann Lee", "Ann Lee"}}},
		{"colon clause owns its quote", `Smith-Jones released a statement: "We cannot accept this." Governor Tom Hale called it "unfortunate news indeed."`,
			[]want{{"We cannot accept this.", "direct", "", "Smith-Jones", "Smith-Jones"}, {"unfortunate news indeed.", "partial", "called", "Governor Tom Hale", "Tom Hale"}}},
		{"lone proper noun before past verb", `Politico regarded the debate as "markedly more civil" than before.`,
			[]want{{"markedly more civil", "partial", "", "Politico", "Politico"}}},
		{"pronoun takes previous sentence's subject", `Tom Hale said he cut taxes, which Bob Ray opposed. He said voters are "tired of waiting."`,
			[]want{{"tired of waiting.", "partial", "said", "He", "Tom Hale"}}},
		{"pronoun with rival clause subject stays recent", `Tom Hale spoke while Bob Ray wrote a letter. He tweeted, "I am sorry for the families."`,
			[]want{{"I am sorry for the families.", "direct", "tweeted", "He", "Bob Ray"}}},
		{"document takes its issuer", "Governor Tom Hale declared a state of emergency on Friday.\n\nThe order came after floods.\n\nThe proclamation said \"the floods are a disaster.\"",
			[]want{{"the floods are a disaster.", "partial", "said", "Tom Hale", "Tom Hale"}}},
		{"sentence-initial common noun", `Police arrived. Investigators said it was "broken into two pieces" when found.`,
			[]want{{"broken into two pieces", "partial", "said", "Investigators", ""}}},
		{"relative by given name", "Tom Reed ran the firm for years.\n\nHis wife Mary said \"we thought he would live forever.\"",
			[]want{{"we thought he would live forever.", "partial", "said", "Mary", "Mary Reed"}}},
		{"inverted role then name", `"We are proud of the team," said the company's chief executive, Anna Berg.`,
			[]want{{"We are proud of the team", "direct", "said", "Anna Berg", "Anna Berg"}}},
		{"role given as predicate", "Mary Jones is the spokeswoman for the ministry. \"We deny it,\" the spokeswoman said.",
			[]want{{"We deny it", "direct", "said", "the spokeswoman", "Mary Jones"}}},
		{"document presented by its owner's text", `Part of Tom Hale's post included the statement, "we will not back down."`,
			[]want{{"we will not back down.", "partial", "", "Tom Hale", "Tom Hale"}}},
		{"document of a body named in full", "The government of Ruritania announced his death on Monday.\n\nThe government statement announced the death \"with great sorrow to the nation.\"",
			[]want{{"with great sorrow to the nation.", "partial", "announced", "The government of Ruritania", ""}}},
		// Issue 4, seventh round: one row per rule.
		{"time adjunct before cue", `One activist, Ann Lee, on Sunday told reporters arson was used "as a weapon against the poor" by developers.`,
			[]want{{"as a weapon against the poor", "partial", "told", "Ann Lee", "Ann Lee"}}},
		{"body runs into role and name", `According to Hill College political scholar Ann Lee, "Women hold few seats."`,
			[]want{{"Women hold few seats.", "partial", "According to", "Hill College political scholar Ann Lee", "Ann Lee"}}},
		{"inverted body's role and name", `"He was brilliant," said University of Utah, Provo's chancellor, Tom Hale.`,
			[]want{{"He was brilliant", "direct", "said", "Tom Hale", "Tom Hale"}}},
		{"name in -ing opens a sentence", "Reporters asked Stirling about it.\n\nStirling gave no details, saying the company \"regrets the losses deeply.\"",
			[]want{{"regrets the losses deeply.", "partial", "saying", "Stirling", "Stirling"}}},
		{"order by its author", `The Coast Guard announced an order by Commandant Admiral Tom Hale directing units to "join the search at once."`,
			[]want{{"join the search at once.", "partial", "announced", "Commandant Admiral Tom Hale", "Tom Hale"}}},
		{"gender from the article's pronouns", "Ann Lee met officer Remy Roux at a pub. Roux denied it, but then he changed his account.\n\nShe told a guard, \"they took my bag.\"",
			[]want{{"they took my bag.", "direct", "told", "She", "Ann Lee"}}},
		{"royal title before a given name", "Princess Ana Moreno entered the race.\n\nPrincess Ana said she had \"given up my royal titles long ago.\"",
			[]want{{"given up my royal titles long ago.", "partial", "said", "Princess Ana", "Ana Moreno"}}},
		{"relative of the article's main person", "Tom Reed died on Friday. Reed was a scientist. Reed taught for decades.\n\nDirector Bob Ray said \"Reed was brilliant.\"\n\nHis wife Mary said \"we thought he would live forever.\"",
			[]want{{"Reed was brilliant.", "direct", "said", "Director Bob Ray", "Bob Ray"}, {"we thought he would live forever.", "partial", "said", "Mary", "Mary Reed"}}},
		// Issue 4, eighth round: one row per rule.
		{"family noun names the family's member", "Tom Reed and Mary Reed were jailed. Judge Ann Lee spoke. Tom Reed was also fined.\n\nThe father said \"I love my children.\"\n\nThe mother said \"I am sorry.\"",
			[]want{{"I love my children.", "direct", "said", "The father", "Tom Reed"}, {"I am sorry.", "direct", "said", "The mother", "Mary Reed"}}},
		{"family noun without a named family stays a role", "Judge Ann Lee spoke.\n\nThe father said \"I love my children.\"",
			[]want{{"I love my children.", "direct", "said", "The father", ""}}},
		{"title with a lone name", "Pope Leo spoke on Monday.\n\nThe decree signed by the Pope read \"Abuse offends us all.\"",
			[]want{{"Abuse offends us all.", "direct", "read", "the Pope", "Leo"}}},
		{"photo caption", "Marchers holding a banner saying \"stay together\". Image: Ann Lee.\n\n\"Vote now\" sign. Image: Bob Ray.",
			[]want{{"stay together", "scare", "", "", ""}, {"Vote now", "scare", "", "", ""}}},
		{"sign reading", `Protesters carried placards reading "Justice for all workers now" outside.`,
			[]want{{"Justice for all workers now", "scare", "", "", ""}}},
		{"quantifier of a pronoun kept whole", `One of them went as far as to say, "It made me who I am."`,
			[]want{{"It made me who I am.", "direct", "say", "One of them", ""}}},
		{"pronoun takes a role subject of the previous sentence", "Prosecutor Ann Lee said the case was grave.\n\nOne of the victims agreed to be named. She said victims should know \"there is no shame.\"",
			[]want{{"there is no shame.", "partial", "said", "She", "One of the victims"}}},
		{"quantifier of them takes the group quoted before", "One of the children said, \"We forgive them.\"\n\nOne of them said, \"It made me who I am.\"",
			[]want{{"We forgive them.", "direct", "said", "One of the children", ""}, {"It made me who I am.", "direct", "said", "One of them", "One of the children"}}},
		{"role with an of-phrase opens the sentence before", `The head of the city's fire inspectors told the court "Checks were skipped." She also said "We were never called."`,
			[]want{{"Checks were skipped.", "direct", "told", "The head of the city's fire inspectors", ""}, {"We were never called.", "direct", "said", "She", "The head of the city's fire inspectors"}}},
		{"body spelled out before its acronym", "The Council on Open Water Rights (COWR) criticized the move. They released a statement which said, \"The river must stay open.\"",
			[]want{{"The river must stay open.", "direct", "said", "They", "Council on Open Water Rights"}}},
		{"reports as a speech verb", `The study reports "For each point of rise, the rate increased by 2 percent".`,
			[]want{{"For each point of rise, the rate increased by 2 percent", "direct", "reports", "The study", ""}}},
		{"unnamed member of a named body", `A source within the central Finance Ministry reportedly said "We were told to hide the figures."`,
			[]want{{"We were told to hide the figures.", "direct", "said", "A source within the central Finance Ministry", ""}}},
		{"inverted roles run on to the name", `"Stripes may dazzle flies," said study co-author and Professor Ann Lee.`,
			[]want{{"Stripes may dazzle flies", "direct", "said", "study co-author and Professor Ann Lee", "Ann Lee"}}},
		{"saying's author", `The builders said they learned from failure, citing the Tom Hale quote that "every artist has bad drawings," and went on.`,
			[]want{{"every artist has bad drawings", "partial", "quote", "Tom Hale", "Tom Hale"}}},
		{"middle initial with a full stop", `"We mourn him," wrote Chief Justice Mary K. Olsen, "and we honour his long service."`,
			[]want{{"We mourn him", "direct", "wrote", "Chief Justice Mary K. Olsen", "Mary K. Olsen"},
				{"and we honour his long service.", "partial", "", "Chief Justice Mary K. Olsen", "Mary K. Olsen"}}},
		{"middle initial in an earlier full name", `George W. Bush arrived on Monday. "We are ready for this," Bush said.`,
			[]want{{"We are ready for this", "direct", "said", "Bush", "George W. Bush"}}},
		// Issue 4, round 28: a particle inside a name is kept in the
		// cue's subject; a firm's possessive before a surname is no part
		// of the name; "Treasurer" and "Undersecretary" are titles.
		{"particle inside a subject's name", "Rates will hold, they said.\n\nReserve Bank governor Gerhard de Kock said the country faced \"no difficulty whatsoever\" with the terms.",
			[]want{{"no difficulty whatsoever", "partial", "said", "Reserve Bank governor Gerhard de Kock", "Gerhard de Kock"}}},
		{"firm's possessive before a surname", "Nick Edwards, an analyst at Jardine Fleming, spoke first.\n\n\"The approach is full of contradictions,\" Jardine Fleming's Edwards said.",
			[]want{{"The approach is full of contradictions", "direct", "said", "Jardine Fleming's Edwards", "Nick Edwards"}}},
		{"treasurer is a title", "Australian Treasurer Paul Keating spoke on Monday.\n\n\"The deficit will narrow,\" Keating said.",
			[]want{{"The deficit will narrow", "direct", "said", "Keating", "Paul Keating"}}},
		// Issue 4, round 29: a capitalised particle inside a name, initials
		// written together, and a body's "and" tail before a name.
		{"capitalised particle inside a name", `"Bond yields will fall further," Pieter Van Rensburg of Dune Securities said.`,
			[]want{{"Bond yields will fall further", "direct", "said", "Pieter Van Rensburg of Dune Securities", "Pieter Van Rensburg"}}},
		{"initials written together", `"Output rose by two pct," said R.T. Holloway, treasurer of the cooperative.`,
			[]want{{"Output rose by two pct", "direct", "said", "R.T. Holloway", "R.T. Holloway"}}},
		{"body's and-tail before a name", "Head of the Bureau of Mines and Minerals Peter Walsh said output would \"hold steady this year.\"",
			[]want{{"hold steady this year.", "partial", "said", "Minerals Peter Walsh", "Peter Walsh"}}},
		// Issue 4, round 30: a name that puts the family name first, used
		// bare later; a later bare surname after joined initials; a
		// lower-case particle opening a sentence.
		{"surname-first name used bare later", "Vice Premier Wu Tianming opened the session.\n\n\"Prices must be reformed,\" Wu said.",
			[]want{{"Prices must be reformed", "direct", "said", "Wu", "Wu Tianming"}}},
		{"surname-first shape needs no firm", "Hale Brothers and Co said sales rose.\n\n\"We are pleased,\" Hale said.",
			[]want{{"We are pleased", "direct", "said", "Hale", "Hale"}}},
		{"bare surname after joined initials", "The study was led by J.S. Marlow of the institute.\n\n\"The samples were clean,\" Marlow said.",
			[]want{{"The samples were clean", "direct", "said", "Marlow", "J.S. Marlow"}}},
		{"lower-case particle opens a sentence", "Ana de Villegas heads the board.\n\nde Villegas said the bank would \"hold rates steady.\"",
			[]want{{"hold rates steady.", "partial", "said", "de Villegas", "Ana de Villegas"}}},
		// Issue 4, round 31: two names joined by "and" as one subject
		// speak together (or are one firm); a public body named only
		// as a source is "the institute" later.
		{"two names joined as one subject", `Hale Bancorp and Norbank in a joint statement called the deal "a partnership of equals."`,
			[]want{{"a partnership of equals.", "partial", "called", "Hale Bancorp and Norbank", "Hale Bancorp and Norbank"}}},
		{"a firm's and-name after an inverted cue", `"Rates will rise," added brokers Carver and Lowe in a report.`,
			[]want{{"Rates will rise", "direct", "added", "brokers Carver and Lowe", "Carver and Lowe"}}},
		{"and before a group stays out", `"Talks went well," said Baker and Treasury officials.`,
			[]want{{"Talks went well", "direct", "said", "Baker", "Baker"}}},
		{"institute named as a source", "Investment will rise 4.3 pct, IPRECO said.\n\nThe institute said inflation would \"fall back next year.\"",
			[]want{{"fall back next year.", "partial", "said", "The institute", "IPRECO"}}},
		// Issue 4, round 32: a group noun with a name before it is that
		// body, and a bare one later the body named so before; "the
		// exchange" is the exchange that spoke before, and keeps that
		// name when said again; a public body whose name looks like a
		// person's is the body a public-body noun refers to when no he or
		// she comes between; a plural title stays out of a name; an
		// acronym opens a wire's bracketed firm; a surname finds a full
		// name ending in "Jr"; "they" is two people just named as one
		// subject of a speech verb; "the Fed chairman" is the Federal
		// Reserve's chairman named before.
		{"group noun with a name before it", `"Rates must fall," the OPEX team said.`,
			[]want{{"Rates must fall", "direct", "said", "the OPEX team", "OPEX"}}},
		{"bare group noun after a named group", "The Vantor group's letter asked for a list.\n\nThe group said it would take \"other proper steps.\"",
			[]want{{"other proper steps.", "partial", "said", "The group", "Vantor"}}},
		{"exchange that spoke before", "The Lisbon Stock Exchange said trading would move.\n\nThe Securities and Exchange Commission must approve.\n\nThe exchange said, \"Morning settlement is safer.\"",
			[]want{{"Morning settlement is safer.", "direct", "said", "The exchange", "Lisbon Stock Exchange"}}},
		{"person-shaped body named as a source", "Output rose 2 pct, Statistics Norland said.\n\n\"The rise was broad,\" the federal agency said.",
			[]want{{"The rise was broad", "direct", "said", "the federal agency", "Statistics Norland"}}},
		{"plural title before a name", `Commissioners Anna Lind and Kalo Brand spoke. "Limits will not help," Lind said.`,
			[]want{{"Limits will not help", "direct", "said", "Lind", "Anna Lind"}}},
		{"acronym opening a firm's name", `<CMX Printing Inc> said it is in talks with a group with "extensive franchise experience" for a venture.`,
			[]want{{"extensive franchise experience", "partial", "said", "CMX Printing Inc", "CMX Printing Inc"}}},
		{"they after two people as one subject", "In a letter, partners Anna Ruiz and John Okafor said they were pleased.\n\n\"We believe the firm will lead,\" they said.",
			[]want{{"We believe the firm will lead", "direct", "said", "they", "Anna Ruiz and John Okafor"}}},
		{"clipped body word as a role's modifier", "Federal Reserve Board Chairman Paul Volcker spoke.\n\n\"Inflation is a worry,\" the Fed chairman said.",
			[]want{{"Inflation is a worry", "direct", "said", "the Fed chairman", "Paul Volcker"}}},
		{"surname after a name ending in Jr", "Karl B. Dorsey Jr, the chairman, spoke.\n\n\"Orders are strong,\" Dorsey said.",
			[]want{{"Orders are strong", "direct", "said", "Dorsey", "Karl B. Dorsey Jr"}}},
		// Issue 4, round 33: a city after a lower-case role and "in" is no
		// part of the name that follows it, and that name is the
		// subject a he in the next paragraph stands for.
		{"city after a role and in", "Markets fell again. The bank's chief strategist in Frankfurt Lukas van Rijn has followed the slide.\n\n\"The floor is not yet in sight,\" he said.\n\n\"Buyers are waiting,\" said van Rijn.",
			[]want{{"The floor is not yet in sight", "direct", "said", "he", "Lukas van Rijn"}, {"Buyers are waiting", "direct", "said", "van Rijn", "Lukas van Rijn"}}},
		{"city after a role within the sentence", "Senior economist in Madrid Elena Ortiz Vidal expects cuts, and \"the case is strong,\" she said.",
			[]want{{"the case is strong", "partial", "said", "she", "Elena Ortiz Vidal"}}},
		// A "they" after "But according to the X economists, …" is them.
		{"they after an according-to group", "Prices held steady.\n\nBut according to the Brennan Hale analysts, demand is picking up.\n\n\"Orders have been strong all week,\" they said in a note.",
			[]want{{"Orders have been strong all week", "direct", "said", "they", "Brennan Hale analysts"}}},
		// "the ABX chairman" after "Alder Bay Exchange, ABX, chairman X".
		{"acronym set off before a role", "Limits should rise, Alder Bay Exchange, ABX, chairman Rolf Ekdahl said.\n\n\"The rules are out of date,\" the ABX chairman said.",
			[]want{{"The rules are out of date", "direct", "said", "the ABX chairman", "Rolf Ekdahl"}}},
		// "X is the largest trading group …" makes X "the trading group".
		{"role phrase described by a copula", "Marovia denied the report.\n\nMarovia is the largest trading group in the region, analysts said.\n\nThe trading group added, \"No routes will close.\"",
			[]want{{"No routes will close.", "direct", "added", "The trading group", "Marovia"}}},
		{"hyphened particle ends a name", `At the summit, President Khalid Hassan al-Amiri of Qatar said, "Trade will grow."`,
			[]want{{"Trade will grow.", "direct", "said", "President Khalid Hassan al-Amiri of Qatar", "Khalid Hassan al-Amiri"}}},
		{"dotted country abbreviation before a title", "Ambassador Tom Jones arrived on Monday.\n\nAccording to U.K. Ambassador Jones, the letter \"shows a clear intent to harm.\"",
			[]want{{"shows a clear intent to harm.", "partial", "According to", "U.K. Ambassador Jones", "Tom Jones"}}},
		{"abbreviated title with a full stop", "Dr Ravi Patel led the study.\n\n\"It spreads from person to person,\" said Dr. Patel.",
			[]want{{"It spreads from person to person", "direct", "said", "Dr. Patel", "Ravi Patel"}}},
		{"en dash inside a body's name", `Arab–African Trade Bank president Sara Nouri said the fees "cost the continent billions."`,
			[]want{{"cost the continent billions.", "partial", "said", "Arab–African Trade Bank president Sara Nouri", "Sara Nouri"}}},
		{"body's name with its of tail", `In a statement, the Polish Ministry of Foreign Affairs called the talks "a waste of everyone's time".`,
			[]want{{"a waste of everyone's time", "partial", "called", "the Polish Ministry of Foreign Affairs", "Polish Ministry of Foreign Affairs"}}},
		{"he is never a body; a titled surname is a person", `The Polish Ministry of Defence condemned the vote on Monday. Polish president Nowak spoke later. "We will act on this," he said.`,
			[]want{{"We will act on this", "direct", "said", "he", "Nowak"}}},
		{"memo by its author", `According to a memo posted online by Senator Ana Ruiz, the board "did not recognise the court."`,
			[]want{{"did not recognise the court.", "partial", "posted", "Senator Ana Ruiz", "Ana Ruiz"}}},
		{"group of two role nouns kept whole", `According to police and state officials, the driver was "moving erratically across lanes."`,
			[]want{{"moving erratically across lanes.", "partial", "According to", "police and state officials", ""}}},
		{"group of two role nouns before the cue", `Police and county officials said the driver was "driving erratically across the line."`,
			[]want{{"driving erratically across the line.", "partial", "said", "Police and county officials", ""}}},
		{"place between a title and the name", `The summit opened on Monday. "We stand together," said Mayor of Springfield Ana Cole.`,
			[]want{{"We stand together", "direct", "said", "Mayor of Springfield Ana Cole", "Ana Cole"}}},
		{"place after a title's preposition kept out of a later full name", `Special Envoy for Ruritania Tom Reed arrived. "Talks will go on," Reed said.`,
			[]want{{"Talks will go on", "direct", "said", "Reed", "Tom Reed"}}},
		{"occupation opening a sentence", "The trial ended.\n\nVirologist Mara Lind said the virus \"spreads faster than we thought.\"",
			[]want{{"spreads faster than we thought.", "partial", "said", "Virologist Mara Lind", "Mara Lind"}}},
		{"age opening a sentence", "The bus crashed.\n\nFourteen-year-old Zoe said \"everyone started screaming at once.\"",
			[]want{{"everyone started screaming at once.", "partial", "said", "Fourteen-year-old Zoe", "Zoe"}}},
		{"surname that usually opens a sentence", `"Stripes may dazzle flies," said study co-author and Research Fellow Martin How.`,
			[]want{{"Stripes may dazzle flies", "direct", "said", "study co-author and Research Fellow Martin How", "Martin How"}}},
		{"opening participle phrase: the main clause's subject", `Calling it "just another apology", Anna Berg of "Safe Kids", a support charity, told Reuters the statement came late.`,
			[]want{{"just another apology", "partial", "told", "Anna Berg", "Anna Berg"}, {"Safe Kids", "scare", "", "", ""}}},
		{"opening participle phrase without a cue", `Describing the plan as "a step in the wrong direction", the minister left the room.`,
			[]want{{"a step in the wrong direction", "partial", "", "the minister", ""}}},
		{"pronoun never takes a work's title after a colon", "Actress Ann Lee joined the cast. She recalled her season with Space Saga: The Last Frontier, a long series.\n\nLater, she said \"I never wanted to leave the bridge.\"",
			[]want{{"I never wanted to leave the bridge.", "direct", "said", "she", "Ann Lee"}}},
		{"pronoun never takes a title after filming", "Actor Tom Reed arrived from filming The Watchmen in Spain. He quipped \"I still have sand in my boots.\"",
			[]want{{"I still have sand in my boots.", "direct", "quipped", "He", "Tom Reed"}}},
		{"pronoun never takes a lone word that is no title's holder", "Ann Lee spoke first. Viewers saw Next Gardeners at noon. She said \"It was a long day.\"",
			[]want{{"It was a long day.", "direct", "said", "She", "Ann Lee"}}},
		{"occupation noun to the person introduced with it", `Actress Ann Lee joined the cast. The actress said "It was a cold little room."`,
			[]want{{"It was a cold little room.", "direct", "said", "The actress", "Ann Lee"}}},
		{"capitalised body noun to the body named in full", `The Ruritania Department of Water and Power (RDWP) closed the dam. The Department said in a statement: "The dam is safe."`,
			[]want{{"The dam is safe.", "direct", "said", "The Department", "Ruritania Department of Water and Power"}}},
		{"unlisted role noun to the person introduced with it", `The bill was criticised by archbishop Jorge Ruiz. The archbishop said "We must pray."`,
			[]want{{"We must pray.", "direct", "said", "The archbishop", "Jorge Ruiz"}}},
		{"role noun to a lone name introduced with it", `The toymaker Kidco hosted a panel. The toymaker said "Sales grew this year."`,
			[]want{{"Sales grew this year.", "direct", "said", "The toymaker", "Kidco"}}},
		{"body noun to a body whose name holds it", `The Ruritanian Commission on Open Debates announced the change on Friday. In a statement, the commission said, "The debate is off."`,
			[]want{{"The debate is off.", "direct", "said", "the commission", "Ruritanian Commission"}}},
		{"title before the place it is of", `President of Ruritania Alberto Ruiz spoke on Sunday. The president said "We will send a bill."`,
			[]want{{"We will send a bill.", "direct", "said", "The president", "Alberto Ruiz"}}},
		{"surname spelt one letter apart", `Spokesperson Yahya Sarea spoke on TV. "These attacks are our right," Saree said.`,
			[]want{{"These attacks are our right", "direct", "said", "Saree", "Yahya Sarea"}}},
		{"according to an object pronoun", `Spokesperson Yahya Sarea spoke on TV. According to him, the attack had help from "honourable people inside the kingdom".`,
			[]want{{"honourable people inside the kingdom", "partial", "According to", "him", "Yahya Sarea"}}},
		{"members of a body kept whole", `Members of the House of Lords protested by shouting "shame on you!" for an hour.`,
			[]want{{"shame on you!", "partial", "shouting", "Members of the House of Lords", ""}}},
		{"pronoun after an opening quote takes the previous sentence's subject", `Refusing to give up power, Kofi Mensah agreed to a deal in which Kwame Boateng became premier. "Only God will remove me," he declared.`,
			[]want{{"Only God will remove me", "direct", "declared", "he", "Kofi Mensah"}}},
		{"pronoun after a possessive subject", `Actor Tom Reed's appearance at the show was late. He quipped "I still have sand in my boots."`,
			[]want{{"I still have sand in my boots.", "direct", "quipped", "He", "Tom Reed"}}},
		{"aside between dashes holds no cue; body before an officer's title", `House of Lords Speaker Ann Lee commented on the vote — which the BBC noted as unusual — "It is plain wrong."`,
			[]want{{"It is plain wrong.", "partial", "commented", "House of Lords Speaker Ann Lee", "Ann Lee"}}},
		{"person of a body named with a colon and an acronym", `Author Sam Wilson of the Center for Ocean Studies: Research and Education (COS-RE) said, "The trip was unique."`,
			[]want{{"The trip was unique.", "direct", "said", "Author Sam Wilson", "Sam Wilson"}}},
		{"shared surname: the person named most often", `President Donald Reed spoke at noon. Donald Reed then left. Senior adviser Ivy Reed stayed behind. "We won," Reed said.`,
			[]want{{"We won", "direct", "said", "Reed", "Donald Reed"}}},
		{"shared surname on a tie: the person named first", `President Donald Reed spoke at noon. Senior adviser Ivy Reed tested negative. "We tested positive," Reed said.`,
			[]want{{"We tested positive", "direct", "said", "Reed", "Donald Reed"}}},
		// Round 13: "they" to a group named before, bodies and
		// documents to the names the article gave them, no speaker
		// inside someone's speech.
		{"they: a plural people noun subject before", `The engineers tested the bridge on Monday. They said the deck was "safe for heavy trucks and buses".`,
			[]want{{"safe for heavy trucks and buses", "partial", "said", "They", "engineers"}}},
		{"they: a role holder and counterparts", `German finance minister Karl Vogt and his Dutch and Belgian counterparts met in Brussels. They said the plan was "a first step toward a common budget".`,
			[]want{{"a first step toward a common budget", "partial", "said", "They", "finance ministers"}}},
		{"they: two names joined", `Anna Berg and Tom Reed founded the firm in 2001. They said, "We started in a garage."`,
			[]want{{"We started in a garage.", "direct", "said", "They", "Anna Berg and Tom Reed"}}},
		{"they: two names modifying a role are no group", `Alpha and Beta representatives Ann Lee and Bo Kim wrote to the board. They said, "We want two seats."`,
			[]want{{"We want two seats.", "direct", "said", "They", ""}}},
		{"a body with what it governs; its statement", `The government of Norway issued a statement: "The treaty protects our fisheries." Its statement also read "We will not sign it as written."`,
			[]want{{"The treaty protects our fisheries.", "direct", "", "The government of Norway", "government of Norway"},
				{"We will not sign it as written.", "direct", "read", "Its statement", "government of Norway"}}},
		{"the government named in full before", "Norway's government rejected the treaty on Monday.\n\n\"We cannot accept it,\" the government said.",
			[]want{{"We cannot accept it", "direct", "said", "the government", "Norway's government"}}},
		{"the company: the firm named as a subject", "Acme Tools Inc said sales rose.\n\n\"We had a strong year,\" the company said.",
			[]want{{"We had a strong year", "direct", "said", "the company", "Acme Tools Inc"}}},
		{"the company: never a word opening a sentence", "Noting weak sales, analysts were gloomy.\n\n\"We had a hard year,\" the company said.",
			[]want{{"We had a hard year", "direct", "said", "the company", ""}}},
		{"a document keeps the first noun the article gave it", "The study was published in Nature by a team at Oslo University.\n\n\"Warming is faster than expected,\" reads the report.",
			[]want{{"Warming is faster than expected", "direct", "reads", "the report", "study"}}},
		{"a possessed noun before a colon is an object", `Mayor Ana Lind spoke at the funeral. In her speech, she praised Karl Berg's career: "He gave everything to this city."`,
			[]want{{"He gave everything to this city.", "direct", "praised", "she", "Ana Lind"}}},
		{"no speaker inside an earlier quote", `"Their costs are so low, they don't need higher prices to make money," said Ivan Petrov of Alpha Bank Inc. "The shares will outperform the market," he said.`,
			[]want{{"Their costs are so low, they don't need higher prices to make money", "direct", "said", "Ivan Petrov", "Ivan Petrov"},
				{"The shares will outperform the market", "partial", "said", "Ivan Petrov", "Ivan Petrov"}}},
		// Round 14: the article's main person holds he and she; firms'
		// people speak, not their firms.
		{"he: the main person over a man named as an object", "Governor Tom Hale defended his budget on Friday, saying cuts were needed.\n\n\"We had no choice,\" Hale said.\n\nHale said that he had named former judge Karl Moss as his new adviser and hoped Moss would help him.\n\nHe said the state would hire \"more teachers next year.\"",
			[]want{{"We had no choice", "direct", "said", "Hale", "Tom Hale"},
				{"more teachers next year.", "partial", "said", "He", "Tom Hale"}}},
		{"he: another man as the subject before keeps the centre", "Governor Tom Hale defended his budget on Friday.\n\n\"We had no choice,\" Hale said. Hale spoke for an hour.\n\nThis was the first time Karl Moss spoke since the vote. He said \"the budget is a disgrace.\"",
			[]want{{"We had no choice", "direct", "said", "Hale", "Tom Hale"},
				{"the budget is a disgrace.", "partial", "said", "He", "Karl Moss"}}},
		{"a firm's person before the cue", `Economist Ann Lee of the brokerage Alpha Beta Securities Inc said "growth will slow this year."`,
			[]want{{"growth will slow this year.", "partial", "said", "Ann Lee", "Ann Lee"}}},
		{"a person with a role of the firm", `"Sales are on plan," Osman Demir, deputy general-manager of Kappa ve Delta Bankasi told reporters.`,
			[]want{{"Sales are on plan", "direct", "told", "Osman Demir", "Osman Demir"}}},
		{"she never stands for a firm", "Sales at Delta Motor Co fell.\n\nLisa Park, automotive analyst for Gamma Webber and Co, told Reuters that sales were weak.\n\n\"Prices will hold,\" she said.",
			[]want{{"Prices will hold", "direct", "said", "she", "Lisa Park"}}},
		// Round 15: the wire attribution grammar after a closing comma.
		{"wire: a number word opens a role", `"The price looks fair," one trader said.`,
			[]want{{"The price looks fair", "direct", "said", "one trader", ""}}},
		{"wire: another opens a role", `"The price looks fair," another dealer said.`,
			[]want{{"The price looks fair", "direct", "said", "another dealer", ""}}},
		{"wire: a capitalised number word opens a role before a quote", `One broker said "Demand will pick up in the spring."`,
			[]want{{"Demand will pick up in the spring.", "direct", "said", "One broker", ""}}},
		{"wire: name and appositive before said", `"Farm trade is the main problem," Karl Heinz, deputy minister of trade, said.`,
			[]want{{"Farm trade is the main problem", "direct", "said", "Karl Heinz", "Karl Heinz"}}},
		{"wire: name and appositive before told", `"Farm trade is the main problem," Karl Heinz, deputy minister of trade for farm affairs, told reporters.`,
			[]want{{"Farm trade is the main problem", "direct", "told", "Karl Heinz", "Karl Heinz"}}},
		{"wire: an appositive with a possessive and and", `"Talks with the lenders failed," Mary Olsen, Acme's president and chief executive officer, told reporters.`,
			[]want{{"Talks with the lenders failed", "direct", "told", "Mary Olsen", "Mary Olsen"}}},
		{"wire: of a firm in angle brackets with initials and Co", `"The bid is too low," Peter Lund of <B.J. Frost and Co> told Reuters.`,
			[]want{{"The bid is too low", "direct", "told", "Peter Lund", "Peter Lund"}}},
		{"wire: of a broker's bracketed name with Ltd", `"They paid too much," Anna Berg of Sydney broker <Hale and Moss Ltd> said.`,
			[]want{{"They paid too much", "direct", "said", "Anna Berg", "Anna Berg"}}},
		{"wire: a plural source is a group", `"Rates will fall," banking sources said.`,
			[]want{{"Rates will fall", "direct", "said", "banking sources", ""}}},
		{"wire: the newspaper is the paper named before", "The Daily Courier said the budget was late.\n\nThe newspaper said: \"The ministry has lost control of spending.\"",
			[]want{{"The ministry has lost control of spending.", "direct", "said", "The newspaper", "Daily Courier"}}},
		{"wire: he after an unnamed spokesman's attribution", "Sowing is nearly done, a spokesman for Beet Co told Reuters.\n\nYields look good, the spokesman added.\n\n\"It is too early to say more,\" he said.",
			[]want{{"It is too early to say more", "direct", "said", "he", "the spokesman"}}},
		{"wire: they after a group's attribution", "Investors may move funds abroad, the sources said.\n\n\"There is a real risk,\" they added.",
			[]want{{"There is a real risk", "direct", "added", "they", "sources"}}},
		{"wire: it for the firm quoted just before", "Zeta Mining Ltd filed its plan on Monday.\n\n\"The plan is realistic,\" Zeta said.\n\n\"The outcome cannot be predicted,\" it said.",
			[]want{{"The plan is realistic", "direct", "said", "Zeta", "Zeta"},
				{"The outcome cannot be predicted", "direct", "said", "it", "Zeta"}}},
		{"wire: one of a group named before", "Some dealers expect the dollar to fall. \"When will it be so cheap again?\" one said.",
			[]want{{"When will it be so cheap again?", "direct", "said", "one", "dealer"}}},
		// Issue 4, round 24: "speculated" is a speech verb; a he or she
		// after a quotation that is a sentence of its own goes back to
		// the role that spoke just before; a role "for one of" a group
		// keeps its head; a second role joined by "and" runs on to the
		// name; a sentence after a quote with a clause of its own does
		// not own it; "administrator", "lobbyist" and an unknown noun
		// placed "for" a body are roles; titles keep their subtitles;
		// an unclosed quote after its attribution ends at its paragraph
		// when the next opens a new attributed one; a phrasal verb's
		// particle is no speaker; an epithet is never someone named in
		// its own sentence; straight marks as apostrophes and around a
		// term inside a quote; a dotted abbreviation in a document's
		// issuer; "said one" after "some makers" or "But the sources".
		{"speculated", `"Prices will rise," speculated one trader.`,
			[]want{{"Prices will rise", "direct", "speculated", "one trader", ""}}},
		{"he after a role, a bare quote between", "\"Rates are high,\" a senior banker said. \"They will fall.\"\n\n\"It is clear,\" he added.",
			[]want{{"Rates are high", "direct", "said", "a senior banker", ""}, {"They will fall.", "direct", "", "a senior banker", ""}, {"It is clear", "direct", "added", "he", "a senior banker"}}},
		{"role for one of a group, then he", "\"Stocks are low,\" a spokesman for one of the big Dutch millers said.\n\n\"We will wait,\" he said.",
			[]want{{"Stocks are low", "direct", "said", "a spokesman for one of the big Dutch millers", ""}, {"We will wait", "direct", "said", "he", "a spokesman for one of the big Dutch millers"}}},
		{"two roles joined by and before a name", `"He is finished," said former Ohio Sen. and party confidant Carl Wendt.`,
			[]want{{"He is finished", "direct", "said", "former Ohio Sen. and party confidant Carl Wendt", "Carl Wendt"}}},
		{"unlisted doer's noun between names", `"He is finished," said Senate confidant Carl Wendt.`,
			[]want{{"He is finished", "direct", "said", "Senate confidant Carl Wendt", "Carl Wendt"}}},
		{"next sentence's own clause", "\"Costs are high,\" Lund said. \"Margins will shrink.\" Acme said it expects lower sales.",
			[]want{{"Costs are high", "direct", "said", "Lund", "Lund"}, {"Margins will shrink.", "direct", "", "Lund", "Lund"}}},
		{"administrator in apposition after a run-on quote", `"It is still under debate" to make the offer, Tom Kaye, administrator of the Grain Service, told Reuters.`,
			[]want{{"It is still under debate", "direct", "told", "Tom Kaye", "Tom Kaye"}}},
		{"title with a subtitle", `He said on "Talk Back: The Weekly Show" that "the plan will fail."`,
			[]want{{"Talk Back: The Weekly Show", "scare", "", "", ""}, {"the plan will fail.", "partial", "said", "He", ""}}},
		{"unclosed after its attribution, new attributed paragraph", "Asked about it, Ames shot back: \"I would not bet on it.\n\n\"The report hurts him,\" Ames said.",
			[]want{{"I would not bet on it.", "direct", "shot back", "Ames", "Ames"}, {"The report hurts him", "direct", "said", "Ames", "Ames"}}},
		{"unclosed quote opening its paragraph carries on", "Voters are angry, he said.\n\n\"Candidates will oppose the tax.\n\n\"The effect will show in the north,\" Ames said.",
			[]want{{"Candidates will oppose the tax.\n\n\"The effect will show in the north", "direct", "said", "Ames", "Ames"}}},
		{"epithet skips a name in its own sentence", "Senator Paul Ames said the odds were poor.\n\nAsked if he thought Gates would win, the Georgia Democrat said: \"I would not bet on it.\"",
			[]want{{"I would not bet on it.", "direct", "said", "the Georgia Democrat", "Paul Ames"}}},
		{"wire apostrophe as a straight mark", `The country"s output fell, "and we don"t expect a rise," the minister said.`,
			[]want{{"and we don\"t expect a rise", "partial", "said", "the minister", ""}}},
		{"term in straight marks inside a quote", `"They may be talking to a "white knight" now," said analyst Ann Roe.`,
			[]want{{"They may be talking to a \"white knight\" now", "direct", "said", "analyst Ann Roe", "Ann Roe"}}},
		{"dotted abbreviation in a document's issuer", "The U.S. Embassy report says growth slowed.\n\n\"Reform has stalled,\" the report says.",
			[]want{{"Reform has stalled", "direct", "says", "the report", "U.S. Embassy"}}},
		{"said one after some doers", "The rules have annoyed some makers, who had ignored them.\n\n\"It is like a command economy,\" said one.",
			[]want{{"It is like a command economy", "direct", "said", "one", "maker"}}},
		{"said one after But the sources", "But the sources said Kerr would stay. \"Who would ask him?\" said one.",
			[]want{{"Who would ask him?", "direct", "said", "one", "source"}}},
		{"unlisted role placed for a body", `"We are not sure," said a lobbyst for a large farm group.`,
			[]want{{"We are not sure", "direct", "said", "a lobbyst", ""}}},
		// Issue 4, round 25: "the report" never named before is the body
		// that "said in an annual review"; an adjective before a document's
		// qualifier; an "it" carries the body a report or an "it" was
		// resolved to; a firm's short name is no person; ", adding" after
		// "it said" is the verb's subject; a participle's agent and its
		// appositive are no subject; a possessive before a wire's brackets
		// makes a firm; "the Chancellor" is the one titled so; an opening
		// participle's phrase or "According to" before "one <role>", then
		// he; "one said" after "They say" after a group; "another" after
		// "one expert".
		{"report first named as a review", "The Northern Trade Council said growth would slow.\n\nExports may fall, it said in an annual review.\n\nThe report said industry was \"poorly adapted to demand.\"\n\n\"Costs must fall,\" it said.",
			[]want{{"poorly adapted to demand.", "partial", "said", "The report", "Northern Trade Council"}, {"Costs must fall", "direct", "said", "it", "Northern Trade Council"}}},
		{"adjective before a document's qualifier, then it", "A confidential Harbour Fund report said prices would rise.\n\nThe report, published by a weekly, The Ledger, said the plan \"gains little in the long run.\"\n\n\"Inflation will return,\" it added.",
			[]want{{"gains little in the long run.", "partial", "said", "The report", "Harbour Fund"}, {"Inflation will return", "direct", "added", "it", "Harbour Fund"}}},
		{"firm's short name after its full name", "Bright Optics Inc said sales fell.\n\nBright Optics earned less last year.\n\nThe company added \"we expect a weak quarter.\"",
			[]want{{"we expect a weak quarter.", "partial", "added", "The company", "Bright Optics"}}},
		{"adding after it said", "Owing to delays, \"we must be careful,\" it said, adding \"some pressure is expected.\"",
			[]want{{"we must be careful", "partial", "said", "it", ""}, {"some pressure is expected.", "partial", "adding", "it", ""}}},
		{"possessive before a wire's brackets", "Tom Reed, a manager for Delta Oil, said it would buy.\n\nJapan's <Sakura Oil> has joined a venture.\n\n\"The competition is stiff,\" he said.",
			[]want{{"The competition is stiff", "direct", "said", "he", "Tom Reed"}}},
		{"the Chancellor is the one titled so", "Chancellor of the Exchequer Nigel Hart said growth would rise.\n\nHart said taxes would fall.\n\n\"Money will be watched,\" the Chancellor told Parliament.",
			[]want{{"Money will be watched", "direct", "told", "the Chancellor", "Nigel Hart"}}},
		{"opening participle before one role, then he", "Putting it sharply, one senior banking official blamed the lenders.\n\n\"They can do more,\" he said.",
			[]want{{"They can do more", "direct", "said", "he", "one senior banking official"}}},
		{"one said after They say after a group", "But Western economic experts say the figure is false.\n\nThey say it is blurred.\n\n\"It is an excuse,\" one said.",
			[]want{{"It is an excuse", "direct", "said", "one", "Western economic expert"}}},
		{"another after one expert", "\"It is an illusion,\" said one expert.\n\n\"There is a limit,\" another said.",
			[]want{{"It is an illusion", "direct", "said", "one expert", ""}, {"There is a limit", "direct", "said", "another", "expert"}}},
		{"charged is a speech verb", `In addition, the suit charged that the firm "acted to evade the rules."`,
			[]want{{"acted to evade the rules.", "partial", "charged", "the suit", ""}}},
		{"it kept over paragraphs of it said", "But the Trade Council backed the plan.\n\nGrowth could slow, it said.\n\nOn the other hand, the report noted, costs rose.\n\n\"Wages must stay low,\" it said.",
			[]want{{"Wages must stay low", "direct", "said", "it", "Trade Council"}}},
		{"he after according to one role", "According to one Western envoy, an expert on trade, the estimate is old.\n\nBut the figures were inflated, he said, calling it \"a theoretical projection.\"",
			[]want{{"a theoretical projection.", "partial", "calling", "he", "one Western envoy"}}},
		{"no quotes", "Nothing quoted here.\n\nNor here.", nil},
		// Issue 4, round 26: a he or she never stands for a market or an
		// abstraction named as a subject ("The Lisbon Stock Exchange",
		// "Third World debt", "Management").
		{"he past a stock exchange", "Broker Paul Rennick said shares would rise.\n\nRennick said the gains began in January. The Lisbon Stock Exchange index rose 20 pct last year.\n\n\"We expect more,\" he said.",
			[]want{{"We expect more", "direct", "said", "he", "Paul Rennick"}}},
		{"he past Third World", "Finance Minister Carl Demmer wrote to the banks.\n\nHe said such plans let banks sell Third World debt to investors. \"Swaps are no panacea,\" he said.",
			[]want{{"Swaps are no panacea", "direct", "said", "he", "Carl Demmer"}}},
		{"he past Management", "Analyst David Loeb of Pine Capital said the stock was cheap.\n\nManagement has said it will stay public. \"Nobody will bid,\" he said.",
			[]want{{"Nobody will bid", "direct", "said", "he", "David Loeb"}}},
		// Issue 4, round 27: a he or she chain passes over one paragraph
		// of background, but not one that brings in a group of people,
		// nor a role named in the pronoun's own paragraph; "the company"
		// and "it" with nothing nearer are the firm a story's lead names.
		{"pronoun chain over one background paragraph", "Trade envoy Clay Yates said talks were needed.\n\n\"We need a round,\" he said.\n\nThe last round was launched in 1986.\n\nDebt will also help, he said.\n\n\"They need open markets,\" he said.",
			[]want{{"We need a round", "direct", "said", "he", "Clay Yates"}, {"They need open markets", "direct", "said", "he", "Clay Yates"}}},
		{"pronoun chain not over a paragraph of analysts", "Trade envoy Clay Yates said talks were needed.\n\n\"We need a round,\" he said.\n\nBut other analysts doubted the round would help.\n\nDebt will also help, he said.\n\n\"They need open markets,\" he said.",
			[]want{{"We need a round", "direct", "said", "he", "Clay Yates"}, {"They need open markets", "direct", "said", "he", ""}}},
		{"pronoun chain not past a role in its paragraph", "Trade envoy Clay Yates said talks were needed.\n\nHe said more was to come.\n\nHe said the plan was new.\n\n\"Prices must fall,\" said the regional manager of a big oil firm. \"The market is teaching them,\" he added.",
			// Round 36: the role itself, no longer left unresolved.
			[]want{{"Prices must fall", "direct", "said", "the regional manager", ""}, {"The market is teaching them", "direct", "added", "he", "the regional manager"}}},
		{"the company is the lead's firm", "Union Carbide Corp said its debt fell.\n\nThe company released its results.\n\nProfit rose in the quarter.\n\nSales were flat in the year.\n\nIn a statement, the company said it defeated a takeover, adding, \"Our businesses did well.\"",
			[]want{{"Our businesses did well.", "direct", "adding", "the company", "Union Carbide Corp"}}},
		{"the company with two firms in view", "Union Carbide Corp said its debt fell.\n\nProfit rose in the quarter.\n\nSales were flat in the year.\n\nGAF Corp said it would bid.\n\nIn a statement, the company said it defeated a takeover, adding, \"Our businesses did well.\"",
			[]want{{"Our businesses did well.", "direct", "adding", "the company", ""}}},
		{"it is the lead's firm", "John Labatt Ltd said its market share held.\n\nProfit rose 20 pct in the quarter.\n\nSales were up almost as much.\n\n\"All segments did well,\" it said.",
			[]want{{"All segments did well", "direct", "said", "it", "John Labatt Ltd"}}},
	}
	checkRows(t, tests)
}

// checkSpans checks that f's offsets lie in text, are ordered and agree
// with its strings.
func checkSpans(t *testing.T, text string, f quote.Found) {
	t.Helper()
	if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
		t.Fatalf("content span [%d,%d) out of text of %d bytes", f.Start, f.End, len(text))
	}
	if f.OpenMark < 0 || f.OpenMark >= f.Start || f.CloseMark >= 0 && (f.CloseMark < f.End || f.CloseMark >= len(text)) {
		t.Fatalf("marks %d,%d around [%d,%d)", f.OpenMark, f.CloseMark, f.Start, f.End)
	}
	if f.CueStart >= 0 && (f.CueEnd > len(text) || f.CueStart >= f.CueEnd || text[f.CueStart:f.CueEnd] != f.Cue) {
		t.Fatalf("cue span [%d,%d) does not hold %q", f.CueStart, f.CueEnd, f.Cue)
	}
	if f.SpeakerStart >= 0 && (f.SpeakerEnd > len(text) || f.SpeakerStart >= f.SpeakerEnd || text[f.SpeakerStart:f.SpeakerEnd] != f.Speaker) {
		t.Fatalf("speaker span [%d,%d) does not hold %q", f.SpeakerStart, f.SpeakerEnd, f.Speaker)
	}
}

func TestAnnotate(t *testing.T) {
	text := "Jane Smith arrived.\n\n“I am worried,” she told reporters. Talks went on."
	doc := &annals.Doc{Article: annals.Article{Title: "Talks", Text: text}}
	doc.Sentences = []annals.Sentence{
		{Start: 0, End: 5, Title: true, Para: -1},
		{Start: 0, End: 19},
		{Start: 21, End: strings.Index(text, " Talks")},
		{Start: strings.Index(text, "Talks"), End: len(text)},
	}
	if err := quote.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(doc.Quotes))
	}
	q := doc.Quotes[0]
	if q.Text != "I am worried" || q.Sentence != 2 || q.Cue != "told" || q.Kind != quote.Direct {
		t.Errorf("quote = %+v", q)
	}
	if q.Speaker == nil || q.Speaker.Text != "she" || q.Speaker.Name != "Jane Smith" || q.Speaker.Via != "coref" {
		t.Errorf("speaker = %+v", q.Speaker)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := quote.New().Annotate(ctx, doc); err == nil {
		t.Error("Annotate with a cancelled context: no error")
	}
}
