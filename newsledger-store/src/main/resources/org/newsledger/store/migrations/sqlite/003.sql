-- ledger entities across articles and stories clustering articles
CREATE TABLE ledger_entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type VARCHAR(16) NOT NULL,
  surname_key TEXT NOT NULL,
  roles TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  first_seen VARCHAR(32),
  last_seen VARCHAR(32)
);
CREATE INDEX ledger_entities_surname ON ledger_entities (type, surname_key);

-- every name a ledger entity goes by (canonical names and aliases), lower-cased
CREATE TABLE ledger_entity_names (
  ledger_entity_id INTEGER NOT NULL REFERENCES ledger_entities (id),
  name_key TEXT NOT NULL,
  PRIMARY KEY (name_key, ledger_entity_id)
);

-- which ledger entity an article's entity is, and the rule that decided
CREATE TABLE entity_links (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  entity_id VARCHAR(32) NOT NULL,
  ledger_entity_id INTEGER NOT NULL REFERENCES ledger_entities (id),
  rule VARCHAR(32) NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entity_links_ledger ON entity_links (ledger_entity_id);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT,
  size INTEGER NOT NULL,
  first_published VARCHAR(32),
  last_published VARCHAR(32),
  norm REAL NOT NULL
);

-- the story centroid: summed article vectors, truncated to the heaviest features
CREATE TABLE story_features (
  story_id INTEGER NOT NULL REFERENCES stories (id),
  feature TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (feature, story_id)
);
CREATE INDEX story_features_story ON story_features (story_id);

CREATE TABLE story_articles (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id),
  story_id INTEGER NOT NULL REFERENCES stories (id),
  similarity REAL NOT NULL,
  rule VARCHAR(32) NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

-- in how many clustered articles each feature occurs, for inverse document frequency
CREATE TABLE feature_counts (
  feature TEXT PRIMARY KEY,
  articles INTEGER NOT NULL
);
