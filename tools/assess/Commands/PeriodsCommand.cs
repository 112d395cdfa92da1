using System.CommandLine;
using Assessment.Contracts.Indicators;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>`assess periods list|close|reopen`: reporting periods and their open/closed state (closing and reopening are audited admin acts).</summary>
internal static class PeriodsCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("periods", """
            Reporting periods: list them, close them (their data is locked) or reopen them (admins; the reason is audited).

            Examples:
              assess periods list --prefix 2024
              assess periods close 2024 2024Q4 --reason "cycle 2024 collection ended"
              assess periods reopen 2024 --reason "Akmola correction approved by the centre, letter 12/345"
            """);
        command.Subcommands.Add(List(runner));
        command.Subcommands.Add(Change(runner, "close", "Close periods: values for them are refused until reopened.", close: true));
        command.Subcommands.Add(Change(runner, "reopen", "Reopen closed periods so that corrections can be pushed.", close: false));
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var prefix = new Option<string?>("--prefix") { Description = "Only periods whose code starts with this, e.g. 2024" };
        var command = new Command("list", """
            List periods with their dates, deadline and state.

            Examples:
              assess periods list
              assess periods list --prefix 2025
            """)
        {
            prefix,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var response = await new Periods.PeriodsClient(connection.Invoker).ListPeriodsAsync(
                new ListPeriodsRequest { Prefix = scope.Parse.GetValue(prefix) ?? string.Empty }, connection.Call(Timeout, cancellationToken, tokenRequired: false));
            Render(scope.Output, response);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Change(CommandRunner runner, string name, string description, bool close)
    {
        var codes = new Argument<string[]>("CODE") { Description = "Period codes: 2024, 2024Q1, 202401", Arity = ArgumentArity.OneOrMore };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit trail)", Required = true };
        var command = new Command(name, $"""
            {description}

            Examples:
              assess periods {name} 2024 --reason "..."
              assess periods {name} 2024Q1 2024Q2 --reason "..."
            """)
        {
            codes, reason,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var client = new Periods.PeriodsClient(connection.Invoker);
            var request = new ChangePeriodsRequest { Codes = { scope.Parse.GetValue(codes)! }, Reason = scope.Parse.GetValue(reason)! };
            var call = connection.Call(Timeout, cancellationToken);
            var response = close ? await client.ClosePeriodsAsync(request, call) : await client.ReopenPeriodsAsync(request, call);
            Render(scope.Output, response);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ListPeriodsResponse response)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("period", "kind", "starts", "ends", "deadline", "state");
        foreach (var p in response.Periods)
        {
            table.AddRow(Markup.Escape(p.Code), p.Kind.ToString().ToLowerInvariant(), Markup.Escape(p.StartsOn), Markup.Escape(p.EndsOn),
                Markup.Escape(p.Deadline), p.Open ? "open" : "closed");
        }

        console.Write(table);
    }
}
