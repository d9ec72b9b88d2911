-- events and claims per article, linked across articles into ledger events and ledger claims
CREATE TABLE ledger_events (
  id INTEGER PRIMARY KEY,
  type VARCHAR(32) NOT NULL,
  actor_ledger_id INTEGER REFERENCES ledger_entities (id),
  target_ledger_id INTEGER REFERENCES ledger_entities (id),
  event_day VARCHAR(32),
  first_published VARCHAR(32),
  last_published VARCHAR(32),
  article_count INTEGER NOT NULL
);
CREATE INDEX ledger_events_key ON ledger_events (type, actor_ledger_id, target_ledger_id);

-- one row per event of an article; event time (time_value, event_day) and publication kept apart
CREATE TABLE events (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  event_id VARCHAR(32) NOT NULL,
  type VARCHAR(32) NOT NULL,
  mode VARCHAR(32),
  cameo VARCHAR(8) NOT NULL,
  trigger TEXT NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  actor_name TEXT,
  actor_entity_id VARCHAR(32),
  actor_ledger_id INTEGER REFERENCES ledger_entities (id),
  target_name TEXT,
  target_entity_id VARCHAR(32),
  target_ledger_id INTEGER REFERENCES ledger_entities (id),
  location_name TEXT,
  time_id VARCHAR(32),
  time_value TEXT,
  event_day VARCHAR(32),
  negated INTEGER NOT NULL,
  modality VARCHAR(32) NOT NULL,
  attribution_id VARCHAR(32),
  ledger_event_id INTEGER NOT NULL REFERENCES ledger_events (id),
  link_rule VARCHAR(32) NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_actor ON events (actor_ledger_id);
CREATE INDEX events_target ON events (target_ledger_id);
CREATE INDEX events_ledger ON events (ledger_event_id);

CREATE TABLE ledger_claims (
  id INTEGER PRIMARY KEY,
  proposition TEXT NOT NULL,
  proposition_key TEXT NOT NULL,
  status VARCHAR(32) NOT NULL,
  first_published VARCHAR(32),
  last_published VARCHAR(32),
  article_count INTEGER NOT NULL
);
CREATE INDEX ledger_claims_key ON ledger_claims (proposition_key);

CREATE TABLE claims (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  claim_id VARCHAR(32) NOT NULL,
  proposition TEXT NOT NULL,
  proposition_begin INTEGER NOT NULL,
  proposition_end INTEGER NOT NULL,
  event_id VARCHAR(32),
  status VARCHAR(32) NOT NULL,
  ledger_claim_id INTEGER NOT NULL REFERENCES ledger_claims (id),
  link_rule VARCHAR(32) NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);
CREATE INDEX claims_ledger ON claims (ledger_claim_id);

CREATE TABLE claim_sources (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  claim_id VARCHAR(32) NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  type VARCHAR(16) NOT NULL,
  entity_id VARCHAR(32),
  attribution_id VARCHAR(32) NOT NULL,
  PRIMARY KEY (article_id, claim_id, position)
);

-- each status change of a claim in an article, with the words that give it
CREATE TABLE claim_history (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  claim_id VARCHAR(32) NOT NULL,
  position INTEGER NOT NULL,
  status VARCHAR(32) NOT NULL,
  by_name TEXT NOT NULL,
  entity_id VARCHAR(32),
  evidence TEXT NOT NULL,
  evidence_begin INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id, position)
);
