-- Documents as received and normalized. The id is derived from the normalized body (same content, same id).
create table document (
    id                      varchar(16)  primary key,
    title                   text,
    published_at            timestamptz,
    published_offset_seconds integer,
    source                  text,
    url                     text,
    author                  text,
    editor                  text,
    format                  varchar(20)  not null,
    filename                text,
    charset                 varchar(40)  not null,
    body                    text         not null,
    status                  varchar(20)  not null,
    failure_reason          text,
    received_at             timestamptz  not null,
    processed_at            timestamptz
);
create index document_newest_first on document (received_at desc, id desc);

-- One processing job per document. Workers in any replica claim rows with FOR UPDATE SKIP LOCKED and hold a
-- lease; a lease that runs out (a crashed replica) makes the job claimable again.
create table processing_job (
    id           bigserial    primary key,
    document_id  varchar(16)  not null references document (id),
    status       varchar(20)  not null,
    attempts     integer      not null default 0,
    available_at timestamptz  not null,
    lease_until  timestamptz,
    worker       varchar(120),
    last_error   text,
    created_at   timestamptz  not null,
    finished_at  timestamptz
);
create index processing_job_claimable on processing_job (id) where status in ('PENDING', 'RUNNING');
create index processing_job_document on processing_job (document_id);

-- What the pipeline found, one row per document, replaced when the document is reprocessed.
create table extraction_result (
    document_id      varchar(16)  primary key references document (id),
    pipeline_version varchar(40)  not null,
    result           jsonb        not null,
    created_at       timestamptz  not null
);

-- NDJSON batches: the lines are stored when the batch is accepted, then taken one by one by any replica.
create table batch_job (
    id          uuid         primary key,
    total       integer      not null,
    created_at  timestamptz  not null
);

create table batch_item (
    batch_id     uuid         not null references batch_job (id),
    line_number  integer      not null,
    payload      text         not null,
    status       varchar(20)  not null,
    document_id  varchar(16),
    error        text,
    finished_at  timestamptz,
    primary key (batch_id, line_number)
);
create index batch_item_pending on batch_item (batch_id, line_number) where status = 'PENDING';
