using System.Text.Json;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Reads a DHIS2 dataValueSets JSON payload, so that a DHIS2 instance can push to us unchanged.
/// Identifiers are codes (idScheme=code): dataElement is the indicator code, orgUnit the body code.
/// The set-level period and orgUnit apply to every value that lacks its own. FeedRow.Row is the
/// 1-based index in dataValues; issues about the payload as a whole have Row 0.
/// Category and attribute option combos, storedBy, followUp and timestamps are accepted and ignored:
/// we keep one value per body, indicator and period.
/// </summary>
public sealed class Dhis2DataValueSetReader(FeedReadLimits limits)
{
    private const string DataValues = "dataValues";
    private const string DataElement = "dataElement";
    private const string Period = "period";
    private const string OrgUnit = "orgUnit";
    private const string Value = "value";
    private const string Comment = "comment";

    private readonly FeedReadLimits _limits = limits ?? throw new ArgumentNullException(nameof(limits));

    public Dhis2DataValueSetReader()
        : this(FeedReadLimits.Default)
    {
    }

    /// <summary>Reads the payload from a stream (the request body). The size is capped before this.</summary>
    public async Task<FeedReadResult> ReadAsync(Stream json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            // A property given twice ("value": "1", "value": "2") is ambiguous: refuse it rather than pick one.
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { AllowDuplicateProperties = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return new FeedReadResult([], [NotJson(e)]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads a payload that is already parsed.</summary>
    public FeedReadResult Read(JsonElement root)
    {
        var rows = new List<FeedRow>();
        var issues = new List<FeedIssue>();

        if (root.ValueKind != JsonValueKind.Object)
        {
            issues.Add(FeedIssueFactory.Create(0, "", root.ValueKind.ToString(),
                "The payload must be a JSON object with a dataValues array (a DHIS2 dataValueSet).", FeedIssueCodes.Malformed));
            return new FeedReadResult(rows, issues);
        }

        var setPeriod = ReadText(root, Period, 0, issues);
        var setOrgUnit = ReadText(root, OrgUnit, 0, issues);
        if (!TryGetProperty(root, DataValues, out var values))
        {
            issues.Add(FeedIssueFactory.Create(0, DataValues, "",
                "The payload has no dataValues array; send the values as \"dataValues\": [{\"dataElement\": ..., \"period\": ..., \"orgUnit\": ..., \"value\": ...}].",
                FeedIssueCodes.MissingField));
            return new FeedReadResult(rows, issues);
        }

        if (values.ValueKind != JsonValueKind.Array)
        {
            issues.Add(FeedIssueFactory.Create(0, DataValues, Echo(values),
                $"dataValues must be an array of data values, not {Describe(values.ValueKind)}.", FeedIssueCodes.Malformed));
            return new FeedReadResult(rows, issues);
        }

        if (issues.Count > 0)
        {
            // A set-level period or orgUnit that cannot be read would make every value doubtful.
            return new FeedReadResult(rows, issues);
        }

        var row = 0;
        foreach (var item in values.EnumerateArray())
        {
            row++;
            if (row > _limits.MaxRows)
            {
                issues.Add(FeedIssueFactory.TooManyValues(row, _limits.MaxRows));
                break;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                issues.Add(FeedIssueFactory.Create(row, DataValues, Echo(item),
                    $"Data value {row} is {Describe(item.ValueKind)}; each entry of dataValues must be an object with dataElement, period, orgUnit and value.",
                    FeedIssueCodes.Malformed));
                continue;
            }

            var issuesBefore = issues.Count;
            var dataElement = ReadText(item, DataElement, row, issues);
            var period = ReadText(item, Period, row, issues) ?? setPeriod;
            var orgUnit = ReadText(item, OrgUnit, row, issues) ?? setOrgUnit;
            var value = ReadText(item, Value, row, issues);
            var comment = ReadText(item, Comment, row, issues);
            if (issues.Count > issuesBefore)
            {
                continue;
            }

            RequirePresent(dataElement, DataElement, row, "give the indicator code as dataElement", issues);
            RequirePresent(period, Period, row, "give period on the value or on the data value set (2024, 2024Q1 or 202401)", issues);
            RequirePresent(orgUnit, OrgUnit, row, "give the body code as orgUnit on the value or on the data value set", issues);
            RequirePresent(value, Value, row, "give the value, as a string or a number", issues);
            if (issues.Count > issuesBefore)
            {
                continue;
            }

            rows.Add(new FeedRow(row, orgUnit!.Trim(), dataElement!.Trim(), period!.Trim(), FeedValueParser.Parse(value), value!, "", comment?.Trim() ?? ""));
        }

        return new FeedReadResult(rows, issues);
    }

    // The text of a string or number property; null when absent or JSON null. Anything else is reported.
    private string? ReadText(JsonElement owner, string name, int row, List<FeedIssue> issues)
    {
        if (!TryGetProperty(owner, name, out var element))
        {
            return null;
        }

        string? text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            // Keep a number exactly as sent ("73.480" stays "73.480") so an error echoes the sender's text.
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };

        if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            issues.Add(FeedIssueFactory.Create(row, name, Echo(element),
                $"{name} must be a string{(name == Value ? " or a number" : "")}, not {Describe(element.ValueKind)}.",
                FeedIssueCodes.Malformed));
            return null;
        }

        if (text is not null && text.Length > _limits.MaxFieldLength)
        {
            issues.Add(FeedIssueFactory.TextTooLong(row, name, text, _limits.MaxFieldLength));
            return null;
        }

        return text;
    }

    private static void RequirePresent(string? text, string name, int row, string howToFix, List<FeedIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(FeedIssueFactory.Create(row, name, text ?? "",
                $"Data value {row} has no {name}; {howToFix}.", FeedIssueCodes.MissingField));
        }
    }

    // DHIS2 spells properties in camelCase; clients that change the case are still understood.
    private static bool TryGetProperty(JsonElement owner, string name, out JsonElement value)
    {
        if (owner.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in owner.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static FeedIssue NotJson(JsonException e)
    {
        var line = (e.LineNumber ?? 0) + 1;
        var bytePosition = (e.BytePositionInLine ?? 0) + 1;
        // The message ends with its own 0-based position; we give a 1-based one instead.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return FeedIssueFactory.Create(
            0,
            "",
            $"line {line}, byte {bytePosition}",
            $"The payload is not valid JSON at line {line}, byte {bytePosition} of that line: {message.TrimEnd('.')}. Send one JSON object with a dataValues array.",
            FeedIssueCodes.Malformed);
    }

    private static string Echo(JsonElement element) => FeedIssueFactory.Truncate(element.GetRawText());

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
