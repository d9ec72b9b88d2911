-- what a reader quotes of a statement: a quotation split around its reporting clause ("A," X
-- said. "B.") keeps its parts joined by ' … ' without the reporting clause; NULL when the content
-- is one span (then it is the content itself)
ALTER TABLE attributions ADD COLUMN said TEXT;
