import ArgumentParser

/// The `kingraph` root command: every subcommand is listed here.
public struct KinGraphCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kingraph",
        abstract: "Map enforced disappearances: validate an archive, ask who was punished because of whom, draw it.",
        // The queries (because-of … stats) are listed once, in `Queries.all`.
        subcommands: [
            Validate.self,
            Info.self,
            Convert.self,
        ] + Queries.all + [
            Render.self,
            Export.self,
            Report.self,
            Import.self,
            Batch.self,
            Match.self,
            Generate.self,
            Init.self,
            Add.self,
            Edit.self,
            Remove.self,
            Merge.self,
            Apply.self,
            History.self,
            Log.self,
            Users.self,
            Serve.self,
            RenderWorkerCommand.self,
        ]
    )

    public init() {}
}
