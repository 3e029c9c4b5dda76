package quote

import "strings"

// gender is a person's grammatical gender as far as the text shows it.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

// pronounGender returns the gender a personal pronoun asks for.
func pronounGender(w string) gender {
	switch w {
	case "he", "He", "his", "His", "him":
		return male
	case "she", "She", "her", "Her":
		return female
	}
	return unknownGender
}

// nameGender guesses the gender of a full name from its first word, a
// common given name: "Michelle Obama" is female, "Joe Biden" male. Names
// used for both, and names not listed, give unknownGender, which agrees
// with either pronoun.
func nameGender(name string) gender {
	first, _, _ := strings.Cut(name, " ")
	switch {
	case maleNames.has(first):
		return male
	case femaleNames.has(first):
		return female
	}
	return unknownGender
}

// agrees reports whether a pronoun asking for g may refer to name.
func agrees(g gender, name string) bool {
	if g == unknownGender {
		return true
	}
	n := nameGender(name)
	return n == unknownGender || n == g
}

// agrees is [agrees] with the article's own evidence for names the
// given-name lists do not know: the subject pronoun that follows the
// name's last word in a sentence where no other name comes between
// ("Quirin denied …, but upon learning his DNA … he claimed" makes Antoine
// Quirin male). Possessives are no evidence: "Meltzer tweeted after
// hearing the news of her death".
func (s *scratch) agrees(g gender, name string) bool {
	if g == unknownGender || nameGender(name) != unknownGender {
		return agrees(g, name)
	}
	tg := s.textGender(name)
	return tg == unknownGender || tg == g
}

// knownGender returns the gender of name from the given-name lists or,
// failing them, from the article's own evidence (see [scratch.agrees]);
// unknownGender when neither tells.
func (s *scratch) knownGender(name string) gender {
	if g := nameGender(name); g != unknownGender {
		return g
	}
	return s.textGender(name)
}

// wordGender is textGender's answer for one last word of a name.
type wordGender struct {
	word string
	g    gender
}

// textGender returns the gender of the first subject "he" or "she" after
// name's last word in a sentence with no other name between them, or
// unknownGender when there is none. The answer depends only on that word
// and the article's tokens, so it is kept for the article: the speakers
// of one story ask of the same few surnames again and again, and each
// fresh answer scans every token.
func (s *scratch) textGender(name string) gender {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if last == "" {
		return unknownGender // no word token is empty
	}
	for _, wg := range s.genders {
		if wg.word == last {
			return wg.g
		}
	}
	g := s.scanGender(last)
	s.genders = append(s.genders, wordGender{last, g})
	return g
}

// scanGender is textGender's scan of the article for the word last.
func (s *scratch) scanGender(last string) gender {
	// The article's every token is looked at: its length and first byte
	// are compared before the word is, which rules out most of them with
	// no string made.
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != tWord || int(t.end-t.start) != len(last) || s.text[t.start] != last[0] || s.word(k) != last {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+15; j++ {
			t := s.toks[j]
			if t.kind == tPara || t.kind == tOpen || t.kind == tStop && s.sentEnd(j) {
				break
			}
			if t.kind != tWord {
				continue
			}
			if t.flags&fCap != 0 && !functionCaps.has(s.word(j)) && !pronouns.has(s.word(j)) && !possessive(s.word(j)) && !isAcronym(s.word(j)) {
				break // another name may own what follows
			}
			if w := s.word(j); w == "he" || w == "she" {
				return pronounGender(w)
			}
		}
	}
	return unknownGender
}

// maleNames and femaleNames are common given names, English and
// international, written from general knowledge; names commonly given to
// both (Jordan, Alex, Robin) are in neither.
var maleNames = set(`Jacques Michel Aaron Abdul Abdullah Adam Adrian Ahmed Alan Albert
	Alexander Alexei Ali Andrew Andrzej Angelo Anthony Antonio Arthur Barack
	Ben Benjamin Bernard Bernie Bill Bob Boris Brad Brendan Brian Bruce Carl
	Carlos Charles Chris Christian Christopher Chuck Colin Craig Dan Daniel
	Darren David Dennis Denzel Dick Dmitry Don Donald Doug Douglas Duncan
	Edward Emmanuel Eric Erick Erwin Eugene Francis Frank Fred Gary Gavin
	George Gerald Giuseppe Gordon Greg Gregory Hans Harold Harry Henry Howard
	Hugh Hunter Ian Igor Ivan Jack Jacob James Jamie Jason Jean-Claude Jeff
	Jeffrey Jeremy Jerome Jim Jimmy Joachim Joe John Jon Jonathan Jorge Jose
	Joseph Juan Justin Kanye Keith Ken Kenneth Kevin Kyle Larry Leon Luis
	Mahmoud Marco Mark Martin Mateusz Matt Matthew Michael Miguel Mike Mikhail
	Mohammed Muhammad Narendra Nathan Neil Nicholas Nick Nicolas Oleg Oliver
	Omar Oscar Patrick Paul Pedro Peter Phil Philip Pierre Piotr Ralph Ramon
	Raul Ray Richard Rick Robert Roger Ron Ronald Ross Roy Rudy Russell Ryan
	Sam Samuel Scott Sean Sebastian Sergei Sergey Simon Stanley Stefan Stephen
	Steve Steven Stuart Ted Thomas Tim Timothy Todd Tom Tomasz Tony Troy
	Vadim Victor Viktor Vinnie Vladimir Walter Wayne William Xi Yevgeny Yuri
	Zbigniew Łukasz Paweł Krzysztof Mariusz Mitch Rand Elon Jair
	Recep Shinzo Rishi Keir Volodymyr Sergio`)

var femaleNames = set(`Agnieszka Alexandra Alice Alicia Amanda Amy Andrea
	Angela Ann Anna Anne Barbara Betsy Beverly Brenda Carol Caroline
	Catherine Charlotte Christina Christine Cindy Claire Claudia Deborah
	Denise Diana Diane Donna Dorothy Elizabeth Ella Ellen Emily Emma Erin
	Gloria Hannah Heather Helen Hillary Ilhan Irene Jacqueline Jane Janet
	Jennifer Jessica Jill Joan Joanna Jo Judith Julia Julie Kamala Karen
	Kate Katherine Kathleen Kathryn Kathy Katie Kelly Kristen Laura Lauren
	Linda Lisa Liz Louise Lucy Maria Marie Marine Martha Mary Maya Megan
	Margaret Kimberly Elena Marta
	Melania Melissa Michelle Monika Nancy Natalia Natalie Nicola Nicole
	Nikki Olga Olivia Pamela Patricia Rachel Rebecca Rose Ruth Sandra Sarah
	Sharon Sophie Stephanie Susan Suzanne Svetlana Tamara Teresa Theresa
	Tulsi Ursula Valerie Veronika Victoria Virginia Wendy Yulia Zoe
	Greta Jacinda Angelina Oprah Kirsten Ayanna Alexandria Tammy
	Kyoko Hana Ilona Beata Ewa Małgorzata Katarzyna`)

// honorificGender returns the gender an honorific right before token a
// gives ("Mr", "Mrs", "Ms"), or unknownGender.
func (s *scratch) honorificGender(a int) gender {
	k := a - 1
	if k >= 0 && s.toks[k].kind == tStop {
		k-- // "Mr."
	}
	if !s.isWord(k) {
		return unknownGender
	}
	switch s.word(k) {
	case "Mr", "Sir", "Lord":
		return male
	case "Mrs", "Ms", "Miss", "Dame", "Lady", "Madam":
		return female
	}
	return unknownGender
}
