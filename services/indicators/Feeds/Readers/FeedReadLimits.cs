namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// The limits a reader enforces while it reads. The payload size is capped before a reader
/// sees the payload (gateway and endpoint), so it is not here.
/// </summary>
/// <param name="MaxRows">The most values one submission may carry; reading stops at the first value past it.</param>
/// <param name="MaxFieldLength">The longest text accepted in one field (characters).</param>
public sealed record FeedReadLimits(int MaxRows = 100_000, int MaxFieldLength = 1000)
{
    public static FeedReadLimits Default { get; } = new();

    public int MaxRows { get; init; } = MaxRows > 0
        ? MaxRows
        : throw new ArgumentOutOfRangeException(nameof(MaxRows), MaxRows, "MaxRows must be positive.");

    public int MaxFieldLength { get; init; } = MaxFieldLength > 0
        ? MaxFieldLength
        : throw new ArgumentOutOfRangeException(nameof(MaxFieldLength), MaxFieldLength, "MaxFieldLength must be positive.");
}
