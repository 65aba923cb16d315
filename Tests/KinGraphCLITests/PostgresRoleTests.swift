import Foundation
import KinGraphTestSupport
import Testing

/// Users and roles on a PostgreSQL archive, checked where they are enforced: in the
/// database. A viewer made with `kingraph users add` reads the archive with `psql`
/// and finds no protected person's name, hangul, alias, birth date, home, nor the
/// place or facility of their events; an analyst finds them all.
@Suite(.serialized) struct PostgresRoleTests {
    let server = PostgresCommandTests.self
    let commands: PostgresCommandTests
    let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(8)

    init() throws { commands = try PostgresCommandTests() }

    /// Runs `sql` with the real psql as `user` (password `password`); stdout and stderr together.
    func psql(_ sql: String, url: String, password: String) throws -> (status: Int32, text: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password
        let run = try ChildProcess.run(
            "/usr/bin/env", ["psql", "-X", "-A", "-v", "ON_ERROR_STOP=1", url, "-c", sql], environment: environment)
        return (run.status, run.stdout + run.stderr)
    }

    /// A team archive of the sample with a viewer and an analyst made by `kingraph users add`.
    func archive() throws -> (database: String, viewer: String, analyst: String) {
        let database = try commands.newDatabase()
        #expect(try CLIRunner.run(["convert", "--archive", PostgresCommandTests.sample, "--to", commands.url(database)]).status == 0)
        let viewer = "kg_viewer_\(suffix)"
        let analyst = "kg_analyst_\(suffix)"
        for (name, role) in [(viewer, "viewer"), (analyst, "analyst")] {
            let added = try CLIRunner.run(
                ["users", "add", name, "--role", role, "--archive", commands.url(database)],
                environment: ["KINGRAPH_NEW_PASSWORD": "\(name)-pw"])
            #expect(added.status == 0 && added.stdout.contains("added \(name) as \(role)"), "\(added.stderr)")
        }
        return (database, viewer, analyst)
    }

    /// The sample's JSON objects of `section`.
    static func sample(_ section: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: PostgresCommandTests.sample))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?[section] as? [[String: Any]] ?? []
    }

    static func strings(_ object: [String: Any], _ keys: [String]) -> [String] {
        keys.flatMap { key -> [String] in
            if let text = object[key] as? String { return [text] }
            return object[key] as? [String] ?? []
        }
    }

    /// What a viewer must not see: the protected people's own fields and their events'
    /// places, less any text an unprotected record (or any date) also holds.
    static func secrets() throws -> (hidden: Set<String>, shown: String) {
        let people = try sample("people")
        let events = try sample("events")
        let protected = Set(people.filter { $0["protected"] as? Bool == true }.compactMap { $0["id"] as? String })
        let personal = ["name", "hangul", "aliases", "born", "home"]
        let places = ["place", "facility"]
        var hidden = Set(people.filter { protected.contains($0["id"] as? String ?? "") }.flatMap { strings($0, personal) })
        hidden.formUnion(events.filter { protected.contains($0["person"] as? String ?? "") }.flatMap { strings($0, places) })
        var public_ = Set(people.filter { !protected.contains($0["id"] as? String ?? "") }.flatMap { strings($0, personal) })
        public_.formUnion(events.filter { !protected.contains($0["person"] as? String ?? "") }.flatMap { strings($0, places) })
        public_.formUnion(events.flatMap { strings($0, ["date"]) })
        public_.formUnion(try sample("sources").flatMap { strings($0, ["date", "title"]) })
        let shown = people.first { !protected.contains($0["id"] as? String ?? "") }?["name"] as? String ?? ""
        return (hidden.filter { text in !public_.contains { $0.contains(text) } }, shown)
    }

    /// Whether `text` holds `value` other than inside a longer run of ASCII letters and
    /// digits, so that a protected person's birth year "1947" is not found in a hash
    /// ("…a1947f…") or a timestamp ("…05.194712"), while a hangul name followed by a
    /// particle ("김철수의") or a year by 년 still is.
    static func holds(_ text: String, whole value: String) -> Bool {
        let pattern = "(?<![0-9A-Za-z])" + NSRegularExpression.escapedPattern(for: value) + "(?![0-9A-Za-z])"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text.contains(value) }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func wholeValuesAreFoundAndPartsOfLongerOnesAreNot() {
        #expect(Self.holds("P-0042|Kim Chol-su|1947\n", whole: "1947"))
        #expect(Self.holds("{\"Kim Chol-su\",Chol}", whole: "Kim Chol-su"))
        #expect(Self.holds("김철수의 증언, 1947년", whole: "김철수"))
        #expect(Self.holds("김철수의 증언, 1947년", whole: "1947"))
        #expect(!Self.holds("log_head|1 dca78c7c1947e340a5", whole: "1947"))
        #expect(!Self.holds("2026-12-07 20:11:05.194712+00", whole: "1947"))
        #expect(!Self.holds("Kim Chol-sun", whole: "Kim Chol-su"))
    }

    @Test func aViewerInPsqlSeesNoProtectedPerson() throws {
        let (database, viewer, analyst) = try archive()
        let (hidden, shown) = try Self.secrets()
        #expect(hidden.count > 100 && !shown.isEmpty, "\(hidden.count)")
        let asViewer = commands.url(database, user: viewer)
        let queries = [
            "SELECT name, hangul, aliases, born, home FROM people", "SELECT * FROM people", "SELECT * FROM people_redacted",
            "SELECT place, country, facility FROM events", "SELECT * FROM events", "SELECT * FROM events_redacted",
            "SELECT id, status, protected FROM people", "SELECT id, person, kind, date FROM events", "SELECT * FROM audit",
            "SELECT * FROM sources", "SELECT * FROM ties", "SELECT * FROM links", "SELECT * FROM meta", "SELECT * FROM merged",
            "SELECT load_text FROM people", "SELECT load_text FROM events", "SELECT load_text FROM ties",
        ]
        var seen = ""
        var readable = 0
        for query in queries {
            let answer = try psql(query, url: asViewer, password: "\(viewer)-pw")
            if answer.status == 0 { readable += 1 }
            seen += answer.text
        }
        #expect(readable >= 9, "\(seen.prefix(2000))")
        #expect(seen.contains(shown), "an unprotected person's name is missing from what the viewer reads")
        let leaks = hidden.filter { Self.holds(seen, whole: $0) }.sorted()
        #expect(leaks.isEmpty, "the viewer read: \(leaks.prefix(10))")
        #expect(try psql("SELECT name FROM people", url: asViewer, password: "\(viewer)-pw").text.contains("permission denied"))
        for table in ["people", "events"] {
            let rows = try psql("SELECT load_text FROM \(table)", url: asViewer, password: "\(viewer)-pw")
            #expect(rows.text.contains("permission denied"), "\(rows.text.prefix(300))")
        }

        let asAnalyst = commands.url(database, user: analyst)
        let people = try psql("SELECT name, hangul, aliases, born, home FROM people", url: asAnalyst, password: "\(analyst)-pw")
        let events = try psql("SELECT place, facility FROM events", url: asAnalyst, password: "\(analyst)-pw")
        #expect(people.status == 0 && events.status == 0, "\(people.text.prefix(300))")
        let missing = hidden.filter { !(people.text + events.text).contains($0) }.sorted()
        #expect(missing.isEmpty, "the analyst cannot read: \(missing.prefix(10))")
    }

    @Test func aViewersCommandsGiveTheAnalystsCountsRedacted() throws {
        let (database, viewer, analyst) = try archive()
        let asViewer = ["--archive", commands.url(database, user: viewer)]
        let asAnalyst = ["--archive", commands.url(database, user: analyst)]
        let viewing = ["PGPASSWORD": "\(viewer)-pw"]
        let analysing = ["PGPASSWORD": "\(analyst)-pw"]
        let stats = try CLIRunner.run(["stats"] + asViewer, environment: viewing)
        let analysed = try CLIRunner.run(["stats"] + asAnalyst, environment: analysing)
        #expect(stats.status == 0 && !stats.stdout.isEmpty, "\(stats.stderr)")
        #expect(stats.stdout == analysed.stdout)
        let because = try CLIRunner.run(["because-of", "P-0001", "--redact"] + asViewer, environment: viewing)
        #expect(because.status == 0 && because.stdout.contains("Protected person"), "\(because.stderr)")
        let (hidden, _) = try Self.secrets()
        #expect(hidden.filter { Self.holds(because.stdout, whole: $0) }.isEmpty)
        for (who, environment, role) in [(asViewer, viewing, "viewer"), (asAnalyst, analysing, "analyst")] {
            let edit = try CLIRunner.run(["edit", "P-0001", "--set", "status=detained", "--source", "T-001"] + who, environment: environment)
            #expect(edit.status == 1 && edit.stderr.split(separator: "\n").count == 1, "\(edit.stderr)")
            #expect(edit.stderr.contains("role \(role) may not edit this archive: ask an admin"), "\(edit.stderr)")
        }
        let add = try CLIRunner.run(
            ["users", "add", "kg_more_\(suffix)", "--role", "admin"] + asViewer, environment: viewing.merging(["KINGRAPH_NEW_PASSWORD": "x"]) { $1 })
        #expect(add.status == 1 && add.stderr.contains("role viewer may not add users"), "\(add.stderr)")
        let list = try CLIRunner.run(["users", "list", "--archive", commands.url(database)])
        let rows = list.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(list.status == 0 && rows.contains([viewer, "viewer"]) && rows.contains([analyst, "analyst"]), "\(list.stdout)")
        #expect(list.stdout.contains("postgres") && !list.stdout.contains("kg_more_"))
    }

    @Test func anEditorAddsEditsAndRemovesUnderTheirOwnName() throws {
        let database = try commands.newDatabase()
        #expect(try CLIRunner.run(["convert", "--archive", PostgresCommandTests.sample, "--to", commands.url(database)]).status == 0)
        let editor = "kg_editor_\(suffix)"
        let added = try CLIRunner.run(
            ["users", "add", editor, "--role", "editor", "--archive", commands.url(database)], environment: ["KINGRAPH_NEW_PASSWORD": "ed-pw"])
        #expect(added.status == 0, "\(added.stderr)")
        let team = ["--archive", commands.url(database, user: editor)]
        let password = ["PGPASSWORD": "ed-pw"]
        let add = try CLIRunner.run(["add", "person", "--name", "Ri Song-hui", "--source", "T-001"] + team, environment: password)
        #expect(add.status == 0, "\(add.stderr)")
        let edit = try CLIRunner.run(["edit", "P-0001", "--set", "status=detained", "--source", "T-001"] + team, environment: password)
        #expect(edit.status == 0, "\(edit.stderr)")
        let remove = try CLIRunner.run(["remove", "P-0001", "--cascade", "--reason", "test"] + team, environment: password)
        #expect(remove.status == 0, "\(remove.stderr)")
        let log = try CLIRunner.run(["log"] + team, environment: password)
        #expect(log.status == 0 && log.stdout.components(separatedBy: editor).count > 3, "\(log.stdout.suffix(500))")
        let users = try CLIRunner.run(["users", "add", "kg_none_\(suffix)", "--role", "viewer"] + team, environment: password)
        #expect(users.status == 1 && users.stderr.contains("role editor may not add users"), "\(users.stderr)")
    }

    @Test func aUserOfOneArchiveIsNobodyInAnother() throws {
        let (_, viewer, _) = try archive()
        let other = try commands.newDatabase()
        #expect(try CLIRunner.run(["convert", "--archive", PostgresCommandTests.sample, "--to", commands.url(other)]).status == 0)
        let stats = try CLIRunner.run(["stats", "--archive", commands.url(other, user: viewer)], environment: ["PGPASSWORD": "\(viewer)-pw"])
        #expect(stats.status == 1 && stats.stderr.split(separator: "\n").count == 1 && stats.stderr.contains("has no right"), "\(stats.stderr)")
        let list = try CLIRunner.run(["users", "list", "--archive", PostgresCommandTests.sample])
        #expect(list.status == 1 && list.stderr.contains("is not a PostgreSQL archive"), "\(list.stderr)")
    }
}
