-- articles and the facts extracted from them
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  content_hash VARCHAR(64) NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  source_label TEXT NOT NULL,
  url TEXT,
  title TEXT,
  published VARCHAR(32),
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  near_duplicate_of INTEGER REFERENCES articles (id),
  similarity REAL,
  ingested_at VARCHAR(32) NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_near_duplicate_of ON articles (near_duplicate_of);

-- MinHash LSH buckets for near-duplicate candidates: one row per article and band
CREATE TABLE article_bands (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  band INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  PRIMARY KEY (article_id, band)
);
CREATE INDEX article_bands_bucket ON article_bands (band, bucket);

CREATE TABLE entities (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  entity_id VARCHAR(32) NOT NULL,
  name TEXT NOT NULL,
  type VARCHAR(16) NOT NULL,
  subtype VARCHAR(32) NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);

-- every name an entity goes by in one article (canonical name and aliases), lower-cased
CREATE TABLE entity_names (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  entity_id VARCHAR(32) NOT NULL,
  name_key TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id, name_key)
);
CREATE INDEX entity_names_key ON entity_names (name_key);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  mention_id VARCHAR(32) NOT NULL,
  entity_id VARCHAR(32),
  text TEXT NOT NULL,
  type VARCHAR(16) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, mention_id)
);

CREATE TABLE attributions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id),
  attribution_id VARCHAR(32) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  cue TEXT NOT NULL,
  cue_begin INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  content_begin INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  source_name TEXT NOT NULL,
  source_key TEXT NOT NULL,
  source_type VARCHAR(16) NOT NULL,
  source_entity_id VARCHAR(32),
  source_begin INTEGER,
  source_end INTEGER,
  via VARCHAR(32),
  in_headline INTEGER NOT NULL,
  rule TEXT NOT NULL,
  UNIQUE (article_id, attribution_id)
);
CREATE INDEX attributions_source_key ON attributions (source_key);
CREATE INDEX attributions_source_entity ON attributions (article_id, source_entity_id);

CREATE TABLE times (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  time_id VARCHAR(32) NOT NULL,
  text TEXT NOT NULL,
  type VARCHAR(16) NOT NULL,
  value TEXT,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, time_id)
);

CREATE TABLE epistemic_acts (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  act_id VARCHAR(32) NOT NULL,
  act VARCHAR(32) NOT NULL,
  actor_name TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  actor_type VARCHAR(16) NOT NULL,
  actor_entity_id VARCHAR(32),
  cue TEXT NOT NULL,
  cue_begin INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  target TEXT,
  target_begin INTEGER,
  target_end INTEGER,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, act_id)
);
CREATE INDEX epistemic_acts_actor_key ON epistemic_acts (actor_key);

-- inputs that could not be read, analyzed or stored, with the reason
CREATE TABLE ingest_failures (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  reason TEXT NOT NULL,
  failed_at VARCHAR(32) NOT NULL
);
