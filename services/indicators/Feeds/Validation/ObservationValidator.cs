using System.Globalization;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;

namespace Assessment.Indicators.Feeds.Validation;

/// <summary>
/// Checks every value of a submission against the catalogue, the periods and the caller's entitlements, and returns
/// one precise issue per problem (row, field, value, reason). Pure: no I/O, so every rule is unit-tested.
/// </summary>
public sealed class ObservationValidator(FeedLimits limits)
{
    private const int MaxCodeLength = 64;

    public IReadOnlyList<FeedIssue> Validate(IReadOnlyList<FeedRow> rows, CatalogueSnapshot catalogue, CallerIdentity caller)
    {
        var issues = new List<FeedIssue>();
        if (rows.Count == 0)
        {
            issues.Add(Issue(0, "observations", "", FeedIssueCodes.EmptySubmission, "The submission holds no values; send at least one."));
            return issues;
        }

        if (rows.Count > limits.MaxValuesPerSubmission)
        {
            issues.Add(Issue(0, "observations", rows.Count.ToString(CultureInfo.InvariantCulture), FeedIssueCodes.TooManyValues,
                $"The submission holds {rows.Count} values; at most {limits.MaxValuesPerSubmission} are accepted in one submission. Split it."));
            return issues;
        }

        var firstRowOfKey = new Dictionary<(string, string, string), int>();
        foreach (var row in rows)
        {
            ValidateRow(row, catalogue, caller, issues);
            var key = (row.BodyCode, row.IndicatorCode, row.Period);
            if (!firstRowOfKey.TryAdd(key, row.Row))
            {
                issues.Add(Issue(row.Row, "period", $"{row.BodyCode}/{row.IndicatorCode}/{row.Period}", FeedIssueCodes.DuplicateKey,
                    $"Body {row.BodyCode}, indicator {row.IndicatorCode}, period {row.Period} already has a value at row {firstRowOfKey[key]}; send each value once."));
            }
        }

        return issues;
    }

    private void ValidateRow(FeedRow row, CatalogueSnapshot catalogue, CallerIdentity caller, List<FeedIssue> issues)
    {
        var bodyOk = CheckCode(row.Row, "body", row.BodyCode, issues);
        var indicatorOk = CheckCode(row.Row, "indicator", row.IndicatorCode, issues);

        catalogue.Bodies.TryGetValue(row.BodyCode, out var body);
        catalogue.Indicators.TryGetValue(row.IndicatorCode, out var indicator);
        if (bodyOk && body is null)
        {
            issues.Add(Issue(row.Row, "body", row.BodyCode, FeedIssueCodes.UnknownBody,
                $"No body has the code '{row.BodyCode}'. Use a code from the catalogue (GET /api/v1/bodies), e.g. KZ-11 for Akmola Region."));
        }

        if (indicatorOk && indicator is null)
        {
            issues.Add(Issue(row.Row, "indicator", row.IndicatorCode, FeedIssueCodes.UnknownIndicator,
                $"No indicator has the code '{row.IndicatorCode}'. Use a code from the catalogue (GET /api/v1/indicators)."));
        }

        var period = CheckPeriod(row, catalogue, issues);

        if (body is not null && !caller.MayReportFor(body.Code, body.ParentCode))
        {
            issues.Add(Issue(row.Row, "body", row.BodyCode, FeedIssueCodes.NotEntitled,
                $"Caller '{caller.Id}' may not report for body {row.BodyCode}; its credential covers {Describe(caller.Bodies)}."));
        }

        if (body is not null && period is not null && !OverlapsActiveLife(body, period))
        {
            issues.Add(Issue(row.Row, "period", row.Period, FeedIssueCodes.BodyNotActive,
                $"Body {body.Code} did not exist in period {period.Code}: it is active from {body.ActiveFrom:yyyy-MM-dd}{(body.ActiveTo is { } to ? $" to {to:yyyy-MM-dd}" : string.Empty)}."));
        }

        if (indicator is not null && period is not null && indicator.Periodicity != period.Kind)
        {
            issues.Add(Issue(row.Row, "period", row.Period, FeedIssueCodes.WrongPeriodicity,
                $"Indicator {indicator.Code} is reported per {indicator.Periodicity}; period {period.Code} is a {period.Kind}."));
        }

        if (indicator is not null && body is not null && !indicator.ReportedBy.Contains(body.Kind))
        {
            issues.Add(Issue(row.Row, "indicator", row.IndicatorCode, FeedIssueCodes.NotReportedByKind,
                $"Indicator {indicator.Code} is reported by {string.Join(", ", indicator.ReportedBy)}; body {body.Code} is a {body.Kind}."));
        }

        CheckValue(row, indicator, issues);

        if (indicator is not null && row.Unit.Length > 0 && !string.Equals(row.Unit.Trim(), indicator.Unit, StringComparison.Ordinal))
        {
            issues.Add(Issue(row.Row, "unit", row.Unit, FeedIssueCodes.WrongUnit,
                $"Indicator {indicator.Code} is measured in '{indicator.Unit}', not '{row.Unit}'. Convert the value or leave the unit empty."));
        }

        if (row.Comment.Length > limits.MaxCommentLength)
        {
            issues.Add(Issue(row.Row, "comment", row.Comment, FeedIssueCodes.TextTooLong,
                $"The comment has {row.Comment.Length} characters; at most {limits.MaxCommentLength} are kept."));
        }
    }

    private static PeriodRecord? CheckPeriod(FeedRow row, CatalogueSnapshot catalogue, List<FeedIssue> issues)
    {
        if (!PeriodCode.IsWellFormed(row.Period))
        {
            issues.Add(Issue(row.Row, "period", row.Period, FeedIssueCodes.InvalidPeriod,
                "A period is a year (2024), a quarter (2024Q1) or a month (202401)."));
            return null;
        }

        if (!catalogue.Periods.TryGetValue(row.Period, out var period))
        {
            issues.Add(Issue(row.Row, "period", row.Period, FeedIssueCodes.UnknownPeriod,
                $"Period {row.Period} is not open for reporting in this system (periods run from {catalogue.Periods.Keys.Min()} to {catalogue.Periods.Keys.Max()})."));
            return null;
        }

        if (!period.IsOpen)
        {
            issues.Add(Issue(row.Row, "period", row.Period, FeedIssueCodes.PeriodClosed,
                $"Period {row.Period} is closed: its data are locked for assessment. Ask the assessment centre to reopen it if a correction is needed."));
        }

        return period;
    }

    private static void CheckValue(FeedRow row, Catalogue.IndicatorRecord? indicator, List<FeedIssue> issues)
    {
        if (row.Value is not { } value)
        {
            issues.Add(Issue(row.Row, "value", row.RawValue, FeedIssueCodes.NotANumber,
                "The value is not a number. Write it with a point as the decimal separator and no thousands separator, e.g. 1234.5."));
            return;
        }

        if (!double.IsFinite(value))
        {
            issues.Add(Issue(row.Row, "value", Raw(row), FeedIssueCodes.NotFinite, "The value must be a finite number, not NaN or infinity."));
            return;
        }

        if (value == 0 && double.IsNegative(value))
        {
            // -0 is what a sender's rounding of a small negative number prints: a value below every range, not a zero.
            issues.Add(Issue(row.Row, "value", Raw(row), FeedIssueCodes.NegativeZero,
                "The value is -0 (negative zero), which usually hides a negative number rounded away. Send 0 if the value is zero."));
            return;
        }

        if (indicator is not null && (value < indicator.ValidMin || value > indicator.ValidMax))
        {
            issues.Add(Issue(row.Row, "value", Raw(row), FeedIssueCodes.OutOfRange,
                $"Indicator {indicator.Code} takes values from {indicator.ValidMin.ToString(CultureInfo.InvariantCulture)} to {indicator.ValidMax.ToString(CultureInfo.InvariantCulture)} {indicator.Unit}."));
        }
    }

    private static bool CheckCode(int row, string field, string code, List<FeedIssue> issues)
    {
        if (code.Length == 0)
        {
            issues.Add(Issue(row, field, code, FeedIssueCodes.MissingField, $"The {field} code is empty."));
            return false;
        }

        if (code.Length > MaxCodeLength || code.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c > '\u007e'))
        {
            issues.Add(Issue(row, field, code, FeedIssueCodes.InvalidCode,
                $"A {field} code is at most {MaxCodeLength} visible ASCII characters, without spaces or control characters."));
            return false;
        }

        return true;
    }

    private static bool OverlapsActiveLife(Catalogue.BodyRecord body, PeriodRecord period) =>
        body.ActiveFrom <= period.EndsOn && (body.ActiveTo is null || body.ActiveTo > period.StartsOn);

    private static string Raw(FeedRow row) =>
        row.RawValue.Length > 0 ? row.RawValue : row.Value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Describe(IReadOnlySet<string> bodies) => bodies.Count == 0 ? "no body" : string.Join(", ", bodies.Order());

    public static FeedIssue Issue(int row, string field, string value, string code, string reason) => new()
    {
        Row = row,
        Field = field,
        Value = value.Length > 200 ? value[..200] + "…" : value,
        Code = code,
        Reason = reason,
    };
}
