-- each clustered article's story vector, so that a story can be split after it has grown
CREATE TABLE story_article_features (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  feature TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (article_id, feature)
);
