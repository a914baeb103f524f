-- Name and alias search is "contains" (LIKE '%q%'); trigram indexes keep it fast at hundreds of thousands of
-- entities. pg_trgm is a trusted extension (PostgreSQL 13+): the schema owner may create it.
create extension if not exists pg_trgm;
create index entity_name_trgm on entity using gin (name gin_trgm_ops);
create index entity_alias_trgm on entity_alias using gin (alias gin_trgm_ops);
