using System.CommandLine;
using System.Text.Json;
using Assessment.Cli.Contests;

namespace Assessment.Cli.Commands;

/// <summary>`assess contest submit|list|answer`: a body contests a score while its cycle is in review; the assessment centre answers.</summary>
internal static class ContestCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("contest", """
            Contests: while a cycle is in review, a body's reporter contests its overall score, an area or an
            indicator, with a reason; the assessment centre answers each (upheld, rejected or partly-upheld).

            Examples:
              assess contest submit --cycle kz-regions-2021 --body KZ-11 --indicator avg_salary --reason "..."
              assess contest list --cycle kz-regions-2021
              assess contest answer 1 --outcome rejected --answer "The value is the one Akmola reported on 12 March."
            """);
        command.Subcommands.Add(Submit(runner));
        command.Subcommands.Add(List(runner));
        command.Subcommands.Add(Answer(runner));
        return command;
    }

    private static Command Submit(CommandRunner runner)
    {
        var cycle = new Option<string>("--cycle") { Description = "Cycle id (in review)", Required = true };
        var body = new Option<string>("--body") { Description = "Your body's code, e.g. KZ-11 (your token must report for it)", Required = true };
        var indicator = new Option<string?>("--indicator") { Description = "The indicator contested (default: the overall score)" };
        var area = new Option<string?>("--area") { Description = "The area contested, e.g. economy" };
        var reason = new Option<string>("--reason") { Description = "Why the score is wrong, with the evidence", Required = true };
        var idOnly = new Option<bool>("--id-only") { Description = "Print only the new contest's id (for scripts: CONTEST_ID=$(assess contest submit ... --id-only))" };
        var command = new Command("submit", """
            Contest a score of your body in a cycle that is in review (reporters of the body). Prints the contest's id.

            Examples:
              assess contest submit --cycle kz-regions-2021 --body KZ-11 --reason "Our 2021 salary was revised upward by the Bureau"
              assess contest submit --cycle kz-regions-2021 --body KZ-11 --indicator avg_salary --reason "..." --token "$REPORTER_TOKEN"
            """)
        {
            cycle, body, indicator, area, reason, idOnly,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            var request = new Dictionary<string, string> { ["bodyCode"] = scope.Parse.GetValue(body)!.Trim(), ["reason"] = scope.Parse.GetValue(reason)! };
            if (scope.Parse.GetValue(indicator) is { Length: > 0 } i)
            {
                request["indicatorCode"] = i.Trim();
            }

            if (scope.Parse.GetValue(area) is { Length: > 0 } a)
            {
                request["area"] = a.Trim();
            }

            using var http = scope.Http();
            var created = await http.PostJsonAsync($"/api/v1/reporting/cycles/{Uri.EscapeDataString(scope.Parse.GetValue(cycle)!.Trim())}/contests", request, cancellationToken);
            var contest = Contest.From(created);
            scope.Output.Profile.Out.Writer.WriteLine(scope.Parse.GetValue(idOnly) ? contest.Id : ContestRenderer.Line(contest));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var cycle = new Option<string>("--cycle") { Description = "Cycle id", Required = true };
        var command = new Command("list", """
            List a cycle's contests with their status and answers.

            Examples:
              assess contest list --cycle kz-regions-2021
            """)
        {
            cycle,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var http = scope.Http();
            var json = await http.GetJsonAsync($"/api/v1/reporting/cycles/{Uri.EscapeDataString(scope.Parse.GetValue(cycle)!.Trim())}/contests", tokenRequired: false, cancellationToken);
            var contests = json.TryGetProperty("contests", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(Contest.From).ToList()
                : [];
            ContestRenderer.Table(scope.Output, contests);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Answer(CommandRunner runner)
    {
        var id = new Argument<string>("ID") { Description = "The contest's id (see `assess contest list`)" };
        var answer = new Option<string>("--answer") { Description = "The assessment centre's answer, as the body will read it", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "upheld, rejected or partly-upheld", Required = true };
        outcome.AcceptOnlyFromAmong(ContestOutcome.All);
        var command = new Command("answer", """
            Answer a contest (methodology admins). An upheld contest is usually followed by a correction: reopen the
            period, push the corrected value, move the cycle back to draft and score it again.

            Examples:
              assess contest answer 1 --outcome rejected --answer "The value is the one Akmola reported on 12 March."
              assess contest answer 2 --outcome upheld --answer "Corrected in run 3."
            """)
        {
            id, answer, outcome,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var http = scope.Http();
            var answered = await http.PostJsonAsync($"/api/v1/reporting/contests/{Uri.EscapeDataString(scope.Parse.GetValue(id)!.Trim())}/answer",
                new Dictionary<string, string> { ["answer"] = scope.Parse.GetValue(answer)!, ["outcome"] = scope.Parse.GetValue(outcome)! }, cancellationToken);
            scope.Output.Profile.Out.Writer.WriteLine(ContestRenderer.Line(Contest.From(answered)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
