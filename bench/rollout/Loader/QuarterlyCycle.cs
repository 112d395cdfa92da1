using System.Globalization;
using System.Text;
using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Bench.Rollout;

/// <summary>
/// The cycle the national page shows during the rollout: a methodology over ten of the quarterly indicators,
/// published through the admin API, and a cycle for the year's last quarter that scores every body reporting them.
/// </summary>
internal static class QuarterlyCycle
{
    public const string MethodologyId = "rollout-quarterly";
    public const int ScoredIndicators = 10;

    public static string CycleId(string year) => $"rollout-{year}q4";

    public static async Task OpenAsync(Methodologies.MethodologiesClient methodologies, Cycles.CyclesClient cycles, Func<CallOptions> admin, string year)
    {
        var published = await methodologies.PublishMethodologyAsync(new PublishMethodologyRequest { Yaml = Yaml() }, admin());
        await cycles.OpenCycleAsync(new OpenCycleRequest
        {
            CycleId = CycleId(year),
            Period = $"{year}Q4",
            PreviousPeriod = $"{year}Q3",
            MethodologyId = MethodologyId,
            MethodologyVersion = published.Version,
        }, admin());
        Console.WriteLine($"cycle {CycleId(year)}: methodology {MethodologyId} {published.Version}, period {year}Q4");
    }

    private static string Yaml()
    {
        var yaml = new StringBuilder("""
            id: rollout-quarterly
            version: "1.0"
            title: {kk: Тоқсандық мониторинг, ru: Квартальный мониторинг, en: Quarterly monitoring}
            scale: {min: 0, max: 100, rounding: 1}
            missing: {treatment: reweight, min_coverage: 0.5}
            outliers: {enabled: false}
            indicators:

            """);
        var codes = Enumerable.Range(1, ScoredIndicators).Select(QuarterlyIndicatorSeed.Code).ToList();
        for (var i = 0; i < codes.Count; i++)
        {
            var direction = (i + 1) % 2 == 0 ? "higher" : "lower";
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{code: {codes[i]}, unit: index, direction: {direction}, normalisation: minmax, title: {{kk: К{i + 1}, ru: П{i + 1}, en: Q{i + 1}}}}}\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"""
            root:
              code: quarterly
              title: {"{"}kk: Индекс, ru: Индекс, en: Index{"}"}
              aggregation: arithmetic
            areas:
              - code: monitoring
                title: {"{"}kk: Мониторинг, ru: Мониторинг, en: Monitoring{"}"}
                weight: 1
                weights: equal
                indicators: [{string.Join(", ", codes)}]
            bands:
              - {"{"}code: high, min: 50, label: {"{"}kk: Жоғары, ru: Высокий, en: High{"}"}{"}"}
              - {"{"}code: low, min: 0, label: {"{"}kk: Төмен, ru: Низкий, en: Low{"}"}{"}"}

            """);
        return yaml.ToString();
    }
}
