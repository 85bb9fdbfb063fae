-- gongkai storage schema, version 3 (SQLite).
-- A second covering index for the annual-report counts, led by closed_on: the cases a year's
-- report counts are the open ones and those closed on or after 1 January of that year, so with
-- years of closed history the count reads only the recent part of the index.
CREATE INDEX cases_report_closed ON cases (agency_id, closed_on, received_on, applicant_kind, outcome);
