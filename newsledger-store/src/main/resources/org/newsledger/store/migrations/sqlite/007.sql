-- indexes keeping the cost of storing an article flat as its story grows
-- matching a claim no longer reads every claim of the story or of the event, a
-- ledger claim's status no longer reads all its articles, and an entity's context no longer reads
-- every article it is in
CREATE TABLE story_claim_words (
  story_id INTEGER NOT NULL,
  word TEXT NOT NULL,
  ledger_claim_id INTEGER NOT NULL,
  PRIMARY KEY (story_id, word, ledger_claim_id)
) WITHOUT ROWID;
CREATE TABLE ledger_event_claims (
  ledger_event_id INTEGER NOT NULL,
  ledger_claim_id INTEGER NOT NULL,
  PRIMARY KEY (ledger_event_id, ledger_claim_id)
) WITHOUT ROWID;
CREATE TABLE ledger_claim_sources (
  ledger_claim_id INTEGER NOT NULL,
  source_key TEXT NOT NULL,
  status TEXT NOT NULL,
  published TEXT NOT NULL,
  article_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (ledger_claim_id, source_key)
) WITHOUT ROWID;
CREATE TABLE ledger_entity_context (
  ledger_entity_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (ledger_entity_id, name)
) WITHOUT ROWID;
INSERT OR IGNORE INTO ledger_entity_context (ledger_entity_id, name)
  SELECT l.ledger_entity_id, e.name FROM entity_links l
  JOIN entities e ON e.article_id = l.article_id AND e.entity_id <> l.entity_id;
-- near-duplicate candidates come in article order straight from the index (no sort of every
-- article sharing a bucket), and a ledger entity's names are found without a scan
DROP INDEX article_bands_bucket;
CREATE INDEX article_bands_bucket ON article_bands (band, bucket, article_id);
CREATE INDEX ledger_entity_names_entity ON ledger_entity_names (ledger_entity_id, name_key);
-- work the store does in Java when it next opens for writing (the claim indexes of older stores)
CREATE TABLE store_tasks (name TEXT PRIMARY KEY);
INSERT INTO store_tasks (name) SELECT 'index-claims' WHERE EXISTS (SELECT 1 FROM claims);
