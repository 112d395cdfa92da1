using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Builds the issues that readers report, so every reader words the shared cases alike and every
/// echoed value is cut to a size that is safe to put in a receipt.
/// </summary>
public static class FeedIssueFactory
{
    /// <summary>The longest echo of an offending value in an issue, ellipsis included.</summary>
    public const int MaxEchoedValueLength = 200;

    public static FeedIssue Create(int row, string field, string? value, string reason, string code) => new()
    {
        Row = row,
        Field = field,
        Value = Truncate(value ?? ""),
        Reason = reason,
        Code = code,
    };

    public static string Truncate(string value) =>
        value.Length <= MaxEchoedValueLength ? value : string.Concat(value.AsSpan(0, MaxEchoedValueLength - 1), "…");

    public static FeedIssue TextTooLong(int row, string field, string value, int maxLength) => Create(
        row,
        field,
        value,
        $"The {field} text is longer than {maxLength} characters, the most a field may hold; shorten it.",
        FeedIssueCodes.TextTooLong);

    public static FeedIssue TooManyValues(int row, int maxRows) => Create(
        row,
        "",
        maxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        $"The feed carries more than {maxRows} values, the most one submission may carry; reading stopped here. Split the feed into submissions of at most {maxRows} values.",
        FeedIssueCodes.TooManyValues);
}
