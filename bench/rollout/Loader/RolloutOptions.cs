using System.Globalization;

namespace Assessment.Bench.Rollout;

/// <summary>Command line of the load generator; bench/rollout/run passes the system's addresses.</summary>
internal sealed record RolloutOptions(Uri GatewayHttp, Uri GatewayGrpc, string SigningKeyVariable, int Bodies,
    int Indicators, int Quarters, int Readers, string Year)
{
    public int ValuesPerBody => Indicators * Quarters;

    public static RolloutOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var options = new RolloutOptions(new Uri(Required("gateway-http")), new Uri(Required("gateway-grpc")),
            values.GetValueOrDefault("signing-key-env", "BENCH_SIGNING_KEY"), Number("bodies", 250), Number("indicators", 500), Number("quarters", 4),
            Number("readers", 16), values.GetValueOrDefault("year", "2025"));
        if (options.Quarters is < 1 or > 4 || options.Bodies < 1 || options.Indicators < 10)
        {
            throw new ArgumentException("--quarters 1..4, --bodies >= 1, --indicators >= 10");
        }

        return options;
    }
}
