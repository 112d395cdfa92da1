using System.CommandLine;
using System.Globalization;
using Assessment.Contracts.Scoring;
using Grpc.Core;
using Spectre.Console;

namespace Assessment.Cli.Commands.Cycles;

/// <summary>`assess cycle score|scores|uncertainty`: compute a run, read its scores and rank intervals, run the Monte Carlo on demand.</summary>
internal static class CycleScoreCommands
{
    public static Command Score(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var samples = new Option<int>("--uncertainty") { Description = "Monte Carlo samples stored with the run for rank intervals (default 0: the methodology's own setting)" };
        var command = new Command("score", """
            Compute a new score run of the cycle on the data stored now (methodology admins). Runs are numbered and
            never change; a cycle in review must go back to draft first, a published one never takes a new run.

            Examples:
              assess cycle score kz-regions-2021
              assess cycle score kz-regions-2021 --uncertainty 1000
            """)
        {
            cycle, samples,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var run = await new Scores.ScoresClient(connection.Invoker).ComputeRunAsync(
                new ComputeRunRequest { CycleId = scope.Parse.GetValue(cycle)!.Trim(), UncertaintySamples = scope.Parse.GetValue(samples) },
                connection.Call(CycleCommand.ComputeTimeout, cancellationToken));
            CycleRenderer.Run(scope.Output, run);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Scores(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var run = new Option<int>("--run") { Description = "Run number (default: the published run, else the latest)" };
        var body = new Option<string?>("--body") { Description = "Only this body, with its areas" };
        var command = new Command("scores", """
            Show a run's scores: rank, band, the rank interval from the uncertainty analysis (5th to 95th percentile:
            a body ranked 4 with interval 2-7 could reasonably be anywhere from 2nd to 7th), coverage and change.
            A published run is public; a draft needs the token of an admin, an analyst or the body concerned.

            Examples:
              assess cycle scores kz-regions-2022
              assess cycle scores kz-regions-2021 --body KZ-11 --token "$REPORTER_TOKEN"
            """)
        {
            cycle, run, body,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var result = await new Scores.ScoresClient(connection.Invoker).GetScoresAsync(
                new GetScoresRequest { CycleId = scope.Parse.GetValue(cycle)!.Trim(), RunNumber = scope.Parse.GetValue(run), BodyCode = scope.Parse.GetValue(body)?.Trim() ?? string.Empty },
                connection.Call(CycleCommand.Timeout, cancellationToken, tokenRequired: false));
            RenderScores(scope.Output, result, scope.Parse.GetValue(body) is not null);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Uncertainty(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var samples = new Option<int>("--samples") { Description = "Monte Carlo samples (default 0: the methodology's own setting)" };
        var seed = new Option<long>("--seed") { Description = "Seed (default 0: derived from the cycle and run, so the result is repeatable)" };
        var command = new Command("uncertainty", """
            Run the uncertainty analysis on the cycle's current data now (analysts, admins), with progress: every
            body's rank interval (5th, 50th, 95th percentile), its most likely band, and how much each assumption
            (weights, normalisation, aggregation, imputation) moves the ranks (first-order sensitivity).

            Examples:
              assess cycle uncertainty kz-regions-2021 --samples 2000
              assess cycle uncertainty kz-regions-2022 --samples 500 --seed 7
            """)
        {
            cycle, samples, seed,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            using var call = new Scores.ScoresClient(connection.Invoker).RunUncertainty(
                new UncertaintyRequest { CycleId = scope.Parse.GetValue(cycle)!.Trim(), Samples = scope.Parse.GetValue(samples), Seed = scope.Parse.GetValue(seed) },
                connection.Call(CycleCommand.ComputeTimeout, cancellationToken));
            Contracts.Scoring.UncertaintyResult? result = null;
            var total = scope.Parse.GetValue(samples);
            await foreach (var update in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                if (update.ItemCase == UncertaintyUpdate.ItemOneofCase.SamplesDone)
                {
                    var of = total > 0 ? $"/{total}" : string.Empty;
                    await scope.Error.WriteAsync($"{(scope.Environment.ErrorIsTerminal ? "\r" : string.Empty)}monte carlo: {update.SamplesDone}{of} samples{(scope.Environment.ErrorIsTerminal ? string.Empty : "\n")}");
                }
                else
                {
                    result = update.Result;
                }
            }

            if (scope.Environment.ErrorIsTerminal)
            {
                await scope.Error.WriteLineAsync();
            }

            if (result is null)
            {
                throw new CommandFailure("the scoring service ended the analysis without a result; run it again", ExitCodes.Connection);
            }

            RenderUncertainty(scope.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void RenderScores(IAnsiConsole console, ScoreRunResult result, bool withAreas)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Cycle.CycleId} ({CycleStateNames.Of(result.Cycle.State)}), run {result.Run.RunNumber}, {result.Run.MethodologyId} {result.Run.MethodologyVersion}"));
        var table = new Table().Border(TableBorder.Simple).AddColumns("body", "peer group", "score", "rank", "rank interval", "band", "coverage", "change", "flags");
        foreach (var b in result.Bodies.OrderBy(b => b.Rank == 0 ? int.MaxValue : b.Rank).ThenBy(b => b.BodyCode, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(b.BodyCode), Markup.Escape(b.PeerGroup), b.HasScore ? Number(b.Score) : "withheld", b.Rank > 0 ? Int(b.Rank) : "",
                b.RankP05 > 0 ? $"{Int(b.RankP05)}-{Int(b.RankP95)}" : "", Markup.Escape(b.Band), b.Coverage.ToString("P0", CultureInfo.InvariantCulture),
                b.HasChange ? b.Change.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) : "", Markup.Escape(string.Join(' ', b.Flags)));
        }

        console.Write(table);
        if (!withAreas)
        {
            return;
        }

        foreach (var b in result.Bodies)
        {
            var areas = new Table().Border(TableBorder.Simple).Title($"{Markup.Escape(b.BodyCode)}: areas").AddColumns("area", "score", "coverage");
            foreach (var n in b.Nodes)
            {
                areas.AddRow(Markup.Escape(n.Code), n.Withheld || !n.HasScore ? "withheld" : Number(n.Score), n.Coverage.ToString("P0", CultureInfo.InvariantCulture));
            }

            console.Write(areas);
        }
    }

    private static void RenderUncertainty(IAnsiConsole console, Contracts.Scoring.UncertaintyResult result)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"uncertainty: {result.Samples} samples, seed {result.Seed}"));
        var table = new Table().Border(TableBorder.Simple).AddColumns("body", "rank p05", "rank p50", "rank p95", "most likely band");
        foreach (var b in result.Bodies.OrderBy(b => b.RankP50).ThenBy(b => b.BodyCode, StringComparer.Ordinal))
        {
            var band = b.BandProbabilities.OrderByDescending(p => p.Probability).FirstOrDefault();
            table.AddRow(Markup.Escape(b.BodyCode), Int(b.RankP05), Int(b.RankP50), Int(b.RankP95),
                band is null ? "" : Markup.Escape($"{band.Band} ({band.Probability.ToString("P0", CultureInfo.InvariantCulture)})"));
        }

        console.Write(table);
        var sensitivity = new Table().Border(TableBorder.Simple).Title("sensitivity of the ranks").AddColumns("assumption", "first-order index");
        foreach (var s in result.Sensitivity.OrderByDescending(s => s.FirstOrder))
        {
            sensitivity.AddRow(Markup.Escape(s.Assumption), s.FirstOrder.ToString("0.###", CultureInfo.InvariantCulture));
        }

        console.Write(sensitivity);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
