using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Reads a long-format CSV feed: a header naming body, indicator, period, value (and optionally unit,
/// comment), then one value per row. Rows carry their CSV record number (header = 1). It reports only
/// what it cannot read (shape, missing cells, limits); whether codes, periods and numbers are acceptable
/// is the validator's business, so a row whose value is text is still returned, with Value = null.
/// </summary>
public sealed class LongCsvFeedReader(FeedReadLimits limits)
{
    private readonly FeedReadLimits _limits = limits ?? throw new ArgumentNullException(nameof(limits));

    public LongCsvFeedReader()
        : this(FeedReadLimits.Default)
    {
    }

    public async Task<FeedReadResult> ReadAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        var records = new CsvRecordReader(csv, _limits.MaxFieldLength);
        var header = await records.ReadRecordAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(header, records, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the rows after a header that the caller has already read (to detect the format).
    /// A null header means the file was empty.
    /// </summary>
    public async Task<FeedReadResult> ReadAsync(CsvRecord? header, CsvRecordReader records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var rows = new List<FeedRow>();
        var issues = new List<FeedIssue>();

        if (header is null)
        {
            issues.Add(CsvRecordIssues.EmptyFile(LongCsvHeader.Expected));
            return new FeedReadResult(rows, issues);
        }

        var columns = LongCsvHeader.Parse(header.Fields);
        if (!HeaderIsUsable(header, columns, issues))
        {
            return new FeedReadResult(rows, issues);
        }

        var body = columns.IndexOf(LongCsvHeader.Body);
        var indicator = columns.IndexOf(LongCsvHeader.Indicator);
        var period = columns.IndexOf(LongCsvHeader.Period);
        var value = columns.IndexOf(LongCsvHeader.Value);
        var unit = columns.IndexOf(LongCsvHeader.Unit);
        var comment = columns.IndexOf(LongCsvHeader.Comment);

        var seen = 0;
        while (await records.ReadRecordAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (++seen > _limits.MaxRows)
            {
                issues.Add(FeedIssueFactory.TooManyValues(record.Number, _limits.MaxRows));
                break;
            }

            if (record.IsMalformed)
            {
                issues.Add(CsvRecordIssues.Malformed(record, columns.NameOf));
                continue;
            }

            if (record.Fields.Count != columns.FieldCount)
            {
                issues.Add(CsvRecordIssues.WrongFieldCount(record, columns.Names));
                continue;
            }

            var issuesBefore = issues.Count;
            for (var i = 0; i < record.Fields.Count; i++)
            {
                if (record.Fields[i].Length > _limits.MaxFieldLength)
                {
                    issues.Add(FeedIssueFactory.TextTooLong(record.Number, columns.NameOf(i), record.Fields[i], _limits.MaxFieldLength));
                }
            }

            // Every row must say whose value, of what, for when, and the value itself; an empty
            // value is not a gap here, because in long format a gap is simply a row left out.
            foreach (var required in new[] { body, indicator, period, value })
            {
                if (string.IsNullOrWhiteSpace(record.Fields[required]))
                {
                    issues.Add(FeedIssueFactory.Create(
                        record.Number,
                        columns.NameOf(required),
                        record.Fields[required],
                        $"Row {record.Number} has no {columns.NameOf(required)}; every row must carry body, indicator, period and value. Leave out a row that has no value.",
                        FeedIssueCodes.MissingField));
                }
            }

            if (issues.Count > issuesBefore)
            {
                continue;
            }

            var raw = record.Fields[value];
            rows.Add(new FeedRow(
                record.Number,
                record.Fields[body].Trim(),
                record.Fields[indicator].Trim(),
                record.Fields[period].Trim(),
                FeedValueParser.Parse(raw),
                raw,
                unit >= 0 ? record.Fields[unit].Trim() : "",
                comment >= 0 ? record.Fields[comment].Trim() : ""));
        }

        return new FeedReadResult(rows, issues);
    }

    private static bool HeaderIsUsable(CsvRecord header, LongCsvHeader columns, List<FeedIssue> issues)
    {
        if (header.IsMalformed)
        {
            issues.Add(CsvRecordIssues.Malformed(header, columns.NameOf));
            return false;
        }

        // Every header issue is on the header's row and shows the header as written.
        void Add(string field, string reason, string code) =>
            issues.Add(FeedIssueFactory.Create(header.Number, field, string.Join(',', columns.Names), reason, code));

        if (columns.Missing.Count > 0)
        {
            var missing = string.Join(", ", columns.Missing);
            Add(missing,
                $"The header lacks the column{(columns.Missing.Count > 1 ? "s" : "")} {missing}; the expected header is {LongCsvHeader.Expected} (any order; aliases body_code, org_unit, orgUnit, indicator_code, dataElement).",
                FeedIssueCodes.MissingField);
        }

        foreach (var (written, meant) in columns.Misspelt)
        {
            Add(written,
                $"The header has a column \"{written}\", which is not a column of a long-format feed; did you mean \"{meant}\"? Its values would be lost, so nothing was stored.",
                FeedIssueCodes.UnknownField);
        }

        foreach (var duplicate in columns.Duplicated)
        {
            Add(duplicate,
                $"The header names the same column twice (\"{duplicate}\" repeats an earlier column or its alias); keep one of them.",
                FeedIssueCodes.Malformed);
        }

        return issues.Count == 0;
    }
}
