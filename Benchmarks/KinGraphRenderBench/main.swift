import Foundation
import KinGraphCore
import KinGraphRender

#if canImport(Glibc)
    import Glibc
#endif

// Measures in-process rendering against spawning `dot`, and memory growth per render.
// Run by hand: swift run -c release KinGraphRenderBench

/// Wall-clock and CPU milliseconds per call of `body` over `runs` calls; CPU time
/// counts this process (`self`) or its finished children (`children`).
func measure(runs: Int, children: Bool = false, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    func cpu() -> Double {
        var usage = rusage()
        getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) * 1e3 + Double(usage.ru_utime.tv_usec) / 1e3
        let system = Double(usage.ru_stime.tv_sec) * 1e3 + Double(usage.ru_stime.tv_usec) / 1e3
        return user + system
    }
    let startCPU = cpu()
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<runs { try body() }
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(runs)
    return (wall, (cpu() - startCPU) / Double(runs))
}

/// Runs `dot -Tsvg file -o /dev/null` with posix_spawn and waits for it.
func spawnDot(_ file: String) -> Int32 {
    var pid: pid_t = 0
    let args = ["dot", "-Tsvg", file, "-o", "/dev/null"]
    var argv = args.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    guard posix_spawnp(&pid, "dot", nil, nil, &argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return status
}

/// Resident set size in bytes.
func residentBytes() -> Int {
    var resident = 0
    if let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) {
        let fields = text.split(separator: " ")
        if fields.count > 1, let pages = Int(fields[1]) { resident = pages * Int(sysconf(Int32(_SC_PAGESIZE))) }
    }
    return resident
}

let renderer = GraphvizRenderer()
let folder = FileManager.default.temporaryDirectory.path

print("In-process rendering (GraphvizRenderer, SVG) against spawning `dot -Tsvg` on the same DOT text.")
print("Best of 5 rounds, per render, wall-clock and CPU milliseconds; ratio = in-process / dot (CPU).")
print("people  nodes  edges  first(ms)  in-process wall/cpu  dot spawn wall/cpu  ratio")
for count in [20, 200] {
    let archive = SyntheticArchive.make(people: count)
    let safe = Redactor(archive).redact(archive)
    let diagram = PeopleDiagramBuilder(archive: safe).diagram(
        people: safe.people.map(\.id), focus: safe.people.first?.id, question: .wholeArchive)
    let first = try measure(runs: 1) { _ = try renderer.render(diagram, format: .svg) }
    let dotFile = folder + "/kingraph-bench-\(count).dot"
    try DOTEncoder().encode(diagram).write(toFile: dotFile, atomically: true, encoding: .utf8)
    let runs = count <= 20 ? 40 : 5
    var inProcess = (wall: Double.infinity, cpu: Double.infinity)
    var spawned = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<5 {
        let a = try measure(runs: runs) { _ = try renderer.render(diagram, format: .svg) }
        let b = measure(runs: runs, children: true) { _ = spawnDot(dotFile) }
        inProcess = (min(inProcess.wall, a.wall), min(inProcess.cpu, a.cpu))
        spawned = (min(spawned.wall, b.wall), min(spawned.cpu, b.cpu))
    }
    print(
        String(
            format: "%6d  %5d  %5d  %9.2f  %9.2f / %7.2f  %8.2f / %7.2f  %5.2f", count, diagram.nodes.count,
            diagram.edges.count, first.wall, inProcess.wall, inProcess.cpu, spawned.wall, spawned.cpu,
            inProcess.cpu / spawned.cpu))
}

print("")
print("Memory growth per render (200 people, SVG, after 20 warm-up renders, over 200 renders)")
print("clusters  RSS growth/render")
for withClusters in [true, false] {
    let archive = SyntheticArchive.make(people: 200)
    var diagram = PeopleDiagramBuilder(archive: archive).diagram(
        people: archive.people.map(\.id), focus: nil, question: .wholeArchive)
    if !withClusters { diagram.clusters = [] }
    for _ in 0..<20 { _ = try renderer.render(diagram, format: .svg) }
    let before = residentBytes()
    let runs = 200
    for _ in 0..<runs { _ = try renderer.render(diagram, format: .svg) }
    let after = residentBytes()
    let growth = Double(after - before) / 1024 / Double(runs)
    print((withClusters ? "     yes" : "      no") + "  " + String(format: "%14.1f KB", growth))
}
