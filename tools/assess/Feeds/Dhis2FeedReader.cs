using System.Text.Json;
using Assessment.Cli.Input;
using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Feeds;

/// <summary>
/// DHIS2 dataValueSets JSON with codes as ids: "period" and "orgUnit" on the set or on each value (--period and --body
/// when neither has them), "dataElement" is the indicator code, "value" a string. Row numbers are the 1-based
/// position in "dataValues".
/// </summary>
internal static class Dhis2FeedReader
{
    public static FeedFile Read(string json, string fileName, FeedDefaults defaults)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InputException($"{fileName}: not valid JSON at line {e.LineNumber + 1}: {e.Message}");
        }

        using (document)
        {
            var set = document.RootElement;
            if (!set.TryGetProperty("dataValues", out var dataValues) || dataValues.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"{fileName}: a DHIS2 dataValueSet needs a \"dataValues\" array");
            }

            var setPeriod = Text(set, "period") ?? defaults.Period;
            var setOrgUnit = Text(set, "orgUnit") ?? defaults.Body;
            var values = new List<SourcedValue>();
            var issues = new List<FeedReadIssue>();
            var row = 0;
            foreach (var item in dataValues.EnumerateArray())
            {
                row++;
                var element = Text(item, "dataElement") ?? string.Empty;
                var period = Text(item, "period") ?? setPeriod;
                var orgUnit = Text(item, "orgUnit") ?? setOrgUnit;
                var valueText = item.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.ToString()) : string.Empty;
                if (period is null)
                {
                    issues.Add(new FeedReadIssue(row, "period", string.Empty, "no period on the value or the set; give one, or --period"));
                    continue;
                }

                if (orgUnit is null)
                {
                    issues.Add(new FeedReadIssue(row, "orgUnit", string.Empty, "no orgUnit on the value or the set; give one, or --body"));
                    continue;
                }

                if (!FeedValueText.TryParse(valueText, out var number))
                {
                    issues.Add(new FeedReadIssue(row, "value", valueText, FeedValueText.NotANumber));
                    continue;
                }

                values.Add(new SourcedValue(new ObservationValue
                {
                    BodyCode = orgUnit,
                    IndicatorCode = element,
                    Period = period,
                    Value = number,
                    Comment = Text(item, "comment") ?? string.Empty,
                }, row, string.Empty));
            }

            return new FeedFile(FeedFormat.Dhis2Json, values, issues);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;
}
