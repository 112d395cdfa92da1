using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Catalogue;

/// <summary>Checks a body sent by an admin and turns it into a record; every problem is named with its field.</summary>
public static partial class BodyChangeValidator
{
    public static (BodyRecord? Body, IReadOnlyList<string> Problems) Validate(Body body, IReadOnlyCollection<string> existingCodes)
    {
        var problems = new List<string>();
        if (!BodyCode().IsMatch(body.Code))
        {
            problems.Add($"code '{body.Code}': 2 to 32 capital letters, digits or '-', starting with a letter or digit (e.g. KZ-11-01).");
        }

        foreach (var (field, text) in new[] { ("name.kk", body.Name?.Kk), ("name.ru", body.Name?.Ru), ("name.en", body.Name?.En) })
        {
            if (string.IsNullOrWhiteSpace(text) || text.Length > 300 || text.Any(char.IsControl))
            {
                problems.Add($"{field}: 1 to 300 characters without control characters.");
            }
        }

        if (body.Kind == BodyKind.Unspecified)
        {
            problems.Add("kind: one of CENTRAL_BODY, OBLAST, CITY_OF_REPUBLICAN_STATUS, DISTRICT.");
        }

        if (body.ParentCode.Length > 0 && (body.ParentCode == body.Code || !existingCodes.Contains(body.ParentCode)))
        {
            problems.Add($"parent_code '{body.ParentCode}': must be another body already in the catalogue.");
        }

        if (body.Kind == BodyKind.District && body.ParentCode.Length == 0)
        {
            problems.Add("parent_code: a district belongs to an oblast or a city; name it.");
        }

        if (string.IsNullOrWhiteSpace(body.PeerGroup) || body.PeerGroup.Length > 64)
        {
            problems.Add("peer_group: 1 to 64 characters (bodies in one peer group are ranked together).");
        }

        var from = ParseDate(body.ActiveFrom, "active_from", required: true, problems);
        var to = ParseDate(body.ActiveTo, "active_to", required: false, problems);
        if (from is { } f && to is { } t && t <= f)
        {
            problems.Add("active_to: must be after active_from.");
        }

        return problems.Count > 0 || from is null
            ? (null, problems)
            : (new BodyRecord(body.Code, body.Name!.Kk.Trim(), body.Name.Ru.Trim(), body.Name.En.Trim(), CatalogueMapping.FromBodyKind(body.Kind),
                body.ParentCode.Length == 0 ? null : body.ParentCode, body.PeerGroup.Trim(), from.Value, to), problems);
    }

    private static DateOnly? ParseDate(string text, string field, bool required, List<string> problems)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add($"{field}: a date, yyyy-MM-dd.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{field} '{text}': a date, yyyy-MM-dd.");
        return null;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex BodyCode();
}
