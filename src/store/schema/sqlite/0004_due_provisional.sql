-- gongkai storage schema, version 4 (SQLite).
-- due_provisional marks a reply deadline counted through a year whose holiday schedule was not
-- loaded (weekends only, 暂定); importing the schedule recomputes it (domain/due_date_refresh.h).
ALTER TABLE cases ADD COLUMN due_provisional INTEGER NOT NULL DEFAULT 0 CHECK (due_provisional IN (0, 1));
