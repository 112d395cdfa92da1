using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Reads a wide CSV feed, the layout of the shared regional file: one row per body, one column per
/// indicator code, every value for the same period. An empty cell is a gap (a value not reported), not
/// an error: the regional file really has them. FeedRow.Row is the CSV record number (header = 1), and
/// issues name the column, since in this layout the column is what tells the values of a row apart.
/// </summary>
public sealed class WideCsvFeedReader(FeedReadLimits limits)
{
    private readonly FeedReadLimits _limits = limits ?? throw new ArgumentNullException(nameof(limits));

    public WideCsvFeedReader()
        : this(FeedReadLimits.Default)
    {
    }

    /// <param name="csv">The CSV text.</param>
    /// <param name="period">The period of every value in the file.</param>
    /// <param name="resolveBody">
    /// Maps a cell of the id column (a code, or a name in kk/ru/en) to a body code; null when it knows
    /// none, and the cell text is then kept as the body code so that the validator reports it as unknown.
    /// </param>
    /// <param name="idColumn">The header of the column that names the body; null for the first column.</param>
    public async Task<FeedReadResult> ReadAsync(
        TextReader csv,
        string period,
        Func<string, string?> resolveBody,
        string? idColumn = null,
        CancellationToken cancellationToken = default)
    {
        var records = new CsvRecordReader(csv, _limits.MaxFieldLength);
        var header = await records.ReadRecordAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(header, records, period, resolveBody, idColumn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the rows after a header that the caller has already read (to detect the format).
    /// A null header means the file was empty.
    /// </summary>
    public async Task<FeedReadResult> ReadAsync(
        CsvRecord? header,
        CsvRecordReader records,
        string period,
        Func<string, string?> resolveBody,
        string? idColumn = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(resolveBody);
        var rows = new List<FeedRow>();
        var issues = new List<FeedIssue>();

        if (header is null)
        {
            issues.Add(CsvRecordIssues.EmptyFile("the body column, then one column per indicator code"));
            return new FeedReadResult(rows, issues);
        }

        var names = header.Fields.Select(f => f.Trim()).ToList();
        var id = FindIdColumn(header, names, idColumn, issues);
        CheckIndicatorColumns(header, names, id, _limits.MaxFieldLength, issues);
        if (issues.Count > 0)
        {
            return new FeedReadResult(rows, issues);
        }

        string NameOf(int index) => index < names.Count ? names[index] : $"column {index + 1}";

        while (await records.ReadRecordAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (record.IsMalformed)
            {
                issues.Add(CsvRecordIssues.Malformed(record, NameOf));
                continue;
            }

            if (record.Fields.Count != names.Count)
            {
                issues.Add(CsvRecordIssues.WrongFieldCount(record, names));
                continue;
            }

            var idCell = record.Fields[id];
            if (idCell.Length > _limits.MaxFieldLength)
            {
                issues.Add(FeedIssueFactory.TextTooLong(record.Number, names[id], idCell, _limits.MaxFieldLength));
                continue;
            }

            var bodyText = idCell.Trim();
            if (bodyText.Length == 0)
            {
                issues.Add(FeedIssueFactory.Create(
                    record.Number,
                    names[id],
                    idCell,
                    $"Row {record.Number} has no {names[id]}; name the body of every row by its code or its name.",
                    FeedIssueCodes.MissingField));
                continue;
            }

            var body = resolveBody(bodyText) ?? bodyText;
            for (var column = 0; column < record.Fields.Count; column++)
            {
                var cell = record.Fields[column];
                if (column == id || string.IsNullOrWhiteSpace(cell))
                {
                    continue;
                }

                if (rows.Count == _limits.MaxRows)
                {
                    issues.Add(FeedIssueFactory.TooManyValues(record.Number, _limits.MaxRows));
                    return new FeedReadResult(rows, issues);
                }

                if (cell.Length > _limits.MaxFieldLength)
                {
                    issues.Add(FeedIssueFactory.TextTooLong(record.Number, names[column], cell, _limits.MaxFieldLength));
                    continue;
                }

                rows.Add(new FeedRow(record.Number, body, names[column], period, FeedValueParser.Parse(cell), cell));
            }
        }

        return new FeedReadResult(rows, issues);
    }

    private static int FindIdColumn(CsvRecord header, List<string> names, string? idColumn, List<FeedIssue> issues)
    {
        if (header.IsMalformed)
        {
            issues.Add(CsvRecordIssues.Malformed(header, i => i < names.Count ? names[i] : $"column {i + 1}"));
            return 0;
        }

        if (idColumn is null)
        {
            return 0;
        }

        var index = names.FindIndex(n => string.Equals(n, idColumn.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            issues.Add(FeedIssueFactory.Create(
                header.Number,
                idColumn,
                string.Join(',', names),
                $"The header has no column {idColumn} to name the body of each row; add it, or name the column that holds the body codes or names.",
                FeedIssueCodes.MissingField));
        }

        return index;
    }

    private static void CheckIndicatorColumns(CsvRecord header, List<string> names, int id, int maxFieldLength, List<FeedIssue> issues)
    {
        if (issues.Count > 0)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (i == id)
            {
                continue;
            }

            if (names[i].Length > maxFieldLength)
            {
                issues.Add(FeedIssueFactory.TextTooLong(header.Number, $"column {i + 1}", names[i], maxFieldLength));
            }
            else if (names[i].Length == 0)
            {
                issues.Add(FeedIssueFactory.Create(
                    header.Number,
                    $"column {i + 1}",
                    "",
                    $"Column {i + 1} has no header; put the indicator code of the column in the header row.",
                    FeedIssueCodes.MissingField));
            }
            else if (!seen.Add(names[i]))
            {
                issues.Add(FeedIssueFactory.Create(
                    header.Number,
                    names[i],
                    names[i],
                    $"The header has the indicator column {names[i]} twice; keep one of them.",
                    FeedIssueCodes.Malformed));
            }
        }

        if (names.Count < 2 && issues.Count == 0)
        {
            issues.Add(FeedIssueFactory.Create(
                header.Number,
                "",
                string.Join(',', names),
                "The header has no indicator columns; a wide file has the body column, then one column per indicator code.",
                FeedIssueCodes.MissingField));
        }
    }
}
