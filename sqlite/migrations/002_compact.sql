-- 002: leaner writes. Sentence offsets move from a row per sentence (most of
-- the rows an ingest wrote) to one packed column of the article row; the Go
-- upgrade for version 2 (sqlite.go) copies the old rows over and drops the
-- table. The full-text indexes keep only which documents hold each term
-- (detail=none, no column sizes): queries match whole words, never phrases,
-- positions or ranks, and the index is under a quarter of the size.

ALTER TABLE articles ADD COLUMN sentences BLOB; -- packSpans; NULL when not coded

DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
	detail=none, columnsize=0);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id',
	detail=none, columnsize=0);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
