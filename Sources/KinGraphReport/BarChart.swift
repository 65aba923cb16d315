/// A horizontal bar chart as inline SVG: one labelled bar per row, its length
/// proportional to the count, the count written after it.
struct BarChart {
    var title: String
    var rows: [(label: String, count: Int)]

    func svg() -> String {
        let rowHeight = 22, labelWidth = 190, barWidth = 300, top = 24
        let height = top + rows.count * rowHeight + 8
        let largest = max(1, rows.map(\.count).max() ?? 1)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\" role=\"img\">\n"
        out += "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(HTMLText.escape(title))</text>\n"
        for (n, row) in rows.enumerated() {
            let y = top + n * rowHeight
            let width = row.count == 0 ? 0 : max(1, row.count * barWidth / largest)
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(row.label))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" fill=\"#5b7aa8\"/>"
            out += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(row.count)</text>\n"
        }
        return out + "</svg>\n"
    }
}
