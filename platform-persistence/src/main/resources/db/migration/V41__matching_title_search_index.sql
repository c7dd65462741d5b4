-- The achievement word search reads a bounded number of rows however common the words (decision 0049):
-- it ranks the first 1,000 hits and the hits with every word in the title. This index finds the latter
-- without reading the rows of the hits in summaries (search_title holds the title's words as
-- search_vector's weight-A part does, decision 0040).
create index achievement_title_search_idx on achievement using gin (to_tsvector('simple', search_title));
