-- entity timelines also match events by the actor's or target's name, case-insensitively:
-- index those names so the query is an index lookup, not a scan of every event
CREATE INDEX events_actor_name ON events (lower(actor_name));
CREATE INDEX events_target_name ON events (lower(target_name));
