import KinGraphCore

/// A fictional family from Hyesan, whose answers are worked out by hand in the tests.
///
/// Family of Kim Chol-su (P-01), who tried to escape in 2013-04 (E-01) and defected in
/// 2020-03 (E-16):
///
///     Kang Hye-jin P-14 (grandmother)
///         │ parent
///     Kim Song-il P-03 ── sibling ── Kim Yong-chol P-08 ── parent ── Kim Un-ha P-09 (cousin)
///      │ spouse: Ri Yong-hui P-02 (mother), Ko Ok-sun P-15 (his wife; no parent tie to the children)
///      │ parent (both P-02 and P-03)
///     Kim Chol-su P-01 ── sibling ── Kim Mi-na P-04 ── spouse ── Pak Jong-ho P-05
///      ├ spouse ── Choe Hyon-a P-06 ── (parent) Choe Man-sik P-07
///      ├ parent ── Kim Tae-ho P-10
///      └ broker ── Han Sun-ok P-11 ── colleague (hearsay) ── Jo Myong P-12
///     Ri Chol P-13: no ties, punished through an exposed contact.
///
/// Links: E-01 → E-03 (gba) → E-04 (led-to) → E-11 (gba, a hearsay event); E-01 → E-05
/// (contact-abroad of P-11, not punitive) → E-06 (exposed-by) and E-03 → E-06 too;
/// E-01 → E-10 (gba, hearsay link); E-01 → E-02 (P-01's own repatriation);
/// E-12 (P-07's defection) → E-15; E-16 → E-17.
public enum HyesanFixture {
    public static func archive() throws -> Archive {
        var b = ArchiveBuilder()
        b.source("T-1", .testimony)
        b.source("T-2", .testimony)
        b.source("T-3", .testimony)
        b.source("R-1", .report)
        b.source("D-1", .document)

        b.person("P-01", "Kim Chol-su", .male, hangul: "김철수", aliases: ["Gim Cheol-su"])
        b.person("P-02", "Ri Yong-hui", .female)
        b.person("P-03", "Kim Song-il", .male)
        b.person("P-04", "Kim Mi-na", .female)
        b.person("P-05", "Pak Jong-ho", .male)
        b.person("P-06", "Choe Hyon-a", .female)
        b.person("P-07", "Choe Man-sik", .male)
        b.person("P-08", "Kim Yong-chol", .male)
        b.person("P-09", "Kim Un-ha", .female)
        b.person("P-10", "Kim Tae-ho", .male)
        b.person("P-11", "Han Sun-ok", .female)
        b.person("P-12", "Jo Myong", .other)
        b.person("P-13", "Ri Chol", .male)
        b.person("P-14", "Kang Hye-jin", .female)
        b.person("P-15", "Ko Ok-sun", .female)

        b.tie("P-02", .parent, "P-01")
        b.tie("P-03", .parent, "P-01")
        b.tie("P-02", .spouse, "P-03")
        b.tie("P-01", .sibling, "P-04")
        b.tie("P-04", .spouse, "P-05")
        b.tie("P-01", .spouse, "P-06")
        b.tie("P-07", .parent, "P-06")
        b.tie("P-03", .sibling, "P-08")
        b.tie("P-08", .parent, "P-09")
        b.tie("P-01", .parent, "P-10")
        b.tie("P-01", .broker, "P-11")
        b.tie("P-11", .colleague, "P-12", .hearsay)
        b.tie("P-14", .parent, "P-03")
        b.tie("P-03", .spouse, "P-15")

        try b.event("E-01", "P-01", .escapeAttempt, "2013-04", country: "KP", place: "Hyesan", caseID: "C-1")
        try b.event("E-02", "P-01", .repatriation, "2013-05", country: "CN")
        try b.event("E-03", "P-02", .interrogation, "2013-06", country: "KP", caseID: "C-1")
        try b.event("E-04", "P-02", .detention, "2014-03", country: "KP", caseID: "C-1")
        try b.event("E-05", "P-11", .contactAbroad, "2013-04-20", country: "KP")
        try b.event("E-06", "P-13", .arrest, "2013-09", country: "KP")
        try b.event("E-07", "P-04", .forcedRelocation, "2013-04", country: "KP")
        try b.event("E-08", "P-05", .arrest, "2010-06", country: "CN", reason: .smuggling)
        try b.event("E-09", "P-08", .detention, "2012/2014")
        try b.event("E-10", "P-06", .interrogation, "2013-05", country: "KP")
        try b.event("E-11", "P-09", .sentence, "2014", country: "KP", .hearsay)
        try b.event("E-12", "P-07", .defection, "2010", caseID: "C-3")
        try b.event("E-13", "P-10", .arrest, nil, country: "KP")
        try b.event("E-14", "P-14", .execution, "2011-12-17", country: "KP", reason: .other)
        try b.event("E-15", "P-15", .detention, "2011-12", country: "KP")
        try b.event("E-16", "P-01", .defection, "2020-03", country: "CN", caseID: "C-2")
        try b.event("E-17", "P-12", .interrogation, "2020-04", country: "KP", caseID: "C-2")
        try b.event("E-18", "P-11", .arrest, "2020-01", country: "CN")
        try b.event("E-19", "P-13", .detention, "2013-09-01", country: "CN", reason: .religion)

        b.link("E-01", .guiltByAssociation, "E-03", sources: ["T-1", "T-2"])
        b.link("E-03", .ledTo, "E-04")
        b.link("E-01", .ledTo, "E-05")
        b.link("E-05", .exposedBy, "E-06")
        b.link("E-01", .guiltByAssociation, "E-10", .hearsay)
        b.link("E-04", .guiltByAssociation, "E-11")
        b.link("E-12", .ledTo, "E-15")
        b.link("E-16", .guiltByAssociation, "E-17")
        b.link("E-01", .ledTo, "E-02")
        b.link("E-03", .exposedBy, "E-06", sources: ["R-1"])
        return b.archive
    }

    public static func graph() throws -> ArchiveGraph { try ArchiveGraph(archive()) }
}
