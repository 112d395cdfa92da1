using System.CommandLine;
using System.Globalization;
using Assessment.Contracts.Indicators;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>`assess catalogue bodies|indicators`: the assessed bodies and the indicators they report (public reads).</summary>
internal static class CatalogueCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("catalogue", """
            The catalogue: the assessed bodies (code, name, kind, peer group) and the indicators (code, unit,
            direction, valid range, periodicity). Feeds use these codes.

            Examples:
              assess catalogue bodies --kind oblast
              assess catalogue indicators
            """);
        command.Subcommands.Add(Bodies(runner));
        command.Subcommands.Add(Indicators(runner));
        return command;
    }

    private static Command Bodies(CommandRunner runner)
    {
        var kind = new Option<string?>("--kind") { Description = "Only one kind: central-body, oblast, city, district" };
        kind.AcceptOnlyFromAmong("central-body", "oblast", "city", "district");
        var language = new Option<string>("--lang") { Description = "Language of the names: kk, ru or en", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("kk", "ru", "en");
        var command = new Command("bodies", """
            List the assessed bodies.

            Examples:
              assess catalogue bodies
              assess catalogue bodies --kind oblast --lang kk
            """)
        {
            kind, language,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var request = new ListBodiesRequest
            {
                Kind = scope.Parse.GetValue(kind) switch
                {
                    "central-body" => BodyKind.CentralBody,
                    "oblast" => BodyKind.Oblast,
                    "city" => BodyKind.CityOfRepublicanStatus,
                    "district" => BodyKind.District,
                    _ => BodyKind.Unspecified,
                },
            };
            var response = await new Catalogue.CatalogueClient(connection.Invoker).ListBodiesAsync(request, connection.Call(Timeout, cancellationToken, tokenRequired: false));
            var lang = scope.Parse.GetValue(language)!;
            var table = new Table().Border(TableBorder.Simple).AddColumns("code", "name", "kind", "peer group", "parent");
            foreach (var b in response.Bodies.OrderBy(b => b.Code, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(b.Code), Markup.Escape(Name(b.Name, lang)), Kind(b.Kind), Markup.Escape(b.PeerGroup), Markup.Escape(b.ParentCode));
            }

            scope.Output.Write(table);
            scope.Output.WriteLine($"{response.Bodies.Count} bodies");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Indicators(CommandRunner runner)
    {
        var language = new Option<string>("--lang") { Description = "Language of the names: kk, ru or en", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("kk", "ru", "en");
        var command = new Command("indicators", """
            List the indicators: code, name, unit, direction, valid range, periodicity and who reports them.

            Examples:
              assess catalogue indicators
              assess catalogue indicators --lang ru
            """)
        {
            language,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var response = await new Catalogue.CatalogueClient(connection.Invoker).ListIndicatorsAsync(new ListIndicatorsRequest(),
                connection.Call(Timeout, cancellationToken, tokenRequired: false));
            var lang = scope.Parse.GetValue(language)!;
            var table = new Table().Border(TableBorder.Simple).AddColumns("code", "name", "unit", "direction", "valid range", "periodicity", "reported by");
            foreach (var i in response.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(i.Code), Markup.Escape(Name(i.Name, lang)), Markup.Escape(i.Unit), Direction(i.Direction),
                    string.Create(CultureInfo.InvariantCulture, $"{i.ValidMin:0.###}..{i.ValidMax:0.###}"), i.Periodicity.ToString().ToLowerInvariant(),
                    string.Join(", ", i.ReportedBy.Select(Kind)));
            }

            scope.Output.Write(table);
            scope.Output.WriteLine($"{response.Indicators.Count} indicators");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Name(LocalisedText? name, string language) => name is null ? "" : language switch
    {
        "kk" => name.Kk,
        "ru" => name.Ru,
        _ => name.En,
    };

    private static string Kind(BodyKind kind) => kind switch
    {
        BodyKind.CentralBody => "central-body",
        BodyKind.Oblast => "oblast",
        BodyKind.CityOfRepublicanStatus => "city",
        BodyKind.District => "district",
        _ => "",
    };

    private static string Direction(Contracts.Indicators.Direction direction) => direction switch
    {
        Contracts.Indicators.Direction.HigherIsBetter => "higher is better",
        Contracts.Indicators.Direction.LowerIsBetter => "lower is better",
        Contracts.Indicators.Direction.Context => "context",
        _ => "",
    };
}
