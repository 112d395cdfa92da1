using System.Globalization;

namespace Assessment.Cli.Commands;

/// <summary>Token lifetimes as admins write them: 30d, 12h, 90m (days, hours, minutes).</summary>
internal static class LifetimeText
{
    public static bool TryParse(string text, out TimeSpan lifetime)
    {
        lifetime = default;
        text = text.Trim();
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        TimeSpan? parsed = char.ToLowerInvariant(text[^1]) switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => null,
        };
        if (parsed is not { } value || value > TimeSpan.FromDays(366))
        {
            return false;
        }

        lifetime = value;
        return true;
    }
}
