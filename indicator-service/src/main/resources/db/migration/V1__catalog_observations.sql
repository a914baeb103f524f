-- The indicator catalog: one canonical name per indicator, with the synonyms documents use for it.
create table indicator (
    id    bigserial  primary key,
    name  text       not null unique
);
create table indicator_synonym (
    indicator_id  bigint  not null references indicator (id),
    synonym       text    not null unique
);

-- Whom a figure belongs to (a zone, place, body or company), with the aliases documents use for it.
create table subject (
    id    bigserial    primary key,
    name  text         not null unique,
    type  varchar(20)
);
create table subject_alias (
    subject_id  bigint  not null references subject (id),
    alias       text    not null,
    primary key (subject_id, alias)
);
create index subject_alias_alias on subject_alias (alias);

-- Which delivery of a document is stored, so a redelivery replaces it and a late older one is ignored.
create table document_delivery (
    document_id       varchar(16)   primary key,
    pipeline_version  varchar(200)  not null,
    extracted_at      timestamptz   not null,
    title             text,
    published_at      timestamptz
);

create table observation (
    id               bigserial     primary key,
    document_id      varchar(16)   not null references document_delivery (document_id) on delete cascade,
    subject_id       bigint        not null references subject (id),
    indicator_id     bigint        not null references indicator (id),
    indicator_text   text          not null,
    kind             varchar(10)   not null,
    measure          varchar(10)   not null,
    period_label     text          not null,
    period_start     date,
    period_end       date,
    value            double precision,
    upper_value      double precision,
    qualifier        varchar(12)   not null,
    value_text       text,
    unit             text,
    unit_text        text,
    normalized_value double precision,
    cumulative       boolean       not null default false,
    flags            text          not null default '',
    sentence         text          not null,
    start_offset     integer       not null,
    end_offset       integer       not null,
    sentence_start   integer       not null,
    sentence_end     integer       not null
);
create index observation_subject_indicator on observation (subject_id, indicator_id, period_end);
create index observation_indicator on observation (indicator_id);
create index observation_document on observation (document_id);
