using System.CommandLine;
using Assessment.Cli.Csv;
using Assessment.Cli.Input;
using Assessment.Cli.Methodologies;
using Assessment.Contracts.Scoring;
using Assessment.Scoring.Engine.Comparison;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Scoring;
using Grpc.Core;

namespace Assessment.Cli.Commands;

/// <summary>`assess methodology validate|diff|publish`: check a methodology file with the engine, compare two versions, register one.</summary>
internal static class MethodologyCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("methodology", """
            Methodology files (YAML, see methodologies/README.md): validate one offline with the scoring engine, compare
            two versions (areas, weights, normalisations, bands, and the ranking shift), publish a version (admins).

            Examples:
              assess methodology validate methodologies/kz-regions.yaml
              assess methodology diff kz-regions-2024.1.yaml kz-regions-2025.1.yaml --data regional-indicators.csv --id-column Region
              assess methodology publish kz-regions-2025.1.yaml
            """);
        command.Subcommands.Add(Validate(runner));
        command.Subcommands.Add(Diff(runner));
        command.Subcommands.Add(Publish(runner));
        return command;
    }

    private static Command Validate(CommandRunner runner)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Methodology YAML file" };
        var command = new Command("validate", """
            Check a methodology file offline with the scoring engine, exactly as the scoring service checks it before
            publishing: every error with its line and column (FILE:LINE:COLUMN: path: what is wrong). Exit code 0 when
            valid, 1 when not.

            Examples:
              assess methodology validate methodologies/kz-regions.yaml
              assess methodology validate draft.yaml > errors.txt || echo "fix the errors first"
            """)
        {
            file,
        };
        runner.SetAction(command, (scope, _) =>
        {
            var methodology = MethodologyFile.Read(scope.Parse.GetValue(file)!);
            var writer = scope.Output.Profile.Out.Writer;
            if (!Valid(methodology, writer))
            {
                return Task.FromResult(ExitCodes.Rejected);
            }

            var m = methodology.Load.Methodology!;
            var areas = CountAreas(m.Root);
            writer.WriteLine($"{methodology.Name}: valid: {m.Id} version {m.Version}, {m.Indicators.Length} indicators, {areas} areas, {m.Bands.Length} bands, "
                + $"scale {DiffText.Number(m.Scale.Min)}..{DiffText.Number(m.Scale.Max)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Diff(CommandRunner runner)
    {
        var oldFile = new Argument<FileInfo>("OLD") { Description = "The earlier version's YAML file" };
        var newFile = new Argument<FileInfo>("NEW") { Description = "The later version's YAML file" };
        var data = new Option<FileInfo?>("--data", "-d") { Description = "Score both versions offline on this data CSV (wide or long, as for `assess score`) and show the ranking shift" };
        var idColumn = new Option<string?>("--id-column") { Description = "With --data, wide CSV: the column holding body ids (default: the first column)" };
        var peerColumn = new Option<string?>("--peer-group-column") { Description = "With --data: the column holding peer groups" };
        var cycle = new Option<string?>("--cycle") { Description = "Score both published versions on this cycle's data in the scoring service (analysts, admins) and show the ranking shift" };
        var command = new Command("diff", """
            Show what changed between two versions of a methodology: scale and policies, areas (added, removed, moved,
            reweighted, aggregation), indicators (direction, transform, normalisation, cap, missing data) and bands.
            With --data the ranking shift is computed offline by the engine; with --cycle by the scoring service
            (CompareMethodologies) on that cycle's current data, for two versions of one methodology id both published.

            Examples:
              assess methodology diff methodologies/kz-regions.yaml kz-regions-next.yaml
              assess methodology diff methodologies/kz-regions.yaml kz-regions-next.yaml --data data/demo/kz-regions/regional-indicators.csv --id-column Region
              assess methodology diff kz-regions-2024.1.yaml kz-regions-2025.1.yaml --cycle kz-regions-2022
            """)
        {
            oldFile, newFile, data, idColumn, peerColumn, cycle,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(data) is not null && result.GetValue(cycle) is not null)
            {
                result.AddError("give either --data (offline) or --cycle (the scoring service), not both");
            }
        });
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            var before = MethodologyFile.Read(scope.Parse.GetValue(oldFile)!);
            var after = MethodologyFile.Read(scope.Parse.GetValue(newFile)!);
            var writer = scope.Output.Profile.Out.Writer;
            if (!Valid(before, writer) | !Valid(after, writer))
            {
                return ExitCodes.Rejected;
            }

            var a = before.Load.Methodology!;
            var b = after.Load.Methodology!;
            DiffRenderer.Render(scope.Output, $"{before.Name} ({a.Id} {a.Version})", $"{after.Name} ({b.Id} {b.Version})", MethodologyDiff.Compare(a, b));
            if (scope.Parse.GetValue(data) is { } dataFile)
            {
                var shifts = Offline(a, b, dataFile, scope.Parse.GetValue(idColumn), scope.Parse.GetValue(peerColumn));
                DiffRenderer.RenderShift(scope.Output, $"offline on {dataFile.Name}", shifts);
            }
            else if (scope.Parse.GetValue(cycle) is { } cycleId)
            {
                var shifts = await RemoteAsync(scope, before, after, cycleId.Trim(), cancellationToken);
                DiffRenderer.RenderShift(scope.Output, $"scoring service, data of cycle {cycleId}", shifts);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Publish(CommandRunner runner)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Methodology YAML file; its id and version are read from it" };
        var command = new Command("publish", """
            Register a methodology version with the scoring service (methodology admins), after checking it offline
            with the engine (an invalid file is not sent). Versions never change: publishing the same id and version
            with other text is refused; publishing the same text again is harmless.

            Examples:
              assess methodology publish kz-regions-2025.1.yaml
              assess methodology publish methodologies/kz-assessment-blocks.yaml --token "$ADMIN_TOKEN"
            """)
        {
            file,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            var methodology = MethodologyFile.Read(scope.Parse.GetValue(file)!);
            var writer = scope.Output.Profile.Out.Writer;
            if (!Valid(methodology, writer))
            {
                return ExitCodes.Rejected;
            }

            using var connection = scope.Connect();
            var summary = await new Contracts.Scoring.Methodologies.MethodologiesClient(connection.Invoker).PublishMethodologyAsync(
                new PublishMethodologyRequest { Yaml = methodology.Text }, connection.Call(Timeout, cancellationToken));
            writer.WriteLine($"published {summary.Id} version {summary.Version} ({summary.Title}), sha256 {summary.Sha256}, registered {summary.RegisteredAt.ToDateTimeOffset():yyyy-MM-dd HH:mm}Z");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints the file's errors (reading, validation, compilation) and says whether there were none.</summary>
    private static bool Valid(MethodologyFile file, TextWriter writer)
    {
        var errors = file.ErrorLines().ToList();
        if (errors.Count == 0)
        {
            try
            {
                CompiledMethodology.Compile(file.Load.Methodology!);
                return true;
            }
            catch (MethodologyException e)
            {
                errors.Add($"{file.Name}: {e.Message}");
            }
        }

        foreach (var error in errors)
        {
            writer.WriteLine(error);
        }

        writer.WriteLine($"{file.Name}: {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}");
        return false;
    }

    private static int CountAreas(TreeNode node) => node.Children.Where(c => !c.IsIndicator).Sum(c => 1 + CountAreas(c));

    private static IReadOnlyList<RankShift> Offline(Methodology a, Methodology b, FileInfo dataFile, string? idColumn, string? peerColumn)
    {
        var compiledA = CompiledMethodology.Compile(a);
        var compiledB = CompiledMethodology.Compile(b);
        if (!dataFile.Exists)
        {
            throw new InputException($"{dataFile.FullName}: file not found");
        }

        CsvTable table;
        using (var reader = new StreamReader(dataFile.FullName))
        {
            table = CsvReader.Read(reader, dataFile.Name);
        }

        var codes = compiledA.IndicatorCodes.Union(compiledB.IndicatorCodes, StringComparer.Ordinal).ToList();
        var (dataset, _) = DatasetCsvLoader.Load(table, codes, idColumn, peerColumn);
        var comparison = MethodologyComparer.Compare(compiledA, compiledB, dataset, ScoreOptions.ScoresOnly);
        return [.. comparison.Bodies.Select(c => new RankShift(c.Body, c.ScoreA, c.ScoreB, c.RankA, c.RankB, c.BandA, c.BandB))];
    }

    private static async Task<IReadOnlyList<RankShift>> RemoteAsync(CommandScope scope, MethodologyFile before, MethodologyFile after, string cycleId,
        CancellationToken cancellationToken)
    {
        var a = before.Load.Methodology!;
        var b = after.Load.Methodology!;
        if (a.Id != b.Id)
        {
            throw new CommandFailure($"--cycle compares two versions of one methodology; {before.Name} is {a.Id} and {after.Name} is {b.Id} (use --data to compare any two offline)");
        }

        using var connection = scope.Connect();
        var registry = new Contracts.Scoring.Methodologies.MethodologiesClient(connection.Invoker);
        foreach (var file in new[] { before, after })
        {
            var m = file.Load.Methodology!;
            try
            {
                var stored = await registry.GetMethodologyAsync(new GetMethodologyRequest { Id = m.Id, Version = m.Version },
                    connection.Call(Timeout, cancellationToken, tokenRequired: false));
                if (stored.Yaml != file.Text)
                {
                    await scope.Error.WriteLineAsync($"warning: {file.Name} differs from the published text of {m.Id} {m.Version}; the ranking shift is for the published text");
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                throw new CommandFailure($"{m.Id} version {m.Version} ({file.Name}) is not published; publish it with `assess methodology publish {file.Name}`, or use --data to compare offline");
            }
        }

        var result = await new Scores.ScoresClient(connection.Invoker).CompareMethodologiesAsync(
            new CompareMethodologiesRequest { CycleId = cycleId, MethodologyId = a.Id, VersionA = a.Version, VersionB = b.Version },
            connection.Call(Timeout, cancellationToken));
        return [.. result.Bodies.Select(s => new RankShift(s.BodyCode, s.HasScoreA ? s.ScoreA : null, s.HasScoreB ? s.ScoreB : null,
            s.RankA > 0 ? s.RankA : null, s.RankB > 0 ? s.RankB : null, s.BandA.Length > 0 ? s.BandA : null, s.BandB.Length > 0 ? s.BandB : null))];
    }
}
