import KinGraphStore

extension PostgresStore {
    /// The strongest KinGraph role of `user` (the connected one by default), `nil`
    /// for a PostgreSQL role that has none. A superuser is an admin.
    public func role(of user: String? = nil) throws(StoreError) -> ArchiveRole? {
        var name = user ?? ""
        if user == nil { name = try databaseUser() }
        for role in ArchiveRole.allCases.reversed() {
            let member = try session.value(
                "SELECT (pg_has_role($1::name, oid, 'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE rolname = $1))::text FROM pg_roles WHERE rolname = $2",
                [name, roles.group(role)])
            if member == "true" { return role }
        }
        return nil
    }

    /// Every PostgreSQL login role with a KinGraph role in this archive, by name.
    public func users() throws(StoreError) -> [(name: String, role: ArchiveRole)] {
        let groups = ArchiveRole.allCases.map { roles.group($0) }
        let names = try session.rows(
            """
            SELECT DISTINCT u.rolname::text FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
            JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolcanlogin AND g.rolname::text = ANY(ARRAY[$1, $2, $3, $4])
            ORDER BY 1
            """, groups
        ).compactMap { PostgresCells($0).text(0) }
        var found: [(name: String, role: ArchiveRole)] = []
        for name in names {
            if let role = try role(of: name) { found.append((name, role)) }
        }
        return found
    }

    /// Makes `name` a PostgreSQL login role with `password`, member of the group of
    /// `role` (an admin may add users in turn). Only an admin may.
    ///
    /// - Throws: `.failed` in one line: not an admin, a name PostgreSQL keeps or that is taken, no password.
    public func addUser(_ name: String, role: ArchiveRole, password: String) throws(StoreError) {
        let me = try databaseUser()
        let mine = try self.role()
        guard mine == .admin else {
            throw .failed(path: file, reason: "\(mine.map { "role \($0.rawValue)" } ?? "'\(me)'") may not add users to this archive: ask an admin")
        }
        guard !name.isEmpty, name.utf8.count <= 63, !name.hasPrefix("pg_"), !name.hasPrefix("kingraph_"),
            name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) })
        else {
            throw .failed(path: file, reason: "'\(name)' cannot be a user's name: letters, digits, _ - . only, at most 63 bytes, not starting pg_ or kingraph_")
        }
        guard !password.isEmpty else { throw .failed(path: file, reason: "no password for '\(name)': set KINGRAPH_NEW_PASSWORD or type it when asked") }
        if try session.value("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]) != nil {
            throw .failed(path: file, reason: "a PostgreSQL role '\(name)' exists already on this server")
        }
        let attributes = role == .admin ? "LOGIN CREATEROLE" : "LOGIN"
        do {
            try session.transaction {
                // format() quotes the name and the password as PostgreSQL does.
                let create = try session.value("SELECT format('CREATE ROLE %I \(attributes) PASSWORD %L', $1::text, $2::text)", [name, password]) ?? ""
                _ = try session.rows(create)
                let grant = try session.value("SELECT format('GRANT %I TO %I', $1::text, $2::text)", [roles.group(role), name]) ?? ""
                _ = try session.rows(grant)
                if role == .admin {
                    let groups = ArchiveRole.allCases.map { PostgresRoles.identifier(roles.group($0)) }.joined(separator: ", ")
                    let others = try session.value("SELECT format('GRANT \(groups) TO %I WITH ADMIN OPTION', $1::text)", [name]) ?? ""
                    _ = try session.rows(others)
                }
            }
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }
}
