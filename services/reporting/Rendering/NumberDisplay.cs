using System.Globalization;

namespace Assessment.Reporting.Rendering;

/// <summary>Numbers as a reader of the page's language writes them (decimal comma in kk and ru). Open data stays invariant.</summary>
public sealed class NumberDisplay
{
    private readonly CultureInfo _culture;

    public NumberDisplay(string language)
    {
        try
        {
            _culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            // Invariant-globalization hosts have no cultures; the invariant format is still readable.
            _culture = CultureInfo.InvariantCulture;
        }
    }

    public string Score(double? value) => value is { } v ? v.ToString("0.00", _culture) : "—";

    public string Value(double? value) => value is { } v ? v.ToString("0.###", _culture) : "—";

    public string Percent(double fraction) => (fraction * 100).ToString("0", _culture) + "%";

    public string Weight(double value) => value.ToString("0.###", _culture);

    public string Change(double? value) => value switch
    {
        null => "—",
        > 0 => "+" + value.Value.ToString("0.00", _culture),
        _ => value.Value.ToString("0.00", _culture),
    };

    public string RankChange(int? value) => value switch
    {
        null => "",
        > 0 => $"▲{value}",
        < 0 => $"▼{-value}",
        _ => "=",
    };

    public string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
