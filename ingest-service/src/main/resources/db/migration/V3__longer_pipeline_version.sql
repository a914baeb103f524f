-- The version names every stage and revision, and grows with the pipeline.
alter table extraction_result alter column pipeline_version type varchar(200);
