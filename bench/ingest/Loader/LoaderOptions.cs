using System.Globalization;

namespace Assessment.Bench.Ingest;

/// <summary>Command-line settings of the load generator; every one has a default except where the system runs.</summary>
internal sealed record LoaderOptions(
    Uri GatewayGrpc,
    string PostgresDataFolder,
    string SigningKeyVariable,
    int Clients,
    int TotalValues,
    int ValuesPerSubmission,
    int CopyRepetitions,
    int LatencyPushes)
{
    public static LoaderOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"missing {name}");
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new LoaderOptions(
            new Uri(Required("--gateway-grpc")),
            Required("--postgres-data"),
            values.GetValueOrDefault("--signing-key-env", "BENCH_SIGNING_KEY"),
            Number("--clients", 4),
            Number("--values", 200_000),
            Number("--per-submission", 1_000),
            Number("--copy-repetitions", 3),
            Number("--latency-pushes", 100));
    }
}
