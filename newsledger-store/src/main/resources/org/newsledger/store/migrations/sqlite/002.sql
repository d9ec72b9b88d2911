-- full-text search (SQLite FTS5; a PostgreSQL dialect would use tsvector columns instead)
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE statements_fts USING fts5 (
  content, source_name, content = 'attributions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
