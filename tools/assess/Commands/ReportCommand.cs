using System.CommandLine;
using Assessment.Cli.Remote;
using Assessment.Cli.Reports;
using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Cli.Commands;

/// <summary>`assess report national|body CODE`: fetches a cycle's report from the portal (html, pdf) or its open data (csv, json) into a file.</summary>
internal static class ReportCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("report", """
            Fetch a cycle's report into a file: the national ranking or one body's report, as the portal shows it
            (html, or pdf printed from the same page) or as open data (csv, json: the score run's release file; for a
            body, its row). Published cycles are public; a draft or a cycle in review needs the token of an admin or
            of the body concerned.

            Examples:
              assess report national --cycle kz-regions-2022 --format html --lang en --out national.html
              assess report body KZ-11 --cycle kz-regions-2022 --format pdf --lang kk --out akmola.pdf
              assess report national --cycle kz-regions-2022 --format csv --out kz-regions-2022.csv
            """);
        command.Subcommands.Add(Build(runner, "national", null, """
            Fetch the national report of a cycle: every body's score, band, rank interval and change.

            Examples:
              assess report national --cycle kz-regions-2022 --format html --lang ru --out national.html
              assess report national --cycle kz-regions-2022 --format json --run 1 --out release.json
            """));
        var body = new Argument<string>("CODE") { Description = "Body code, e.g. KZ-11 (see `assess catalogue bodies`)" };
        command.Subcommands.Add(Build(runner, "body", body, """
            Fetch one body's report in a cycle: its areas, indicators and where each value came from.

            Examples:
              assess report body KZ-11 --cycle kz-regions-2022 --format pdf --lang en --out akmola.pdf
              assess report body KZ-75 --cycle kz-regions-2022 --format csv --out almaty.csv
            """));
        return command;
    }

    private static Command Build(CommandRunner runner, string name, Argument<string>? body, string description)
    {
        var cycle = new Option<string>("--cycle") { Description = "Cycle id, e.g. kz-regions-2022 (see `assess cycle list`)", Required = true };
        var format = new Option<string>("--format") { Description = "html, pdf (the portal's page), csv or json (open data)", DefaultValueFactory = _ => ReportFormat.Html };
        format.AcceptOnlyFromAmong(ReportFormat.All);
        var language = new Option<string>("--lang") { Description = "Language of html and pdf: kk, ru or en", DefaultValueFactory = _ => "kk" };
        language.AcceptOnlyFromAmong(ReportFormat.Languages);
        var run = new Option<int?>("--run") { Description = "Run number for csv and json (default: the published run, else the latest)" };
        var output = new Option<FileInfo>("--out", "-o") { Description = "File to write (replaced when the download is complete)", Required = true };
        var command = new Command(name, description) { cycle, format, language, run, output };
        if (body is not null)
        {
            command.Arguments.Add(body);
        }

        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            var cycleId = scope.Parse.GetValue(cycle)!.Trim();
            var bodyCode = body is null ? null : scope.Parse.GetValue(body)!.Trim();
            var chosen = scope.Parse.GetValue(format)!;
            using var connection = scope.Connect();
            var found = await Cycles.CycleReadCommands.FindAsync(connection, cycleId, cancellationToken);
            if (bodyCode is not null)
            {
                await CheckBodyAsync(connection, bodyCode, cancellationToken);
            }

            var runNumber = ReportFormat.IsOpenData(chosen) ? await RunNumberAsync(connection, found, scope.Parse.GetValue(run), cancellationToken) : 0;
            var request = new ReportRequest(cycleId, bodyCode, chosen, scope.Parse.GetValue(language)!, runNumber);
            var path = scope.Parse.GetValue(output)!.FullName;
            using var http = scope.Http();
            var progress = new DownloadProgress(scope.Error, scope.Environment.ErrorIsTerminal, scope.Environment.Time, ProgressInterval);
            var bytes = await ReportDownloader.DownloadAsync(http, request.Url(), path, progress, cancellationToken);
            if (bodyCode is not null && ReportFormat.IsOpenData(chosen))
            {
                OpenDataRows.KeepBody(path, chosen, bodyCode, cycleId, runNumber);
                bytes = new FileInfo(path).Length;
            }

            var what = bodyCode is null ? "national report" : $"report of {bodyCode}";
            var detail = ReportFormat.IsOpenData(chosen) ? $"run {runNumber}" : request.Language;
            scope.Output.Profile.Out.Writer.WriteLine($"{what}, cycle {cycleId} ({CycleStateNames.Of(found.State)}), {chosen}, {detail}: {path} ({DownloadProgress.Size(bytes)})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task CheckBodyAsync(GatewayConnection connection, string bodyCode, CancellationToken cancellationToken)
    {
        try
        {
            await new Catalogue.CatalogueClient(connection.Invoker).GetBodyAsync(new GetBodyRequest { Code = bodyCode },
                connection.Call(Timeout, cancellationToken, tokenRequired: false));
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw new CommandFailure($"no body '{bodyCode}' in the catalogue; `assess catalogue bodies` lists them");
        }
    }

    private static async Task<int> RunNumberAsync(GatewayConnection connection, Cycle cycle, int? asked, CancellationToken cancellationToken)
    {
        if (asked is { } n)
        {
            return n >= 1 ? n : throw new CommandFailure($"--run {n}: run numbers start at 1", ExitCodes.Usage);
        }

        if (cycle.PublishedRun > 0)
        {
            return cycle.PublishedRun;
        }

        var runs = await new Contracts.Scoring.Scores.ScoresClient(connection.Invoker).ListRunsAsync(new ListRunsRequest { CycleId = cycle.CycleId },
            connection.Call(Timeout, cancellationToken, tokenRequired: false));
        return runs.Runs.Count > 0
            ? runs.Runs.Max(r => r.RunNumber)
            : throw new CommandFailure($"cycle {cycle.CycleId} has no score run yet; an admin computes one with `assess cycle score {cycle.CycleId}`");
    }
}
