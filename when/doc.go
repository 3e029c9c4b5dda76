// Package when finds temporal expressions in news sentences and resolves
// them against the article's publication date, the way a news reader does.
//
// [Resolver.Find] scans one sentence with a hand-written scanner (no
// regular expressions): it splits the sentence into words, numbers and
// marks, looks each short word up in a fixed keyword table, and tries the
// grammar only at keywords and numbers, so sentences without a time cost
// little and allocate nothing; a sentence with no digit and no word that
// names a time by itself (a weekday, a month, a unit, today) is not even
// split. [Resolver.Annotate] runs Find over a
// [annals.Doc] as a pipeline stage. [Parse] reads publication dates.
//
// Values follow TIMEX3 and are as precise as the text: 2021-10-12 (a day),
// 2021-08 (a month), 2021 (a year), 2021-W40 (an ISO week), 2021-W40-WE (a
// weekend), 2021-SU (a season: SP, SU, FA, WI, winter named by its
// December), 2021-Q3 (a quarter), 2021-H1 (a half year), 199X (a decade).
//
// The rules, for a publication date pub:
//
//   - A bare weekday ("on Tuesday") is the most recent such day on or before
//     pub; "last Tuesday" the most recent strictly before; "next Tuesday"
//     and "this coming Tuesday" the first strictly after.
//   - today, tonight, this morning: pub; yesterday, last night: pub-1;
//     tomorrow: pub+1; the day before yesterday, the day after tomorrow.
//   - last/this/next week, weekend, month, quarter, year, season, with
//     "earlier", "later", "early", "late", "mid-" and "the end/beginning of"
//     kept in the text but not in the value.
//   - A bare month ("in August") is the most recent such month not after
//     pub; "last August" strictly before, "next August" strictly after.
//     "August 2021", "January next year", "May of last year" are exact.
//   - Month and day without a year ("August 15", "15 August", "Aug. 15")
//     give the most recent such date on or before pub, unless that is more
//     than 270 days back, when the next one is meant.
//   - A bare quarter ("the fourth quarter") is the nearest one to pub, a tie
//     going to pub's year.
//   - A future cue just before the expression in the same clause (will,
//     shall, 'll, should, scheduled, upcoming, expected, due but not "due
//     to", set/going/plan to), or "by" opening it (a deadline), turns a bare weekday, month, month and day,
//     season or quarter to the first one on or after pub; so does a
//     following "delivery", "futures", "shipment" or the like for a month.
//   - In [Resolver.Annotate], after the tagger, the verb nearest before
//     the expression in its own clause (else the first after it) settles
//     the direction of a bare weekday, month, date, season or quarter: a
//     future or intending one (will, would, may, should, plan to, be to)
//     sends it forward; a plain past one keeps a month and day back even
//     when more than 270 days back ("was arrested on March 3").
//   - "the same period/month/quarter last year", "... a year ago", "... of
//     the previous year" is the period named earlier in the sentence, a
//     year back ("rose in February compared to the same period last
//     year": February of the year before); without one, the previous year.
//   - "fiscal first quarter", "the first fiscal quarter of 2020" are read
//     as calendar quarters; "fiscal 2011" as the year 2011.
//   - "N days/weeks ago" is a day, "N months ago" a month, "N years ago" a
//     year; N is a numeral or one..twenty, "a" or "an". "a few days ago",
//     durations ("for three weeks"), "now" and "currently" give nothing.
//   - Years are four-digit numbers 1900–2099 (1600–1899 after a
//     preposition), not followed by a unit or % and not after $ ("2000
//     tonnes", "1800 GMT" are not years). "1987-88" and "1986/87" (crop and
//     fiscal years) give their first year; "2001-2021" gives both years.
//     Decades: "the 1990s", "the '90s", "in the 90s" (a two-digit decade needs
//     "the" or an apostrophe, and not "the mid 30s", more often a price).
//   - Month names must be capitalised, and a bare one without a preposition
//     must not stand next to another capitalised word (Theresa May), nor be
//     "May" opening a sentence before a lower-case word (the modal).
//     Abbreviations (Jan, Aug.) need a day or year.
//   - "the previous year" and "the year previous" are the year before the
//     last one named earlier in the sentence ("last year, less than the
//     year previous": two years back), else the year before pub's.
//   - "the day", "the same day", "late in the day", "the start of the day"
//     ("ending the day at 7,114") are the last day named earlier in the
//     sentence, else, in [Resolver.Annotate], the last day within a week
//     of pub named earlier in the article, else pub. "the day of the
//     vote", "the day he died" and "the day before" are left alone.
//   - "the weekend" ("during the weekend") is the last weekend, the
//     current one on a Saturday or Sunday, the coming one after a future cue.
//   - "until Friday", "till March" look forward like a future cue, unless
//     the tagger finds a plain past verb ("was closed until Friday").
//   - Ranges: "June 10-12" and "3-5 March" give the first day; "March to
//     May 2019" gives March the closing month's year.
//   - "the first half of 2020", "the second half of last year" are halves
//     (2020-H1); a bare "second half" is a match's, and gives nothing.
//   - "fiscal year 2011" is the year 2011.
//   - "since '82" (after a preposition or "of") is the year 1982; "the 70s
//     and 80s" gives both decades.
//   - A season after a possessive ("their autumn meetings") is read as
//     after "the".
//   - A year between two capitalised words that are no keywords is part of
//     a name (the Russell 2000 Index) and gives nothing.
//   - Other anaphoric expressions ("that day", "a year earlier") are left
//     alone: they hang on the time of another event, not on pub. Vague
//     ones ("recently", "now", "the past") give nothing either: an event
//     takes its date from the time of its clause, so every value must be
//     a calendar one.
//
// Without a publication date only absolute expressions are found: full
// dates, months and seasons with a year, years, decades and quarters with
// a year.
package when
