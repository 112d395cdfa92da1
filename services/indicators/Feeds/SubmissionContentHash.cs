using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// SHA-256 of a submission's values in order (body, indicator, period, exact value, unit, comment): a retry with the
/// same id must carry the same content, whatever the format it came in.
/// </summary>
public static class SubmissionContentHash
{
    public static string Of(IReadOnlyList<FeedRow> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new StringBuilder();
        foreach (var row in rows)
        {
            buffer.Clear()
                .Append(row.BodyCode).Append('\u001f')
                .Append(row.IndicatorCode).Append('\u001f')
                .Append(row.Period).Append('\u001f')
                .Append(row.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "raw:" + row.RawValue).Append('\u001f')
                .Append(row.Unit).Append('\u001f')
                .Append(row.Comment).Append('\u001e');
            hash.AppendData(Encoding.UTF8.GetBytes(buffer.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
