using System.Globalization;
using Assessment.Cli.Csv;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;

namespace Assessment.Cli.Input;

/// <summary>
/// Turns a CSV table into a dataset. Wide: one row per body, one column per indicator code (columns that are
/// not indicators of the methodology are ignored; empty cell = missing). Long: header body,indicator,period,value;
/// the latest period is scored and the one before it is the previous period.
/// </summary>
internal static class DatasetCsvLoader
{
    public const string DefaultPeerGroup = "all";

    public static bool IsLong(CsvTable table) =>
        table.ColumnIndex("body") >= 0 && table.ColumnIndex("indicator") >= 0 && table.ColumnIndex("value") >= 0;

    public static (Dataset Data, string IdColumn) Load(CsvTable table, CompiledMethodology methodology, string? idColumn, string? peerGroupColumn) =>
        Load(table, methodology.IndicatorCodes, idColumn, peerGroupColumn);

    /// <summary>Loads the given indicator columns (e.g. those of two methodologies compared on one dataset).</summary>
    public static (Dataset Data, string IdColumn) Load(CsvTable table, IReadOnlyList<string> indicatorCodes, string? idColumn, string? peerGroupColumn)
    {
        return IsLong(table)
            ? (LoadLong(table, indicatorCodes, peerGroupColumn), "body")
            : LoadWide(table, indicatorCodes, idColumn, peerGroupColumn);
    }

    private static (Dataset, string) LoadWide(CsvTable table, IReadOnlyList<string> indicatorCodes, string? idColumn, string? peerGroupColumn)
    {
        var id = idColumn is null ? 0 : table.ColumnIndex(idColumn);
        if (id < 0)
        {
            throw new InputException($"{table.FileName}: no column '{idColumn}' for body ids; the header has: {string.Join(", ", table.Header)}");
        }
        var peer = PeerColumn(table, peerGroupColumn);
        var builder = new DatasetBuilder();
        var columns = new List<(int Index, string Code)>();
        foreach (var code in indicatorCodes)
        {
            var index = table.ColumnIndex(code);
            if (index >= 0)
            {
                columns.Add((index, code));
                builder.AddIndicator(code);
            }
        }
        if (columns.Count == 0)
        {
            throw new InputException($"{table.FileName}: none of the methodology's indicators ({string.Join(", ", indicatorCodes)}) is a column of the file");
        }
        foreach (var row in table.Rows)
        {
            var body = row.Fields[id].Trim();
            if (body.Length == 0)
            {
                throw InputException.At(table.FileName, row.Line, table.Header[id], body, "the body id is empty");
            }
            if (builder.HasBody(body))
            {
                throw InputException.At(table.FileName, row.Line, table.Header[id], body, "this body appears on an earlier row too");
            }
            builder.AddBody(body, peer < 0 ? DefaultPeerGroup : row.Fields[peer].Trim());
            foreach (var (index, code) in columns)
            {
                builder.Set(body, code, ParseValue(table, row, index));
            }
        }
        return (builder.Build(), table.Header[id].Trim());
    }

    private static Dataset LoadLong(CsvTable table, IReadOnlyList<string> indicatorCodes, string? peerGroupColumn)
    {
        int body = table.ColumnIndex("body"), indicator = table.ColumnIndex("indicator"), period = table.ColumnIndex("period"), value = table.ColumnIndex("value");
        var peer = PeerColumn(table, peerGroupColumn);
        var periods = period < 0
            ? [""]
            : table.Rows.Select(r => r.Fields[period].Trim()).Distinct().OrderBy(p => p, PeriodOrder.Instance).ToList();
        var current = periods[^1];
        var previous = periods.Count > 1 ? periods[^2] : null;

        var builder = new DatasetBuilder();
        var known = new HashSet<string>(indicatorCodes, StringComparer.Ordinal);
        foreach (var code in indicatorCodes)
        {
            builder.AddIndicator(code);
        }
        var seen = new HashSet<(string, string, string)>();
        foreach (var row in table.Rows)
        {
            var bodyCode = row.Fields[body].Trim();
            if (bodyCode.Length == 0)
            {
                throw InputException.At(table.FileName, row.Line, "body", bodyCode, "the body id is empty");
            }
            if (!builder.HasBody(bodyCode))
            {
                builder.AddBody(bodyCode, peer < 0 ? DefaultPeerGroup : row.Fields[peer].Trim());
            }
            var code = row.Fields[indicator].Trim();
            var when = period < 0 ? "" : row.Fields[period].Trim();
            if (!known.Contains(code) || (when != current && when != previous))
            {
                continue;
            }
            if (!seen.Add((bodyCode, code, when)))
            {
                throw InputException.At(table.FileName, row.Line, "value", row.Fields[value], $"a second value for body '{bodyCode}', indicator '{code}', period '{when}'");
            }
            var parsed = ParseValue(table, row, value);
            if (when == current)
            {
                builder.Set(bodyCode, code, parsed);
            }
            else
            {
                builder.SetPrevious(bodyCode, code, parsed);
            }
        }
        return builder.Build();
    }

    private static int PeerColumn(CsvTable table, string? peerGroupColumn)
    {
        if (peerGroupColumn is null)
        {
            return table.ColumnIndex("peer_group");
        }
        var index = table.ColumnIndex(peerGroupColumn);
        return index >= 0
            ? index
            : throw new InputException($"{table.FileName}: no column '{peerGroupColumn}' for peer groups; the header has: {string.Join(", ", table.Header)}");
    }

    private static double? ParseValue(CsvTable table, CsvRow row, int column)
    {
        var text = row.Fields[column].Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw InputException.At(table.FileName, row.Line, table.Header[column], text, "not a finite number (use a dot for decimals; leave the cell empty when missing)");
        }
        return value;
    }

    /// <summary>Orders periods numerically when both are numbers (2024 before 2025, Q2 text falls back to ordinal).</summary>
    private sealed class PeriodOrder : IComparer<string>
    {
        public static readonly PeriodOrder Instance = new();

        public int Compare(string? x, string? y) =>
            double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(y, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
                ? a.CompareTo(b)
                : string.CompareOrdinal(x, y);
    }
}
