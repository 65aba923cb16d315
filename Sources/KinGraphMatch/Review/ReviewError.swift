/// Why a review file (or a decisions file) cannot be applied: every problem with
/// its file and line. Nothing is changed when there is one.
public struct ReviewError: Error, Sendable, CustomStringConvertible {
    /// One problem at one line.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    public var file: String
    public var problems: [Problem]

    /// One line per problem: `review.csv:4: unknown decision 'yes' …`.
    public var description: String {
        problems.map { "\(file):\($0.line): \($0.message)" }.joined(separator: "\n")
    }
}
