using System.Globalization;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Turns the text of a value into a number the same way for every feed format. It never throws and
/// never judges: NaN and infinities come back as such so that the validator can say "not finite",
/// and text that is no number comes back as null so that the validator can say "not a number".
/// </summary>
public static class FeedValueParser
{
    // Float = leading/trailing white, sign, decimal point, exponent. No thousands separators,
    // so "1,5" (a decimal comma) is refused rather than silently read as 15.
    private const NumberStyles Styles = NumberStyles.Float;

    public static double? Parse(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        // "inf" is what Python and R print; the invariant culture only knows "Infinity".
        if (text.Equals("inf", StringComparison.OrdinalIgnoreCase) || text.Equals("+inf", StringComparison.OrdinalIgnoreCase))
        {
            return double.PositiveInfinity;
        }

        if (text.Equals("-inf", StringComparison.OrdinalIgnoreCase))
        {
            return double.NegativeInfinity;
        }

        return double.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
