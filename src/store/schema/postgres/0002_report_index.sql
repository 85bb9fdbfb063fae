-- gongkai storage schema, version 2 (PostgreSQL).
-- A covering index for the annual-report counts (CountForReport, CasesBehindCell): every column
-- they read is in it, so counting a million cases is an index-only scan.
CREATE INDEX cases_report ON cases (agency_id, received_on, closed_on, applicant_kind, outcome);
