namespace Assessment.Indicators.Feeds.Readers;

/// <summary>Whether two names are within a few letters of each other (case-insensitive), to catch a misspelt column name.</summary>
public static class EditDistance
{
    /// <summary>True when a can be made into b with at most max insertions, deletions, substitutions or swaps of neighbours.</summary>
    public static bool AtMost(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        // Optimal string alignment distance over three rolling rows.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }

                current[j] = best;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length] <= max;
    }
}
