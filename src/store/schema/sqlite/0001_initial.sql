-- gongkai storage schema, version 1 (SQLite).
-- Dates are ISO text 'YYYY-MM-DD'. CHECK (date(x, '+0 days') = x) rejects malformed and impossible
-- dates: the modifier normalises 2023-02-30 to 2023-03-02, which then differs from the text.
CREATE TABLE agencies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES agencies (id)
) STRICT;
CREATE INDEX agencies_parent ON agencies (parent_id);

CREATE TABLE tracking_counters (
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  year INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (agency_id, year)
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tracking_number TEXT UNIQUE,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  applicant_kind INTEGER NOT NULL CHECK (applicant_kind BETWEEN 0 AND 5),
  applicant_name TEXT NOT NULL,
  applicant_id_document TEXT NOT NULL,
  applicant_contact TEXT NOT NULL,
  information_requested TEXT NOT NULL,
  preferred_form TEXT NOT NULL,
  channel TEXT NOT NULL,
  submitted_on TEXT NOT NULL CHECK (date(submitted_on, '+0 days') = submitted_on),
  version INTEGER NOT NULL,
  state TEXT NOT NULL,
  received_on TEXT CHECK (received_on IS NULL OR date(received_on, '+0 days') = received_on),
  closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on, '+0 days') = closed_on),
  outcome TEXT,
  due_on TEXT CHECK (due_on IS NULL OR date(due_on, '+0 days') = due_on)
) STRICT;
CREATE INDEX cases_state ON cases (agency_id, state);
CREATE INDEX cases_received ON cases (received_on);

CREATE TABLE case_events (
  case_id INTEGER NOT NULL REFERENCES cases (id),
  sequence INTEGER NOT NULL,
  type TEXT NOT NULL,
  date TEXT NOT NULL CHECK (date(date, '+0 days') = date),
  actor TEXT NOT NULL,
  note TEXT NOT NULL,
  outcome TEXT,
  correction_due TEXT CHECK (correction_due IS NULL OR date(correction_due, '+0 days') = correction_due),
  working_days INTEGER,
  approver TEXT NOT NULL,
  consultation_party TEXT NOT NULL,
  amount_yuan INTEGER,
  fee_method TEXT NOT NULL,
  provision_form TEXT NOT NULL,
  PRIMARY KEY (case_id, sequence)
) STRICT, WITHOUT ROWID;

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  request_case_id INTEGER REFERENCES cases (id),
  kind TEXT NOT NULL,
  reference TEXT NOT NULL,
  filed_on TEXT NOT NULL CHECK (date(filed_on, '+0 days') = filed_on),
  result TEXT NOT NULL,
  decided_on TEXT CHECK (decided_on IS NULL OR date(decided_on, '+0 days') = decided_on),
  note TEXT NOT NULL,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX reviews_agency ON reviews (agency_id, filed_on);

CREATE TABLE proactive_figures (
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  year INTEGER NOT NULL,
  rules_issued INTEGER NOT NULL,
  rules_abolished INTEGER NOT NULL,
  rules_in_force INTEGER NOT NULL,
  normative_issued INTEGER NOT NULL,
  normative_abolished INTEGER NOT NULL,
  normative_in_force INTEGER NOT NULL,
  licensing_decisions INTEGER NOT NULL,
  penalty_decisions INTEGER NOT NULL,
  coercion_decisions INTEGER NOT NULL,
  fees_wan_yuan REAL NOT NULL,
  PRIMARY KEY (agency_id, year)
) STRICT;

CREATE TABLE report_texts (
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  year INTEGER NOT NULL,
  overview TEXT NOT NULL,
  problems TEXT NOT NULL,
  other_matters TEXT NOT NULL,
  PRIMARY KEY (agency_id, year)
) STRICT;

CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  json TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  sequence INTEGER PRIMARY KEY,
  at_micros INTEGER NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;

-- The tail of the audit chain: one row, updated with every append.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  sequence INTEGER NOT NULL,
  hash TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '');
