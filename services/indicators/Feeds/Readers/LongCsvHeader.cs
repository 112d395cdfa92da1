namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Where the columns of a long-format CSV are. Names are matched case-insensitively with surrounding
/// spaces ignored, and the names DHIS2 exports and our own API use are accepted as aliases, so a file
/// exported from either system can be uploaded without renaming its header.
/// </summary>
public sealed class LongCsvHeader
{
    public const string Body = "body";
    public const string Indicator = "indicator";
    public const string Period = "period";
    public const string Value = "value";
    public const string Unit = "unit";
    public const string Comment = "comment";

    /// <summary>The header to suggest when one is wrong.</summary>
    public const string Expected = "body,indicator,period,value[,unit,comment]";

    public static IReadOnlyList<string> Required { get; } = [Body, Indicator, Period, Value];

    private static readonly Dictionary<string, string> ColumnsByName = new(StringComparer.OrdinalIgnoreCase)
    {
        [Body] = Body,
        ["body_code"] = Body,
        ["org_unit"] = Body,
        ["orgUnit"] = Body,
        [Indicator] = Indicator,
        ["indicator_code"] = Indicator,
        ["dataElement"] = Indicator,
        ["data_element"] = Indicator,
        [Period] = Period,
        [Value] = Value,
        [Unit] = Unit,
        [Comment] = Comment,
    };

    private readonly Dictionary<string, int> _indexes;

    private LongCsvHeader(IReadOnlyList<string> names, Dictionary<string, int> indexes, IReadOnlyList<string> missing, IReadOnlyList<string> duplicated,
        IReadOnlyList<(string Written, string Meant)> misspelt)
    {
        Names = names;
        _indexes = indexes;
        Missing = missing;
        Duplicated = duplicated;
        Misspelt = misspelt;
    }

    /// <summary>The header fields as written, trimmed; used to name a field in an issue.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Required columns that the header lacks, in the order of <see cref="Required"/>.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Header fields that name a column given earlier (itself or through an alias).</summary>
    public IReadOnlyList<string> Duplicated { get; }

    /// <summary>
    /// Unknown header fields that are one or two letters away from a column the header lacks ("coment", "valeu"): a
    /// typing slip that would otherwise drop the column's values silently. Other unknown columns are ignored.
    /// </summary>
    public IReadOnlyList<(string Written, string Meant)> Misspelt { get; }

    public int FieldCount => Names.Count;

    public static LongCsvHeader Parse(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var names = fields.Select(f => f.Trim()).ToList();
        var indexes = new Dictionary<string, int>();
        var duplicated = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            // Unknown columns are ignored: exports often carry extra ones (categoryOptionCombo, storedBy).
            if (ColumnsByName.TryGetValue(names[i], out var column) && !indexes.TryAdd(column, i))
            {
                duplicated.Add(names[i]);
            }
        }

        var missing = Required.Where(c => !indexes.ContainsKey(c)).ToList();
        var misspelt = new List<(string, string)>();
        foreach (var name in names.Where(n => n.Length >= 4 && !ColumnsByName.ContainsKey(n)))
        {
            var meant = ColumnsByName.Keys.FirstOrDefault(known => !indexes.ContainsKey(ColumnsByName[known]) && EditDistance.AtMost(name, known, 2));
            if (meant is not null)
            {
                misspelt.Add((name, meant));
            }
        }

        return new LongCsvHeader(names, indexes, missing, duplicated, misspelt);
    }

    /// <summary>The 0-based index of a column (one of the constants), or -1 when the header lacks it.</summary>
    public int IndexOf(string column) => _indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The name the file gives to field i, or a positional name past the header.</summary>
    public string NameOf(int index) => index < Names.Count && Names[index].Length > 0 ? Names[index] : $"column {index + 1}";
}
