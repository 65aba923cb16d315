extension ArchiveGraph {
    /// `true` when person `a`'s id sorts before person `b`'s.
    ///
    /// - Complexity: O(1) when the archive lists people in id order, else one string comparison.
    @inline(__always)
    func personPrecedes(_ a: Int32, _ b: Int32) -> Bool {
        peopleInIDOrder ? a < b : archive.people[Int(a)].id < archive.people[Int(b)].id
    }

    /// `true` when event `a`'s id sorts before event `b`'s.
    @inline(__always)
    func eventPrecedes(_ a: Int32, _ b: Int32) -> Bool {
        eventsInIDOrder ? a < b : archive.events[Int(a)].id < archive.events[Int(b)].id
    }

    /// `true` when event `a` comes before event `b` in date order: by earliest day
    /// (an open start first, undated last), then by id.
    @inline(__always)
    func eventDatePrecedes(_ a: Int32, _ b: Int32) -> Bool {
        let ka = eventDateKeys[Int(a)], kb = eventDateKeys[Int(b)]
        return ka != kb ? ka < kb : eventPrecedes(a, b)
    }
}

extension FuzzyDate {
    /// The key "date order" sorts by: the earliest day; an open start (`/2011`) before
    /// every day, no date at all after every day.
    public static func sortKey(_ date: FuzzyDate?) -> Int64 {
        guard let date else { return Int64.max }
        guard let earliest = date.earliest else { return Int64.min }
        return Int64(earliest.ordinal)
    }
}
