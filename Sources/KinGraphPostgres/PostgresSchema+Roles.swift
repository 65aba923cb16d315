extension PostgresSchema {
    /// `kingraph-3`: the four group roles and what each may read and write, enforced
    /// by PostgreSQL itself (a viewer with `psql` sees what `kingraph` shows them).
    ///
    /// A viewer may read the base tables `people` and `events` only in their harmless
    /// columns (column privileges) and only the rows of unprotected people (row-level
    /// security); everything else comes through the `people_redacted` and
    /// `events_redacted` views (`security_barrier`), where a protected person's name,
    /// hangul, aliases, sex, birth date and home, and the place and facility of their
    /// events, are NULL, and an event's country only says inside North Korea (`KP`) or
    /// abroad (`ZZ`, ISO 3166's "unknown"), which the statistics count. A viewer reads
    /// neither the audit log (its entries hold whole records) nor anything else.
    /// The views read the tables as their owner (the archive's owner), which row-level
    /// security does not restrict (it is ENABLEd, not FORCEd, for that reason).
    /// Group roles are made once per database; the statements on one line each
    /// (`PostgresSession.execute` splits at a `;` that ends a line).
    static let third = """
        DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {viewer-name}) THEN CREATE ROLE {viewer} NOLOGIN; END IF; END $$;
        DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {analyst-name}) THEN CREATE ROLE {analyst} NOLOGIN; END IF; END $$;
        DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {editor-name}) THEN CREATE ROLE {editor} NOLOGIN; END IF; END $$;
        DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {admin-name}) THEN CREATE ROLE {admin} NOLOGIN; END IF; END $$;
        GRANT {analyst} TO {editor};
        GRANT {editor} TO {admin};
        GRANT {viewer}, {analyst}, {editor}, {admin} TO CURRENT_USER WITH ADMIN OPTION;
        CREATE VIEW people_redacted WITH (security_barrier) AS SELECT "row", id,
          CASE WHEN protected THEN NULL ELSE name END AS name, CASE WHEN protected THEN NULL ELSE hangul END AS hangul,
          CASE WHEN protected THEN NULL ELSE aliases END AS aliases, CASE WHEN protected THEN NULL ELSE sex END AS sex,
          CASE WHEN protected THEN NULL ELSE born END AS born, CASE WHEN protected THEN NULL ELSE home END AS home,
          status, protected, sources, version, changed_by FROM people;
        CREATE VIEW events_redacted WITH (security_barrier) AS SELECT e."row", e.id, e.person, e.kind, e.date,
          CASE WHEN p.protected THEN NULL ELSE e.place END AS place,
          CASE WHEN p.protected IS NOT TRUE OR e.country IS NULL OR upper(e.country) = 'KP' THEN e.country ELSE 'ZZ' END AS country,
          e.agency, CASE WHEN p.protected THEN NULL ELSE e.facility END AS facility,
          e.reason, e."case", e.confidence, e.sources, e.version, e.changed_by
          FROM events e LEFT JOIN people p ON p.id = e.person;
        ALTER TABLE people ENABLE ROW LEVEL SECURITY;
        ALTER TABLE events ENABLE ROW LEVEL SECURITY;
        CREATE POLICY analysts_read ON people FOR SELECT TO {analyst} USING (true);
        CREATE POLICY editors_write ON people FOR ALL TO {editor} USING (true) WITH CHECK (true);
        CREATE POLICY viewers_read_unprotected ON people FOR SELECT TO {viewer} USING (NOT protected);
        CREATE POLICY analysts_read ON events FOR SELECT TO {analyst} USING (true);
        CREATE POLICY editors_write ON events FOR ALL TO {editor} USING (true) WITH CHECK (true);
        CREATE POLICY viewers_read_unprotected ON events FOR SELECT TO {viewer} USING (person IN (SELECT id FROM people));
        GRANT SELECT ON meta, sources, ties, links, merged, kingraph_migrations, people_redacted, events_redacted TO {viewer};
        GRANT SELECT ("row", id, status, protected, sources, version, changed_by) ON people TO {viewer};
        GRANT SELECT ("row", id, person, kind, date, agency, reason, "case", confidence, sources, version, changed_by) ON events TO {viewer};
        GRANT SELECT ON meta, sources, people, ties, events, links, audit, merged, kingraph_migrations, people_redacted, events_redacted TO {analyst};
        GRANT INSERT, UPDATE, DELETE ON sources, people, ties, events, links, merged TO {editor};
        GRANT INSERT, UPDATE ON meta TO {editor};
        GRANT INSERT ON audit TO {editor};
        GRANT USAGE ON SEQUENCE sources_row_seq, people_row_seq, ties_row_seq, events_row_seq, links_row_seq TO {editor}
        """
}
