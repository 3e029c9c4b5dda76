-- 001: articles and everything coded from them.

CREATE TABLE articles (
	id        INTEGER PRIMARY KEY,
	hash      TEXT NOT NULL UNIQUE,  -- sha256 of the normalised text
	ext_id    TEXT NOT NULL,         -- the id the article came with
	title     TEXT NOT NULL DEFAULT '',
	date      TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	text      TEXT NOT NULL,
	discarded TEXT NOT NULL DEFAULT '',
	signature BLOB,                  -- MinHash of the text, for near duplicates
	coded     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX articles_ext_id ON articles(ext_id);

CREATE TABLE sentences (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	n          INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	title      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, n)
) WITHOUT ROWID;

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	article_id     INTEGER NOT NULL REFERENCES articles(id),
	sentence       INTEGER NOT NULL,
	date           TEXT NOT NULL DEFAULT '',
	source_code    TEXT NOT NULL DEFAULT '',
	source_name    TEXT NOT NULL DEFAULT '',
	source_country TEXT NOT NULL DEFAULT '',
	target_code    TEXT NOT NULL DEFAULT '',
	target_name    TEXT NOT NULL DEFAULT '',
	target_country TEXT NOT NULL DEFAULT '',
	code           TEXT NOT NULL,
	root           TEXT NOT NULL DEFAULT '',
	plover         TEXT NOT NULL DEFAULT '',
	quad_class     INTEGER NOT NULL DEFAULT 0,
	goldstein      REAL NOT NULL DEFAULT 0,
	negated        INTEGER NOT NULL DEFAULT 0,
	mode           TEXT NOT NULL DEFAULT '',
	place_name     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
	place_country  TEXT NOT NULL DEFAULT '',
	source_json    TEXT,  -- annals.ActorRef
	target_json    TEXT,
	location_json  TEXT,  -- annals.Place
	evidence_json  TEXT NOT NULL  -- annals.Evidence
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target_country ON events(target_country, date);
CREATE INDEX events_source ON events(source_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(code, date);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_place ON events(place_name);
CREATE INDEX events_place_country ON events(place_country, date);
CREATE INDEX events_group ON events(date, source_code, target_code, code);

CREATE TABLE quotes (
	id           INTEGER PRIMARY KEY,
	article_id   INTEGER NOT NULL REFERENCES articles(id),
	sentence     INTEGER NOT NULL,
	text         TEXT NOT NULL,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	kind         TEXT NOT NULL DEFAULT '',
	cue          TEXT NOT NULL DEFAULT '',
	speaker_name TEXT NOT NULL DEFAULT '',
	speaker_code TEXT NOT NULL DEFAULT '',
	speaker_json TEXT,
	quote_json   TEXT NOT NULL  -- the whole annals.Quote
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_code);

CREATE TABLE entities (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL REFERENCES articles(id),
	name        TEXT NOT NULL,
	type        TEXT NOT NULL DEFAULT '',
	role        TEXT NOT NULL DEFAULT '',
	affiliation TEXT NOT NULL DEFAULT '',
	code        TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	mentions    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE places (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	name       TEXT NOT NULL,
	country    TEXT NOT NULL DEFAULT '',
	lat        REAL NOT NULL DEFAULT 0,
	lon        REAL NOT NULL DEFAULT 0,
	geonameid  INTEGER NOT NULL DEFAULT 0,
	dateline   INTEGER NOT NULL DEFAULT 0,
	mentions   TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX places_article ON places(article_id);
CREATE INDEX places_name ON places(name);

CREATE TABLE times (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	sentence   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	value      TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL
);
CREATE INDEX times_article ON times(article_id);

-- Near duplicates (wire copies) are kept, and recorded here.
CREATE TABLE duplicates (
	article_id INTEGER PRIMARY KEY REFERENCES articles(id),
	of_id      INTEGER NOT NULL REFERENCES articles(id),
	similarity REAL NOT NULL
);

-- GDELT-style counts of the same (date, source, target, code) across
-- articles and distinct sources, refreshed at the end of each ingest.
CREATE TABLE event_groups (
	date         TEXT NOT NULL,
	source_code  TEXT NOT NULL,
	target_code  TEXT NOT NULL,
	code         TEXT NOT NULL,
	num_mentions INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	num_sources  INTEGER NOT NULL,
	PRIMARY KEY (date, source_code, target_code, code)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
