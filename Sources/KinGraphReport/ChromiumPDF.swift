import Foundation

/// Prints HTML to PDF with headless Chromium (Debian's `chromium`), without a network.
///
/// The HTML is written into a fresh temporary folder together with a throwaway
/// profile (`--user-data-dir`); Chromium runs with the sandbox off only when run as
/// root (where it refuses to start otherwise), every host name resolving to nothing,
/// and no header or footer. The PDF's creation and modification dates are then set
/// to the dossier's date, so the same archive and date give the same bytes.
///
///     let pdf = try ChromiumPDF().convert(html, date: "2026-12-02")
public struct ChromiumPDF: Sendable {
    /// The Chromium binary: `$KINGRAPH_CHROMIUM`, else the first of chromium,
    /// chromium-browser or google-chrome on the PATH.
    public let binary: String?
    /// Longest time Chromium may take before it is stopped.
    public var timeout: TimeInterval = 300

    public init(binary: String? = nil) {
        self.binary = binary ?? ChromiumPDF.find()
    }

    static func find() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["KINGRAPH_CHROMIUM"], !given.isEmpty { return given }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// The PDF of `html`, its dates set to `date` (YYYY-MM-DD).
    public func convert(_ html: String, date: String) throws(ReportError) -> [UInt8] {
        guard let binary else {
            throw .noConverter(
                "a PDF needs Chromium, which was not found: install it (apt-get install chromium), set KINGRAPH_CHROMIUM, or write --output FILE.html")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kingraph-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("dossier.html"), pdf = folder.appendingPathComponent("dossier.pdf")
        do {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("profile"), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw .conversionFailed("cannot write the temporary page in \(folder.path): \(error.localizedDescription)")
        }
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-component-update", "--disable-default-apps",
            "--mute-audio", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path,
        ]
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        arguments.append(page.absoluteString)
        let log = try run(binary, arguments, in: folder)
        guard let bytes = try? Data(contentsOf: pdf), bytes.starts(with: Array("%PDF".utf8)) else {
            let tail = log.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw .conversionFailed("\(binary) wrote no PDF\(tail.isEmpty ? "" : ":\n" + tail)")
        }
        return PDFDates.fixed([UInt8](bytes), date: date)
    }

    /// Runs Chromium and returns what it printed; stops it after `timeout`.
    private func run(_ binary: String, _ arguments: [String], in folder: URL) throws(ReportError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let logURL = folder.appendingPathComponent("chromium.log")
        FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try? FileHandle(forWritingTo: logURL)
        process.standardOutput = log ?? FileHandle.nullDevice
        process.standardError = log ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw .conversionFailed("cannot start \(binary): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw .conversionFailed("\(binary) took more than \(Int(timeout)) s and was stopped")
            }
            usleep(20_000)
        }
        try? log?.close()
        return (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    }
}
