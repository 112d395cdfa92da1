namespace Assessment.Cli.Csv;

/// <summary>A parsed CSV file: header and rows, with the 1-based line each row started on for error messages.</summary>
internal sealed record CsvTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i].Trim(), name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}

internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
