import KinGraphCore

/// The parts of the FollowTheMoney model (followthemoney 4.x) KinGraph writes and
/// reads: entity ids, dates and countries as FtM's validators accept them.
enum FtMVocabulary {
    /// The two-letter territory codes FtM's `country` type accepts (lower case).
    static let countries: Set<String> = Set(
        """
        ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm
        bn bo bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cp cq cr cu cv cw
        cx cy cz dd de dg dj dk dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd
        ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu ic id ie il im in
        io ip iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls
        lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na
        nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re
        ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz ta tc td
        tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um un us uy uz va vc ve vg vi vn vu
        wf ws xk ye yt za zm zr zw zz
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// `true` when `id` matches FtM's entity id pattern `^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$`.
    static func isEntityID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, let last = bytes.last, isAlnum(first), isAlnum(last) else { return false }
        return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// The FtM entity id for the archive record `id` of `kind` (`person`, `event`,
    /// `source`): `kind-ID` when ID fits FtM's pattern, else `kindx-` and the hex of
    /// its UTF-8 bytes, so every archive id has one id and it can be read back.
    static func entityID(_ kind: String, _ id: String) -> String {
        if isEntityID(id) { return kind + "-" + id }
        let hex = id.utf8.map { b -> String in
            let h = String(b, radix: 16)
            return h.count == 1 ? "0" + h : h
        }
        return kind + "x-" + hex.joined()
    }

    /// The archive id inside an FtM id written by `entityID`; `nil` when `entityID`
    /// did not write it for `kind`.
    static func archiveID(_ kind: String, _ entityID: String) -> String? {
        if entityID.hasPrefix(kind + "-") { return String(entityID.dropFirst(kind.count + 1)) }
        guard entityID.hasPrefix(kind + "x-") else { return nil }
        let hex = Array(entityID.utf8.dropFirst(kind.count + 2))
        guard hex.count % 2 == 0, !hex.isEmpty else { return nil }
        var bytes: [UInt8] = []
        var i = 0
        while i < hex.count {
            guard let hi = hexValue(hex[i]), let lo = hexValue(hex[i + 1]) else { return nil }
            bytes.append(hi << 4 | lo)
            i += 2
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 97...102: return b - 87
        case 65...70: return b - 55
        default: return nil
        }
    }

    /// A fuzzy date as an FtM date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, years from
    /// 1000 on, as FtM accepts): the date without its qualifiers; for an interval,
    /// the whole year, month or day both bounds cover exactly. `nil` when nothing fits.
    static func date(_ date: FuzzyDate) -> String? {
        guard let earliest = date.earliest, let latest = date.latest, earliest.year >= 1000 else { return nil }
        if !date.text.contains("/") { return date.text.filter { $0 != "?" && $0 != "~" && $0 != "%" } }
        let (y1, m1, d1) = earliest.components, (y2, m2, d2) = latest.components
        let a = earliest.description
        if earliest == latest { return a }
        guard y1 == y2, d1 == 1 else { return nil }
        if m1 == 1, m2 == 12, d2 == 31 { return String(a.prefix(4)) }
        if m1 == m2, d2 == Day.daysIn(month: m2, year: y2) { return String(a.prefix(7)) }
        return nil
    }

    /// A single day as an FtM date, or `nil` before year 1000.
    static func day(_ day: Day?) -> String? {
        guard let day, day.year >= 1000 else { return nil }
        return day.description
    }
}
