using System.Text.RegularExpressions;

namespace Assessment.Indicators.Tests.Readers;

/// <summary>
/// The region code table of the regional data README (code, en, ru, kk, kind), as a body resolver
/// for the wide reader. The CSV names cities "Astana city", the table "Astana", so a city also
/// answers to its English name followed by " city".
/// </summary>
internal sealed partial class RegionCodes
{
    private readonly Dictionary<string, string> _codesByName = new(StringComparer.OrdinalIgnoreCase);

    private RegionCodes()
    {
    }

    public int Count { get; private set; }

    public static RegionCodes FromReadme(string readmePath)
    {
        var table = new RegionCodes();
        foreach (var line in File.ReadLines(readmePath))
        {
            var match = TableRow().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var (code, en, ru, kk, kind) = (cells[0], cells[1], cells[2], cells[3], cells[4]);
            table._codesByName[code] = code;
            table._codesByName[en] = code;
            table._codesByName[ru] = code;
            table._codesByName[kk] = code;
            if (kind.StartsWith("city", StringComparison.Ordinal))
            {
                table._codesByName[en + " city"] = code;
            }

            table.Count++;
        }

        return table;
    }

    public string? Resolve(string nameOrCode) => _codesByName.GetValueOrDefault(nameOrCode.Trim());

    [GeneratedRegex(@"^\|\s*KZ-\d{2}\s*\|")]
    private static partial Regex TableRow();
}
