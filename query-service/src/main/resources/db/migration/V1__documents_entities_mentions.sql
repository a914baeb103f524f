-- Documents as delivered by ingest-service, with a search vector of CJK bigrams and latin words.
create table document (
    id                        varchar(16)  primary key,
    title                     text,
    published_at              timestamptz,
    published_offset_seconds  integer,
    source                    text,
    url                       text,
    body                      text         not null,
    pipeline_version          varchar(200) not null,
    extracted_at              timestamptz  not null,
    search                    tsvector     not null default ''::tsvector
);
create index document_search on document using gin (search);

-- One row per real-world thing; counts are kept with the mentions that make them, in the same transaction.
create table entity (
    id              bigserial    primary key,
    name            text         not null,
    type            varchar(20)  not null,
    mention_count   integer      not null default 0,
    document_count  integer      not null default 0,
    first_seen      timestamptz,
    last_seen       timestamptz,
    unique (type, name)
);
create index entity_name on entity (name text_pattern_ops);

create table entity_alias (
    entity_id  bigint  not null references entity (id),
    alias      text    not null,
    primary key (entity_id, alias)
);
create index entity_alias_alias on entity_alias (alias text_pattern_ops);

-- Evidence: where in which document, and the sentence around it.
create table mention (
    id              bigserial    primary key,
    entity_id       bigint       not null references entity (id),
    document_id     varchar(16)  not null references document (id) on delete cascade,
    text            text         not null,
    start_offset    integer      not null,
    end_offset      integer      not null,
    sentence_start  integer      not null,
    sentence_end    integer      not null
);
create index mention_entity on mention (entity_id, document_id);
create index mention_document on mention (document_id);

create table position_held (
    id              bigserial    primary key,
    person_id       bigint       not null references entity (id),
    title           text         not null,
    organization    text,
    as_of           date,
    document_id     varchar(16)  not null references document (id) on delete cascade,
    start_offset    integer      not null,
    end_offset      integer      not null,
    sentence_start  integer      not null,
    sentence_end    integer      not null
);
create index position_held_person on position_held (person_id);
create index position_held_document on position_held (document_id);
