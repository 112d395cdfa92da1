using System.Globalization;

namespace Assessment.Cli.Feeds;

/// <summary>Numbers as feeds write them: invariant culture, '.' as the decimal point, no thousands separators, finite.</summary>
internal static class FeedValueText
{
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public const string NotANumber = "not a finite number; write digits with '.' as the decimal point, e.g. 4.8 or 301000";
}
