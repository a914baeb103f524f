-- One row per document and destination, written in the transaction that stores the result. A newer result
-- replaces the row (never a second row), and the relay delivers it with an idempotent PUT.
create table outbox (
    id           bigserial    primary key,
    document_id  varchar(16)  not null references document (id),
    destination  varchar(40)  not null,
    payload      jsonb        not null,
    status       varchar(20)  not null,
    attempts     integer      not null default 0,
    available_at timestamptz  not null,
    lease_until  timestamptz,
    worker       varchar(120),
    last_error   text,
    created_at   timestamptz  not null,
    delivered_at timestamptz,
    unique (document_id, destination)
);
create index outbox_deliverable on outbox (id) where status in ('PENDING', 'SENDING');
