-- Entity search runs on an in-memory index (EntitySearchIndex) that each replica refreshes with the rows changed
-- since its last look. A row's revision is the 64-bit id of the transaction that last wrote it; a refresh reads
-- every row whose revision is at or above the oldest transaction still running at its previous refresh, so a
-- transaction that commits late is never skipped (pg_current_xact_id needs PostgreSQL 13 or later).
alter table entity add column revision bigint not null default 0;
alter table entity_alias add column revision bigint not null default 0;

create function stamp_revision() returns trigger language plpgsql as $$
begin
    new.revision := pg_current_xact_id()::text::bigint;
    return new;
end
$$;
create trigger entity_revision before insert or update on entity for each row execute function stamp_revision();
create trigger entity_alias_revision before insert or update on entity_alias for each row execute function stamp_revision();
create index entity_revision on entity (revision);
create index entity_alias_revision on entity_alias (revision);

-- Name and alias matching no longer happens in SQL.
drop index entity_name_trgm;
drop index entity_alias_trgm;
drop index entity_name;
drop index entity_alias_alias;
