namespace Assessment.Indicators.Feeds.Validation;

/// <summary>The period codes feeds use, as DHIS2 does: 2024, 2024Q1, 202401.</summary>
public static class PeriodCode
{
    public static bool IsWellFormed(string code) => code.Length switch
    {
        4 => AllDigits(code),
        6 when code[4] == 'Q' => AllDigits(code[..4]) && code[5] is >= '1' and <= '4',
        6 => AllDigits(code) && int.Parse(code[4..], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12,
        _ => false,
    };

    private static bool AllDigits(string text) => text.All(char.IsAsciiDigit);
}
