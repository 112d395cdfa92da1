using System.CommandLine;
using Assessment.Cli.Feeds;
using Assessment.Cli.Input;
using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Commands;

/// <summary>`assess push FILE`: reads a feed file, streams it to Feeds.SubmitStream in batches, prints the receipt.</summary>
internal static class PushCommand
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static Command Create(CommandRunner runner)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV (long or wide), SubmitRequest JSON or DHIS2 dataValueSets JSON" };
        var body = new Option<string?>("--body") { Description = "Body code of values whose file names none (long CSV without a body column, DHIS2 without orgUnit)" };
        var period = new Option<string?>("--period") { Description = "Period of a wide CSV (required there), or of values whose file names none: 2024, 2024Q1 or 202401" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate only: the system checks every value and answers, storing nothing" };
        var submissionId = new Option<string?>("--submission-id") { Description = "Submission id (default: derived from the file's SHA-256 and the options, so a re-run applies the file once)" };
        var batchSize = new Option<int>("--batch-size") { Description = "Values per stream message", DefaultValueFactory = _ => 1000 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the receipt", DefaultValueFactory = _ => 300 };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--batch-size must be between 1 and 100000");
            }
        });

        var command = new Command("push", """
            Push a feed file to the system: every value is checked, then all are stored or none. Prints the receipt
            (accepted values, new revisions, outlier warnings) or every error with its row, field, value and reason.
            Layouts: long CSV (body,indicator,period,value[,unit][,comment]); wide CSV (first column the body by code
            or name, one column per indicator code, all for --period); SubmitRequest JSON; DHIS2 dataValueSets JSON.
            Exit codes: 0 accepted or validated, 1 rejected, 2 usage or configuration, 3 connection, 130 interrupted.
            Re-running the same command on the same file sends the same submission id: it is applied once.

            Examples:
              assess push feed-2024.csv
              assess push data/demo/kz-regions/regional-indicators.csv --period 2025
              assess push feed.csv --dry-run
              assess push dhis2-export.json --body KZ-11 --period 2024
              ASSESS_TOKEN=$(cat token) assess push big-feed.csv --batch-size 5000 --gateway https://assessment.gov.kz:5081
            """)
        {
            file, body, period, dryRun, submissionId, batchSize, timeout,
        };

        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            var path = scope.Parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new InputException($"{path.FullName}: file not found");
            }

            var defaults = new FeedDefaults(scope.Parse.GetValue(body), scope.Parse.GetValue(period));
            var content = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
            using var connection = scope.Connect();
            var feed = await FeedFileReader.ReadAsync(content, path.Name, defaults, async ct =>
                (await new Catalogue.CatalogueClient(connection.Invoker)
                    .ListBodiesAsync(new ListBodiesRequest { IncludeInactive = true }, connection.Call(TimeSpan.FromSeconds(30), ct, tokenRequired: false))).Bodies,
                cancellationToken);
            if (feed.Issues.Count > 0)
            {
                ReceiptRenderer.RenderReadIssues(scope.Output, path.Name, feed.Issues);
                return ExitCodes.Rejected;
            }

            var isDryRun = scope.Parse.GetValue(dryRun) || feed.DryRun;
            var id = scope.Parse.GetValue(submissionId) ?? feed.SubmissionId ?? SubmissionIdDerivation.Derive(content, defaults, isDryRun);
            await scope.Error.WriteLineAsync($"{path.Name}: {feed.Format}, {feed.Values.Count:N0} values, submission {id}{(isDryRun ? ", dry run" : string.Empty)}");

            var values = feed.Values.Select(v => v.Value).ToList();
            var pusher = new FeedPusher(new Contracts.Indicators.Feeds.FeedsClient(connection.Invoker), scope.Parse.GetValue(batchSize));
            var call = connection.Call(TimeSpan.FromSeconds(scope.Parse.GetValue(timeout)), cancellationToken);
            IPushProgress progress = scope.Environment.ErrorIsTerminal
                ? new SpectrePushProgress(Output.ConsoleFactory.Create(scope.Error, isTerminal: true), scope.Environment.Time)
                : new PlainPushProgress(scope.Error, scope.Environment.Time, ProgressInterval);
            var receipt = await progress.RunAsync(values.Count, sent => pusher.PushAsync(id, isDryRun, values, call, sent));

            ReceiptRenderer.Render(scope.Output, receipt, feed.Values);
            return receipt.Status is ReceiptStatus.Accepted or ReceiptStatus.Validated ? ExitCodes.Ok : ExitCodes.Rejected;
        });
        return command;
    }
}
