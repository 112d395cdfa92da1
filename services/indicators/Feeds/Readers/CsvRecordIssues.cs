using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>The issues that both CSV readers report about the shape of a record, worded alike.</summary>
internal static class CsvRecordIssues
{
    public static FeedIssue Malformed(CsvRecord record, Func<int, string> nameOf)
    {
        var problem = record.Problem!;
        var index = Math.Min(problem.FieldIndex, record.Fields.Count - 1);
        var value = index >= 0 ? record.Fields[index] : "";
        return FeedIssueFactory.Create(
            record.Number,
            nameOf(problem.FieldIndex),
            value,
            $"Row {record.Number} is not valid CSV: {problem.Reason}.",
            FeedIssueCodes.Malformed);
    }

    public static FeedIssue WrongFieldCount(CsvRecord record, IReadOnlyList<string> headerNames) =>
        FeedIssueFactory.Create(
            record.Number,
            "",
            string.Join(',', record.Fields),
            $"Row {record.Number} has {record.Fields.Count} fields but the header has {headerNames.Count} ({string.Join(',', headerNames)}); give every row exactly {headerNames.Count} fields, and quote any field that contains a comma.",
            FeedIssueCodes.Malformed);

    public static FeedIssue EmptyFile(string expectedHeader) =>
        FeedIssueFactory.Create(
            1,
            "",
            "",
            $"The CSV file is empty; it must start with a header row ({expectedHeader}) followed by one row per value.",
            FeedIssueCodes.MissingField);
}
