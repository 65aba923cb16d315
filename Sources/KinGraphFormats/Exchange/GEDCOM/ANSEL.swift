import KinGraphCore

/// Decodes ANSEL (ANSI Z39.47, with GEDCOM 5.5.1's additions), the 8-bit character
/// set older genealogy programs (PAF, Family Tree Maker, Legacy) write.
///
/// ANSEL puts a combining diacritic *before* its base letter; Unicode puts it
/// after, so marks are held until the next base character, and the result is
/// composed (NFC) by the caller. Bytes ANSEL leaves undefined decode to U+FFFD and
/// are counted in `unknownBytes`.
enum ANSEL {
    /// The text of `bytes` and how many bytes were not ANSEL.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (text: String, unknownBytes: Int) {
        var scalars = String.UnicodeScalarView()
        var pending: [Unicode.Scalar] = []
        var unknown = 0
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                scalars.append(contentsOf: pending)
                pending.removeAll()
            } else if let mark = combining[byte] {
                pending.append(mark)
            } else {
                let value = spacing[byte] ?? 0xFFFD
                if value == 0xFFFD { unknown += 1 }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                scalars.append(contentsOf: pending)
                pending.removeAll()
            }
        }
        // Marks with no base letter left at the end of a line stand alone.
        scalars.append(contentsOf: pending)
        return (String(scalars), unknown)
    }

    /// Spacing characters 0xA1–0xCF.
    static let spacing: [UInt8: UInt32] = [
        0xA1: 0x0141, 0xA2: 0x00D8, 0xA3: 0x0110, 0xA4: 0x00DE, 0xA5: 0x00C6, 0xA6: 0x0152,
        0xA7: 0x02B9, 0xA8: 0x00B7, 0xA9: 0x266D, 0xAA: 0x00AE, 0xAB: 0x00B1, 0xAC: 0x01A0,
        0xAD: 0x01AF, 0xAE: 0x02BC, 0xB0: 0x02BB, 0xB1: 0x0142, 0xB2: 0x00F8, 0xB3: 0x0111,
        0xB4: 0x00FE, 0xB5: 0x00E6, 0xB6: 0x0153, 0xB7: 0x02BA, 0xB8: 0x0131, 0xB9: 0x00A3,
        0xBA: 0x00F0, 0xBC: 0x01A1, 0xBD: 0x01B0, 0xBE: 0x25A1, 0xBF: 0x25A0, 0xC0: 0x00B0,
        0xC1: 0x2113, 0xC2: 0x2117, 0xC3: 0x00A9, 0xC4: 0x266F, 0xC5: 0x00BF, 0xC6: 0x00A1,
        0xC7: 0x00DF, 0xC8: 0x20AC, 0xCF: 0x00DF,
    ]

    /// Combining diacritics 0xE0–0xFE, as the Unicode marks that follow the letter.
    static let combining: [UInt8: Unicode.Scalar] = [
        0xE0: "\u{0309}", 0xE1: "\u{0300}", 0xE2: "\u{0301}", 0xE3: "\u{0302}", 0xE4: "\u{0303}",
        0xE5: "\u{0304}", 0xE6: "\u{0306}", 0xE7: "\u{0307}", 0xE8: "\u{0308}", 0xE9: "\u{030C}",
        0xEA: "\u{030A}", 0xEB: "\u{FE20}", 0xEC: "\u{FE21}", 0xED: "\u{0315}", 0xEE: "\u{030B}",
        0xEF: "\u{0310}", 0xF0: "\u{0327}", 0xF1: "\u{0328}", 0xF2: "\u{0323}", 0xF3: "\u{0324}",
        0xF4: "\u{0325}", 0xF5: "\u{0333}", 0xF6: "\u{0332}", 0xF7: "\u{0326}", 0xF8: "\u{031C}",
        0xF9: "\u{032E}", 0xFA: "\u{FE22}", 0xFB: "\u{FE23}", 0xFE: "\u{0313}",
    ]
}
