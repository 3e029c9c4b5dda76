// Package entity is the resolver stage: it gathers the people and
// organisations an article mentions into annals.Entity records, finds their
// roles and affiliations, links later mentions (surnames, he/she, "the
// spokeswoman") to them, and hands what it learnt to the coder and to the
// quote records.
//
// It runs after the actor, place, time and quote stages and reads their
// layers; it never re-tokenises. The work is done in five passes over a Doc:
//
//  1. Dictionary actors. Every actor mention of a PERSON, ORG or GROUP entry
//     becomes, or joins, the entity of that entry. A titled person the
//     dictionary does not know ("Afghan police chief X", which the actor
//     stage marks as a PERSON mention of Afghanistan) becomes an entity named
//     by the capitalised words at the end of the mention.
//  2. Names by pattern. Runs of two to four capitalised words that no earlier
//     stage claimed are people when a title precedes them ("EU spokesperson
//     Nabila Massrali", "Emergencies Minister Yevgeny Zinichev"), when they
//     stand in apposition to a title ("X, the Taliban's acting foreign
//     minister," or "the Taliban's acting foreign minister, X,"), when they
//     are the subject of a speech verb, or when the quote stage named them as
//     a speaker. A run is never a person when it stops right before
//     another proper noun or a dash-joined capitalised word ("National
//     Crime" before "Agency", "African Export" before "–Import Bank"), or
//     holds an organisation word ("Humane Society"); an age or party label
//     before it is no part of the name ("Republican Larry Hogan"), and a
//     hyphened particle ends it ("Nabil Hasan al-Quaety").
//  3. Titles. The words between an actor (or an actor's possessive) and a
//     name are the person's role, the actor the affiliation: "UN
//     Secretary-General Antonio Guterres" is role "Secretary-General",
//     affiliation "United Nations". An unknown person's code is the
//     affiliation's code qualified by the role's code from the agents
//     dictionary (actor.Compose).
//  4. Coreference. A capitalised word equal to a known person's surname joins
//     that person. He/she/him/her go to the person most recently mentioned as
//     a subject or a quote's speaker within a few sentences, skipping anyone
//     already called by the other pronoun; there is no gender lexicon, only
//     that consistency and the honorifics Mr/Mrs/Ms. A definite role noun
//     ("the spokeswoman", "the minister") goes to the most recent person whose
//     role shares its role word.
//  5. Hand-over. A resolved pronoun or role noun that is the subject of a verb
//     group is appended to Doc.Mentions as an implied ActorMention with the
//     entity's name and code, so the coder can use it as a source; quote
//     speakers get the name and code of their entity. Where the quote
//     stage resolved a pronoun or role speaker itself, or wrote a full name
//     in the span, that name picks the entity (or, when no person entity
//     bears it, stands without a code): the quote stage reads the clause
//     structure around the quote, which the nearest-mention rule here
//     does not.
//
// Entity.Mentions holds byte offsets into Doc.Text of body mentions only:
// headline mentions are linked (Mention.Entity) but, since their offsets
// index the title, not listed.
package entity
