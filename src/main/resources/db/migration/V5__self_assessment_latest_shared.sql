-- Every read of an audit shows the organisation's latest shared self-assessment of the audit's
-- framework version (SelfAssessment.latestShared): this index answers it without a scan.
create index self_assessment_shared_idx on self_assessment (organisation_id, framework_id, shared_at desc) where status = 'SHARED';
